"""Certificates (Urkunden): PDF/A-2b print file plus single PDFs, Word files, own Word template.

Options (``BuildOptions.kind_options["certificate"]``): ``participation`` = "1" adds a
Teilnahmeurkunde for every applicant; ``word_template`` = path of the staff's own .docx with
placeholders; ``show_amount`` = "0"/"1" overrides the design. The design is chosen with
``BuildOptions.designs["certificate"]`` (bundled: classic, modern). Each option may also be
stored in the project as ``Ceremony.settings["certificate.<option>"]``; the build's value wins.
"""

from __future__ import annotations

from ceremonykit.documents.certificates.build import build_certificates
from ceremonykit.documents.certificates.design import BUNDLED
from ceremonykit.documents.registry import DocumentKind

KIND = DocumentKind(
    name="certificate",
    label="Urkunden",
    label_en="Certificates",
    formats=("pdf", "docx"),
    build=build_certificates,
    designs=BUNDLED,
    description="Eine Urkunde je Preisträgerin und Preisträger (PDF/A zum Druck und Word zum Nachbearbeiten).",
    options={
        "participation": "1 = zusätzlich eine Teilnahmeurkunde für jede Bewerbung",
        "word_template": "Pfad zu einer eigenen Word-Vorlage mit Platzhaltern wie {{ preistraeger }}",
        "show_amount": "1 = Preisgeld auf der Urkunde zeigen, 0 = nicht (sonst wie in der Gestaltung)",
    },
)

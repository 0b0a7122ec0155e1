"""Certificates (Urkunden): PDF/A-2b print file plus single PDFs, Word files, own Word template.

The design is chosen with ``BuildOptions.designs["certificate"]`` (bundled: classic, modern);
the options below may also be stored in the project (``Ceremony.settings``); the build's value
wins. The build itself lives in :mod:`ceremonykit.documents.certificates.build`.
"""

from __future__ import annotations

from ceremonykit.documents.certificates.build import build_certificates
from ceremonykit.documents.certificates.design import BUNDLED
from ceremonykit.documents.options import Choice, KindOption, OptionType
from ceremonykit.documents.registry import DocumentKind

KIND = DocumentKind(
    name="certificate",
    label="Urkunden",
    label_en="Certificates",
    folder="urkunden",
    formats=("pdf", "docx"),
    build=build_certificates,
    designs=BUNDLED,
    description="Eine Urkunde je Preisträgerin und Preisträger (PDF/A zum Druck und Word zum Nachbearbeiten).",
    options=(
        KindOption(
            "participation",
            OptionType.FLAG,
            "Teilnahmeurkunden",
            "Zusätzlich eine Teilnahmeurkunde für jede Bewerbung erstellen.",
            default="0",
        ),
        KindOption(
            "word_template",
            OptionType.FILE,
            "Eigene Word-Vorlage",
            "Pfad zu einer eigenen Word-Vorlage mit Platzhaltern wie {{ preistraeger }}; "
            "daraus entsteht je Urkunde zusätzlich eine Word-Datei.",
        ),
        KindOption(
            "show_amount",
            OptionType.CHOICE,
            "Preisgeld zeigen",
            "Preisgeld auf der Urkunde zeigen (1) oder nicht (0); ohne Angabe wie in der "
            "Gestaltung vorgesehen.",
            choices=(
                Choice("", "Wie in der Gestaltung"),
                Choice("1", "Ja"),
                Choice("0", "Nein"),
            ),
        ),
    ),
)

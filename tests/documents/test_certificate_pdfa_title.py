"""Certificates stay PDF/A-2b (print and archive, no tagging) and their XMP names them.

A PDF/A without a title shows its file name in viewers and archive search; every single
certificate carries "Urkunde <Preis> – <Empfänger>", the print file the award's name.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from pdfa_validator import assert_pdfa

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildOptions


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cert-title")
    ceremony = demo_ceremony()
    ceremony.applicants.clear()
    options = BuildOptions(formats={"certificate": ("pdf",)})
    report = build_ceremony(ceremony, out, only=["certificate"], options=options)
    assert not report.failed, report.failed
    return out / "urkunden"


def _titles(path: Path) -> tuple[str, str, str]:
    """(XMP dc:title, Info /Title, XMP pdfaid:part) of a PDF."""
    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        return str(meta["dc:title"]), str(pdf.docinfo["/Title"]), str(meta["pdfaid:part"])


def test_each_certificate_is_pdfa_2b_with_its_recipient_as_title(certificates: Path) -> None:
    singles = sorted((certificates / "pdf").glob("*.pdf"))
    assert len(singles) == 5
    titles = set()
    for path in singles:
        xmp_title, info_title, part = _titles(path)
        assert part == "2"
        assert xmp_title == info_title  # PDF/A: the info dictionary mirrors the XMP
        assert xmp_title.startswith("Urkunde Ehrenamtspreis 2026 – "), xmp_title
        titles.add(xmp_title)
        assert_pdfa(path)
    assert "Urkunde Ehrenamtspreis 2026 – Sven Økland" in titles
    assert len(titles) == 5


def test_print_file_is_pdfa_2b_with_a_title(certificates: Path) -> None:
    combined = certificates / "Urkunden_alle_zum_Druck.pdf"
    xmp_title, info_title, part = _titles(combined)
    assert (xmp_title, part) == (info_title, "2")
    assert "Ehrenamtspreis 2026" in xmp_title
    assert_pdfa(combined)

"""PDF/A-2b conversion and the fast per-page split, checked by pikepdf's PDF/A validator."""

from __future__ import annotations

import io
import subprocess

import pikepdf
import pytest
from pdfa_validator import assert_pdfa, pdfa_report, rules
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.documents.pdf.fonts import register_fonts
from ceremonykit.documents.pdf.page_split import split_pdfa
from ceremonykit.documents.pdf.pdfa import DocMeta, PdfaError, make_pdfa_meta


def make_pdfa(data: bytes, title: str, author: str) -> bytes:
    return make_pdfa_meta(data, DocMeta(title=title, author=author))


def _reportlab_pdf(pages: list[str], initial_font: str | None = "Serif") -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    kwargs = {"initialFontName": initial_font} if initial_font else {}
    canvas = Canvas(buffer, **kwargs)
    for text in pages:
        canvas.setFont("Serif", 20)
        canvas.drawString(72, 700, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_plain_reportlab_output_is_not_pdfa() -> None:
    report = pdfa_report(_reportlab_pdf(["x", "y"]))
    assert report.verdict == "fail"
    assert "ISO_19005_2:6.6.2.1-1" in rules(report)  # no XMP metadata
    assert "pikepdf:output-intent" in rules(report)  # no OutputIntent
    assert "pikepdf:schema-Page" in rules(report)  # reportlab's /Trans on every page


def test_make_pdfa_strips_page_transitions() -> None:
    data = make_pdfa(_reportlab_pdf(["x", "y"]), "Titel", "Autor")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert not any("/Trans" in page.obj for page in pdf.pages)
    assert_pdfa(data)


def test_make_pdfa_passes_validator_and_keeps_text() -> None:
    data = make_pdfa(_reportlab_pdf(["Małgorzata Nguyễn"]), "Urkunde für Łukasz", "Stadt Dortmund")
    assert_pdfa(data)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.docinfo["/Title"]) == "Urkunde für Łukasz"
        assert str(pdf.Root.Lang) == "de-DE"
        meta = pdf.open_metadata()
        assert meta["dc:title"] == "Urkunde für Łukasz"
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        # the info dictionary mirrors the XMP packet (the validator does not compare them)
        assert str(pdf.docinfo["/Author"]) == ", ".join(meta["dc:creator"])
        assert str(pdf.docinfo["/Producer"]) == meta["pdf:Producer"]
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
    ).stdout
    assert "Małgorzata Nguyễn" in text.decode()


def test_helvetica_default_font_refused() -> None:
    with pytest.raises(PdfaError, match="nicht eingebettet"):
        make_pdfa(_reportlab_pdf(["x"], initial_font=None), "t", "a")


def test_encrypted_input_refused() -> None:
    plain = _reportlab_pdf(["x"])
    with pikepdf.open(io.BytesIO(plain)) as pdf:
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(owner="o", user=""))
    with pytest.raises(PdfaError, match="verschlüsselt"):
        make_pdfa(out.getvalue(), "t", "a")
    assert "ISO_19005_2:6.1.3-2" in rules(pdfa_report(out.getvalue()))  # encrypted


def test_validator_refuses_a_script_added_afterwards() -> None:
    data = make_pdfa(_reportlab_pdf(["x"]), "Titel", "Autor")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)")
        out = io.BytesIO()
        pdf.save(out)
    report = pdfa_report(out.getvalue())
    assert not report.passed
    assert any("/OpenAction" in finding.where for finding in report.findings)


def test_split_gives_valid_single_pdfa_per_page() -> None:
    names = ["Anna Ľudová", "Emre Yılmaz", "Straße ß"]
    combined = make_pdfa(_reportlab_pdf(names), "Alle", "Stadt")
    metas = [DocMeta(title=f"Urkunde {n}", author="Stadt Dortmund") for n in names]
    singles = list(split_pdfa(combined, metas))
    assert len(singles) == 3
    for name, data in zip(names, singles, strict=True):
        assert_pdfa(data)
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert pdf.check_pdf_syntax() == []  # qpdf's structural check
        text = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
        assert text.stdout.decode().strip() == name
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert len(pdf.pages) == 1
            assert str(pdf.docinfo["/Title"]) == f"Urkunde {name}"

"""PDF/A-2b conversion and the fast per-page split, checked by the structural validator."""

from __future__ import annotations

import io
import subprocess

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.documents.pdf.fonts import register_fonts
from ceremonykit.documents.pdf.page_split import split_pdfa
from ceremonykit.documents.pdf.pdfa import DocMeta, PdfaError, make_pdfa
from ceremonykit.documents.pdf.pdfa_check import pdfa_problems


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
    problems = pdfa_problems(_reportlab_pdf(["x"]))
    assert "no GTS_PDFA1 OutputIntent" in problems
    assert "no XMP metadata" in problems


def test_make_pdfa_passes_validator_and_keeps_text() -> None:
    data = make_pdfa(_reportlab_pdf(["Małgorzata Nguyễn"]), "Urkunde für Łukasz", "Stadt Dortmund")
    assert pdfa_problems(data) == []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.docinfo["/Title"]) == "Urkunde für Łukasz"
        assert str(pdf.Root.Lang) == "de-DE"
        meta = pdf.open_metadata()
        assert meta["dc:title"] == "Urkunde für Łukasz"
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
    assert "encrypted" in pdfa_problems(out.getvalue())


def test_validator_detects_javascript_and_mismatch() -> None:
    data = make_pdfa(_reportlab_pdf(["x"]), "Titel", "Autor")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)")
        pdf.docinfo["/Title"] = "Anders"
        out = io.BytesIO()
        pdf.save(out)
    problems = pdfa_problems(out.getvalue())
    assert "OpenAction/AA present" in problems
    assert any(p.startswith("Info /Title") for p in problems)


def test_split_gives_valid_single_pdfa_per_page() -> None:
    names = ["Anna Ľudová", "Emre Yılmaz", "Straße ß"]
    combined = make_pdfa(_reportlab_pdf(names), "Alle", "Stadt")
    metas = [DocMeta(title=f"Urkunde {n}", author="Stadt Dortmund") for n in names]
    singles = list(split_pdfa(combined, metas))
    assert len(singles) == 3
    for name, data in zip(names, singles, strict=True):
        assert pdfa_problems(data) == []
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert pdf.check_pdf_syntax() == []  # qpdf's structural check
        text = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
        assert text.stdout.decode().strip() == name
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert len(pdf.pages) == 1
            assert str(pdf.docinfo["/Title"]) == f"Urkunde {name}"

"""Guest PDFs: the canvas carries the bundled fonts and the document's metadata."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from ceremonykit.documents.guestdocs.pdftext import TextCells, prepare_canvas


def test_canvas_sets_metadata_and_draws_cells(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    canvas = prepare_canvas(str(path), title="Gäste\x07liste", author="Presseamt", pagesize=A4)
    canvas.setFont("Sans", 12)
    canvas.drawString(100, 700, "Gästeliste Müller")
    cells = TextCells(canvas)
    cells.add(100, 600, "Nguyễn Thị", 200, 10)
    cells.add(300, 600, "Sehr langer Organisationsname " * 5, 80, 10)
    cells.add(100, 580, "", 80, 10)  # empty: no cell
    cells.draw()
    canvas.save()
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Gästeliste" and reader.metadata.author == "Presseamt"
    text = reader.pages[0].extract_text()
    assert "Gästeliste Müller" in text and "Nguyễn Thị" in text
    assert "Sehr langer" in text and "…" in text  # cut to the column width
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert all("+" in name for name in fonts), fonts  # embedded subsets only

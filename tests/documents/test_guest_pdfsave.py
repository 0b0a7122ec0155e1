"""Guest PDFs are saved with binary streams; reportlab's global setting is left as it was."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.pagesizes import A4

from ceremonykit.documents.guestdocs.fasttext import draw_string
from ceremonykit.documents.guestdocs.pdftext import prepare_canvas, save_canvas


def test_saved_without_ascii85_and_setting_restored(tmp_path: Path) -> None:
    before = rl_config.useA85
    path = tmp_path / "x.pdf"
    canvas = prepare_canvas(str(path), title="Test", author="Presseamt", pagesize=A4)
    canvas.setFont("Sans", 12)
    draw_string(canvas, 100, 700, "Gästeliste Müller")
    save_canvas(canvas)
    assert rl_config.useA85 == before
    data = path.read_bytes()
    assert b"ASCII85Decode" not in data
    assert b"FlateDecode" in data
    assert "Gästeliste Müller" in PdfReader(path).pages[0].extract_text()

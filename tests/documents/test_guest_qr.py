"""Check-in codes as QR codes: the drawn squares are the code segno computes, on the badges and
the check-in list of guests who have a code."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from tests.documents.guest_helpers import build, one_file, pdf_pages_text

from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.guestdocs.qr import QUIET_ZONE, draw_qr, qr_matrix
from ceremonykit.guests.checkin import new_token


def rendered_modules(pdf: Path, modules: int, size_pt: float) -> list[list[bool]]:
    """Render the PDF and read the colour at the centre of every module."""
    scale = 8
    page = pypdfium2.PdfDocument(str(pdf))[0]
    image = page.render(scale=scale).to_pil().convert("L")
    unit = size_pt * scale / (modules + 2 * QUIET_ZONE)
    return [
        [
            image.getpixel((int((c + QUIET_ZONE + 0.5) * unit), int((r + QUIET_ZONE + 0.5) * unit)))
            < 128
            for c in range(modules)
        ]
        for r in range(modules)
    ]


def test_drawn_qr_is_the_code(tmp_path: Path) -> None:
    token = new_token()
    pdf = tmp_path / "qr.pdf"
    canvas = Canvas(str(pdf), pagesize=(100, 100))
    draw_qr(canvas, token, 0, 0, 100)
    canvas.save()
    matrix = [list(row) for row in qr_matrix(token)]
    assert len(matrix) == 21  # version 1: twelve letters and digits fit the smallest code
    assert rendered_modules(pdf, len(matrix), 100) == matrix


def test_badges_and_checkin_list_carry_codes(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    for n, guest in enumerate(ceremony.guests):
        guest.checkin_token = new_token() if n % 2 == 0 else ""
    build(ceremony, tmp_path, "name_badges", "checkin_list")
    with_code = sum(1 for g in ceremony.guests if g.checkin_token)
    for name, stem in (("Namensschilder*.pdf", "name_badges"), ("Einlassliste*.pdf", "list")):
        pdf = one_file(tmp_path, name)
        content = b"".join(
            contents.get_data()
            for page in PdfReader(str(pdf)).pages
            if (contents := page.get_contents()) is not None
        )
        # each QR is one path of filled rectangles: many "re" operators per code
        assert content.count(b" re") > with_code * 20, stem
    text = "\n".join(pdf_pages_text(one_file(tmp_path, "Einlassliste*.pdf")))
    assert "Code" in text
    assert not any(g.checkin_token in text for g in ceremony.guests if g.checkin_token)

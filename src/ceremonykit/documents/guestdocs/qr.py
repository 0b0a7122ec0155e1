"""QR codes of the guests' check-in codes, drawn as vector squares (segno makes the matrix).

The code is printed as plain vector rectangles, not an image: sharp at any size, tiny in the
PDF, and the same in every output. Error correction level M, a quiet zone of four modules
(what scanners need), and the code text below for a person to type when a scanner fails.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas

if TYPE_CHECKING:
    from segno import QRCode

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def _qr_code(text: str) -> QRCode:
    # imported on the first code: segno loads urllib, http and email (0.03 s), and guest lists
    # without check-in codes need none of it
    import segno

    return segno.make(text, error="m", micro=False)


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark modules of ``text``'s QR code, row by row from the top (no quiet zone)."""
    code = _qr_code(text)
    return tuple(tuple(bool(m) for m in row) for row in code.matrix)


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``text`` into the square (``x``, ``y``) lower left, ``size`` wide,
    quiet zone included. Runs of dark modules become one rectangle each (smaller PDF)."""
    matrix = qr_matrix(text)
    modules = len(matrix) + 2 * QUIET_ZONE
    unit = size / modules
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        top = y + size - (r + QUIET_ZONE) * unit
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            path.rect(x + (start + QUIET_ZONE) * unit, top - unit, (c - start) * unit, unit)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def qr_png(text: str, *, scale: int = 6) -> bytes:
    """The QR code as a PNG (e-mail invitations show it inline)."""
    out = io.BytesIO()
    _qr_code(text).save(out, kind="png", scale=scale, border=QUIET_ZONE)
    return out.getvalue()

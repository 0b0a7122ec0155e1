"""Drawing on cut sheets: cut marks around a grid of labels, fold and cut lines."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.documents.guestdocs.labels import LabelSheet

MARK_LENGTH = 5 * mm
MARK_OFFSET = 2 * mm


def draw_cut_marks(canvas: Canvas, sheet: LabelSheet) -> None:
    """Short hairlines in the margins, in line with every label edge (outside the labels)."""
    xs: set[float] = set()
    ys: set[float] = set()
    for index in range(sheet.per_sheet):
        x, y = sheet.origin(index)
        xs |= {x, x + sheet.label_width}
        ys |= {y, y + sheet.label_height}
    left, right = min(xs) * mm, max(xs) * mm
    bottom, top = min(ys) * mm, max(ys) * mm
    canvas.saveState()
    canvas.setLineWidth(0.25)
    canvas.setStrokeColorRGB(0, 0, 0)
    for x in sorted(xs):
        canvas.line(x * mm, top + MARK_OFFSET, x * mm, top + MARK_OFFSET + MARK_LENGTH)
        canvas.line(x * mm, bottom - MARK_OFFSET, x * mm, bottom - MARK_OFFSET - MARK_LENGTH)
    for y in sorted(ys):
        canvas.line(left - MARK_OFFSET, y * mm, left - MARK_OFFSET - MARK_LENGTH, y * mm)
        canvas.line(right + MARK_OFFSET, y * mm, right + MARK_OFFSET + MARK_LENGTH, y * mm)
    canvas.restoreState()


def draw_guide_line(
    canvas: Canvas, y: float, page_width: float, label: str, *, dashed: bool
) -> None:
    """A full-width fold (dashed) or cut (solid) line with a small grey label at the margin."""
    canvas.saveState()
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.setLineWidth(0.4)
    if dashed:
        canvas.setDash(4, 3)
    canvas.line(0, y, page_width, y)
    canvas.setFillColorRGB(0.5, 0.5, 0.5)
    canvas.setFont("Sans", 6.5)
    canvas.drawString(4 * mm, y + 1.2 * mm, label)
    canvas.restoreState()

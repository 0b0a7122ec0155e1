"""The print PDF of a cheque: vector shapes and text, embedded fonts, bleed, boxes, marks.

The page (MediaBox) is the trim plus the bleed on every side; with crop marks, a slug for the
marks is added around that, so the marks never print on the bleed. TrimBox and BleedBox tell
the print shop where to cut and how far the background runs.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.build_memo import build_memo
from ceremonykit.documents.cheques.shapes import Curve, Fill, Layout, Picture, Point, TextRun
from ceremonykit.documents.cheques.sizes import CROP_MARK_LENGTH_MM, ChequeFormat
from ceremonykit.documents.pdf.fonts import register_fonts
from ceremonykit.documents.pdf.shared_xobjects import (
    draw_shared_form,
    draw_shared_image,
    shared_form,
    shared_image,
)


def cheque_pdf(
    layout: Layout, fmt: ChequeFormat, *, title: str, author: str, subject: str
) -> bytes:
    """Draw ``layout`` into a one-page PDF and return its bytes."""
    register_fonts("Sans", *{s.font for s in layout.shapes if isinstance(s, TextRun)})
    buffer = io.BytesIO()
    media_w, media_h = fmt.media_mm
    canvas = Canvas(
        buffer, pagesize=(media_w * mm, media_h * mm), pageCompression=1, initialFontName="Sans"
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("CeremonyKit")
    off = fmt.offset_mm
    canvas.setTrimBox(_box(off, off, fmt.width_mm, fmt.height_mm))
    canvas.setBleedBox(
        _box(
            off - fmt.bleed_mm,
            off - fmt.bleed_mm,
            fmt.width_mm + 2 * fmt.bleed_mm,
            fmt.height_mm + 2 * fmt.bleed_mm,
        )
    )
    painter = _Painter(canvas, fmt)
    painter.paper(layout.paper)
    for shape in layout.shapes:
        painter.draw(shape)
    painter.end_pattern()
    if fmt.crop_marks:
        painter.crop_marks()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _box(x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
    return (x * mm, y * mm, (x + w) * mm, (y + h) * mm)


class _Painter:
    """Converts layout millimetres (top-left origin) to PDF points (bottom-left origin)."""

    def __init__(self, canvas: Canvas, fmt: ChequeFormat) -> None:
        self.c = canvas
        self.fmt = fmt
        self.off = fmt.offset_mm
        self.bleed_rect = (
            -fmt.bleed_mm,
            -fmt.bleed_mm,
            fmt.width_mm + 2 * fmt.bleed_mm,
            fmt.height_mm + 2 * fmt.bleed_mm,
        )
        self.pattern: list[str] = []  # operators of the guilloche curves not drawn yet

    def px(self, x: float) -> float:
        return float((self.off + x) * mm)

    def py(self, y: float) -> float:
        return float((self.off + self.fmt.height_mm - y) * mm)

    def paper(self, color: str) -> None:
        self.fill(Fill(self.bleed_rect, color))

    def draw(self, shape: Fill | Curve | TextRun | Picture) -> None:
        if isinstance(shape, Curve) and shape.smooth:
            self.pattern.append(self.curve_operators(shape))
            return
        self.end_pattern()
        if isinstance(shape, Fill):
            self.fill(shape)
        elif isinstance(shape, Curve):
            self.curve(shape)
        elif isinstance(shape, TextRun):
            self.text(shape)
        else:
            self.picture(shape)

    def fill(self, shape: Fill) -> None:
        x, y, w, h = shape.rect
        bx, by, bw, bh = self.bleed_rect  # never paint beyond the bleed
        x0, y0 = max(x, bx), max(y, by)
        x1, y1 = min(x + w, bx + bw), min(y + h, by + bh)
        if x1 <= x0 or y1 <= y0:
            return
        c = self.c
        if shape.color:
            c.setFillColor(HexColor(shape.color))
        if shape.stroke and shape.stroke_width > 0:
            c.setStrokeColor(HexColor(shape.stroke))
            c.setLineWidth(shape.stroke_width * mm)
        stroke = 1 if shape.stroke and shape.stroke_width > 0 else 0
        fill = 1 if shape.color else 0
        args = (self.px(x0), self.py(y1), (x1 - x0) * mm, (y1 - y0) * mm)
        if shape.radius:
            c.roundRect(*args, shape.radius * mm, stroke=stroke, fill=fill)
        else:
            c.rect(*args, stroke=stroke, fill=fill)

    def curve(self, shape: Curve) -> None:
        self.c.addLiteral(self.curve_operators(shape))

    def curve_operators(self, shape: Curve) -> str:
        """Written as raw path operators in 1/100 mm units with a flipped y axis: the
        guilloche has tens of thousands of points, and integers format fastest."""
        scale = mm / 100
        return (
            f"{fp_str(*HexColor(shape.color).rgb())} RG\n"
            f"q {scale:.6f} 0 0 {-scale:.6f} {self.px(0):.3f} {self.py(0):.3f} cm\n"
            f"{shape.width * 100:.1f} w 1 j 1 J\n"
            + path_operators(shape.points, smooth=shape.smooth)
            + ("\ns Q" if shape.closed else "\nS Q")
        )

    def end_pattern(self) -> None:
        """Draw the guilloche curves collected so far as one form XObject: it is the same on
        every cheque of a build, so its quarter megabyte of operators is deflated once."""
        if not self.pattern:
            return
        media_w, media_h = self.fmt.media_mm
        form = shared_form("\n".join(self.pattern))
        draw_shared_form(self.c, form, (0, 0, media_w * mm, media_h * mm))
        self.pattern.clear()

    def text(self, run: TextRun) -> None:
        c = self.c
        c.setFillColor(HexColor(run.color))
        text = c.beginText()
        text.setFont(run.font, run.size * mm)
        text.setCharSpace(run.tracking * mm)
        text.setTextOrigin(self.px(run.left), self.py(run.baseline))
        text.textOut(run.text)
        c.drawText(text)

    def picture(self, shape: Picture) -> None:
        """Prepared once per build: every cheque shows the same logo and signature."""
        x, y, w, h = shape.rect
        image = shared_image(shape.data, shape.crop)
        draw_shared_image(self.c, image, self.px(x), self.py(y + h), w * mm, h * mm)

    def crop_marks(self) -> None:
        """Thin marks in the slug, aligned with the trim edges, starting outside the bleed."""
        c = self.c
        c.setStrokeColor(HexColor("#000000"))
        c.setLineWidth(0.25)
        w, h = self.fmt.width_mm, self.fmt.height_mm
        start = self.fmt.bleed_mm + (self.fmt.slug_mm - CROP_MARK_LENGTH_MM)
        end = start + CROP_MARK_LENGTH_MM
        for x in (0.0, w):
            for sign, edge in ((-1, 0.0), (1, h)):
                c.line(
                    self.px(x), self.py(edge + sign * start), self.px(x), self.py(edge + sign * end)
                )
        for y in (0.0, h):
            for sign, edge in ((-1, 0.0), (1, w)):
                c.line(
                    self.px(edge + sign * start), self.py(y), self.px(edge + sign * end), self.py(y)
                )


@build_memo
def path_operators(points: tuple[Point, ...], *, smooth: bool) -> str:
    """The path of ``points`` (mm) as PDF operators in 1/100 mm: a move, then Bézier
    segments or lines. Once per build: every cheque of a build draws the same guilloche."""
    first, *rest = points
    ops = [f"{int(first[0] * 100)} {int(first[1] * 100)} m"]
    if smooth:
        ops.extend(
            f"{int(x1 * 100)} {int(y1 * 100)} {int(x2 * 100)} {int(y2 * 100)}"
            f" {int(x3 * 100)} {int(y3 * 100)} c"
            for (x1, y1), (x2, y2), (x3, y3) in zip(rest[::3], rest[1::3], rest[2::3], strict=True)
        )
    else:
        ops.extend([f"{int(x * 100)} {int(y * 100)} l" for x, y in rest])
    return "\n".join(ops)

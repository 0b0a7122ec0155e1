"""Draw certificates with reportlab: decoration, pictures, text runs with fallback fonts.

All certificates of a build go into one canvas (one font subset, one copy of each image); the
single-certificate files are cut from it afterwards (see ``documents.pdf.page_split``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from functools import partial

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.documents.certificates.design import Design
from ceremonykit.documents.certificates.fit import runs
from ceremonykit.documents.certificates.layout import Layout, TextLine
from ceremonykit.documents.pdf.fonts import register_fonts


def _color(hex_value: str) -> Color:
    return HexColor(hex_value)


class CertificateCanvas:
    """One reportlab canvas that receives any number of certificate pages."""

    def __init__(
        self, design: Design, images: Mapping[str, bytes], title: str, author: str
    ) -> None:
        # the design's font; its bold and italic and the fallback font are registered when a
        # line is measured or drawn in them (fit.runs), so a certificate in one family does
        # not parse all ten font files
        register_fonts(design.font)
        self.design = design
        self.buffer = io.BytesIO()
        self.canvas = Canvas(
            self.buffer,
            pagesize=design.pagesize,
            pageCompression=1,
            initialFontName=design.font,
            initialFontSize=12,
        )
        self.canvas.setTitle(title)
        self.canvas.setAuthor(author)
        self._images = {key: ImageReader(io.BytesIO(data)) for key, data in images.items()}
        self._forms: set[str] = set()
        self.pages = 0

    def draw(self, layout: Layout) -> None:
        """Draw one certificate as a new page."""
        c = self.canvas
        self._form("decoration", self._decorate)
        c.doForm("decoration")
        for pic in layout.pictures:
            image = self._images.get(pic.asset_id)
            if image is None:
                continue
            name = f"img_{pic.asset_id}"
            self._form(name, partial(c.drawImage, image, 0, 0, 1, 1, mask="auto"))
            c.saveState()
            c.translate(pic.x, pic.y)
            c.scale(pic.width, pic.height)
            c.doForm(name)
            c.restoreState()
        for rule in layout.rules:
            c.setStrokeColor(_color(rule.color))
            c.setLineWidth(rule.width)
            c.line(rule.x1, rule.y1, rule.x2, rule.y2)
        for line in layout.lines:
            self._text(line)
        c.showPage()
        self.pages += 1

    def _form(self, name: str, draw: Callable[[], object]) -> None:
        """Define a form XObject once; images and the frame are then shared by all pages."""
        if name in self._forms:
            return
        self._forms.add(name)
        self.canvas.beginForm(name)
        draw()
        self.canvas.endForm()

    def _text(self, line: TextLine) -> None:
        """One line in its own text object: the runs switch to a fallback font where the main
        font lacks a glyph (see :func:`fit.runs`)."""
        if not line.text:
            return
        text = self.canvas.beginText(line.left, line.y)
        text.setFillColor(_color(line.color))
        text.setCharSpace(line.tracking)
        for font_name, part in runs(line.text, line.font):
            text.setFont(font_name, line.size)
            text.textOut(part)
        self.canvas.drawText(text)

    def _decorate(self) -> None:
        design = self.design
        c = self.canvas
        width, height = design.pagesize
        if design.decoration == "band":
            c.setFillColor(_color(design.color_accent))
            c.rect(0, 0, design.band_width, height, stroke=0, fill=1)
            c.setFillColor(_color(design.color_frame))
            c.rect(design.band_width, 0, 1.6 * mm, height, stroke=0, fill=1)
            return
        inset = design.frame_inset
        frame = _color(design.color_frame)
        c.setStrokeColor(frame)
        c.setLineWidth(2.4)
        c.rect(inset, inset, width - 2 * inset, height - 2 * inset, stroke=1, fill=0)
        gap = 5.0
        c.setLineWidth(0.7)
        c.rect(
            inset + gap,
            inset + gap,
            width - 2 * (inset + gap),
            height - 2 * (inset + gap),
            stroke=1,
            fill=0,
        )
        # corner ornaments: a small square set diagonally with a dot, inside each corner
        c.setFillColor(frame)
        size = 4.2 * mm
        for cx, cy in (
            (inset + gap, inset + gap),
            (width - inset - gap, inset + gap),
            (inset + gap, height - inset - gap),
            (width - inset - gap, height - inset - gap),
        ):
            c.saveState()
            c.translate(cx, cy)
            c.rotate(45)
            c.rect(-size / 2, -size / 2, size, size, stroke=0, fill=1)
            c.setFillColor(_color("#FFFFFF"))
            c.rect(-size / 4, -size / 4, size / 2, size / 2, stroke=0, fill=1)
            c.restoreState()
            c.setFillColor(frame)

    def finish(self) -> bytes:
        self.canvas.save()
        return self.buffer.getvalue()

"""Turn a design and a cheque's content into shapes at a concrete size (see ``shapes``).

Every length of the design is relative; here it becomes millimetres: x and widths scale with
the cheque's width, y, heights, font sizes and line widths with its height.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import lru_cache

from ceremonykit.documents.cheques import messages as msg
from ceremonykit.documents.cheques.content import ChequeContent
from ceremonykit.documents.cheques.design import Design, Element
from ceremonykit.documents.cheques.guilloche import rosette, wave_bands
from ceremonykit.documents.cheques.shapes import Curve, Fill, Layout, Picture, Rect, TextRun
from ceremonykit.documents.cheques.textfit import LINE_GAP, ascent_descent, fit_text, text_width
from ceremonykit.documents.images.colour import is_cmyk, to_srgb
from ceremonykit.documents.images.safe_open import ImageProblem, open_image
from ceremonykit.domain.cleaning import show_characters

LOGO = "Das Logo"  # the ``what`` of the logo picture; the resolution check looks for it
SIGNATURE = "Die Unterschrift"
SHRINK_WARNING = 0.6  # tell the user when a text had to shrink below this share of its size
_WHAT = {
    "payee": "Der Name des Zahlungsempfängers",
    "amount": "Der Betrag",
    "amount_words": "Der Betrag in Worten",
    "purpose": "Der Verwendungszweck",
}


def build_layout(design: Design, content: ChequeContent, width: float, height: float) -> Layout:
    """All shapes of one cheque of ``width`` × ``height`` mm, in drawing order."""
    layout = Layout(width, height, design.color(design.paper))
    builder = _Builder(design, content, layout)
    for element in design.elements:
        builder.add(element)
    return layout


Box = tuple[int, int, int, int]


@lru_cache(maxsize=8)
def without_transparent_margin(data: bytes) -> tuple[bytes, Box | None, tuple[int, int]]:
    """The image, the part of it inside its fully transparent borders (logos often carry
    padding that would shift them off their alignment; None: nothing to cut) and that part's
    pixel size. Cached: every cheque uses the same. The PDF writer cuts the image itself
    (writing the cut image as PNG only to decode it again cost 20 ms for a large logo)."""
    with open_image(data, "Logo") as image:
        image.load()
        if is_cmyk(image):  # a print-shop logo: converted with its profile, for PDF and PNG
            buffer = io.BytesIO()
            to_srgb(image).save(buffer, "PNG", compress_level=1)
            return buffer.getvalue(), None, image.size
        if image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info:
            return data, None, image.size
        bbox = image.convert("RGBA").getchannel("A").getbbox()
        if bbox is None or bbox == (0, 0, *image.size):
            return data, None, image.size
        return data, bbox, (bbox[2] - bbox[0], bbox[3] - bbox[1])


class _Builder:
    def __init__(self, design: Design, content: ChequeContent, layout: Layout) -> None:
        self.design = design
        self.content = content
        self.layout = layout
        self.w = layout.width
        self.h = layout.height
        self._handlers: dict[str, Callable[[Element], None]] = {
            "rect": self._rect,
            "frame": self._frame,
            "pattern": self._pattern,
            "rosette": self._rosette,
            "image": self._image,
            "text": self._text,
            "field": self._field,
            "amount": self._amount,
            "signature": self._signature,
        }

    def add(self, element: Element) -> None:
        if element.option == "number" and not self.content.texts.get("number"):
            return
        self._handlers[element.type](element)

    # -- helpers -----------------------------------------------------------------------------
    def rect(self, element: Element) -> Rect:
        x, y, w, h = element.box
        return (x * self.w, y * self.h, w * self.w, h * self.h)

    def color(self, name: str) -> str:
        return self.design.color(name)

    def what(self, template: str) -> str:
        for key, name in _WHAT.items():
            if "{" + key + "}" in template:
                return name
        return f"Der Text „{self.content.fill(template)[:40]}“"

    def line(self, x0: float, x1: float, y: float, element: Element) -> None:
        width = max(element.stroke_width * self.h, 0.2)
        color = self.color(element.stroke or "rule")
        self.layout.shapes.append(Curve(((x0, y), (x1, y)), color, width))

    def text_block(
        self,
        template: str,
        box: Rect,
        *,
        font: str,
        size: float,
        color: str,
        align: str,
        max_lines: int = 1,
        tracking: float = 0.0,
        uppercase: bool = False,
        baseline: float | None = None,
    ) -> list[TextRun]:
        """Fit ``template`` into ``box`` and add its lines; with ``baseline`` the last line
        sits there, otherwise the block is centred vertically on its capitals."""
        text = " ".join(self.content.fill(template).split())
        if uppercase:
            text = text.upper()
        if not text:
            return []
        x, y, w, h = box
        wanted = size * self.h
        fitted = fit_text(text, font, wanted, w, h, max_lines=max_lines, tracking_rel=tracking)
        what = self.what(template)
        if fitted.scale < SHRINK_WARNING:
            self.layout.notes.append(
                msg.TEXT_SHRUNK.format(what=what, percent=round(fitted.scale * 100))
            )
        if fitted.missing:
            chars = show_characters(fitted.missing)
            self.layout.notes.append(msg.GLYPHS_MISSING.format(what=what, chars=chars))
        cap, descent = ascent_descent(fitted.font, fitted.size)
        step = fitted.size * LINE_GAP
        count = len(fitted.lines)
        if baseline is None:
            block = cap + step * (count - 1)
            baseline = y + (h - block) / 2 + cap + step * (count - 1)
        anchor = {"left": x, "center": x + w / 2, "right": x + w}[align]
        runs = []
        for index, line in enumerate(fitted.lines):
            run = TextRun(
                text=line,
                font=fitted.font,
                size=fitted.size,
                x=anchor,
                baseline=baseline - step * (count - 1 - index),
                color=self.color(color),
                align=align,
                tracking=fitted.tracking,
                width=text_width(line, fitted.font, fitted.size, fitted.tracking),
                ascent=cap,
                descent=descent,
                what=what,
            )
            runs.append(run)
        self.layout.shapes.extend(runs)
        return runs

    # -- element types -----------------------------------------------------------------------
    def _rect(self, element: Element) -> None:
        x, y, w, h = self.rect(element)
        if element.fill and not element.radius:
            # a coloured area touching the trim edge continues into the bleed (cut tolerance)
            big = 1000.0
            x0 = x - big if element.box[0] <= 0.0005 else x
            y0 = y - big if element.box[1] <= 0.0005 else y
            x1 = x + w + big if element.box[0] + element.box[2] >= 0.9995 else x + w
            y1 = y + h + big if element.box[1] + element.box[3] >= 0.9995 else y + h
            x, y, w, h = x0, y0, x1 - x0, y1 - y0
        self._fill(element, (x, y, w, h))

    def _frame(self, element: Element) -> None:
        x, y, w, h = self.rect(element)
        width = max(element.stroke_width * self.h, 0.2)
        color = self.color(element.stroke or element.color)
        self.layout.shapes.append(Fill((x, y, w, h), "", color, width))
        if element.lines >= 2:
            gap = 2.5 * width
            inner = (x + gap, y + gap, w - 2 * gap, h - 2 * gap)
            self.layout.shapes.append(Fill(inner, "", color, width / 3))

    def _pattern(self, element: Element) -> None:
        width = max(element.stroke_width * self.h, 0.1)
        color = self.color(element.color)
        for points in wave_bands(
            self.rect(element),
            bands=element.bands,
            lines=element.lines,
            waves=element.waves,
            amplitude=element.amplitude,
        ):
            self.layout.shapes.append(Curve(points, color, width, smooth=True))

    def _rosette(self, element: Element) -> None:
        width = max(element.stroke_width * self.h, 0.1)
        color = self.color(element.color)
        for points in rosette(self.rect(element), lines=element.lines, lobes=element.waves):
            self.layout.shapes.append(Curve(points, color, width, closed=True, smooth=True))

    def _image(self, element: Element) -> None:
        if self.content.logo is None:
            return
        picture = self.fit_picture(self.content.logo, self.rect(element), element.align, LOGO)
        if picture is None:
            self.layout.notes.append(msg.LOGO_UNREADABLE.format(name=self.content.logo_name))
            return
        self.layout.shapes.append(picture)

    def fit_picture(self, data: bytes, box: Rect, align: str, what: str) -> Picture | None:
        """The image scaled to fit ``box`` keeping its proportions; None if unreadable."""
        try:
            data, crop, pixels = without_transparent_margin(data)
        except ImageProblem:
            return None
        x, y, w, h = box
        scale = min(w / pixels[0], h / pixels[1])
        pw, ph = pixels[0] * scale, pixels[1] * scale
        px = {"left": x, "center": x + (w - pw) / 2, "right": x + w - pw}[align]
        return Picture(data, (px, y + (h - ph) / 2, pw, ph), pixels, what, crop)

    def _text(self, element: Element) -> None:
        self.text_block(
            element.text,
            self.rect(element),
            font=element.font,
            size=element.size,
            color=element.color,
            align=element.align,
            max_lines=element.max_lines,
            tracking=element.tracking,
            uppercase=element.uppercase,
        )

    def label(self, element: Element, box: Rect, baseline: float) -> None:
        self.text_block(
            element.label,
            box,
            font=element.label_font,
            size=element.label_size,
            color=element.label_color,
            align=element.align,
            tracking=0.04,
            baseline=baseline,
        )

    def _field(self, element: Element) -> None:
        """A caption, a value written on a line, the line: the core of a cheque."""
        x, y, w, h = self.rect(element)
        label_size = element.label_size * self.h
        if element.label_below:
            rule = y + h - label_size * 1.55
            label_baseline = y + h - label_size * 0.3
            top = y
        else:
            rule = y + h
            label_baseline = y + label_size * 0.75
            top = y + label_size * 1.3
        value_size = element.size * self.h
        value_baseline = rule - max(value_size * 0.2, self.h * 0.008)
        room = (x, top, w, value_baseline - top)
        self.text_block(
            element.text,
            room,
            font=element.font,
            size=element.size,
            color=element.color,
            align=element.align,
            max_lines=element.max_lines,
            tracking=element.tracking,
            uppercase=element.uppercase,
            baseline=value_baseline,
        )
        self.line(x, x + w, rule, element)
        if element.label:
            self.label(element, (x, y, w, h), label_baseline)

    def _fill(self, element: Element, rect: tuple[float, float, float, float]) -> None:
        """A filled and/or stroked box in the element's colours."""
        self.layout.shapes.append(
            Fill(
                rect,
                self.color(element.fill) if element.fill else "",
                self.color(element.stroke) if element.stroke else "",
                element.stroke_width * self.h,
                element.radius * self.h,
            )
        )

    def _amount(self, element: Element) -> None:
        """The amount in digits in a box of its own – the figure the audience reads."""
        x, y, w, h = self.rect(element)
        self._fill(element, (x, y, w, h))
        pad = 0.05 * h + element.radius * self.h * 0.3
        top = y
        if element.label:
            label_size = element.label_size * self.h
            self.label(element, (x + pad * 1.6, y, w - 3.2 * pad, h), y + pad + label_size * 0.75)
            top = y + pad + label_size * 0.9
        inner = (x + pad * 1.6, top + pad * 0.5, w - pad * 3.2, y + h - top - pad * 1.5)
        self.text_block(
            element.text,
            inner,
            font=element.font,
            size=element.size,
            color=element.color,
            align="center" if element.align == "left" else element.align,
            tracking=element.tracking,
        )

    def _signature(self, element: Element) -> None:
        """Signature image over a line, name and function of the signatory under it."""
        x, y, w, h = self.rect(element)
        rule = y + h * 0.6
        if self.content.signature is not None:
            top = y + (rule - y) * 0.12  # keep clear of the line above
            area = (x + w * 0.15, top, w * 0.7, rule - top + h * 0.08)
            picture = self.fit_picture(self.content.signature, area, "center", SIGNATURE)
            if picture is None:
                name = self.content.signatory_name
                self.layout.notes.append(msg.SIGNATURE_IMAGE_MISSING.format(name=name))
            else:
                self.layout.shapes.append(picture)
        self.line(x, x + w, rule, element)
        name_size = element.size * self.h
        name_baseline = rule + name_size * 1.45
        below = (x, rule, w, y + h - rule)
        self.text_block(
            self.content.signatory_name,
            below,
            font=element.font,
            size=element.size,
            color=element.color,
            align="center",
            baseline=name_baseline,
        )
        self.text_block(
            self.content.signatory_function,
            below,
            font=element.label_font,
            size=element.label_size,
            color=element.label_color,
            align="center",
            baseline=name_baseline + element.label_size * self.h * 1.4,
        )

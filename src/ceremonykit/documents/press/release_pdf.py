"""The Medieninformation as PDF (reportlab platypus, bundled fonts, all embedded).

The sender block is drawn on every page by the page template; the body flows below it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from ceremonykit.documents.images.safe_open import open_image
from ceremonykit.documents.pdf.fonts import missing_glyphs, register_fonts
from ceremonykit.documents.press.blocks import BlockType, bold_spans
from ceremonykit.documents.press.links import href, split_links
from ceremonykit.documents.press.release import ReleaseContent

CITY_RED = HexColor("#C41230")
GREY = HexColor("#4A4A4A")
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 14 * mm, 18 * mm
HEADER_HEIGHT = 46 * mm
LOGO_HEIGHT, LOGO_MAX_WIDTH = 16 * mm, 60 * mm


def _font(text: str, font: str) -> str:
    """The bundled font, or the fallback when a name needs glyphs the main font lacks."""
    if not missing_glyphs(text, font):
        return font
    return "Fallback-Bold" if font.endswith("Bold") else "Fallback"


def _markup(text: str) -> str:
    """reportlab paragraph markup: escaped text, **bold**, links for web addresses."""
    out = []
    for span, bold in bold_spans(text):
        chunk = "".join(
            f'<a href="{escape(href(part))}" color="#C41230">{escape(part)}</a>'
            if link
            else escape(part)
            for part, link in split_links(span)
        )
        out.append(f"<b>{chunk}</b>" if bold else chunk)
    return "".join(out)


def _styles() -> dict[BlockType | str, ParagraphStyle]:
    body = ParagraphStyle("Body", fontName="Sans", fontSize=10.5, leading=15.5, spaceAfter=8)
    return {
        "date": ParagraphStyle("Date", parent=body, textColor=GREY, spaceAfter=10),
        BlockType.TITLE: ParagraphStyle(
            "Title", parent=body, fontName="Sans-Bold", fontSize=15, leading=19.5, spaceAfter=12
        ),
        BlockType.HEADING: ParagraphStyle(
            "Heading", parent=body, fontName="Sans-Bold", fontSize=11.5, spaceBefore=6
        ),
        BlockType.NOTICE: ParagraphStyle(
            "Notice", parent=body, fontName="Sans-Bold", textColor=CITY_RED, spaceAfter=10
        ),
        BlockType.PARAGRAPH: body,
        BlockType.QUOTE: ParagraphStyle("Quote", parent=body, fontName="Sans-Italic"),
        BlockType.KICKER: ParagraphStyle("Kicker", parent=body, textColor=CITY_RED),
        "small": ParagraphStyle("Small", parent=body, fontSize=9.5, leading=13.5, spaceAfter=5),
    }


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps the pages until the end so the footer can say "Seite 1 von 2"."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, object]] = []

    def showPage(self) -> None:  # reportlab API name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("Sans", 8)
            self.setFillColor(GREY)
            width = A4[0]
            self.drawRightString(
                width - RIGHT, BOTTOM - 8 * mm, f"Seite {self.getPageNumber()} von {total}"
            )
            super().showPage()
        super().save()


class _Rule(Flowable):  # type: ignore[misc]
    """A thin line separating the text from the notes to editors."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 10

    def draw(self) -> None:
        self.canv.setStrokeColor(GREY)
        self.canv.setLineWidth(0.4)
        self.canv.line(0, 5, self.width, 5)


@lru_cache(maxsize=4)
def _logo_image(data: bytes) -> ImageReader:
    """The logo flattened on white and scaled to 300 dpi at its printed size (fast to embed,
    sharp in print; transparency masks made reportlab spend most of the build on the logo)."""
    with open_image(data, "Logo") as img:
        flat = img.convert("RGB")  # already flattened on white by release_content
    scale = min(1.0, (LOGO_HEIGHT / 72 * 300) / flat.height)
    if scale < 1.0:
        size = (max(1, round(flat.width * scale)), max(1, round(flat.height * scale)))
        flat = flat.resize(size, Image.Resampling.LANCZOS)
    return ImageReader(flat)


def _link_areas(canvas: Canvas, line: str, font: str, x: float, y: float) -> None:
    """Clickable areas over the e-mail and web addresses of a header line."""
    for part, link in split_links(line):
        width = canvas.stringWidth(part, font, 8)
        if link:
            canvas.linkURL(href(part), (x, y - 2, x + width, y + 7), relative=0, thickness=0)
        x += width


def _draw_header(canvas: Canvas, content: ReleaseContent) -> None:
    """Sender block in the city's order, logo at the right, on every page."""
    width, height = A4
    top = height - TOP
    canvas.saveState()
    sender = content.sender
    canvas.setFillColor(Color(0, 0, 0))
    canvas.setFont(_font(sender.name, "Sans-Bold"), 12)
    canvas.drawString(LEFT, top - 12, sender.name)
    canvas.setFillColor(CITY_RED)
    canvas.setFont("Sans-Bold", 21)
    canvas.drawString(LEFT, top - 36, sender.label)
    if content.draft_mark:
        label_width = canvas.stringWidth(sender.label, "Sans-Bold", 21)
        canvas.setFillColor(GREY)
        canvas.setFont("Sans-Bold", 12)
        canvas.drawString(LEFT + label_width + 4 * mm, top - 36, content.draft_mark)
    canvas.setFillColor(GREY)
    y0 = top - 56
    for column, lines in enumerate((sender.office_lines, sender.contact_lines)):
        x = LEFT + column * 80 * mm
        for i, line in enumerate(lines):
            font = _font(line, "Sans")
            canvas.setFont(font, 8)
            canvas.drawString(x, y0 - i * 10, line)
            _link_areas(canvas, line, font, x, y0 - i * 10)
    if content.logo:
        logo = _logo_image(content.logo.data)
        iw, ih = logo.getSize()
        h = LOGO_HEIGHT
        w = min(h * iw / ih, LOGO_MAX_WIDTH)
        h = w * ih / iw
        canvas.drawImage(logo, width - RIGHT - w, top - h, w, h)
    canvas.setStrokeColor(CITY_RED)
    canvas.setLineWidth(1.2)
    rule_y = height - TOP - HEADER_HEIGHT + 4 * mm
    canvas.line(LEFT, rule_y, width - RIGHT, rule_y)
    canvas.restoreState()  # the page number "Seite 1 von 2" is drawn by _NumberedCanvas


def write_release_pdf(content: ReleaseContent, target: Path) -> None:
    """Lay out the release on A4 and write it to ``target``."""
    register_fonts()
    styles = _styles()
    width, height = A4
    frame = Frame(
        LEFT,
        BOTTOM,
        width - LEFT - RIGHT,
        height - TOP - BOTTOM - HEADER_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        str(target),
        pagesize=A4,
        title=content.title,
        author=content.author,
        subject="Medieninformation",
        lang="de-DE",
        initialFontName="Sans",
        initialFontSize=10,
        pageTemplates=[PageTemplate("page", [frame], onPage=lambda c, d: _draw_header(c, content))],
    )
    story: list[Flowable] = [Paragraph(escape(content.date_line), styles["date"])]
    notes = False
    for block in content.blocks:
        if block.type is BlockType.FIGURE:
            continue
        text = block.text + (f" – {block.speaker}" if block.speaker else "")
        if text.startswith("**Redaktionshinweis") and not notes:
            story.append(Spacer(1, 4))
            story.append(_Rule())
            notes = True
        style = styles["small"] if notes else styles[block.type]
        style = ParagraphStyle(f"{style.name}-x", parent=style, alignment=TA_LEFT)
        style.fontName = _font(text, style.fontName)
        story.append(Paragraph(_markup(text), style))
    doc.build(story, canvasmaker=_NumberedCanvas)

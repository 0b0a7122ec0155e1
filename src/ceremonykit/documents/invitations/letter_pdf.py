"""The invitation letter as PDF: DIN 5008 form B for a DL/C6 window envelope.

Geometry (mm from the top left of an A4 page, DIN 5008 form B):
letterhead 0–45; address field 20 mm from the left, 45 mm from the top, 85 × 45 mm – the
first 17.7 mm are the additions zone holding the return-address line, the 27.3 mm below hold
up to nine address lines; information block from 125 mm at 50 mm; subject at 98.5 mm; text
between 25 mm and 20 mm from the edges; fold marks at 105 and 210 mm, punch mark at 148.5 mm.
All letters of a build go into one PDF for printing (one letter per sheet side).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ceremonykit.documents.guestdocs.pdftext import (
    BOLD,
    GREY,
    REGULAR,
    font_name,
    pdf_text,
    wrap,
)
from ceremonykit.documents.invitations.content import Invitation
from ceremonykit.documents.invitations.extras import MAX_WIDTH_MM, ExtraBlock
from ceremonykit.documents.pdf.shared_xobjects import draw_shared_image, shared_image
from ceremonykit.xml_text import escape

PAGE_W: float = A4[0]
PAGE_H: float = A4[1]
LEFT, RIGHT = 25 * mm, 20 * mm
TEXT_W = PAGE_W - LEFT - RIGHT
FIELD_X, FIELD_TOP, FIELD_W, FIELD_H = 20 * mm, 45 * mm, 85 * mm, 45 * mm
ADDITIONS_H = 17.7 * mm
INFO_X, INFO_TOP = 125 * mm, 50 * mm
SUBJECT_TOP = 98.5 * mm
FOOTER_H = 22 * mm
ADDRESS_SIZE, ADDRESS_LEADING = 10.0, 12.0
BODY = ParagraphStyle("letter", fontName=REGULAR, fontSize=11, leading=15, spaceAfter=9)


@dataclass(frozen=True)
class Letterhead:
    """What every letter of a build shares: sender lines, return address, logo, date line."""

    sender: str
    office_lines: tuple[str, ...]
    return_address: str
    info_lines: tuple[tuple[str, str], ...]  # ("Telefon", "+49 231 …")
    footer_lines: tuple[str, ...]
    logo: bytes | None = None


def _y(top_mm_points: float) -> float:
    """A distance from the top of the page as a reportlab y coordinate."""
    return PAGE_H - top_mm_points


class LetterWriter:
    """Draws letters into one canvas; :meth:`letter` adds one guest's letter."""

    def __init__(self, canvas: Canvas, head: Letterhead) -> None:
        self.c = canvas
        self.head = head
        self._logo = shared_image(head.logo) if head.logo else None
        self._logo_form = ""
        self._paragraphs: dict[str, tuple[Paragraph, float]] = {}

    def letter(self, invitation: Invitation, extras: Sequence[ExtraBlock] = ()) -> None:
        self._first_page(invitation)
        y = _y(SUBJECT_TOP)
        c = self.c
        c.setFont(font_name(invitation.subject, bold=True), 11)
        for line in _subject_lines(invitation.subject):
            c.drawString(LEFT, y - 11, line)
            y -= 15
        y -= 15
        closing_top = y
        for paragraph in invitation.paragraphs:
            para, h = self._paragraph(paragraph)
            if y - h < FOOTER_H + 10 * mm:
                self._next_page()
                y = _y(25 * mm)
            para.drawOn(c, LEFT, y - h)
            closing_top = y
            y -= h + BODY.spaceAfter
        self._extras(extras, closing_top)
        c.showPage()

    def _paragraph(self, text: str) -> tuple[Paragraph, float]:
        """The paragraph laid out at the text width, and its height. Most paragraphs are the
        same in every letter (only the salutation differs), so each text is parsed and broken
        into lines once per PDF; a laid-out paragraph can be drawn any number of times."""
        if text not in self._paragraphs:
            para = Paragraph(_markup(text), _style(text))
            _w, h = para.wrap(TEXT_W, PAGE_H)
            self._paragraphs[text] = (para, h)
        return self._paragraphs[text]

    def _first_page(self, invitation: Invitation) -> None:
        c, head = self.c, self.head
        self._marks()
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 15)
        c.drawString(LEFT, _y(18 * mm), pdf_text(head.sender))
        c.setFont(REGULAR, 9)
        for n, line in enumerate(head.office_lines):
            c.drawString(LEFT, _y(24 * mm + n * 4.2 * mm), pdf_text(line))
        self._draw_logo()
        # additions zone: the return address on its last line, underlined
        c.setFont(REGULAR, 7)
        c.setFillColorRGB(*GREY)
        ret = pdf_text(head.return_address)
        baseline = _y(FIELD_TOP + ADDITIONS_H) + 2.5 * mm
        c.drawString(FIELD_X + 5 * mm, baseline, ret)
        c.setLineWidth(0.3)
        c.line(FIELD_X + 5 * mm, baseline - 1.2, FIELD_X + 5 * mm + c.stringWidth(ret, REGULAR, 7),
               baseline - 1.2)  # fmt: skip
        c.setFillColorRGB(0, 0, 0)
        top = _y(FIELD_TOP + ADDITIONS_H)
        for n, line in enumerate(invitation.address[:9]):
            c.setFont(font_name(line), ADDRESS_SIZE)
            c.drawString(FIELD_X + 5 * mm, top - ADDRESS_LEADING * (n + 1) + 2, line)
        c.setFont(REGULAR, 8.5)
        for n, (label, value) in enumerate(head.info_lines):
            y = _y(INFO_TOP) - 8.5 - n * 11
            c.setFillColorRGB(*GREY)
            c.drawString(INFO_X, y, label)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(font_name(value), 8.5)
            c.drawString(INFO_X + 22 * mm, y, pdf_text(value))
            c.setFont(REGULAR, 8.5)
        self._footer()

    def _draw_logo(self) -> None:
        """The logo at the top right; stored once in the PDF as a form and reused per page
        (drawing the image on every page would hash and compare it 150 times). The image
        itself is prepared once per build: each e-mail's PDF attachment shows it too."""
        if self._logo is None:
            return
        if not self._logo_form:
            iw, ih = self._logo.size
            height = 22 * mm
            width = height * iw / ih if ih else height
            self._logo_form = "logo"
            self.c.beginForm(self._logo_form)
            draw_shared_image(self.c, self._logo, PAGE_W - RIGHT - width, _y(12 * mm) - height,
                              width, height)  # fmt: skip
            self.c.endForm()
        self.c.doForm(self._logo_form)

    def _next_page(self) -> None:
        self.c.showPage()
        self._marks()
        self._footer()

    def _marks(self) -> None:
        """Fold marks (105 and 210 mm) and the punch mark (148.5 mm) at the left edge."""
        c = self.c
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.4)
        for top, length in ((105, 5), (148.5, 8), (210, 5)):
            c.line(3 * mm, _y(top * mm), (3 + length) * mm, _y(top * mm))
        c.setStrokeColorRGB(0, 0, 0)

    def _footer(self) -> None:
        c = self.c
        c.setFont(REGULAR, 7)
        c.setFillColorRGB(*GREY)
        for n, line in enumerate(self.head.footer_lines):
            c.drawString(LEFT, 15 * mm - n * 9, pdf_text(line))
        c.setFillColorRGB(0, 0, 0)

    def _extras(self, extras: Sequence[ExtraBlock], top: float) -> None:
        """The hook's images in the right margin column, from the closing downwards."""
        y = top
        for block in extras:
            image = shared_image(block.image)
            iw, ih = image.size
            width = min(block.width_mm, MAX_WIDTH_MM) * mm
            height = width * ih / iw if iw else width
            x = PAGE_W - RIGHT - width
            draw_shared_image(self.c, image, x, y - height, width, height)
            y -= height
            if block.caption:
                self.c.setFont(REGULAR, 7.5)
                self.c.drawCentredString(x + width / 2, y - 9, pdf_text(block.caption))
                y -= 12
            y -= 4 * mm


def _subject_lines(subject: str) -> list[str]:
    text = pdf_text(subject)
    return wrap(text, font_name(text, bold=True), 11, TEXT_W)


def _markup(paragraph: str) -> str:
    return "<br/>".join(escape(pdf_text(line)) for line in paragraph.split("\n"))


def _style(paragraph: str) -> ParagraphStyle:
    font = font_name(paragraph)
    return (
        BODY if font == REGULAR else ParagraphStyle("letter-fallback", parent=BODY, fontName=font)
    )

"""Speaker cards (Moderationskarten) as PDF: A5 or A6, large type, one topic per card.

Topics (:mod:`~ceremonykit.documents.evening.speech`) are packed onto cards unit by unit; a
unit (sentence or greeting line) never breaks across cards – if a topic is longer than a card,
it continues on the next card at a sentence boundary. A single sentence that does not fit an
empty card even at the minimum size is set smaller and reported. Each card shows its number,
topic, speaker and the estimated speaking time at the chosen words per minute.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A5, A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm as _mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ceremonykit.documents.evening.sentences import word_count
from ceremonykit.documents.evening.speech import Topic, Unit
from ceremonykit.documents.guestdocs.pdftext import BOLD, GREY, REGULAR, font_name, pdf_text
from ceremonykit.xml_text import escape

MM: float = _mm
SIZES = {"a5": A5, "a6": A6}
MIN_SIZE = 16.0
EMERGENCY_MIN = 11.0
LEADING = 1.3
UNIT_GAP = 0.45  # of the font size, between units


@dataclass(frozen=True)
class CardLayout:
    width: float
    height: float
    margin: float
    size: float  # body font size in pt

    @property
    def body_top(self) -> float:
        return self.height - self.margin - 16 * MM

    @property
    def body_bottom(self) -> float:
        return self.margin + 9 * MM

    @property
    def body_width(self) -> float:
        return self.width - 2 * self.margin


def layout_for(size_name: str, font_size: float) -> CardLayout:
    width, height = SIZES[size_name]
    margin = 12 * MM if size_name == "a5" else 8 * MM
    return CardLayout(float(width), float(height), margin, max(font_size, MIN_SIZE))


@dataclass
class Card:
    topic: Topic
    part: int  # 0 = first card of the topic
    units: list[Unit] = field(default_factory=list)
    size: float = MIN_SIZE
    last_of_topic: bool = True

    @property
    def words(self) -> int:
        return sum(word_count(u.text) for u in self.units)


def _paragraphs(unit: Unit, size: float) -> list[Paragraph]:
    text_font = font_name(unit.text)
    style = ParagraphStyle("card", fontName=text_font, fontSize=size, leading=size * LEADING)
    found = [Paragraph(escape(pdf_text(unit.text)), style)]
    if unit.note:
        note_font = font_name(unit.note)
        note = ParagraphStyle(
            "note", fontName=note_font, fontSize=size * 0.85, leading=size * 0.85 * LEADING,
            textColor=GREY, leftIndent=6 * MM,
        )  # fmt: skip
        found.append(Paragraph(escape("Aussprache – " + pdf_text(unit.note)), note))
    return found


def unit_height(unit: Unit, size: float, width: float) -> float:
    heights: list[float] = [p.wrap(width, 10_000)[1] for p in _paragraphs(unit, size)]
    return sum(heights) + size * UNIT_GAP


def pack(topics: Sequence[Topic], layout: CardLayout) -> tuple[list[Card], list[Unit]]:
    """Cards in order, and the units that only fit below the minimum size."""
    cards: list[Card] = []
    too_long: list[Unit] = []
    room = layout.body_top - layout.body_bottom
    for topic in topics:
        first = len(cards)
        card = Card(topic, 0, size=layout.size)
        used = 0.0
        for unit in topic.units:
            height = unit_height(unit, layout.size, layout.body_width)
            if card.units and used + height > room:
                cards.append(card)
                card = Card(topic, card.part + 1, size=layout.size)
                used = 0.0
            if not card.units and height > room:  # one sentence longer than a card
                size = layout.size
                while size > EMERGENCY_MIN and unit_height(unit, size, layout.body_width) > room:
                    size -= 0.5
                too_long.append(unit)
                cards.append(Card(topic, card.part, [unit], size))
                card = Card(topic, card.part + 1, size=layout.size)
                continue
            card.units.append(unit)
            used += height
        if card.units:
            cards.append(card)
        for c in cards[first:-1]:
            c.last_of_topic = False
    return cards, too_long


def seconds_text(seconds: float) -> str:
    total = round(seconds)
    return f"{total // 60}:{total % 60:02d} Min."


def draw_cards(canvas: Canvas, cards: Sequence[Card], layout: CardLayout, wpm: float) -> None:
    """One page per card."""
    elapsed = 0.0
    for number, card in enumerate(cards, start=1):
        seconds = card.words / wpm * 60
        elapsed += seconds
        _draw_card(canvas, card, layout, number, len(cards), seconds, elapsed)
        canvas.showPage()


def _draw_card(
    c: Canvas, card: Card, layout: CardLayout, number: int, count: int, secs: float, total: float
) -> None:
    left, right = layout.margin, layout.width - layout.margin
    top = layout.height - layout.margin
    c.setFont(BOLD, 16)
    c.drawRightString(right, top - 14, f"{number}")
    c.setFont(REGULAR, 8)
    c.setFillColorRGB(*GREY)
    c.drawRightString(right, top - 24, f"von {count}")
    title = ("Fortsetzung · " if card.part else "") + card.topic.title
    title_font = font_name(title, bold=True)
    c.setFont(title_font, 10)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(left, top - 10, _fit(title, title_font, 10, right - left - 14 * MM))
    c.setFont(font_name(card.topic.speaker), 9)
    c.setFillColorRGB(*GREY)
    c.drawString(left, top - 22, _fit(card.topic.speaker, font_name(card.topic.speaker), 9,
                                      right - left - 14 * MM))  # fmt: skip
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.line(left, layout.body_top + 4 * MM, right, layout.body_top + 4 * MM)
    c.setFillColorRGB(0, 0, 0)
    y = layout.body_top
    for unit in card.units:
        for para in _paragraphs(unit, card.size):
            _w, h = para.wrap(layout.body_width, 10_000)
            para.drawOn(c, left, y - h)
            y -= h
        y -= card.size * UNIT_GAP
    c.setFont(REGULAR, 8)
    c.setFillColorRGB(*GREY)
    foot = f"ca. {seconds_text(secs)} · bis hier {seconds_text(total)}"
    c.drawString(left, layout.margin, foot)
    if not card.last_of_topic:
        c.drawRightString(right, layout.margin, f"weiter auf Karte {number + 1}")
    c.setFillColorRGB(0, 0, 0)


def _fit(text: str, font: str, size: float, width: float) -> str:
    from ceremonykit.documents.guestdocs.pdftext import truncate

    return truncate(pdf_text(text), font, size, width)

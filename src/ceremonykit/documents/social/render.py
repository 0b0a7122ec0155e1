"""Drawing one social media card: the photo cut around the faces, a band in the corporate
colour with award, place, names and project, and the credit burned into the photo.

The text always fits whole: all sizes shrink together down to the design's smallest scale;
if that is not enough, the band grows into the photo (down to 40 % of the card), and only
then the text shrinks further. Nothing is ever cut off or drawn outside the card.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ceremonykit.build_memo import build_memo
from ceremonykit.documents.photos.pipeline import PhotoSource
from ceremonykit.documents.social.design import CardDesign, CardFormat

MIN_PHOTO_SHARE = 0.4
SMALLEST_PX = 9
LINE_SPACING = 1.18
BLOCK_GAP = 0.45  # of the following block's font size


@dataclass(frozen=True)
class CardText:
    kicker: str  # "Ehrenamtspreis 2026"
    title: str  # "Erster Platz · 5.000 €"
    name: str  # organisation, or the persons (with their organisation)
    project: str  # „Einkaufsbrücke“, may be empty
    credit: str  # "Bild: Stadt Dortmund / Lena Brückner"


@dataclass(frozen=True)
class DrawnLine:
    role: str
    text: str
    box: tuple[int, int, int, int]  # left, top, right, bottom in card pixels


@dataclass(frozen=True)
class Card:
    image: Image.Image
    lines: tuple[DrawnLine, ...]
    scale: float  # the text scale that fitted (1.0 = the design's sizes)


_fonts = threading.local()


def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    """Loaded once per thread: cards are drawn on two worker threads, and a FreeType face
    must not be used by two threads at once."""
    cache: dict[tuple[Path, int], ImageFont.FreeTypeFont] = _fonts.__dict__.setdefault("c", {})
    font = cache.get((path, size))
    if font is None:
        font = cache[(path, size)] = ImageFont.truetype(str(path), size)
    return font


def wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Greedy word wrap; a word wider than the line is split between characters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if font.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        while len(word) > 1 and font.getlength(word) > width:
            cut = len(word) - 1
            while cut > 1 and font.getlength(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


@build_memo
def _wrapped(text: str, path: Path, size: int, width: float) -> tuple[str, ...]:
    """:func:`wrap` once per build: both formats of a card wrap the same text to the same
    width."""
    return tuple(wrap(text, _font(path, size), width))


@build_memo
def _text_stamp(path: Path, size: int, text: str) -> tuple[Image.Image, tuple[int, int]]:
    """``text`` rendered once per build as its anti-aliased coverage ("L" mask), with the
    mask's offset from the drawing point. Both formats of a card carry the same lines and
    every card the ceremony's title; stamping the mask in the text colour
    (:func:`_draw_text`) gives byte for byte what ``ImageDraw.text`` draws."""
    left, top, right, bottom = (round(edge) for edge in _font(path, size).getbbox(text))
    stamp = Image.new("L", (max(1, right - left), max(1, bottom - top)))
    ImageDraw.Draw(stamp).text((-left, -top), text, font=_font(path, size), fill=255)
    return stamp, (left, top)


def _draw_text(
    card: Image.Image, xy: tuple[int, int], text: str, path: Path, size: int, colour: str
) -> None:
    stamp, (dx, dy) = _text_stamp(path, size, text)
    card.paste(_rgb(colour), (xy[0] + dx, xy[1] + dy), stamp)


def _text_blocks(text: CardText) -> list[tuple[str, str]]:
    blocks = [("kicker", text.kicker.upper()), ("title", text.title), ("name", text.name)]
    blocks.append(("project", text.project))
    return [(role, value.strip()) for role, value in blocks if value.strip()]


@dataclass(frozen=True)
class _Plan:
    scale: float
    band: int
    text_height: int
    blocks: list[tuple[str, ImageFont.FreeTypeFont, tuple[str, ...]]]


def _measure(
    design: CardDesign, blocks: list[tuple[str, str]], scale: float, width: int
) -> tuple[int, list[tuple[str, ImageFont.FreeTypeFont, tuple[str, ...]]]]:
    laid = []
    height = 0
    for index, (role, value) in enumerate(blocks):
        size = max(SMALLEST_PX, round(design.font_sizes[role] * scale))
        font = _font(design.fonts[role], size)
        lines = _wrapped(value, design.fonts[role], size, width)
        if index:
            height += round(BLOCK_GAP * size)
        height += round(len(lines) * size * LINE_SPACING)
        laid.append((role, font, lines))
    return height, laid


def plan_text(design: CardDesign, fmt: CardFormat, text: CardText) -> _Plan:
    width, height = fmt.size
    text_width = width - 2 * design.margin
    pad = design.margin
    blocks = _text_blocks(text)
    band_room = height - fmt.photo_height
    most_band = round(height * (1 - MIN_PHOTO_SHARE))
    scale = 1.0
    while True:
        needed, laid = _measure(design, blocks, scale, text_width)
        band = needed + 2 * pad
        if band <= band_room:
            return _Plan(scale, band_room, needed, laid)
        smallest = all(font.size <= SMALLEST_PX for _role, font, _lines in laid)
        if (scale <= design.smallest_scale and band <= most_band) or smallest:
            return _Plan(scale, min(max(band, band_room), height), needed, laid)
        scale = round(scale * 0.94, 4)


def _rgb(colour: str) -> tuple[int, int, int]:
    return (int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16))


def _draw_credit(
    card: Image.Image, design: CardDesign, credit: str, photo_height: int
) -> DrawnLine | None:
    if not credit:
        return None
    width = card.width
    pad = 14
    size = design.font_sizes["credit"]
    font = _font(design.fonts["credit"], size)
    while font.getlength(credit) > width - 2 * design.margin // 2 - 2 * pad and size > SMALLEST_PX:
        size -= 1
        font = _font(design.fonts["credit"], size)
    text_w = round(font.getlength(credit))
    ascent, descent = font.getmetrics()
    right = width - design.margin // 2
    bottom = photo_height - design.margin // 4
    box = (right - text_w - 2 * pad, bottom - ascent - descent - pad, right, bottom)
    region = card.crop(box)
    shade = Image.new("RGB", region.size, _rgb(design.colours["credit_shade"]))
    card.paste(Image.blend(region, shade, design.shade_opacity), box[:2])
    path, colour = design.fonts["credit"], design.colours["credit"]
    _draw_text(card, (box[0] + pad, box[1] + pad // 2), credit, path, size, colour)
    return DrawnLine("credit", credit, box)


def render_card(source: PhotoSource, design: CardDesign, fmt: CardFormat, text: CardText) -> Card:
    width, height = fmt.size
    plan = plan_text(design, fmt, text)
    photo_height = height - plan.band
    card = Image.new("RGB", fmt.size, _rgb(design.colours["band"]))
    card.paste(source.crop((width, photo_height)), (0, 0))
    drawn: list[DrawnLine] = []
    credit_line = _draw_credit(card, design, text.credit, photo_height)
    if credit_line:
        drawn.append(credit_line)
    draw = ImageDraw.Draw(card)
    x = design.margin
    y = photo_height + max(design.margin, (plan.band - plan.text_height) // 2)  # centred
    draw.rectangle(
        (x, y - design.margin // 2, x + 96, y - design.margin // 2 + 5), fill=design.colours["rule"]
    )
    for index, (role, font, lines) in enumerate(plan.blocks):
        if index:
            y += round(BLOCK_GAP * font.size)
        step = round(font.size * LINE_SPACING)
        for line in lines:
            _draw_text(
                card, (x, y), line, design.fonts[role], round(font.size), design.colours[role]
            )
            drawn.append(DrawnLine(role, line, (x, y, x + round(font.getlength(line)), y + step)))
            y += step
    return Card(card, tuple(drawn), plan.scale)

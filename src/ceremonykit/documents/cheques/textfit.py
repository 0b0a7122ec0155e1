"""Measuring and fitting text with the bundled fonts (the same metrics the PDF uses)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

from ceremonykit.documents.pdf.fonts import font_for_text, register_fonts, uncovered

LINE_GAP = 1.12  # line distance as a multiple of the font size


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    font: str
    size: float  # mm
    scale: float  # size / wanted size (1.0 = no shrinking)
    tracking: float  # mm between letters
    missing: frozenset[str] = frozenset()  # characters no bundled font can draw


def usable_font(text: str, font: str) -> tuple[str, frozenset[str]]:
    """``font`` or the fallback that draws ``text``; plus characters neither can draw."""
    register_fonts(font)  # the fallback is registered when it is looked at
    chosen = font_for_text(text, font, bold="Bold" in font)
    if chosen is not None:
        return chosen, frozenset()
    return font, frozenset(uncovered(text, font, bold="Bold" in font))


def text_width(text: str, font: str, size: float, tracking: float = 0.0) -> float:
    """Advance width in the unit of ``size`` (mm in, mm out)."""
    return float(pdfmetrics.stringWidth(text, font, size)) + tracking * max(len(text) - 1, 0)


def ascent_descent(font: str, size: float) -> tuple[float, float]:
    """Cap height above and descender depth below the baseline (both positive)."""
    face = pdfmetrics.getFont(font).face
    cap = (face.capHeight or face.ascent) / 1000 * size
    return cap, -face.descent / 1000 * size


def fit_text(
    text: str,
    font: str,
    size: float,
    max_width: float,
    max_height: float,
    *,
    max_lines: int = 1,
    tracking_rel: float = 0.0,
) -> FittedText:
    """The largest size ≤ ``size`` at which ``text`` fits, on up to ``max_lines`` lines.

    A second line is used when one line would need to shrink below 80 % and two lines
    allow a clearly (15 %) larger size – on stage, size beats a single line.
    """
    font, missing = usable_font(text, font)
    best = _one_line(text, font, size, max_width, max_height, tracking_rel)
    if max_lines >= 2 and best.scale < 0.8 and " " in text.strip():
        two = _two_lines(text, font, size, max_width, max_height, tracking_rel)
        if two.scale > best.scale * 1.15:
            best = two
    return FittedText(best.lines, font, best.size, best.scale, best.tracking, missing)


def _one_line(
    text: str, font: str, size: float, max_width: float, max_height: float, tracking_rel: float
) -> FittedText:
    width = text_width(text, font, size, tracking_rel * size)
    scale = min(1.0, max_width / width if width else 1.0, max_height / size if size else 1.0)
    return FittedText((text,), font, size * scale, scale, tracking_rel * size * scale)


def _two_lines(
    text: str, font: str, size: float, max_width: float, max_height: float, tracking_rel: float
) -> FittedText:
    words = text.split()
    best: tuple[float, tuple[str, str]] | None = None
    for cut in range(1, len(words)):
        pair = (" ".join(words[:cut]), " ".join(words[cut:]))
        widest = max(text_width(p, font, size, tracking_rel * size) for p in pair)
        if best is None or widest < best[0]:
            best = (widest, pair)
    assert best is not None
    widest, pair = best
    scale = min(1.0, max_width / widest, max_height / (size * (1 + LINE_GAP)))
    return FittedText(pair, font, size * scale, scale, tracking_rel * size * scale)

"""Fitting text into a box: per-character font fallback, shrink to a minimum size, then wrap.

Names come from everywhere; a character the design font lacks is drawn with the fallback
font (DejaVu), run by run. A text that does not fit on one line at the minimum size is
wrapped; if it still does not fit in the allowed lines it is set smaller than the minimum and
flagged, so the caller can warn – it never runs past the border.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from ceremonykit.documents.pdf.fonts import FALLBACK_FOR_STYLE, missing_glyphs, uncovered

ABSOLUTE_MIN = 6.0  # below this nothing is readable on a printed certificate

Run = tuple[str, str]  # (reportlab font name, text)


def fallback_for(font: str) -> str:
    return FALLBACK_FOR_STYLE["bold" if "Bold" in font else "regular"]


@lru_cache(maxsize=4096)
def runs(text: str, font: str) -> tuple[Run, ...]:
    """Split ``text`` into runs of the design font and the fallback font."""
    missing = missing_glyphs(text, font)
    if not missing:
        return ((font, text),)
    fallback = fallback_for(font)
    result: list[Run] = []
    for ch in text:
        name = fallback if ch in missing else font
        if result and result[-1][0] == name:
            result[-1] = (name, result[-1][1] + ch)
        else:
            result.append((name, ch))
    return tuple(result)


@lru_cache(maxsize=16384)
def unit_width(text: str, font: str) -> float:
    """Width of ``text`` at 1 pt, with fallback runs measured in their own font."""
    return float(sum(stringWidth(part, name, 1.0) for name, part in runs(text, font)))


def missing_everywhere(text: str, font: str) -> set[str]:
    """Characters neither the design font nor the fallback can draw."""
    return uncovered(text, font, bold="Bold" in font)


@dataclass(frozen=True)
class Fitted:
    """Lines of a text and the size they are set in."""

    lines: tuple[str, ...]
    size: float
    squeezed: bool = False  # True: below the design's minimum size (caller warns)

    def width(self, font: str) -> float:
        return max((unit_width(line, font) * self.size for line in self.lines), default=0.0)


def _wrap(words: list[str], font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking; a single word wider than ``width`` is split by characters."""
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if unit_width(candidate, font) * size <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while unit_width(current, font) * size > width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and unit_width(current[:cut], font) * size > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


@lru_cache(maxsize=8192)
def fit_text(
    text: str, font: str, max_size: float, min_size: float, width: float, max_lines: int = 2
) -> Fitted:
    """Largest size ≤ ``max_size`` at which ``text`` fits ``width`` in at most ``max_lines``."""
    text = " ".join(text.split())
    if not text:
        return Fitted((), max_size)
    one_line = width / max(unit_width(text, font), 1e-6)
    if one_line >= min_size:
        return Fitted((text,), min(max_size, one_line))
    words = text.split(" ")
    size = max_size
    while size >= min_size:
        lines = _wrap(words, font, size, width)
        if len(lines) <= max_lines:
            return Fitted(tuple(lines), size)
        size -= 0.5
    size = min_size
    while size > ABSOLUTE_MIN:
        size -= 0.5
        lines = _wrap(words, font, size, width)
        if len(lines) <= max_lines:
            return Fitted(tuple(lines), size, squeezed=True)
    return Fitted(tuple(_wrap(words, font, ABSOLUTE_MIN, width)), ABSOLUTE_MIN, squeezed=True)


@lru_cache(maxsize=1024)
def wrap_paragraph(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Lines of a body paragraph at a fixed size."""
    return tuple(_wrap(" ".join(text.split()).split(" "), font, size, width))

"""Drawing names on a reportlab canvas: font fallback per text, shrink-to-fit, then wrap.

Every name goes through :func:`font_name`, so "Nguyễn" or "Þórður" is drawn with a font that
has the glyphs; :func:`fit_lines` shrinks text to a minimum size and only then wraps it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import IO

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.build_memo import build_memo
from ceremonykit.documents.pdf.fonts import font_for_text, register_fonts
from ceremonykit.german.typography import apostrophes
from ceremonykit.xml_text import xml_clean

REGULAR = "Sans"
BOLD = "Sans-Bold"
GREY = (0.35, 0.35, 0.35)


@build_memo
def font_name(text: str, bold: bool = False) -> str:
    """The bundled font that can draw ``text`` (the fallback font if the main one cannot)."""
    main = BOLD if bold else REGULAR
    return font_for_text(text, main, bold=bold) or main


clean = xml_clean  # XML-illegal characters removed, as in the Word files


@build_memo
def pdf_text(text: str) -> str:
    """Text safe for a PDF line: no control characters, whitespace collapsed, and the
    typographic apostrophe ("D’Angelo") as in every other document."""
    return apostrophes(" ".join(clean(text).split()))


@build_memo
def width(text: str, font: str, size: float) -> float:
    register_fonts(font)  # makes the helpers usable on their own
    return float(stringWidth(text, font, size))


@build_memo
def truncate(text: str, font: str, size: float, max_width: float) -> str:
    """Cut ``text`` with "…" so it fits ``max_width`` (for table cells)."""
    if width(text, font, size) <= max_width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(text[:mid].rstrip() + "…", font, size) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; hyphenated words may break after their hyphen."""
    tokens: list[str] = []
    for word in text.split():
        pieces = word.split("-")
        tokens += [p + "-" for p in pieces[:-1]] + [pieces[-1]]
    lines: list[str] = []
    current = ""
    for token in tokens:
        glue = "" if current.endswith("-") or not current else " "
        candidate = current + glue + token
        if current and width(candidate, font, size) > max_width:
            lines.append(current)
            current = token
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True)
class Fitted:
    lines: list[str]
    font: str
    size: float
    overflow: bool  # True if even the smallest size and wrapping could not make it fit


def fit_lines(
    text: str,
    *,
    bold: bool,
    max_size: float,
    min_size: float,
    max_width: float,
    max_lines: int,
) -> Fitted:
    """Largest size ≤ ``max_size`` at which ``text`` fits on one line; below ``min_size`` wrap."""
    text = pdf_text(text)
    font = font_name(text, bold)
    one_line = width(text, font, 1.0)
    if one_line <= 0:
        return Fitted([text], font, max_size, False)
    size = min(max_size, max_width / one_line)
    if size >= min_size:
        return Fitted([text], font, math.floor(size * 4) / 4, False)
    size = max_size
    while size >= min_size:
        lines = wrap(text, font, size, max_width)
        if len(lines) <= max_lines and all(width(ln, font, size) <= max_width for ln in lines):
            return Fitted(lines, font, size, False)
        size -= 0.5
    lines = wrap(text, font, min_size, max_width)[:max_lines]
    lines = [truncate(ln, font, min_size, max_width) for ln in lines]
    return Fitted(lines, font, min_size, True)


def fit_cell(text: str, max_width: float, size: float, bold: bool = False) -> Cell | None:
    """Font, size and text for a table cell: shrunk up to a quarter, then cut with "…"."""
    text = pdf_text(text)
    if not text:
        return None
    font = font_name(text, bold)
    full = width(text, font, size)
    if full > max_width:
        size = max(size * 0.75, math.floor(size * max_width / full * 4) / 4)
        text = truncate(text, font, size, max_width)
    return Cell(text, font, size)


@dataclass(frozen=True)
class Cell:
    text: str
    font: str
    size: float


class TextCells:
    """The table cells of one page in one reportlab text object, which needs far fewer PDF
    operators than a ``drawString`` per cell; the font is switched only when it changes."""

    def __init__(self, canvas: Canvas) -> None:
        self._canvas = canvas
        self._text = canvas.beginText()
        self._font: tuple[str, float] | None = None

    def add(
        self, x: float, y: float, text: str, max_width: float, size: float, bold: bool = False
    ) -> None:
        """A table cell at ``x``, ``y`` (see :func:`fit_cell`); nothing for empty text."""
        cell = fit_cell(text, max_width, size, bold)
        if cell is None:
            return
        if self._font != (cell.font, cell.size):
            self._text.setFont(cell.font, cell.size)
            self._font = (cell.font, cell.size)
        self._text.setTextOrigin(x, y)
        self._text.textOut(cell.text)

    def draw(self) -> None:
        """Put the cells on the page."""
        self._canvas.drawText(self._text)


def prepare_canvas(
    path: str | IO[bytes], *, title: str, author: str, pagesize: tuple[float, float]
) -> Canvas:
    """A canvas with the bundled fonts registered and PDF metadata set.

    The initial font is a bundled one: reportlab's default would put a non-embedded
    Helvetica into every page, which a print shop's preflight flags."""
    register_fonts(REGULAR, BOLD)  # the fallback font only if a name needs it (font_name)
    canvas = Canvas(path, pagesize=pagesize, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(pdf_text(title))
    canvas.setAuthor(pdf_text(author))
    return canvas

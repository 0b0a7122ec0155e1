"""The bundled open-licence fonts, registered with reportlab once, and glyph coverage checks.

Families: ``Sans`` (Noto Sans) and ``Serif`` (Noto Serif), each with regular, bold, italic and
bold italic; ``Fallback`` (DejaVu Sans) covers symbols the main fonts lack. TrueType fonts are
always embedded (subset) by reportlab, which PDF/A requires. A process parses a font file
only the first time ever: afterwards the parsed face comes from the cache
(:mod:`ceremonykit.documents.pdf.font_cache`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from ceremonykit.documents.pdf.font_cache import load_font
from ceremonykit.resources import resource_path


@dataclass(frozen=True)
class FontFamily:
    name: str  # reportlab family name used in paragraph styles: "Sans", "Serif"
    regular: str  # reportlab font names
    bold: str
    italic: str
    bold_italic: str


_FILES: dict[str, str] = {
    "Sans": "NotoSans-Regular.ttf",
    "Sans-Bold": "NotoSans-Bold.ttf",
    "Sans-Italic": "NotoSans-Italic.ttf",
    "Sans-BoldItalic": "NotoSans-BoldItalic.ttf",
    "Serif": "NotoSerif-Regular.ttf",
    "Serif-Bold": "NotoSerif-Bold.ttf",
    "Serif-Italic": "NotoSerif-Italic.ttf",
    "Serif-BoldItalic": "NotoSerif-BoldItalic.ttf",
    "Fallback": "DejaVuSans.ttf",
    "Fallback-Bold": "DejaVuSans-Bold.ttf",
}
FAMILIES = {
    "Sans": FontFamily("Sans", "Sans", "Sans-Bold", "Sans-Italic", "Sans-BoldItalic"),
    "Serif": FontFamily("Serif", "Serif", "Serif-Bold", "Serif-Italic", "Serif-BoldItalic"),
}
FALLBACK_FOR_STYLE = {"regular": "Fallback", "bold": "Fallback-Bold"}
_lock = threading.Lock()


def register_fonts(*names: str) -> None:
    """Register bundled fonts with reportlab on first use: the fonts named (``"Sans"``,
    ``"Fallback-Bold"`` …), or all of them – each file is parsed once (idempotent,
    thread-safe). A guest list needs two of the ten fonts; a fallback font is registered
    when a text needs it (:func:`font_for_text`, :func:`missing_glyphs`)."""
    with _lock:
        _map_families()
        for name in names or tuple(_FILES):
            _register(name)


@cache
def _register(name: str) -> None:
    pdfmetrics.registerFont(load_font(name, font_file(name)))


def font_file(name: str) -> Path:
    """The bundled file of a font (``"Sans-Bold"``)."""
    return resource_path(f"fonts/{_FILES[name]}")


@cache
def _map_families() -> None:
    for fam in FAMILIES.values():
        addMapping(fam.name, 0, 0, fam.regular)
        addMapping(fam.name, 1, 0, fam.bold)
        addMapping(fam.name, 0, 1, fam.italic)
        addMapping(fam.name, 1, 1, fam.bold_italic)


@cache
def _charmap(font_name: str) -> frozenset[int]:
    register_fonts(font_name)
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


_IGNORABLE = {0x200B, 0x200C, 0x200D, 0x00AD, 0xFEFF}  # zero-width and soft hyphen


def missing_glyphs(text: str, font_name: str) -> set[str]:
    """Characters of ``text`` the font cannot draw (line breaks and zero-width marks ignored)."""
    cmap = _charmap(font_name)
    return {
        ch
        for ch in text
        if ord(ch) not in cmap and ch not in "\n\r\t" and ord(ch) not in _IGNORABLE
    }


def font_for_text(text: str, font_name: str, *, bold: bool = False) -> str | None:
    """``font_name`` if it covers ``text``; else the fallback if that does; else None."""
    if not missing_glyphs(text, font_name):
        return font_name
    fallback = FALLBACK_FOR_STYLE["bold" if bold else "regular"]
    if not missing_glyphs(text, fallback):
        return fallback
    return None


def uncovered(text: str, font_name: str, *, bold: bool = False) -> set[str]:
    """Characters that neither ``font_name`` nor the fallback font can draw (the fallback is
    looked at only when the font misses something: parsing it costs 7 ms)."""
    missing = missing_glyphs(text, font_name)
    if not missing:
        return missing
    fallback = FALLBACK_FOR_STYLE["bold" if bold else "regular"]
    return missing & missing_glyphs("".join(missing), fallback)

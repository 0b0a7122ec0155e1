"""File names that are safe on Windows, macOS and Linux: ``01_VKII-Ruhrbezirk-eV.pdf``.

Every document kind names its output files after people or organisations. Such names can hold
characters Windows forbids (``<>:"/\\|?*``), control characters, reserved device names
(``CON``, ``COM1`` …) or be very long; :func:`safe_filename` turns any text into a short,
readable ASCII file name and never returns an empty or reserved one.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode decomposition does not reduce to ASCII, written the German way.
_TRANSLIT = {
    "ä": "ae",
    "ö": "oe",
    "ü": "ue",
    "Ä": "Ae",
    "Ö": "Oe",
    "Ü": "Ue",
    "ß": "ss",
    "ẞ": "SS",
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "Ae",
    "œ": "oe",
    "Œ": "Oe",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "Th",
    "ı": "i",
    "ħ": "h",
    "&": "und",
    "+": "und",
    "€": "EUR",
    "’": "",
    "'": "",
}
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{i}" for i in "123456789¹²³"),
    *(f"LPT{i}" for i in "123456789¹²³"),
}
DEFAULT_MAX_LEN = 80
"""Characters of the whole name incl. index and extension; keeps paths far below Windows' 260."""


def transliterate(text: str) -> str:
    """ "Nguyễn Thị Lan" -> "Nguyen Thi Lan", "Müller" -> "Mueller" (ASCII only)."""
    out = []
    for ch in text:
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in decomposed if c.isascii() and not unicodedata.combining(c)))
    return "".join(out)


def safe_stem(text: str, max_len: int = DEFAULT_MAX_LEN) -> str:
    """The readable part of a file name: ASCII letters, digits and single hyphens."""
    ascii_text = transliterate(text)
    ascii_text = ascii_text.replace(".", "")  # "e.V." -> "eV", keeps the name readable
    stem = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")
    if len(stem) > max_len:
        cut = stem[:max_len]
        # prefer to cut at a word boundary if that keeps most of the name
        boundary = cut.rfind("-")
        stem = cut[:boundary] if boundary > max_len // 2 else cut
        stem = stem.strip("-")
    if not stem:
        stem = "Dokument"
    if stem.upper() in _RESERVED:
        stem = f"{stem}_"  # "CON" and "CON.pdf" both name a device on Windows
    return stem


def safe_filename(
    stem: str, ext: str, index: int | None = None, *, max_len: int = DEFAULT_MAX_LEN, width: int = 2
) -> str:
    """A Windows-safe file name such as ``01_VKII-Ruhrbezirk-eV.pdf``.

    ``index`` becomes a zero-padded prefix (``width`` digits) so files sort in document order;
    ``max_len`` bounds the whole name including prefix and extension.
    """
    ext = re.sub(r"[^A-Za-z0-9]", "", ext).lower()
    prefix = f"{index:0{width}d}_" if index is not None else ""
    suffix = f".{ext}" if ext else ""
    room = max(max_len - len(prefix) - len(suffix), 8)
    name = safe_stem(stem, room)
    return f"{prefix}{name}{suffix}"


def unique_names(names: list[str]) -> list[str]:
    """Make names unique case-insensitively (Windows) by appending ``-2``, ``-3`` … before the dot."""
    seen: set[str] = set()
    result = []
    for name in names:
        base, dot, ext = name.rpartition(".")
        if not dot:
            base, ext = name, ""
        candidate, n = name, 1
        while candidate.lower() in seen:
            n += 1
            candidate = f"{base}-{n}.{ext}" if dot else f"{base}-{n}"
        seen.add(candidate.lower())
        result.append(candidate)
    return result

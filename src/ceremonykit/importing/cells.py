"""Cell values as the importer sees them, shared by the reading child and the parent.

Cells arrive as plain Python values (``str``, ``int``, ``float``, ``bool``, ``date``,
``datetime``, ``time``, ``timedelta`` or ``None``) or as :class:`CellError` for Excel error
values such as ``#NV`` or ``#DIV/0!``. Everything here must stay picklable and light, because
it crosses the process boundary of the sandbox.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta


@dataclass(frozen=True)
class CellError:
    """An error value in a cell, e.g. ``#DIV/0!`` (shown to the user as written)."""

    code: str


CellValue = str | int | float | bool | date | datetime | time | timedelta | CellError | None

# Excel error values in English and German spellings, plus LibreOffice's "Err:502".
_ERROR_TEXT = re.compile(
    r"^(#(N/?A|NV|DIV/0!|VALUE!|WERT!|REF!|BEZUG!|NAME\?|NUM!|ZAHL!|NULL!|SPILL!|ÜBERLAUF!|CALC!)"
    r"|Err:\d{3})$",
    re.IGNORECASE,
)


def error_from_text(value: str) -> CellError | None:
    """A :class:`CellError` if ``value`` is the text of an Excel/LibreOffice error value."""
    text = value.strip()
    return CellError(text) if text and _ERROR_TEXT.match(text) else None


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA" (the column letters the user sees in Excel)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """ "A" -> 0, "AA" -> 26; inverse of :func:`column_letter`."""
    result = 0
    for char in letters.upper():
        result = result * 26 + (ord(char) - 64)
    return result - 1


MergedRange = tuple[int, int, int, int]
"""(first row, first column, last row, last column), 0-based and inclusive."""


def fill_merged_down(rows: list[list[CellValue]], ranges: list[MergedRange]) -> None:
    """A value merged over several rows (two winners sharing "1. Platz") counts for each row.

    Only the first column of a range is filled: a horizontally merged cell is one value, not
    a value per column (a group header above "Vorname | Nachname" stays one header).
    """
    for r0, c0, r1, _c1 in ranges:
        if r1 <= r0 or r1 - r0 > 1000 or r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0 + 1, min(r1 + 1, len(rows))):
            row = rows[r]
            if len(row) <= c0:
                row.extend([None] * (c0 + 1 - len(row)))
            if row[c0] in ("", None):
                row[c0] = value


@dataclass
class Sheet:
    """One sheet as read: ``rows[i][j]`` is the cell in Excel row ``i + 1``, column ``j``."""

    name: str
    rows: list[list[CellValue]] = field(default_factory=list)
    visible: bool = True
    hidden_rows: set[int] = field(default_factory=set)  # Excel row numbers (1-based)
    chart: bool = False  # chart sheets hold no cells
    merged: list[MergedRange] = field(default_factory=list)
    """Merged cell ranges: a two-row header's group cells are found by them."""


@dataclass
class RawWorkbook:
    """What the child process hands back: the sheets and how the file was read."""

    sheets: list[Sheet]
    engine: str  # "calamine", "openpyxl", "csv"
    notes: list[str] = field(default_factory=list)  # German remarks, e.g. CSV encoding

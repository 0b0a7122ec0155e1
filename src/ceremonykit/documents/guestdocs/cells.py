"""Safe cell values for spreadsheets: no live formulas, no characters that break the file.

A value starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return is what spreadsheet
programs read as a formula ("CSV/formula injection"). In XLSX such text is stored as a text
cell (never a formula) with the quote-prefix style, so Excel keeps it text even when the cell
is edited; in CSV, where no cell types exist, it gets a leading apostrophe (OWASP advice).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ceremonykit.formula_guard import FORMULA_STARTS, is_formula_like

if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell

# the control characters openpyxl refuses in a cell (its ILLEGAL_CHARACTERS_RE, checked equal
# in the tests): written out here, so that CSV and PDF lists do not load openpyxl (0.05 s)
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def clean_cell_text(text: str) -> str:
    """Text without the control characters XLSX (XML) cannot hold."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))


def set_text(cell: Cell, value: str | int) -> None:
    """Write ``value`` into ``cell``: numbers as numbers, every text as inert text."""
    if isinstance(value, int):
        cell.value = value
        return
    text = clean_cell_text(value)
    cell.value = text
    cell.data_type = "s"
    if is_formula_like(text):
        cell.quotePrefix = True


def sheet_value(ws: object, value: str | int) -> str | int | WriteOnlyCell | None:
    """``value`` ready for ``ws.append`` of the write-only sheet ``ws``: numbers and plain text
    as they are (openpyxl's fast path), nothing for empty text, and a quote-prefixed text cell
    for text that would read as a formula (openpyxl stores a plain ``"=…"`` as a formula)."""
    if isinstance(value, int):
        return value
    text = clean_cell_text(value) if value else ""
    if not text:
        return None
    if not is_formula_like(text):
        return text
    from openpyxl.cell import WriteOnlyCell  # only XLSX lists need openpyxl

    cell = WriteOnlyCell(ws)
    set_text(cell, text)
    return cell


def csv_text(value: str | int) -> str:
    """A CSV field that no spreadsheet program will evaluate."""
    if isinstance(value, int):
        return str(value)
    if not value:
        return ""
    text = clean_cell_text(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (
        "'" + text if value.startswith(FORMULA_STARTS) or text.startswith(FORMULA_STARTS) else text
    )

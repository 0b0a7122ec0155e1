"""Safe cell values for spreadsheets: no live formulas, no characters that break the file.

A value starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return is what spreadsheet
programs read as a formula ("CSV/formula injection"). In XLSX such text is stored as a text
cell (never a formula) with the quote-prefix style, so Excel keeps it text even when the cell
is edited; in CSV, where no cell types exist, it gets a leading apostrophe (OWASP advice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ceremonykit.formula_guard import is_formula_like

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

# the control characters XML 1.0 cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE, checked equal
# in the tests): written out here, so that CSV and PDF lists load no spreadsheet library
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def clean_cell_text(text: str) -> str:
    """Text without the control characters XLSX (XML) cannot hold."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))


def _safe_text(value: str) -> tuple[str, bool]:
    """``value`` cleaned, line ends as LF, and whether it reads as a formula (judged before a
    leading CR becomes LF). A raw CR in XML reaches every reader as LF anyway; XlsxWriter would
    store it as the escape "_x000D_", which not every program reads back."""
    text = clean_cell_text(value)
    formula = is_formula_like(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, formula


@dataclass(frozen=True)
class CellStyle:
    """One look of cells in an XlsxWriter workbook, twice: as it is, and with the quote prefix
    for text that reads as a formula (so a bold header stays bold when it starts with "=")."""

    plain: Format | None
    quoted: Format

    @classmethod
    def add(cls, workbook: Workbook, **properties: Any) -> CellStyle:
        """The style with XlsxWriter format ``properties`` (none: the default look)."""
        plain = workbook.add_format(properties) if properties else None
        return cls(plain, workbook.add_format({**properties, "quote_prefix": True}))


def write_value(ws: Worksheet, row: int, col: int, value: str | int, style: CellStyle) -> None:
    """Write ``value`` at (``row``, ``col``), both counted from 0: numbers as numbers, every text
    as a text cell (``write_string``, never XlsxWriter's guessing ``write``, which would make
    "=…" a formula and "1e5" a number), quote-prefixed when it reads as a formula; empty text
    leaves the cell empty (styled, if ``style`` has a look)."""
    if isinstance(value, int):
        ws.write_number(row, col, value, style.plain)
        return
    text, formula = _safe_text(value) if value else ("", False)
    if text:
        ws.write_string(row, col, text, style.quoted if formula else style.plain)
    elif style.plain is not None:
        ws.write_blank(row, col, None, style.plain)


def csv_text(value: str | int) -> str:
    """A CSV field that no spreadsheet program will evaluate."""
    if isinstance(value, int):
        return str(value)
    if not value:
        return ""
    text, formula = _safe_text(value)
    return "'" + text if formula else text

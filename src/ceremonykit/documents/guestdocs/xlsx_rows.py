"""Many plain rows in an XLSX sheet, fast: written as XML text instead of cell by cell.

openpyxl spends about 20 µs per cell even in write-only mode (most of the guest list's
XLSX time). openpyxl still writes the workbook (styles, header row, frozen panes, filter,
page setup, further sheets); the body rows are then inserted into the saved sheet as
``<row>`` XML, using the same cell forms openpyxl writes: inline strings, numbers, and
text that would read as a formula marked with the quote-prefix style (see :mod:`cells`).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ceremonykit.documents.guestdocs.cells import clean_cell_text
from ceremonykit.documents.guestdocs.zipparts import replace_once, rewrite_part
from ceremonykit.formula_guard import is_formula_like

SHEET_DATA_END = b"</sheetData>"


def quote_prefix_style(ws: WriteOnlyWorksheet) -> int:
    """The workbook's style id for text cells with the quote prefix (registered on first use)."""
    cell = WriteOnlyCell(ws)
    cell.quotePrefix = True
    style_id: int = cell.style_id
    return style_id


def rows_xml(rows: Sequence[Sequence[str | int]], first_row: int, quote_style: int) -> bytes:
    """``<row>`` elements for ``rows``, numbered from ``first_row``; empty values get no cell."""
    width = max((len(r) for r in rows), default=0)
    letters = [get_column_letter(i) for i in range(1, width + 1)]
    parts: list[str] = []
    add = parts.append
    for number, values in enumerate(rows, start=first_row):
        add(f'<row r="{number}">')
        for letter, value in zip(letters, values, strict=False):
            if isinstance(value, int):
                add(f'<c r="{letter}{number}" t="n"><v>{value}</v></c>')
                continue
            text = clean_cell_text(value) if value else ""
            if not text:
                continue
            style = f' s="{quote_style}"' if is_formula_like(text) else ""
            space = ' xml:space="preserve"' if text != text.strip() else ""
            add(
                f'<c r="{letter}{number}"{style} t="inlineStr"><is><t{space}>'
                f"{escape(text)}</t></is></c>"
            )
        add("</row>")
    return "".join(parts).encode("utf-8")


def save_with_rows(
    wb: Workbook,
    ws: WriteOnlyWorksheet,
    rows: Sequence[Sequence[str | int]],
    first_row: int,
    target: Path,
) -> None:
    """Save ``wb`` to ``target`` with ``rows`` appended to the rows already in ``ws``.

    ``ws`` must be a write-only sheet whose earlier rows (e.g. the header) were appended
    normally and which gets no further rows."""
    quote_style = quote_prefix_style(ws)  # before saving: styles are written with the book
    buffer = io.BytesIO()
    wb.save(buffer)
    part = ws.path.lstrip("/")  # known once saved
    body = rows_xml(rows, first_row, quote_style)
    rewrite_part(
        buffer.getvalue(),
        target,
        part,
        lambda xml: replace_once(xml, SHEET_DATA_END, body + SHEET_DATA_END, part),
    )

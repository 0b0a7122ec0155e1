"""A second reader for OpenDocument spreadsheets: ``content.xml`` parsed directly.

python-calamine refuses some .ods files LibreOffice opens without complaint – an archive
without its ``mimetype`` entry, files written by Excel or by small export scripts. Those are
read here with defusedxml's streaming parser (no DTDs, no entity expansion; the archive size
was checked by :mod:`ceremonykit.importing.detect`). It also yields what calamine does not
report for .ods: merged ranges and hidden rows.
"""

from __future__ import annotations

import math
import zipfile
from datetime import date, datetime, time, timedelta
from typing import Any

from defusedxml.ElementTree import iterparse

from ceremonykit.importing.cells import CellError, CellValue, Sheet

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_T = "{" + _TABLE + "}"
_O = "{" + _OFFICE + "}"
_X = "{" + _TEXT + "}"

MAX_REPEAT = 16_384
"""A repeated empty cell or row stands for the rest of the grid; only real content counts."""
MAX_FILLED_REPEAT = 10_000
"""LibreOffice writes identical neighbours once with a repeat count; a value repeated more
often than this is no list but a file built to exhaust the reader (calamine issue 594)."""


class RepeatedContent(ValueError):
    """A cell or row with content repeated beyond :data:`MAX_FILLED_REPEAT` times."""


def read_content(zf: zipfile.ZipFile, max_rows: int, max_cols: int) -> list[Sheet]:
    """Every table of the archive's ``content.xml`` as a :class:`Sheet`."""
    sheets: list[Sheet] = []
    sheet: Sheet | None = None
    row: list[CellValue] = []
    row_number = 0  # 0-based index of the row being read
    col = 0
    row_repeat = 1
    hidden = False  # the row being read is collapsed or filtered out
    with zf.open("content.xml") as fh:
        for event, elem in iterparse(fh, events=("start", "end")):
            tag = elem.tag
            if event == "start":
                if tag == _T + "table":
                    sheet = Sheet(name=elem.get(_T + "name", f"Tabelle{len(sheets) + 1}"))
                    sheets.append(sheet)
                    row_number = 0
                elif tag == _T + "table-row":
                    row, col = [], 0
                    row_repeat = _int(elem.get(_T + "number-rows-repeated"), 1)
                    hidden = elem.get(_T + "visibility") in {"collapse", "filter"}
                continue
            if sheet is None:
                continue
            if tag in (_T + "table-cell", _T + "covered-table-cell"):
                repeat = _int(elem.get(_T + "number-columns-repeated"), 1)
                value = _cell_value(elem) if tag == _T + "table-cell" else None
                if value is not None and repeat > max_cols:  # no list is that wide
                    raise RepeatedContent(f"cell repeated {repeat} times")
                if value is not None:
                    if col < max_cols:
                        row.extend([None] * (col - len(row)))
                        row.extend([value] * min(repeat, max_cols - col))
                    rows_span = _int(elem.get(_T + "number-rows-spanned"), 1)
                    cols_span = _int(elem.get(_T + "number-columns-spanned"), 1)
                    if rows_span > 1 or cols_span > 1:
                        sheet.merged.append(
                            (row_number, col, row_number + rows_span - 1, col + cols_span - 1)
                        )
                col += min(repeat, MAX_REPEAT)
                elem.clear()
            elif tag == _T + "table-row":
                repeat = min(row_repeat, MAX_REPEAT)
                if row and row_repeat > MAX_FILLED_REPEAT:
                    raise RepeatedContent(f"row repeated {row_repeat} times")
                if row:  # a repeated row with content is that many rows
                    while len(sheet.rows) < row_number:
                        sheet.rows.append([])
                    room = max(0, max_rows + 1 - len(sheet.rows))  # one more: the caller says so
                    sheet.rows.extend(list(row) for _ in range(min(repeat, room)))
                if hidden and repeat <= 10_000:
                    sheet.hidden_rows.update(range(row_number + 1, row_number + repeat + 1))
                row_number += repeat
                elem.clear()
            elif tag == _T + "table":
                sheet = None
    return sheets


def _int(text: str | None, default: int) -> int:
    try:
        return max(1, int(text)) if text else default
    except ValueError:
        return default


def _cell_value(elem: Any) -> CellValue:
    """The value of one cell; a value that contradicts its declared type becomes a
    :class:`CellError` (reported for that cell's row and column, not for the whole file)."""
    kind = elem.get(_O + "value-type")
    if kind in {"float", "percentage", "currency"}:
        stored = elem.get(_O + "value", "0")
        try:
            number = float(stored)
        except ValueError:
            number = float("nan")
        if not math.isfinite(number):
            return CellError(f"„{stored[:40]}“ (keine gültige Zahl)")
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "boolean":
        return bool(elem.get(_O + "boolean-value") == "true")
    if kind == "date":
        text = elem.get(_O + "date-value", "")
        try:
            return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
        except ValueError:
            return _text(elem) or None
    if kind == "time":
        duration = _duration(elem.get(_O + "time-value", ""))
        return duration if duration is not None else (_text(elem) or None)
    text = _text(elem)
    return text or None


def _duration(text: str) -> time | timedelta | None:
    """ "PT13H30M00S" -> time(13, 30); longer than a day -> timedelta."""
    if not text.startswith("PT"):
        return None
    number, parts = "", {"H": 0.0, "M": 0.0, "S": 0.0}
    for char in text[2:]:
        if char.isdigit() or char == ".":
            number += char
        elif char in parts and number:
            parts[char], number = float(number), ""
    span = timedelta(hours=parts["H"], minutes=parts["M"], seconds=parts["S"])
    if span < timedelta(days=1):
        seconds = int(span.total_seconds())
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    return span


def _text(elem: Any) -> str:
    """The visible text of a cell: paragraphs joined by line breaks, ``text:s`` as spaces.

    A cell may store its text only in ``office:string-value`` (ODF 1.2 allows it; small export
    scripts write it) – without it such a surname would be dropped silently.
    """
    stored = elem.get(_O + "string-value")
    if stored is not None:
        return str(stored)
    paragraphs = [_inline(p) for p in elem if p.tag in (_X + "p", _X + "h")]
    return "\n".join(paragraphs)


def _inline(elem: Any) -> str:
    parts = [elem.text or ""]
    for child in elem:
        if child.tag == _X + "s":
            parts.append(" " * _int(child.get(_X + "c"), 1))
        elif child.tag == _X + "tab":
            parts.append("\t")
        elif child.tag == _X + "line-break":
            parts.append("\n")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)

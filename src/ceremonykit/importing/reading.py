"""Reading a spreadsheet into :class:`RawWorkbook` – runs only inside the sandbox child.

python-calamine is the fast path for every binary format; openpyxl (read-only, with its
defusedxml protection) reads .xlsx sheets whose declared size would make calamine allocate a
gigantic grid, and is the fallback after a calamine crash. Extra facts calamine drops (hidden
rows, error cells) come from :mod:`xlsx_scan` for .xlsx and from xlrd for .xls.
"""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path
from typing import Any

from ceremonykit.importing import messages
from ceremonykit.importing.bulk import gc_paused
from ceremonykit.importing.cells import CellError, CellValue, RawWorkbook, Sheet, error_from_text
from ceremonykit.importing.csv_reading import read_csv
from ceremonykit.importing.detect import FileKind, detect
from ceremonykit.importing.messages import ImportFileError
from ceremonykit.importing.xlsx_scan import SheetExtras, scan_ods, scan_workbook

log = logging.getLogger(__name__)

MAX_ROWS = 100_000
MAX_COLS = 512
MAX_DENSE_CELLS = 20_000_000
"""Declared sheet size (rows × columns) above which calamine's dense grid is not risked."""

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]+\d+:([A-Z]+)(\d+)"')


def load(path_text: str, allow_calamine: bool = True) -> RawWorkbook:
    """Detect, check and read the file; raises :class:`ImportFileError` with a German message."""
    with gc_paused():
        return _load(Path(path_text), allow_calamine)


def _load(path: Path, allow_calamine: bool) -> RawWorkbook:
    detected = detect(path)
    if detected.kind is FileKind.CSV:
        return _finish(read_csv(path))
    extras: dict[str, SheetExtras] = {}
    if detected.kind is FileKind.XLSX:
        with zipfile.ZipFile(path) as zf:
            extras = scan_workbook(zf)
            if allow_calamine and _declares_huge_sheet(zf):
                allow_calamine = False
    if not allow_calamine:
        if detected.kind is not FileKind.XLSX:
            raise ImportFileError(messages.crashed(path))
        workbook = _read_openpyxl(path)
    else:
        workbook = _read_calamine(path)
    if detected.kind is FileKind.XLS:
        extras = _xls_extras(path)
    elif detected.kind is FileKind.ODS:
        with zipfile.ZipFile(path) as zf:
            extras = scan_ods(zf)
    for sheet in workbook.sheets:
        _apply_extras(sheet, extras.get(sheet.name))
    return _finish(workbook)


def _declares_huge_sheet(zf: zipfile.ZipFile) -> bool:
    from ceremonykit.importing.cells import column_index

    for info in zf.infolist():
        if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
            with zf.open(info) as fh:
                match = _DIMENSION.search(fh.read(4096))
            if match:
                cells = (column_index(match.group(1).decode()) + 1) * int(match.group(2))
                if cells > MAX_DENSE_CELLS:
                    return True
    return False


def _read_calamine(path: Path) -> RawWorkbook:
    import python_calamine as pc

    try:
        with path.open("rb") as fh:  # by content: the extension may lie
            book = pc.CalamineWorkbook.from_filelike(fh)
        sheets = []
        for meta in book.sheets_metadata:
            visible = meta.visible == pc.SheetVisibleEnum.Visible
            if meta.typ != pc.SheetTypeEnum.WorkSheet:
                sheets.append(Sheet(name=meta.name, visible=visible, chart=True))
                continue
            sheet = book.get_sheet_by_name(meta.name)
            grid = sheet.to_python(skip_empty_area=False)
            del grid[MAX_ROWS:]
            rows: list[list[Any]] = [r if len(r) <= MAX_COLS else r[:MAX_COLS] for r in grid]
            del grid
            _fill_merged_down(rows, sheet.merged_cell_ranges or [])
            sheets.append(Sheet(name=meta.name, rows=rows, visible=visible))
        return RawWorkbook(sheets, engine="calamine")
    except pc.PasswordError:
        raise ImportFileError(messages.encrypted(path)) from None
    except (pc.CalamineError, pc.XmlError, pc.ZipError, OSError, ValueError) as exc:
        log.warning("calamine cannot read %s: %s", path, exc)
        raise ImportFileError(messages.damaged(path)) from None


def _fill_merged_down(
    rows: list[list[Any]], ranges: list[tuple[tuple[int, int], tuple[int, int]]]
) -> None:
    """A value merged over several rows (two winners sharing "1. Platz") counts for each row."""
    for (r0, c0), (r1, _c1) in ranges:
        if r1 <= r0 or r1 - r0 > 1000 or r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0 + 1, min(r1 + 1, len(rows))):
            row = rows[r]
            if c0 < len(row) and row[c0] in ("", None):
                row[c0] = value


def _read_openpyxl(path: Path) -> RawWorkbook:
    """Sparse row-by-row read: cells far out in the grid cost nothing (no dense padding)."""
    import openpyxl
    from openpyxl.worksheet._reader import WorkSheetParser

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        log.warning("openpyxl cannot read %s: %s", path, exc)
        raise ImportFileError(messages.damaged(path)) from None
    sheets = []
    notes = []
    try:
        for ws in book.worksheets:
            rows: list[list[Any]] = []
            with ws._get_source() as src:
                parser = WorkSheetParser(
                    src,
                    ws._shared_strings,
                    data_only=True,
                    epoch=book.epoch,
                    date_formats=book._date_formats,
                    timedelta_formats=book._timedelta_formats,
                )
                cut = False
                for index, cells in parser.parse():
                    if index > MAX_ROWS:
                        cut = cut or any(c["value"] is not None for c in cells)
                        continue
                    while len(rows) < index:
                        rows.append([])
                    row = rows[index - 1]
                    for cell in cells:
                        col = cell["column"] - 1
                        if col < MAX_COLS and cell["value"] is not None:
                            row.extend([None] * (col + 1 - len(row)))
                            row[col] = cell["value"]
            if cut:
                notes.append(f"Blatt „{ws.title}“: nur die ersten {MAX_ROWS} Zeilen gelesen.")
            sheets.append(Sheet(name=ws.title, rows=rows, visible=ws.sheet_state == "visible"))
    except ImportFileError:
        raise
    except Exception as exc:
        log.warning("openpyxl cannot read %s: %s", path, exc)
        raise ImportFileError(messages.damaged(path)) from None
    finally:
        book.close()
    return RawWorkbook(sheets, engine="openpyxl", notes=notes)


def _xls_extras(path: Path) -> dict[str, SheetExtras]:
    """Hidden rows and error cells of a legacy .xls (xlrd knows both; calamine neither)."""
    import xlrd

    result: dict[str, SheetExtras] = {}
    try:
        book = xlrd.open_workbook(
            str(path), formatting_info=True, on_demand=True, logfile=_NullLog(), verbosity=0
        )
        for index in range(min(book.nsheets, 300)):
            sheet = book.sheet_by_index(index)
            extras = SheetExtras()
            extras.hidden_rows = {r + 1 for r, info in sheet.rowinfo_map.items() if info.hidden}
            for r in range(min(sheet.nrows, MAX_ROWS)):
                for c, kind in enumerate(sheet.row_types(r)):
                    if kind == xlrd.XL_CELL_ERROR:
                        code = xlrd.error_text_from_code.get(sheet.cell_value(r, c), "#FEHLER")
                        extras.errors[(r, c)] = code
            result[sheet.name] = extras
            book.unload_sheet(index)
    except Exception as exc:  # extras are a bonus; calamine already read the cells
        log.info("xlrd extras unavailable for %s: %s", path, exc)
    return result


class _NullLog:
    """xlrd writes diagnostics to stdout unless given somewhere else to write."""

    def write(self, text: str) -> int:
        return len(text)


def _apply_extras(sheet: Sheet, extras: SheetExtras | None) -> None:
    if extras is None:
        return
    sheet.hidden_rows = {r for r in extras.hidden_rows if r <= len(sheet.rows)}
    for (r, c), code in extras.errors.items():
        if r >= MAX_ROWS or c >= MAX_COLS:
            continue
        while len(sheet.rows) <= r:
            sheet.rows.append([])
        row = sheet.rows[r]
        if len(row) <= c:
            row.extend([None] * (c + 1 - len(row)))
        row[c] = CellError(code)


def _finish(workbook: RawWorkbook) -> RawWorkbook:
    """Empty strings become None, error texts become :class:`CellError`, trailing blanks go."""
    for sheet in workbook.sheets:
        for row in sheet.rows:
            for i, value in enumerate(row):
                if isinstance(value, str):
                    row[i] = _normalise_text(value)
            while row and row[-1] is None:
                row.pop()
        while sheet.rows and not sheet.rows[-1]:
            sheet.rows.pop()
    return workbook


def _normalise_text(value: str) -> CellValue:
    text = value.strip()
    if not text:
        return None
    if text[0] in "#Ee":  # cheap pre-check: every error text starts with "#" or "Err:"
        return error_from_text(value) or value
    return value

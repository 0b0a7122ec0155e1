"""Reading a spreadsheet into :class:`RawWorkbook` – runs only inside the sandbox child.

python-calamine is the fast path for every binary format; .ods files it refuses are read by
:mod:`ods_reading`; openpyxl (read-only, with its
defusedxml protection) reads .xlsx sheets whose declared size would make calamine allocate a
gigantic grid, and is the fallback after a calamine crash. Extra facts calamine drops (hidden
rows, error cells) come from :mod:`xlsx_scan` for .xlsx and from xlrd for .xls.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ceremonykit.importing import messages
from ceremonykit.importing.bulk import gc_paused
from ceremonykit.importing.cells import (
    CellError,
    CellValue,
    RawWorkbook,
    Sheet,
    error_from_text,
    fill_merged_down,
)
from ceremonykit.importing.csv_reading import read_csv
from ceremonykit.importing.detect import FileKind, detect
from ceremonykit.importing.messages import ImportFileError
from ceremonykit.importing.ods_reading import read_content
from ceremonykit.importing.xlsx_scan import SheetExtras, scan_workbook

log = logging.getLogger(__name__)

MAX_ROWS = 1_048_576
"""Excel's own row limit: a sheet with more rows is refused with a message naming it."""
MAX_COLS = 512
"""Columns read; cells further right are reported (a list never needs more columns)."""
MAX_DENSE_CELLS = 20_000_000
"""Declared sheet size (rows × columns) above which calamine's dense grid is not risked."""

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]+\d+:([A-Z]+)(\d+)"')
_ODS_EXTRAS = (b"number-rows-spanned", b"number-columns-spanned", b"table:visibility=")

Source = Path | bytes
"""What the readers open: the file, or a repaired copy of it in memory."""


def _open(source: Source) -> Path | io.BytesIO:
    """Something zipfile, calamine and openpyxl open; a fresh reader for each of them."""
    return source if isinstance(source, Path) else io.BytesIO(source)


def load(path_text: str, allow_calamine: bool = True) -> RawWorkbook:
    """Detect, check and read the file; raises :class:`ImportFileError` with a German message."""
    with gc_paused():
        return _load(Path(path_text), allow_calamine)


def _load(path: Path, allow_calamine: bool) -> RawWorkbook:
    detected = detect(path)
    if detected.kind is FileKind.CSV:
        return _finish(path, read_csv(path))
    source: Source = _repacked(path) if detected.backslash_paths else path
    extras: dict[str, SheetExtras] = {}
    if detected.kind is FileKind.XLSX:
        with zipfile.ZipFile(_open(source)) as zf:
            extras = scan_workbook(zf)
            if allow_calamine and _declares_huge_sheet(zf):
                allow_calamine = False
    if detected.kind is FileKind.ODS:
        workbook = _read_ods(path, source, allow_calamine)
    elif not allow_calamine:
        if detected.kind is not FileKind.XLSX:
            raise ImportFileError(messages.crashed(path))
        workbook = _read_openpyxl(path, source)
    else:
        workbook = _read_calamine(path, source)
    if detected.kind is FileKind.XLS:
        extras = _xls_extras(path)
    for sheet in workbook.sheets:
        _apply_extras(sheet, extras.get(sheet.name))
    return _finish(path, workbook)


def _repacked(path: Path) -> bytes:
    """The archive again with "/" for the "\\" some Windows tools write into member names.

    The sizes were checked by :func:`detect` before, so the copy in memory is bounded.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename.replace("\\", "/"), old.read(info))
    return buffer.getvalue()


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


def _read_ods(path: Path, source: Source, allow_calamine: bool) -> RawWorkbook:
    """calamine for the cells; the own ``content.xml`` reader for what it refuses and for
    merged ranges and hidden rows (which calamine does not report for .ods)."""
    with zipfile.ZipFile(_open(source)) as zf:
        head = _check_content(path, zf)
        if allow_calamine and "mimetype" in zf.namelist():
            try:
                workbook = _read_calamine(path, source)
            except ImportFileError as exc:
                log.info("calamine refused %s (%s); reading content.xml directly", path, exc)
            else:
                if not any(sheet.rows for sheet in workbook.sheets):
                    # calamine matches element prefixes literally: an .ods whose writer chose
                    # other prefixes (valid XML namespaces) comes back empty
                    log.info("calamine found no cells in %s; reading content.xml directly", path)
                    return _read_ods(path, source, allow_calamine=False)
                if head:
                    extras = {s.name: s for s in _read_content(path, zf)}
                    for sheet in workbook.sheets:
                        if (found := extras.get(sheet.name)) is not None:
                            sheet.merged, sheet.hidden_rows = found.merged, found.hidden_rows
                            fill_merged_down(sheet.rows, sheet.merged)
                return workbook
        sheets = _read_content(path, zf)
    for sheet in sheets:
        fill_merged_down(sheet.rows, sheet.merged)
    return RawWorkbook(sheets, engine="odf")


def _check_content(path: Path, zf: zipfile.ZipFile) -> bool:
    """Whether ``content.xml`` holds merged ranges or hidden rows; refuses XML that is not
    well-formed (calamine loops on a mismatched end tag until the time limit)."""
    import pyexpat

    parser = pyexpat.ParserCreate()
    found = False
    try:
        with zf.open("content.xml") as fh:
            while chunk := fh.read(1 << 20):
                found = found or any(marker in chunk for marker in _ODS_EXTRAS)
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except (KeyError, pyexpat.ExpatError) as exc:
        log.warning("content.xml of %s is not well-formed: %s", path, exc)
        raise ImportFileError(messages.damaged(path)) from None
    return found


def _read_content(path: Path, zf: zipfile.ZipFile) -> list[Sheet]:
    try:
        return read_content(zf, MAX_ROWS, MAX_COLS + 1)  # + 1: _finish notes the cut
    except (KeyError, SafeET.ParseError, ValueError, DefusedXmlException) as exc:
        log.warning("content.xml of %s unreadable: %s", path, exc)
        raise ImportFileError(messages.damaged(path)) from None


def _read_calamine(path: Path, source: Source) -> RawWorkbook:
    import python_calamine as pc

    try:
        if isinstance(source, Path):
            with source.open("rb") as fh:  # by content: the extension may lie
                book = pc.CalamineWorkbook.from_filelike(fh)
        else:
            book = pc.CalamineWorkbook.from_filelike(io.BytesIO(source))
        sheets = []
        for meta in book.sheets_metadata:
            visible = meta.visible == pc.SheetVisibleEnum.Visible
            if meta.typ != pc.SheetTypeEnum.WorkSheet:
                sheets.append(Sheet(name=meta.name, visible=visible, chart=True))
                continue
            sheet = book.get_sheet_by_name(meta.name)
            grid = sheet.to_python(skip_empty_area=False)
            _check_rows(path, meta.name, len(grid))
            rows: list[list[Any]] = grid  # wide rows are cut (with a note) in _finish
            merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or []]
            fill_merged_down(rows, merged)
            sheets.append(Sheet(name=meta.name, rows=rows, visible=visible, merged=merged))
        return RawWorkbook(sheets, engine="calamine")
    except pc.PasswordError:
        raise ImportFileError(messages.encrypted(path)) from None
    except (pc.CalamineError, pc.XmlError, pc.ZipError, OSError, ValueError) as exc:
        log.warning("calamine cannot read %s: %s", path, exc)
        raise ImportFileError(messages.damaged(path)) from None


def _check_rows(path: Path, sheet: str, count: int) -> None:
    if count > MAX_ROWS:
        raise ImportFileError(messages.too_many_rows(path, sheet, MAX_ROWS))


def _read_openpyxl(path: Path, source: Source) -> RawWorkbook:
    """Sparse row-by-row read: cells far out in the grid cost nothing (no dense padding)."""
    import openpyxl
    from openpyxl.worksheet._reader import WorkSheetParser

    try:
        book = openpyxl.load_workbook(_open(source), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        log.warning("openpyxl cannot read %s: %s", path, exc)
        raise ImportFileError(messages.damaged(path)) from None
    sheets = []
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
                for index, cells in parser.parse():
                    _check_rows(path, ws.title, index)
                    while len(rows) < index:
                        rows.append([])
                    row = rows[index - 1]
                    for cell in cells:
                        col = cell["column"] - 1
                        if cell["value"] is not None:
                            row.extend([None] * (col + 1 - len(row)))
                            row[col] = cell["value"]
            sheets.append(Sheet(name=ws.title, rows=rows, visible=ws.sheet_state == "visible"))
    except ImportFileError:
        raise
    except Exception as exc:
        log.warning("openpyxl cannot read %s: %s", path, exc)
        raise ImportFileError(messages.damaged(path)) from None
    finally:
        book.close()
    return RawWorkbook(sheets, engine="openpyxl")


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
            for r in range(sheet.nrows):
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
    if extras.merged:
        known = set(sheet.merged)
        sheet.merged.extend(m for m in extras.merged if m not in known)
        fill_merged_down(sheet.rows, sheet.merged)
    for (r, c), code in extras.errors.items():
        if r >= MAX_ROWS:
            continue
        while len(sheet.rows) <= r:
            sheet.rows.append([])
        row = sheet.rows[r]
        if len(row) <= c:
            row.extend([None] * (c + 1 - len(row)))
        row[c] = CellError(code)


def _finish(path: Path, workbook: RawWorkbook) -> RawWorkbook:
    """Empty strings become None, error texts become :class:`CellError`, trailing blanks go;
    a sheet with more rows than Excel allows is refused, cells beyond :data:`MAX_COLS`
    columns are cut with a note naming them (never silently)."""
    for sheet in workbook.sheets:
        _check_rows(path, sheet.name, len(sheet.rows))
        cut = 0
        for number, row in enumerate(sheet.rows, start=1):
            if len(row) > MAX_COLS:
                if any(v not in (None, "") for v in row[MAX_COLS:]):
                    cut = cut or number
                del row[MAX_COLS:]
            for i, value in enumerate(row):
                if isinstance(value, str):
                    row[i] = _normalise_text(value)
            while row and row[-1] is None:
                row.pop()
        while sheet.rows and not sheet.rows[-1]:
            sheet.rows.pop()
        if cut:
            workbook.notes.append(messages.columns_cut(sheet.name, MAX_COLS, cut))
    return workbook


def _normalise_text(value: str) -> CellValue:
    text = value.strip()
    if not text:
        return None
    if text[0] in "#Ee":  # cheap pre-check: every error text starts with "#" or "Err:"
        return error_from_text(value) or value
    return value

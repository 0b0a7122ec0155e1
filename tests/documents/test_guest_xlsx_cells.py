"""Guest rows written with XlsxWriter read back (openpyxl) with their types and inert text."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
import xlsxwriter.workbook
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from ceremonykit.documents.guestdocs.cells import CellStyle, csv_text, write_value
from ceremonykit.documents.guestdocs.workbook import (
    STREAM_ABOVE,
    header_style,
    write_header,
    xlsx_workbook,
)
from ceremonykit.scratch import scratch_root

ROWS: list[list[str | int]] = [
    ["Müller & Söhne <GmbH>", 3, "", '=HYPERLINK("x")'],
    ["  Leerzeichen  ", 0, "Tab\x00gelöscht", "-5"],
    ["Ende"],
]
PAYLOADS = ["=1+1", "+49 231 50-23022", "-5", "@SUM(A1)", "\t=1", "\r=1", "1e5", "00123"]


def _write(path: Path, rows: list[list[str | int]], *, streaming: bool) -> Worksheet:
    rows_hint = STREAM_ABOVE + 1 if streaming else len(rows)
    with xlsx_workbook(path, title="Test", author="Stadt", rows=rows_hint) as wb:
        ws = wb.add_worksheet("Liste")
        write_header(ws, [("Name", 20), ("Zahl", 6), ("Leer", 6), ("Formel", 12)], header_style(wb))
        plain = CellStyle.add(wb)
        for row, values in enumerate(rows, start=1):
            for col, value in enumerate(values):
                write_value(ws, row, col, value, plain)
    return load_workbook(path)["Liste"]


@pytest.mark.parametrize("streaming", [True, False], ids=["streamed", "in_memory"])
def test_rows_read_back_with_types_and_quote_prefix(tmp_path: Path, streaming: bool) -> None:
    sheet = _write(tmp_path / "x.xlsx", ROWS, streaming=streaming)
    assert [c.value for c in sheet[1]] == ["Name", "Zahl", "Leer", "Formel"]
    assert sheet["A2"].value == "Müller & Söhne <GmbH>"
    assert sheet["B2"].value == 3 and sheet["B2"].data_type == "n"
    assert sheet["C2"].value is None
    assert sheet["D2"].value == '=HYPERLINK("x")'
    assert sheet["D2"].data_type == "s" and sheet["D2"].quotePrefix
    assert not sheet["A2"].quotePrefix
    assert sheet["A3"].value == "  Leerzeichen  "
    assert sheet["B3"].value == 0
    assert sheet["C3"].value == "Tabgelöscht"
    assert sheet["D3"].value == "-5" and sheet["D3"].quotePrefix
    assert sheet["A4"].value == "Ende" and sheet.max_row == 4


def test_formula_like_text_is_inert_text(tmp_path: Path) -> None:
    """Text that reads as a formula – or as a number, which XlsxWriter's ``write`` would
    guess – is stored as text: never a formula, quote-prefixed where it starts like one."""
    sheet = _write(tmp_path / "x.xlsx", [[p] for p in PAYLOADS], streaming=True)
    for row, payload in enumerate(PAYLOADS, start=2):
        cell = sheet.cell(row, 1)
        assert cell.value == payload.replace("\r", "\n"), repr(cell.value)  # as XML reads a CR
        assert cell.data_type == "s", payload
        formula = payload.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert cell.quotePrefix == formula, payload
        assert csv_text(payload).startswith("'") == formula, payload


def test_plain_values(tmp_path: Path) -> None:
    sheet = _write(tmp_path / "x.xlsx", [[3, "Anna\x00\x1b", 0, "Müller"]], streaming=False)
    assert sheet["A2"].value == 3 and sheet["A2"].data_type == "n"
    assert sheet["B2"].value == "Anna" and not sheet["B2"].quotePrefix
    assert sheet["D2"].value == "Müller" and csv_text("Müller") == "Müller"
    assert csv_text(3) == "3" and csv_text("") == ""


def test_header_style_and_widths(tmp_path: Path) -> None:
    """A bold grey header that starts like a formula keeps its look and stays text."""
    path = tmp_path / "x.xlsx"
    with xlsx_workbook(path, title="Titel", author="Stadt", rows=1) as wb:
        ws = wb.add_worksheet("Liste")
        write_header(ws, [("Name", 20), ("=Summe", 8)], header_style(wb))
    book = load_workbook(path)
    sheet = book["Liste"]
    for cell in sheet[1]:
        assert cell.font.b and cell.fill.fill_type == "solid"
        assert cell.fill.fgColor.rgb.endswith("E6E6E6")
    assert sheet["B1"].value == "=Summe" and sheet["B1"].quotePrefix
    assert sheet["B1"].data_type == "s" and not sheet["A1"].quotePrefix
    # XlsxWriter stores the width Excel shows (20 characters) plus the cell padding
    assert 20 <= sheet.column_dimensions["A"].width < 21
    assert (book.properties.title, book.properties.creator) == ("Titel", "Stadt")


def test_a_failed_sheet_writes_no_file(tmp_path: Path) -> None:
    """Nothing at the path, the streamed rows (guests' data) closed and gone from the scratch
    folder – on Windows an open row file could not be deleted."""
    path = tmp_path / "x.xlsx"
    with (
        pytest.raises(RuntimeError),
        xlsx_workbook(path, title="T", author="A", rows=STREAM_ABOVE + 1) as wb,
    ):
        sheet = wb.add_worksheet("Liste")
        sheet.write_string(0, 0, "Anna Beispiel")
        sheet.write_string(1, 0, "Berta Muster")  # the first row goes to the row file
        row_file = Path(sheet.row_data_fh.name)
        assert row_file.is_relative_to(scratch_root())
        raise RuntimeError("abgebrochen")
    assert not path.exists()
    assert sheet.row_data_fh.closed
    assert not row_file.parent.exists()


def test_a_full_disk_is_an_os_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """XlsxWriter wraps the disk's error; the build must see the OSError to stop as for any
    document written on a full disk (see tests/build/test_safe_build.py)."""

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsxwriter.workbook, "ZipFile", full)
    with (
        pytest.raises(OSError, match="No space") as info,
        xlsx_workbook(tmp_path / "x.xlsx", title="T", author="A", rows=3) as wb,
    ):
        wb.add_worksheet("Liste").write_string(0, 0, "x")
    assert info.value.errno == errno.ENOSPC


def test_refuses_the_same_characters_as_openpyxl() -> None:
    """Our list of characters XML cannot hold (kept so CSV/PDF lists load no spreadsheet
    library) matches openpyxl's: every code point below 0x80 is judged alike."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as theirs

    from ceremonykit.documents.guestdocs.cells import ILLEGAL_CHARACTERS_RE as ours

    for code in range(0x80):
        char = chr(code)
        assert bool(ours.search(char)) == bool(theirs.search(char)), hex(code)

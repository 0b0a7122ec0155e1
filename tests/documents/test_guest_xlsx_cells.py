"""Guest rows appended to a write-only sheet read back with their types and inert text."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from ceremonykit.documents.guestdocs.cells import sheet_value

ROWS: list[list[str | int]] = [
    ["Müller & Söhne <GmbH>", 3, "", '=HYPERLINK("x")'],
    ["  Leerzeichen  ", 0, "Tab\x00gelöscht", "-5"],
    ["Ende"],
]


def test_rows_read_back_with_types_and_quote_prefix(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Liste")
    ws.append(["Name", "Zahl", "Leer", "Formel"])
    for row in ROWS:
        ws.append([sheet_value(ws, value) for value in row])
    target = tmp_path / "x.xlsx"
    wb.save(target)

    sheet = load_workbook(target)["Liste"]
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


def test_refuses_the_same_characters_as_openpyxl() -> None:
    """Our copy of openpyxl's list of illegal characters (kept so CSV/PDF lists need not load
    openpyxl) matches the library's: every code point below 0x80 is judged alike."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as theirs

    from ceremonykit.documents.guestdocs.cells import ILLEGAL_CHARACTERS_RE as ours

    for code in range(0x80):
        char = chr(code)
        assert bool(ours.search(char)) == bool(theirs.search(char)), hex(code)

"""Reading every supported format, recognising lying extensions, hidden rows, errors, dates."""

from __future__ import annotations

import re
import shutil
import struct
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from import_sheets import SPREADSHEETS, patch_xlsx, write_ods, write_xlsx
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from tests.office_convert import soffice_convert

from ceremonykit.importing import CellError, ImportFileError, read_workbook
from ceremonykit.importing.messages import ENCRYPTED

GUESTS = [["Vorname", "Nachname", "Zusage"], ["Anna", "Müller", "ja"], ["Jürgen", "Weiß", "nein"]]


def _values(path: Path) -> list[list[object]]:
    return read_workbook(path).sheets[0].rows


def test_xlsx(tmp_path: Path) -> None:
    info = read_workbook(write_xlsx(tmp_path / "g.xlsx", GUESTS))
    assert info.engine == "calamine"
    assert info.sheets[0].rows == GUESTS


def test_extension_that_lies_is_ignored(tmp_path: Path) -> None:
    real = write_xlsx(tmp_path / "g.xlsx", GUESTS)
    liar = tmp_path / "gaeste.xls"
    shutil.copy(real, liar)
    assert _values(liar) == GUESTS
    csv_as_xlsx = tmp_path / "export.xlsx"
    csv_as_xlsx.write_text("Vorname;Nachname\nAnna;Müller\n", encoding="utf-8")
    assert _values(csv_as_xlsx) == [["Vorname", "Nachname"], ["Anna", "Müller"]]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("cp1252", ";"), ("utf-8-sig", ";"), ("utf-8", ","), ("utf-8", "\t"), ("cp1252", ",")],
)
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    text = delimiter.join(["Vorname", "Nachname", "Bemerkung"]) + "\r\n"
    text += delimiter.join(["Jürgen", "Weiß", '"Rollstuhl;\r\nbitte Rampe, Eingang Süd"']) + "\r\n"
    path = tmp_path / "gaeste.csv"
    path.write_bytes(text.encode(encoding))
    info = read_workbook(path)
    assert info.sheets[0].rows == [
        ["Vorname", "Nachname", "Bemerkung"],
        ["Jürgen", "Weiß", "Rollstuhl;\r\nbitte Rampe, Eingang Süd"],
    ]
    assert info.engine == "csv"
    assert "Windows-1252" in info.notes[0] if encoding == "cp1252" else "UTF-8" in info.notes[0]


def test_ods_with_hidden_row(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "g.ods", GUESTS, hidden_rows=frozenset({3}))
    sheet = read_workbook(path).sheets[0]
    assert sheet.name == "Gäste"
    assert sheet.rows == GUESTS
    assert sheet.hidden_rows == {3}


def test_xlsx_hidden_rows_error_cells_and_cached_formula_values(tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Organisation", "Preisgeld"])
    ws.append(["Verein A", 1000])
    ws.append(["Verein B", 2000])
    ws.append(["Summe", 3000])
    ws.row_dimensions[3].hidden = True
    wb.save(path)
    sheet_xml = "xl/worksheets/sheet1.xml"
    patch_xlsx(
        path,
        sheet_xml,
        '<c r="B4" t="n"><v>3000</v></c>',
        '<c r="B4"><f>SUM(B2:B3)</f><v>3000</v></c>',
    )
    patch_xlsx(
        path,
        sheet_xml,
        '<c r="B2" t="n"><v>1000</v></c>',
        '<c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
    )
    sheet = read_workbook(path).sheets[0]
    assert sheet.hidden_rows == {3}
    assert sheet.rows[1][1] == CellError("#DIV/0!")
    assert sheet.rows[3] == ["Summe", 3000]  # cached result of the formula


def test_1904_dates(tmp_path: Path) -> None:
    path = tmp_path / "mac.xlsx"
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    assert ws is not None
    ws["A1"] = date(2026, 11, 10)
    wb.save(path)
    value = read_workbook(path).sheets[0].rows[0][0]
    assert value in (date(2026, 11, 10), datetime(2026, 11, 10))


def test_xml_with_dtd_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "evil.xlsx", GUESTS)
    patch_xlsx(
        path,
        "xl/worksheets/sheet1.xml",
        "<worksheet",
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]><worksheet',
    )
    with pytest.raises(
        ImportFileError, match=re.escape("„evil.xlsx“ enthält XML-Entitätsdefinitionen")
    ):
        read_workbook(path)


def test_zip_that_is_no_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "fotos.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("bild.txt", "x")
    with pytest.raises(ImportFileError, match=re.escape("„fotos.xlsx“ ist keine Tabelle")):
        read_workbook(path)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "ist leer"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG-Bild"),
        (b"%PDF-1.7\n", "PDF-Dokument"),
        (b"<html><body><table><tr><td>1</td></tr></table></body></html>", "HTML-Seite"),
        (b"PK\x03\x04 broken", "beschädigt"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "beschädigt"),
    ],
)
def test_unusable_files_get_a_german_message_naming_them(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "liste.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        read_workbook(path)
    assert "„liste.xlsx“" in info.value.message
    assert expected in info.value.message
    assert "Traceback" not in info.value.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=re.escape("„fehlt.xlsx“ wurde nicht gefunden")):
        read_workbook(tmp_path / "fehlt.xlsx")


def test_encrypted_xlsx_made_by_msoffcrypto(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = write_xlsx(tmp_path / "plain.xlsx", GUESTS)
    secret = tmp_path / "geheim.xlsx"
    with plain.open("rb") as src, secret.open("wb") as dst:
        OOXMLFile(src).encrypt("Passwort1", dst)
    with pytest.raises(ImportFileError) as info:
        read_workbook(secret)
    assert info.value.message == f"„geheim.xlsx“: {ENCRYPTED}"


def test_encrypted_xls_is_recognised_by_its_filepass_record(tmp_path: Path) -> None:
    """A legacy .xls with a password carries a FilePass record right after the BOF; here one
    is written into a real Excel file (same stream size, so olefile can rewrite it)."""
    import olefile

    secret = tmp_path / "geheim.xls"
    shutil.copyfile(SPREADSHEETS / "real" / "xlrd__Formate.xls", secret)
    assert read_workbook(secret).sheets  # readable before
    with olefile.OleFileIO(str(secret), write_mode=True) as ole:
        data = bytearray(ole.openstream("Workbook").read())
        kind, size = struct.unpack_from("<HH", data, 0)
        assert kind == 0x0809  # BOF
        second = 4 + size
        _, second_size = struct.unpack_from("<HH", data, second)
        assert second_size >= 2
        struct.pack_into("<HHH", data, second, 0x002F, second_size, 0x0001)  # FilePass, RC4
        ole.write_stream("Workbook", bytes(data))
    with pytest.raises(ImportFileError) as info:
        read_workbook(secret)
    assert info.value.message == f"„geheim.xls“: {ENCRYPTED}"


@pytest.mark.libreoffice
@pytest.mark.slow
def test_xls_written_by_libreoffice(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "g.xlsx", GUESTS)
    converted = soffice_convert(source, "xls", tmp_path / "out")
    assert read_workbook(converted).sheets[0].rows == GUESTS


def test_calamine_abort_is_survived_and_openpyxl_reads_instead(tmp_path: Path) -> None:
    """A far cell behind a lying <dimension>: calamine's dense grid dies, the caller does not."""
    path = write_xlsx(tmp_path / "weit.xlsx", [["Name"], ["Müller"]])
    patch_xlsx(
        path,
        "xl/worksheets/sheet1.xml",
        "</sheetData>",
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>weit</t></is></c></row></sheetData>',
    )
    info = read_workbook(path)
    assert info.engine == "openpyxl"
    assert info.sheets[0].rows[:2] == [["Name"], ["Müller"]]
    # nothing lost silently: the far cell is beyond the columns read, and the note says where
    assert "rechts von Spalte SR" in info.notes[0] and "Zeile 1048576" in info.notes[0]


@pytest.mark.parametrize("chunk", [7, 64, 333, 1 << 20])
def test_streamed_scan_finds_what_a_whole_read_finds(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pieces end before a cell or row start, so no tag or error cell is ever cut in two."""
    import io

    from ceremonykit.importing import xlsx_scan

    rows = []
    for r in range(1, 1500):
        hidden = ' hidden="1"' if r % 97 == 0 else ""
        cells = "".join(
            f'<c r="{c}{r}" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
            if (r * len(c)) % 211 == 0
            else f'<c r="{c}{r}" t="inlineStr"><is><t>x{r} &lt;c</t></is></c>'
            for c in ("A", "B", "AA")
        )
        rows.append(f'<x:row r="{r}"{hidden}>{cells}</x:row>')
    xml = f"<worksheet><sheetData>{''.join(rows)}</sheetData></worksheet>".encode()
    whole = xlsx_scan.scan_sheet(xml)
    assert whole.hidden_rows and whole.errors
    monkeypatch.setattr(xlsx_scan, "_CHUNK", chunk)
    assert xlsx_scan.scan_stream(io.BytesIO(xml)) == whole


def test_formula_without_stored_result_is_an_error_cell_not_an_empty_name(tmp_path: Path) -> None:
    """openpyxl and web exports write formulas without a cached result; calamine reads them as
    empty – the importer must say so instead of importing a guest without a first name."""
    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Vorname", "Nachname"])
    ws.append(['=HYPERLINK("x","Anna")', "Müller"])
    ws.append(["Clara", "Zeh"])
    wb.save(path)
    rows = read_workbook(path).sheets[0].rows
    assert isinstance(rows[1][0], CellError)
    assert "Formel ohne gespeichertes Ergebnis" in rows[1][0].code
    assert rows[2][:2] == ["Clara", "Zeh"]

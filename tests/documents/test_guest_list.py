"""The guest list in XLSX, CSV, DOCX and PDF: content, order, safety against formulas."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from openpyxl.utils import column_index_from_string
from openpyxl.worksheet.worksheet import Worksheet
from tests.conftest import SPREADSHEETS
from tests.documents.guest_helpers import build, one_file, pdf_pages_text, soffice_convert

from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.guestdocs.workbook import STREAM_ABOVE
from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.domain.settings_keys import GUEST_SORT
from ceremonykit.guests.collation import SORT_BY_PARTICLE

PAYLOADS_FILE = SPREADSHEETS / "hostile" / "guest_list_injection_payloads.xlsx"


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("guestlist")
    build(demo_ceremony(), out, "guest_list")
    return out


def _payload_ceremony() -> tuple[Ceremony, list[str]]:
    wb = openpyxl.load_workbook(PAYLOADS_FILE)
    ceremony = demo_ceremony()
    ceremony.guests = []
    payloads = []
    for n, (first, last, org) in enumerate(wb.active.iter_rows(min_row=2, values_only=True)):
        payloads.append(org)
        ceremony.guests.append(
            Guest(
                id=f"p{n}",
                first_name=str(first),
                last_name=f"{last} {n}",
                organisation=str(org),
                function=str(org),
                notes="Steuer\x00zeichen\x07 und \x1b Escape",
            )
        )
    assert len(payloads) >= 5
    return ceremony, payloads


def test_xlsx_header_filter_order_and_counts(demo_out: Path) -> None:
    wb = openpyxl.load_workbook(one_file(demo_out, "*.xlsx"))
    ws = wb["Gästeliste"]
    header = [c.value for c in ws[1]]
    assert header[:5] == ["Kategorie", "Name", "Anrede", "Funktion", "Organisation"]
    assert "Begleitpersonen" in header and "Rückmeldung" in header
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == f"A1:M{ws.max_row}"
    assert ws.max_row == 49  # one row per guest
    assert ws.column_dimensions["B"].width >= 25
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    categories = [r[0] for r in rows]
    assert categories[0] == "Ehrengast"
    # grouped: each category is one contiguous block in the configured order
    blocks = [c for i, c in enumerate(categories) if i == 0 or categories[i - 1] != c]
    assert blocks == ["Ehrengast", "Presse", "Preisträger", "Jury", "Verwaltung", "Gast"]
    gast_names = [r[1] for r in rows if r[0] == "Gast"]
    assert gast_names.index("Äppelbaum, Jürgen") < gast_names.index("Bianchi, Luca")
    jury = [r[1] for r in rows if r[0] == "Jury"]
    assert jury == [
        "Baumeister, Dr. Ingrid",
        "Heide, Jonas von der",
        "Kowalczyk, Piotr",
        "Öztürk, Fatma",
    ]
    overview = wb["Übersicht"]
    values = {r[0]: r[1:] for r in overview.iter_rows(values_only=True) if r and r[0]}
    accepted = [g for g in demo_ceremony().guests if g.rsvp is RSVP.ACCEPTED]
    assert values["zugesagt"] == (len(accepted), sum(1 + g.companions for g in accepted))
    assert values["Summe"][0] == 48


def test_particle_setting_changes_order(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.settings[GUEST_SORT] = SORT_BY_PARTICLE
    build(ceremony, tmp_path, "guest_list")
    ws = openpyxl.load_workbook(one_file(tmp_path, "*.xlsx"))["Gästeliste"]
    jury = [r[1] for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "Jury"]
    assert jury[-1] == "von der Heide, Jonas"


def test_injection_payloads_stay_text_in_xlsx_and_csv(tmp_path: Path) -> None:
    ceremony, payloads = _payload_ceremony()
    build(ceremony, tmp_path, "guest_list")
    ws = openpyxl.load_workbook(one_file(tmp_path, "*.xlsx"))["Gästeliste"]
    header = [c.value for c in ws[1]]
    org_col = header.index("Organisation")
    notes_col = header.index("Notizen")
    found = []
    for row in ws.iter_rows(min_row=2):
        cell = row[org_col]
        assert cell.data_type == "s", cell.value
        assert cell.quotePrefix
        found.append(cell.value)
        assert row[notes_col].value == "Steuerzeichen und  Escape"
    assert sorted(found) == sorted(payloads)
    text = one_file(tmp_path, "*.csv").read_bytes().decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text), delimiter=";")
    head = next(reader)
    orgs = [r[head.index("Organisation")] for r in reader]
    assert sorted(orgs) == sorted("'" + p for p in payloads)
    for value in orgs:
        assert value[0] not in "=+-@\t\r"


@pytest.mark.libreoffice
@pytest.mark.slow
def test_injection_payloads_survive_libreoffice(tmp_path: Path) -> None:
    ceremony, payloads = _payload_ceremony()
    build(ceremony, tmp_path, "guest_list")
    converted = soffice_convert(
        one_file(tmp_path, "*.xlsx"), "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "lo"
    )
    text = converted.read_text(encoding="utf-8", errors="replace")
    rows = list(csv.reader(io.StringIO(text)))
    orgs = [r[rows[0].index("Organisation")] for r in rows[1:] if r]
    assert sorted(orgs) == sorted(payloads)  # the formula text, not its result
    assert "Klick" not in [o.strip() for o in orgs]


def test_docx_grouped_with_tables(demo_out: Path) -> None:
    doc = Document(str(one_file(demo_out, "*.docx")))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Gästeliste – Ehrenamtspreis 2026"
    assert headings[1].startswith("Ehrengast – 7 Gäste")
    assert len(doc.tables) == 6
    first = doc.tables[0]
    assert [c.text for c in first.rows[0].cells] == [
        "Name",
        "Funktion, Organisation",
        "Rückmeldung",
        "Begleitung",
        "Tisch",
    ]
    names = [r.cells[0].text for r in first.rows[1:]]
    assert names == sorted(names, key=lambda n: n.replace("Ü", "U").replace("ß", "ss"))
    assert "Schmidt-Rüdesheimer von Hohenstein, Bartholomäus" in names
    all_text = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "+ 2 Begleitpersonen" in all_text
    assert doc.core_properties.language == "de-DE"


def test_pdf_text_and_pages(demo_out: Path) -> None:
    pages = pdf_pages_text(one_file(demo_out, "*.pdf"))
    text = "\n".join(pages)
    assert len(pages) >= 2
    assert "Gästeliste – Ehrenamtspreis 2026" in pages[0]
    assert f"Seite 1 von {len(pages)}" in pages[0]
    for name in ("Nguyễn, Thị Lan", "Guðmundsson, Þórður", "Heide, Jonas von der", "Yılmaz, Emre"):
        assert name in text, name
    assert text.index("Ehrengast –") < text.index("Presse –") < text.index("Gast –")


def test_control_characters_do_not_break_docx_or_pdf(tmp_path: Path) -> None:
    ceremony, _ = _payload_ceremony()
    ceremony.guests[0].last_name = "Null\x00byte\x0bTab"
    build(ceremony, tmp_path, "guest_list")
    doc = Document(str(one_file(tmp_path, "*.docx")))
    assert "Nullbyte" in "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "Nullbyte" in "\n".join(pdf_pages_text(one_file(tmp_path, "*.pdf")))


def test_empty_guest_list_is_skipped(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.guests = []
    report = build(ceremony, tmp_path, "guest_list")
    assert report.files == []
    assert "leer" in report.skipped[0].reason


@pytest.mark.libreoffice
@pytest.mark.slow
def test_docx_opens_in_libreoffice(demo_out: Path, tmp_path: Path) -> None:
    pdf = soffice_convert(one_file(demo_out, "*.docx"), "pdf", tmp_path)
    text = "\n".join(pdf_pages_text(pdf))
    assert "Gästeliste – Ehrenamtspreis 2026" in text
    assert "Albers, Dr. Henrike" in text


def _width(ws: Worksheet, letter: str) -> float:
    """The width of column ``letter`` (XlsxWriter merges equal neighbours into one range)."""
    index = column_index_from_string(letter)
    for dim in ws.column_dimensions.values():
        if dim.min is not None and dim.min <= index <= (dim.max or dim.min):
            return float(dim.width)
    raise AssertionError(f"no width for column {letter}")


def _hostile_ceremony() -> Ceremony:
    ceremony = demo_ceremony()
    first = ceremony.guests[0]
    first.last_name = '=HYPERLINK("http://example.org/x","Klick")'
    first.organisation = "+49 231 50-23022"
    first.function = "@SUM(A1)"
    first.notes = "Steuer\x00zeichen\x1b weg\r\nzweite Zeile"
    first.table = "1e5"
    first.protocol_rank = 7
    return ceremony


def test_xlsx_file_layout_and_safe_cells(tmp_path: Path) -> None:
    """What a user sees in Excel: styled header, widths, frozen names, filter, printing set up,
    the overview sheet – and guest data that can never run as a formula."""
    ceremony = _hostile_ceremony()
    build(ceremony, tmp_path, "guest_list")
    wb = openpyxl.load_workbook(one_file(tmp_path, "*.xlsx"))
    assert wb.sheetnames == ["Gästeliste", "Übersicht"]
    assert wb.properties.title == "Gästeliste Ehrenamtspreis 2026"
    assert wb.properties.creator == "Stadt Dortmund"
    ws = wb["Gästeliste"]
    for cell in ws[1]:
        assert cell.font.b and cell.fill.fill_type == "solid", cell.value
        assert cell.fill.fgColor.rgb.endswith("E6E6E6")
        assert cell.alignment.wrap_text and cell.alignment.vertical == "center"
    assert all(not cell.font.b for cell in ws[2])
    assert ws.row_dimensions[1].height == 30  # wrapped headers ("Begleitpersonen") shown whole
    # the widths Excel shows (XlsxWriter adds the cell padding Excel adds)
    assert 30 <= _width(ws, "B") < 31 and 8 <= _width(ws, "C") < 9 and 30 <= _width(ws, "M") < 31
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == "A1:M49"
    assert ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth or 1) == 1  # absent means 1 (the OOXML default)
    assert ws.page_setup.fitToHeight == 0  # as many pages down as needed
    header = [c.value for c in ws[1]]
    [row] = [r for r in ws.iter_rows(min_row=2) if r[header.index("Notizen")].value]
    cells = {h: row[i] for i, h in enumerate(header)}
    name = cells["Name"]
    assert name.value.startswith('=HYPERLINK("http://example.org/x","Klick")')
    for key in ("Name", "Organisation", "Funktion"):
        assert cells[key].data_type == "s" and cells[key].quotePrefix, key
    assert cells["Organisation"].value == "+49 231 50-23022"
    assert cells["Funktion"].value == "@SUM(A1)"
    assert cells["Notizen"].value == "Steuerzeichen weg\nzweite Zeile"
    assert not cells["Notizen"].quotePrefix
    assert cells["Tisch"].value == "1e5" and cells["Tisch"].data_type == "s"
    assert cells["Protokoll"].value == 7 and cells["Protokoll"].data_type == "n"
    assert cells["Begleitpersonen"].data_type == "n"
    overview = wb["Übersicht"]
    assert [c.value for c in overview[1]] == ["Rückmeldung", "Gäste", "Personen mit Begleitung"]
    bold_rows = [r[0].value for r in overview.iter_rows() if r[0].value and r[0].font.b]
    assert bold_rows == ["Rückmeldung", "Summe", "Kategorie"]
    assert overview["B6"].value == 48 and overview["B6"].data_type == "n"
    assert 24 <= _width(overview, "A") < 25 and 32 <= _width(overview, "C") < 33


def test_xlsx_streams_large_lists(demo_out: Path, tmp_path: Path) -> None:
    """2,000 guests: the sheet is streamed (strings in their cells, no shared table), every
    row in order, types kept; the demo's short list is built in memory (shared strings)."""
    ceremony = demo_ceremony()
    template = ceremony.guests[-1]
    ceremony.guests = [
        replace(template, id=f"g{n}", last_name=f"Gast{n:05d}", companions=n % 3, table="")
        for n in range(2000)
    ]
    assert len(ceremony.guests) > STREAM_ABOVE
    build(ceremony, tmp_path, "guest_list")
    path = one_file(tmp_path, "*.xlsx")
    with zipfile.ZipFile(path) as streamed, zipfile.ZipFile(one_file(demo_out, "*.xlsx")) as small:
        assert "xl/sharedStrings.xml" not in streamed.namelist()
        assert 'r="B2001" t="inlineStr"' in streamed.read("xl/worksheets/sheet1.xml").decode()
        assert "xl/sharedStrings.xml" in small.namelist()
    ws = openpyxl.load_workbook(path, read_only=True)["Gästeliste"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2000
    names = [r[1] for r in rows]
    assert names == sorted(names) and names[0].startswith("Gast00000")
    assert sorted(r[7] for r in rows) == sorted(n % 3 for n in range(2000))


@pytest.mark.libreoffice
@pytest.mark.slow
def test_xlsx_opens_in_libreoffice(demo_out: Path, tmp_path: Path) -> None:
    """LibreOffice reads the streamed sheet (inline strings): names, umlauts and numbers."""
    converted = soffice_convert(
        one_file(demo_out, "*.xlsx"), "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path
    )
    rows = list(csv.reader(io.StringIO(converted.read_text(encoding="utf-8"))))
    assert rows[0][:5] == ["Kategorie", "Name", "Anrede", "Funktion", "Organisation"]
    names = [r[1] for r in rows[1:] if r]
    assert len(names) == 48
    for name in ("Nguyễn, Thị Lan", "Guðmundsson, Þórður", "Heide, Jonas von der", "Öztürk, Fatma"):
        assert name in names, name
    assert {r[7] for r in rows[1:] if r} <= {"0", "1", "2", "3", "4"}

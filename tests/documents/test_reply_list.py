"""Reply list: who has not answered by category, and the reply sheet that is imported again."""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from tests.office_convert import soffice_convert

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.guestdocs.workbook import STREAM_ABOVE
from ceremonykit.documents.invitations.content import invitees
from ceremonykit.domain.model import RSVP
from ceremonykit.importing import commit, preview
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectFile


def test_open_replies_by_category(tmp_path: Path) -> None:
    report = build_ceremony(demo_ceremony(), tmp_path, only=("reply_list",))
    assert report.failed == []
    [pdf] = (tmp_path / "gaeste").glob("Rueckmeldungen-offen_*.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    ceremony = demo_ceremony()
    for guest in ceremony.guests:
        name = guest.full_name.replace("'", "’")
        if guest.rsvp in (RSVP.OPEN, RSVP.INVITED):
            assert guest.last_name.replace("'", "’") in text, name
        elif guest.last_name not in {"Müller", "Kaya"}:  # names that occur twice in the demo
            assert name not in text, name
    # categories in the ceremony's order (Ehrengast, Presse, Preisträger, Jury, …)
    assert text.index("Presse (1)") < text.index("Jury (1)") < text.index("Gast (5)")
    assert "Antwort erbeten bis 20. November 2026" in text


def test_reply_sheet_round_trip_changes_only_replies(tmp_path: Path) -> None:
    project = ProjectFile.create(tmp_path / "p.ceremony", demo_ceremony())
    ceremony = project.load()
    build_ceremony(ceremony, tmp_path / "out", only=("reply_list",))
    [sheet] = (tmp_path / "out" / "gaeste").glob("Rueckmeldungen_*.xlsx")
    wb = load_workbook(sheet)
    ws = wb.active
    header = [c.value for c in ws[1]]
    col_reply, col_comp = header.index("Rückmeldung") + 1, header.index("Begleitpersonen") + 1
    changed: dict[str, tuple[RSVP, int]] = {}
    for row in range(2, ws.max_row + 1):
        last = ws.cell(row, header.index("Nachname") + 1).value
        if ws.cell(row, col_reply).value in ("offen", "eingeladen"):
            ws.cell(row, col_reply).value = "zugesagt"
            ws.cell(row, col_comp).value = 1
            changed[last] = (RSVP.ACCEPTED, 1)
    wb.save(sheet)
    before = {g.id: dataclasses.replace(g) for g in ceremony.guests}
    plan = preview(sheet, "guests", ceremony=ceremony)
    assert not plan.has_errors, plan.summary()
    commit(plan, project, ceremony)
    project.close()
    stored = {g.id: g for g in read_ceremony(project.path).guests}
    assert len(stored) == len(before) and changed
    for guest_id, old in before.items():
        new = stored[guest_id]
        if old.last_name in changed and old.rsvp in (RSVP.OPEN, RSVP.INVITED):
            assert (new.rsvp, new.companions) == changed[old.last_name]
        assert dataclasses.replace(new, rsvp=old.rsvp, companions=old.companions) == old


def test_reply_sheet_layout_drop_down_and_safe_cells(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    hostile = ceremony.guests[1]
    hostile.organisation = '=HYPERLINK("http://example.org","Klick")'
    hostile.first_name = "Null\x00byte"
    build_ceremony(ceremony, tmp_path, only=("reply_list",))
    [sheet] = (tmp_path / "gaeste").glob("Rueckmeldungen_*.xlsx")
    wb = load_workbook(sheet)
    assert wb.sheetnames == ["Rückmeldungen"]
    assert wb.properties.title == "Rückmeldungen Ehrenamtspreis 2026"
    assert wb.properties.creator == "Stadt Dortmund"
    ws = wb.active
    assert [c.value for c in ws[1]] == [
        "Kategorie", "Titel", "Vorname", "Nachname", "Organisation", "E-Mail", "Rückmeldung",
        "Begleitpersonen",
    ]  # fmt: skip
    for cell in ws[1]:
        assert cell.font.b and cell.fill.fill_type == "solid"
        assert cell.fill.fgColor.rgb.endswith("E6E6E6")
    widths = {
        col: float(dim.width)
        for dim in ws.column_dimensions.values()
        for col in range(dim.min, dim.max + 1)
    }
    assert [round(widths[c]) for c in range(1, 9)] == [15, 9, 17, 23, 31, 31, 15, 15]
    assert ws.freeze_panes == "E2"
    assert ws.max_row == 1 + len(invitees(ceremony))
    [choice] = ws.data_validations.dataValidation
    assert choice.type == "list"
    assert choice.formula1 == '"eingeladen,zugesagt,abgesagt,offen"'
    assert str(choice.sqref) == f"G2:G{ws.max_row}"
    assert not choice.showErrorMessage  # "ja", "x" … are imported too: suggest, do not forbid
    rows = {r[3].value: r for r in ws.iter_rows(min_row=2)}
    row = rows[hostile.last_name]
    assert row[4].value == hostile.organisation
    assert row[4].data_type == "s" and row[4].quotePrefix
    assert row[2].value == "Nullbyte" and not row[2].quotePrefix
    assert all(r[7].data_type == "n" for r in rows.values())


@pytest.mark.libreoffice
@pytest.mark.slow
def test_reply_sheet_opens_in_libreoffice(tmp_path: Path) -> None:
    build_ceremony(demo_ceremony(), tmp_path, only=("reply_list",))
    [sheet] = (tmp_path / "gaeste").glob("Rueckmeldungen_*.xlsx")
    converted = soffice_convert(sheet, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "lo")
    rows = list(csv.reader(io.StringIO(converted.read_text(encoding="utf-8"))))
    assert rows[0][3] == "Nachname" and rows[0][6] == "Rückmeldung"
    last_names = {r[3] for r in rows[1:] if r}
    assert {"Großkopf", "Demir", "Öztürk"} <= last_names
    assert {r[6] for r in rows[1:] if r} <= {"eingeladen", "zugesagt", "abgesagt", "offen"}


def test_long_reply_sheet_is_streamed_and_imports(tmp_path: Path) -> None:
    """Above STREAM_ABOVE invitees the sheet is streamed (strings in their cells); the
    importer reads it back all the same, and the drop-down reaches the last row."""
    ceremony = demo_ceremony()
    template = ceremony.guests[-1]
    ceremony.guests = [
        dataclasses.replace(
            template, id=f"g{n}", last_name=f"Gast{n:04d}", email=f"g{n}@example.org"
        )
        for n in range(STREAM_ABOVE + 200)
    ]
    build_ceremony(ceremony, tmp_path, only=("reply_list",))
    [sheet] = (tmp_path / "gaeste").glob("Rueckmeldungen_*.xlsx")
    with zipfile.ZipFile(sheet) as parts:
        assert "xl/sharedStrings.xml" not in parts.namelist()
    ws = load_workbook(sheet, read_only=False).active
    assert ws.max_row == STREAM_ABOVE + 201
    assert [ws.cell(r, 4).value for r in (2, ws.max_row)] == [
        "Gast0000",
        f"Gast{STREAM_ABOVE + 199}",
    ]
    assert str(ws.data_validations.dataValidation[0].sqref) == f"G2:G{ws.max_row}"
    plan = preview(sheet, "guests", ceremony=ceremony)
    assert not plan.has_errors, plan.summary()
    assert plan.sheet == "Rückmeldungen" and len(plan.rows) == STREAM_ABOVE + 200

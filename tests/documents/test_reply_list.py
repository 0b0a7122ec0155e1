"""Reply list: who has not answered by category, and the reply sheet that is imported again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
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

"""After the night: the attendance list (who came, when; who did not) and the real count in
the press texts ("vor rund 150 Gästen")."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from tests.documents.guest_helpers import build, one_file, pdf_pages_text

from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.press.facts import press_facts
from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.guests.checkin import is_expected, press_guest_count

EVENING = datetime(2026, 12, 4, 17, 30)


def checked_in(ceremony: Ceremony, count: int) -> list[Guest]:
    came = [g for g in ceremony.guests if g.rsvp is RSVP.ACCEPTED][:count]
    for n, guest in enumerate(came):
        guest.arrived_at = EVENING.replace(minute=30 + n % 30)
    return came


def test_attendance_list_names_who_came_when_and_who_did_not(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    came = checked_in(ceremony, 20)
    ceremony.guests.append(
        Guest(
            last_name="Spontan",
            first_name="Sina",
            walk_in=True,
            arrived_at=EVENING.replace(minute=29),
        )
    )
    report = build(ceremony, tmp_path, "attendance_list")
    assert {Path(f.path).suffix for f in report.files} == {".pdf", ".csv"}
    text = "\n".join(pdf_pages_text(one_file(tmp_path, "Anwesenheitsliste_*.pdf")))
    assert "21 Gäste eingelassen" in text and "davon 1 ohne Anmeldung" in text
    expected_absent = [g for g in ceremony.guests if is_expected(g) and g.arrived_at is None]
    assert f"Erwartet, nicht erschienen ({len(expected_absent)})" in text
    with one_file(tmp_path, "Anwesenheitsliste_*.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][:2] == ["Zeit", "Name"] and rows[0][-1] == "erschienen"
    present = [r for r in rows[1:] if r[-1] == "ja"]
    assert len(present) == 21
    assert present[0][0] == "17:29"  # in the order they came: the walk-in first
    assert present[0][1] == "Spontan, Sina" and present[0][6] == "ohne Anmeldung"
    assert {r[1] for r in rows[1:] if r[-1] == "nein"} >= {
        f"{g.last_name}, {g.first_name}" for g in expected_absent if not g.title
    }
    assert len(came) == 20


def test_empty_before_the_night(tmp_path: Path) -> None:
    from ceremonykit.build import build_ceremony

    report = build_ceremony(demo_ceremony(), tmp_path, only=["attendance_list"])
    assert "Noch niemand" in report.skipped[0].reason and report.files == []


def test_press_prefers_the_real_count_after_the_event() -> None:
    ceremony = demo_ceremony()
    ceremony.guest_count_expected = 180
    assert press_guest_count(ceremony) == 180
    guests = [Guest(last_name=f"G{n}", rsvp=RSVP.ACCEPTED, companions=n % 2) for n in range(100)]
    ceremony.guests = guests
    for guest in guests:
        guest.arrived_at = EVENING
    # 100 guests with 50 companions came: "rund 150", not the planned 180
    assert press_guest_count(ceremony) == 150
    facts = press_facts(ceremony).context
    assert (facts["guests"], facts["guests_actual"], facts["guests_expected"]) == (150, 150, 180)
    ceremony.guest_count_actual = 147  # stated by staff afterwards: used as it is
    assert press_guest_count(ceremony) == 147

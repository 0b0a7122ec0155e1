"""Check-in at the door: codes, scans and their warnings, walk-ins, undo, counts – stored."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.errors import UserError
from ceremonykit.guests.checkin import (
    TOKEN_ALPHABET,
    TOKEN_LENGTH,
    Notice,
    door_counts,
    looks_like_code,
    split_name,
)
from ceremonykit.operations import checkin as ops
from ceremonykit.store import ProjectFile

EVENING = datetime(2026, 12, 4, 18, 5, 30, 123456)


def guests() -> list[Guest]:
    return [
        Guest(
            id="anna",
            first_name="Anna",
            last_name="Albers",
            email="anna.albers@example.org",
            rsvp=RSVP.ACCEPTED,
            category="Ehrengast",
            table="1",
            companions=1,
        ),
        Guest(id="ben", first_name="Ben", last_name="Brandt", rsvp=RSVP.OPEN, table="2"),
        Guest(id="cem", first_name="Cem", last_name="Çelik", rsvp=RSVP.DECLINED, table="2"),
    ]


@pytest.fixture
def project(tmp_path: Path) -> ProjectFile:
    path = tmp_path / "Einlass.ceremony"
    ProjectFile.create(path, Ceremony(award_name="Ehrenamtspreis", guests=guests())).close()
    return ProjectFile.open(path)


def stored(project: ProjectFile) -> dict[str, Guest]:
    return {g.id: g for g in project.load().guests}


def test_codes_are_unique_random_and_carry_no_personal_data(tmp_path: Path) -> None:
    many = [
        Guest(
            id=f"g{n}",
            first_name="Annabell",
            last_name=f"Albersmeyer{n}",
            email=f"annabell.albersmeyer{n}@example.org",
        )
        for n in range(2000)
    ]
    path = tmp_path / "viele.ceremony"
    ProjectFile.create(path, Ceremony(guests=many)).close()
    with ProjectFile.open(path) as project:
        ceremony = project.load()
        changes = ops.issue_tokens(project, ceremony)
        assert changes.message == "2000 Einlass-Codes vergeben."
        again = project.load()
    tokens = [g.checkin_token for g in again.guests]
    assert len(set(tokens)) == 2000
    assert all(len(t) == TOKEN_LENGTH and set(t) <= set(TOKEN_ALPHABET) for t in tokens)
    # the same first name gives unrelated codes, and no code holds a name or an address:
    # nothing is derived from the person (codes come from ``secrets`` alone)
    for guest in again.guests:
        token = guest.checkin_token
        for part in (guest.first_name, guest.last_name, guest.email.split("@")[0], "ANNABE"):
            assert part.upper()[:6] not in token
    # the row stores the code as it is – no name or e-mail inside the token field either
    row = sqlite3.connect(path).execute("SELECT data FROM guest WHERE id='g7'").fetchone()
    assert json.loads(row[0])["checkin_token"] == again.guests[7].checkin_token


def test_scan_checks_in_once_and_a_second_scan_warns_and_writes_nothing(
    project: ProjectFile,
) -> None:
    ceremony = project.load()
    ops.issue_tokens(project, ceremony)
    code = ceremony.guests[0].checkin_token
    changes = ops.check_in(project, ceremony, code.lower() + "\n", EVENING)
    scan = changes.extra["scan"]
    assert scan.admit and scan.guest.id == "anna" and scan.warnings == ()
    assert stored(project)["anna"].arrived_at == EVENING.replace(microsecond=0)
    assert changes.message == "Anna Albers eingelassen."

    before = Path(project.path).read_bytes()
    second = ops.check_in(project, ceremony, code, EVENING.replace(hour=19))
    assert second.empty and second.extra["scan"].has(Notice.ALREADY_ARRIVED)
    assert "seit 18:05 Uhr" in second.extra["scan"].warnings[0].message
    assert Path(project.path).read_bytes() == before
    assert stored(project)["anna"].arrived_at == EVENING.replace(microsecond=0)


def test_unknown_and_reissued_codes_warn_and_do_not_admit(project: ProjectFile) -> None:
    ceremony = project.load()
    ops.issue_tokens(project, ceremony)
    old = ceremony.guests[1].checkin_token
    ops.reissue_token(project, ceremony, "ben")
    new = stored(project)["ben"]
    assert new.checkin_token != old and new.previous_tokens == (old,)

    replaced = ops.check_in(project, ceremony, old, EVENING).extra["scan"]
    assert replaced.has(Notice.REISSUED_CODE) and not replaced.admit
    assert replaced.guest.id == "ben"
    unknown = ops.check_in(project, ceremony, "ABCDEFGHJKLM", EVENING).extra["scan"]
    assert unknown.has(Notice.UNKNOWN_CODE) and unknown.guest is None
    assert "ABCDEFGHJKLM" in unknown.warnings[0].message
    assert stored(project)["ben"].arrived_at is None
    # staff decide: a click on the name (the id) lets Ben in after all
    ok = ops.check_in(project, ceremony, "ben", EVENING).extra["scan"]
    assert ok.admit and stored(project)["ben"].arrived_at is not None


def test_declined_guest_is_admitted_with_a_warning(project: ProjectFile) -> None:
    ceremony = project.load()
    ops.issue_tokens(project, ceremony)
    scan = ops.check_in(project, ceremony, ceremony.guests[2].checkin_token, EVENING)
    assert scan.extra["scan"].has(Notice.DECLINED) and scan.extra["scan"].admit
    assert "abgesagt" in scan.extra["scan"].warnings[0].message
    assert stored(project)["cem"].arrived_at is not None


def test_undo_and_walk_in_are_stored(project: ProjectFile) -> None:
    ceremony = project.load()
    ops.check_in(project, ceremony, "anna", EVENING)
    ops.undo_check_in(project, ceremony, "anna")
    assert stored(project)["anna"].arrived_at is None
    assert ceremony.guests[0].arrived_at is None

    changes = ops.add_walk_in(project, ceremony, "  Dr. Jan\x00 von der Heide ", "Presse", EVENING)
    guest = changes.extra["guest"]
    assert (guest.title, guest.first_name, guest.last_name) == ("Dr.", "Jan", "von der Heide")
    back = stored(project)[guest.id]
    assert back.walk_in and back.arrived_at is not None and back.rsvp is RSVP.ACCEPTED
    assert looks_like_code(back.checkin_token)
    ops.add_walk_in(project, ceremony, "Eva Neu", "Nachbarschaft", EVENING)
    assert "Nachbarschaft" in project.load().guest_categories
    with pytest.raises(UserError, match="Namen"):
        ops.add_walk_in(project, ceremony, " \t", "Gast", EVENING)


def test_door_counts_per_category_and_table(project: ProjectFile) -> None:
    ceremony = project.load()
    ops.check_in(project, ceremony, "anna", EVENING)
    ops.add_walk_in(project, ceremony, "Eva Neu", "Gast", EVENING)
    counts = door_counts(ceremony)
    # expected: Anna + companion (accepted), Ben (open); Cem declined; walk-ins not expected
    assert (counts.arrived, counts.expected, counts.walk_ins) == (3, 3, 1)
    by_cat = {c.label: (c.arrived, c.expected) for c in counts.by_category}
    assert by_cat == {"Ehrengast": (2, 2), "Gast": (1, 1)}
    assert [(t.label, t.arrived, t.expected) for t in counts.by_table] == [
        ("1", 2, 2),
        ("2", 0, 1),
        ("ohne Tisch", 1, 0),
    ]


def test_split_name() -> None:
    assert split_name("Prof. Dr. Jan de Vries") == ("Prof. Dr.", "Jan", "de Vries")
    assert split_name("Müller") == ("", "", "Müller")
    assert split_name("Anna Maria Beispiel") == ("", "Anna Maria", "Beispiel")

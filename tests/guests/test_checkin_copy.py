"""A second door: the check-in copy holds guests and codes only, and merging it back loses no
arrival, keeps the earliest time and reports the conflicts (through the real CLI)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from tests.conftest import run_cli

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.guests.checkin_copy import COPY_MARK
from ceremonykit.operations.checkin import add_walk_in, check_in, issue_tokens, reissue_token
from ceremonykit.store import ProjectFile

START = datetime(2026, 12, 4, 17, 30)


def main_project(path: Path) -> None:
    guests = [
        Guest(
            id=f"g{n:03}",
            first_name=f"Vorname{n}",
            last_name=f"Nachname{n}",
            email=f"person{n}@example.org",
            function="Geheime Funktion",
            organisation=f"Organisation {n}",
            notes="vertrauliche Notiz",
            category="Ehrengast" if n < 10 else "Gast",
            table=str(n % 20),
            rsvp=RSVP.ACCEPTED,
            protocol_rank=n if n < 10 else None,
        )
        for n in range(300)
    ]
    with ProjectFile.create(path, Ceremony(award_name="Ehrenamtspreis", guests=guests)) as project:
        issue_tokens(project, project.load())


def arrivals(path: Path) -> dict[str, datetime]:
    with ProjectFile.open(path, readonly=True) as project:
        return {g.id: g.arrived_at for g in project.load().guests if g.arrived_at is not None}


def test_copy_carries_guests_and_codes_only(tmp_path: Path) -> None:
    main = tmp_path / "Verleihung.ceremony"
    main_project(main)
    copy = tmp_path / "Tuer2.ceremony"
    result = run_cli("checkin-export", str(main), str(copy))
    assert result.returncode == 0, result.stderr
    assert "Einlass-Kopie mit 300 Gästen geschrieben" in result.stdout
    raw = copy.read_bytes()
    for secret in (b"example.org", b"Geheime Funktion", b"Organisation 1", b"vertrauliche"):
        assert secret not in raw
    with ProjectFile.open(copy, readonly=True) as project:
        door = project.load()
    assert door.settings == {COPY_MARK: "Verleihung.ceremony"}
    assert door.winners == [] and door.photos == [] and door.assets == {}
    first = door.guests[0]
    assert (first.last_name, first.category, first.table) == ("Nachname0", "Ehrengast", "0")
    assert first.checkin_token and first.protocol_rank is None and first.email == ""
    again = run_cli("checkin-export", str(main), str(copy))
    assert again.returncode == 1 and "gibt es schon" in again.stderr  # never overwritten silently


def test_merging_a_second_door_loses_nothing_and_reports_conflicts(tmp_path: Path) -> None:
    main = tmp_path / "Verleihung.ceremony"
    main_project(main)
    copy = tmp_path / "Tuer2.ceremony"
    assert run_cli("checkin-export", str(main), str(copy)).returncode == 0
    # door 1 (the project) lets in guests 0–149, door 2 (the copy) guests 50–249:
    # 100 guests (50–149) are let in at both doors, half earlier at door 2, half later
    with ProjectFile.open(main) as project:
        ceremony = project.load()
        reissue_token(project, ceremony, "g249")  # replaced after the export
        for n in range(150):
            check_in(project, ceremony, f"g{n:03}", START + timedelta(seconds=10 * n))
    with ProjectFile.open(copy) as project:
        ceremony = project.load()
        for n in range(50, 250):
            shift = -5 if n % 2 else 5  # odd: door 2 was earlier
            when = START + timedelta(seconds=10 * n + shift)
            assert (
                check_in(project, ceremony, ceremony.guests[n].checkin_token, when)
                .extra["scan"]
                .admit
            )
        add_walk_in(project, ceremony, "Sina Spontan", "Nachbarschaft", START)

    result = run_cli("checkin-merge", str(main), str(copy))
    assert result.returncode == 0, result.stderr
    assert "150 Einlässe übernommen, 1 Gäste ohne Anmeldung hinzugefügt, 101 Konflikte" in (
        result.stdout
    )
    assert result.stdout.count("an beiden Türen eingelassen") == 100
    assert "Vorname249 Nachname249: an der zweiten Tür mit einem Code eingelassen" in (
        result.stdout
    )
    came = arrivals(main)
    assert {f"g{n:03}" for n in range(250)} <= set(came)
    assert len(came) == 251  # and the walk-in
    for n in range(50, 150):  # the earlier of the two times
        shift = -5 if n % 2 else 0
        assert came[f"g{n:03}"] == START + timedelta(seconds=10 * n + shift)
    with ProjectFile.open(main, readonly=True) as project:
        merged = project.load()
    walk_in = [g for g in merged.guests if g.walk_in]
    assert [(g.full_name, g.category) for g in walk_in] == [("Sina Spontan", "Nachbarschaft")]
    assert "Nachbarschaft" in merged.guest_categories

    # merging the same copy again (live, during the evening) changes nothing
    before = main.read_bytes()
    again = run_cli("checkin-merge", str(main), str(copy))
    assert "0 Einlässe übernommen, 0 Gäste ohne Anmeldung hinzugefügt" in again.stdout
    assert main.read_bytes() == before


def test_merge_refuses_a_file_that_is_no_copy(tmp_path: Path) -> None:
    main = tmp_path / "Verleihung.ceremony"
    main_project(main)
    other = tmp_path / "Andere.ceremony"
    ProjectFile.create(other, Ceremony()).close()
    result = run_cli("checkin-merge", str(main), str(other))
    assert result.returncode == 1 and "keine Einlass-Kopie" in result.stdout

"""A laptop at the door that dies between two scans loses no check-in it showed.

A forked child scans the guests one after the other through the real operation and prints
each guest's id after ``check_in`` returned (what the screen would show). The parent kills it
with SIGKILL at a random moment, 30 times on the same file; each new child takes over the
stale lock. Every reported check-in must be stored, and the file must be intact.
"""

from __future__ import annotations

import os
import random
from datetime import datetime
from pathlib import Path
from typing import TextIO

import pytest
from tests.kill_child import fork_and_kill

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.operations.checkin import check_in, issue_tokens
from ceremonykit.store import ProjectFile

KILLS = 30


def scan_forever(path: Path, out: TextIO) -> None:
    project = ProjectFile.open(path, take_over_lock=True)
    ceremony = project.load()
    print("ready", file=out, flush=True)
    for guest in [g for g in ceremony.guests if g.arrived_at is None]:
        check_in(project, ceremony, guest.checkin_token, datetime.now())
        print(guest.id, file=out, flush=True)


def run_and_kill(path: Path, rng: random.Random) -> list[str]:
    _, lines = fork_and_kill(lambda out: scan_forever(path, out), rng, 0.06)
    return [line.decode() for line in lines]


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL semantics are POSIX")
def test_kill_between_scans_loses_no_check_in(tmp_path: Path) -> None:
    path = tmp_path / "Tuer.ceremony"
    guests = [Guest(id=f"g{n}", last_name=f"Gast {n}", rsvp=RSVP.ACCEPTED) for n in range(2000)]
    with ProjectFile.create(path, Ceremony(guests=guests)) as project:
        issue_tokens(project, project.load())
    rng = random.Random(2112)
    reported: list[str] = []
    for _ in range(KILLS):
        reported += run_and_kill(path, rng)
    assert len(reported) > KILLS  # the children really scanned
    with ProjectFile.open(path, take_over_lock=True) as project:
        assert project._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        arrived = {g.id for g in project.load().guests if g.arrived_at is not None}
    assert set(reported) <= arrived
    assert len(arrived) - len(reported) <= KILLS  # at most the one scan in flight per kill
    assert len(arrived) < len(guests), "kills must land while scanning"
    print(f"{KILLS} kills, {len(reported)} check-ins reported, {len(arrived)} stored")

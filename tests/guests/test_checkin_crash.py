"""A laptop at the door that dies between two scans loses no check-in it showed.

A forked child scans the guests one after the other through the real operation and prints
each guest's id after ``check_in`` returned (what the screen would show). The parent kills it
with SIGKILL at a random moment, 30 times on the same file; each new child takes over the
stale lock. Every reported check-in must be stored, and the file must be intact.
"""

from __future__ import annotations

import os
import random
import signal
import time
from datetime import datetime
from pathlib import Path

import pytest

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.operations.checkin import check_in, issue_tokens
from ceremonykit.store import ProjectFile

KILLS = 30


def scan_forever(path: Path, write_end: int) -> None:
    with os.fdopen(write_end, "w") as out:
        project = ProjectFile.open(path, take_over_lock=True)
        ceremony = project.load()
        print("ready", file=out, flush=True)
        for guest in [g for g in ceremony.guests if g.arrived_at is None]:
            check_in(project, ceremony, guest.checkin_token, datetime.now())
            print(guest.id, file=out, flush=True)


def run_and_kill(path: Path, rng: random.Random) -> list[str]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        os.close(read_end)
        try:
            scan_forever(path, write_end)
        except BaseException as exc:
            os.write(2, f"child failed: {exc!r}\n".encode())
        finally:
            os._exit(3)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        first = pipe.readline()
        time.sleep(rng.uniform(0.0, 0.06))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        rest = pipe.read()
    assert first.startswith(b"ready"), "child could not open the project"
    return [line.decode() for line in rest.split(b"\n")[:-1]]  # last piece may be cut off


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

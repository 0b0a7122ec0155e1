"""Crash test: a writer killed with SIGKILL at random moments never loses a committed edit.

A child process edits the project in a loop (guests, a winner plus guest in one transaction,
ceremony info, a 40 kB asset) and prints each edit's id after its commit returned. The parent
kills it at a random moment, 200 times on the same file; each new child takes over the stale
lock and lets SQLite roll back the hot journal. Finally ``integrity_check`` must be ok and
every reported edit present.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from child_process import edit_forever
from tests.kill_child import fork_and_kill

from ceremonykit.domain.model import Ceremony
from ceremonykit.store import ProjectFile

KILLS = 200


def run_and_kill(path: Path, start: int, rng: random.Random) -> tuple[list[int], bool]:
    """One child: wait until it edits, let it run a random moment, SIGKILL, collect its ids.

    Also returns whether the child found a hot journal (its predecessor died mid-commit).
    """
    first, lines = fork_and_kill(lambda out: edit_forever(path, start, out), rng, 0.2)
    return [int(x) for x in lines], first.strip() == b"ready recovered"


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL semantics are POSIX")
def test_killed_writer_never_loses_a_committed_edit(tmp_path: Path) -> None:
    path = tmp_path / "Absturz.ceremony"
    ProjectFile.create(path, Ceremony(award_name="Absturztest")).close()
    rng = random.Random(20261123)
    reported: list[int] = []
    recovered = 0
    for round_ in range(KILLS):
        ids, hot_journal = run_and_kill(path, round_ * 1_000_000, rng)
        reported += ids
        recovered += hot_journal
    assert len(reported) > KILLS  # the children really got to edit
    assert recovered >= 3, "kills should land inside transactions now and then"

    with ProjectFile.open(path, take_over_lock=True) as project:
        assert project._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        ceremony = project.load()
    guests = {g.id for g in ceremony.guests}
    winners = {w.id for w in ceremony.winners}
    last_info = int(ceremony.settings.get("last_info_edit", "-1"))
    missing = []
    for edit in reported:
        kind = edit % 4
        present = (
            (kind == 0 and f"g{edit}" in guests)
            or (kind == 1 and f"w{edit}" in winners and f"h{edit}" in guests)
            or (kind == 2 and last_info >= edit)
            or (kind == 3 and f"a{edit}" in ceremony.assets)
        )
        if not present:
            missing.append(edit)
    assert missing == []
    # a transaction is all or nothing: never a winner without its guest or vice versa
    assert {w[1:] for w in winners} == {h[1:] for h in guests if h.startswith("h")}
    assert all(len(a.data) == 40_000 for a in ceremony.assets.values())
    print(f"{KILLS} kills, {len(reported)} reported edits, {recovered} hot journals recovered")

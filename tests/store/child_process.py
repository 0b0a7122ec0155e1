"""A second CeremonyKit process for the lock and crash tests (run as a script, not collected).

``python child_process.py hold FILE`` opens FILE for editing, prints "ready" and waits until
its stdin closes (a colleague who has the file open). :func:`edit_forever` (also ``python
child_process.py edit FILE START``) takes over the (stale) lock and edits forever, printing
the id of every edit after its commit returned – the crash test kills it with SIGKILL.
``python child_process.py die FILE`` dies by SIGKILL in the middle of a large transaction,
leaving a hot journal behind. ``python child_process.py race FOLDER ROUNDS`` takes over the
stale lock of ``FOLDER/pN.ceremony`` as soon as ``FOLDER/goN`` appears, prints "N got" or
"N refused" and keeps every lock it got until its stdin closes.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from typing import TextIO

from ceremonykit.domain.model import Asset, Guest, Person, Winner
from ceremonykit.store import ProjectFile


def hold(path: Path) -> None:
    with ProjectFile.open(path):
        print("ready", flush=True)
        sys.stdin.read()


def edit_forever(path: Path, start: int, out: TextIO = sys.stdout) -> None:
    """Edits of every kind the GUI makes; each one is its own transaction.

    Prints "ready" once the project is open, then each edit's id after its commit returned.
    """
    crashed_mid_write = path.with_name(path.name + "-journal").exists()
    project = ProjectFile.open(path, take_over_lock=True)
    info = project.load()
    print("ready recovered" if crashed_mid_write else "ready", file=out, flush=True)
    edit = start
    while True:
        kind = edit % 4
        if kind == 0:
            project.put(Guest(id=f"g{edit}", last_name=f"Gast {edit}", notes="x" * 300))
        elif kind == 1:  # several rows in one commit: all or nothing
            with project.transaction():
                project.put(Winner(id=f"w{edit}", persons=[Person(last_name=f"P{edit}")]))
                project.put(Guest(id=f"h{edit}", last_name=f"Begleitung {edit}"))
        elif kind == 2:
            info.settings["last_info_edit"] = str(edit)
            project.save_info(info)
        else:  # a bigger write that spans many pages
            project.put(Asset(id=f"a{edit}", filename=f"{edit}.bin", data=bytes(40_000)))
        print(edit, file=out, flush=True)
        edit += 1


def die_mid_write(path: Path) -> None:
    """Start a big transaction, let SQLite spill pages into the file, then die (hot journal)."""
    project = ProjectFile.open(path)
    project._conn.execute("PRAGMA cache_size = 1")  # spill changed pages before COMMIT
    with project.transaction():
        project.put_many(Guest(id=f"tot{i}", notes="y" * 500) for i in range(2000))
        os.kill(os.getpid(), signal.SIGKILL)


def race(folder: Path, rounds: int) -> None:
    from ceremonykit.store import ProjectError
    from ceremonykit.store.lock import ProjectLock

    held = []
    print("ready", flush=True)
    for n in range(rounds):
        while not (folder / f"go{n}").exists():
            time.sleep(0.0005)
        try:
            held.append(ProjectLock.acquire(folder / f"p{n}.ceremony", take_over=True))
            print(f"{n} got", flush=True)
        except ProjectError:
            print(f"{n} refused", flush=True)
    sys.stdin.read()


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "hold":
        hold(path)
    elif mode == "die":
        die_mid_write(path)
    elif mode == "edit":
        edit_forever(path, int(sys.argv[3]))
    elif mode == "race":
        race(path, int(sys.argv[3]))


if __name__ == "__main__":
    main()

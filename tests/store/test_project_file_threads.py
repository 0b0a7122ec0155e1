"""Two threads writing through one ProjectFile do not mix their transactions."""

from __future__ import annotations

import threading
from pathlib import Path

from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.store import ProjectFile


def test_concurrent_transactions_from_two_threads(tmp_path: Path) -> None:
    project = ProjectFile.create(tmp_path / "t.ceremony", Ceremony(award_name="X"))
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            for i in range(40):
                with project.transaction():
                    project.put(Guest(id=f"{prefix}{i}", last_name=prefix))
                    project.put(Guest(id=f"{prefix}{i}b", last_name=prefix))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(project.load().guests) == 160
    project.close()

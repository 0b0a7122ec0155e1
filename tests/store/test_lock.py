"""The single-writer lock: readable record, second writer refused, stale takeover on request."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectError, ProjectFile, ProjectLockedError
from ceremonykit.store.lock import LockRecord, lock_path_for, read_lock
from conftest import REPO, cli_env, run_cli

CHILD = REPO / "tests" / "store" / "child_process.py"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "Ehrenamtspreis.ceremony"
    ProjectFile.create(path, Ceremony(award_name="Ehrenamtspreis")).close()
    return path


@pytest.fixture
def held_by_other_process(project_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A second, live CeremonyKit process has the file open for editing."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(project_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    yield child
    assert child.stdin is not None
    child.stdin.close()
    child.wait(timeout=10)


def write_record(path: Path, **fields: object) -> None:
    record = {"user": "mueller", "host": "PC-0815", "pid": 4242, "since": "2026-11-23T10:42:00"}
    record.update(fields)
    lock_path_for(path).write_text(json.dumps(record), encoding="utf-8")


def test_lock_record_names_user_host_pid_and_time(project_path: Path) -> None:
    with ProjectFile.open(project_path):
        record = read_lock(project_path)
        assert record is not None
        assert record.user == getpass.getuser() and record.host == socket.gethostname()
        assert record.pid == os.getpid()
        assert abs(datetime.fromisoformat(record.since) - datetime.now()) < timedelta(minutes=1)
    assert read_lock(project_path) is None


def test_second_writer_in_another_process_gets_who_and_since(
    project_path: Path, held_by_other_process: subprocess.Popen[str]
) -> None:
    before = sha(project_path)
    with pytest.raises(ProjectLockedError) as info:
        ProjectFile.open(project_path, take_over_lock=True)  # a live holder is never evicted
    err = info.value
    holder = f"{getpass.getuser()}@{socket.gethostname()}"
    since = datetime.now().strftime("%H:%M")
    assert err.holder == holder and not err.stale and not err.can_take_over
    assert f"wird seit {err.since} von {holder} bearbeitet" in err.message
    assert err.since in (since, (datetime.now() - timedelta(minutes=1)).strftime("%H:%M"))
    assert read_ceremony(project_path).award_name == "Ehrenamtspreis"  # reading still works
    assert sha(project_path) == before


def test_message_for_a_colleague_on_another_computer(project_path: Path) -> None:
    write_record(project_path, since=datetime.now().replace(hour=10, minute=42).isoformat())
    with pytest.raises(ProjectLockedError) as info:
        ProjectFile.open(project_path)
    assert "wird seit 10:42 von mueller@PC-0815 bearbeitet" in info.value.message
    assert info.value.can_take_over and not info.value.stale
    # after the user confirmed that the colleague closed the program:
    with ProjectFile.open(project_path, take_over_lock="confirmed"):
        record = read_lock(project_path)
        assert record is not None and record.pid == os.getpid()


def test_lock_from_another_day_shows_the_date() -> None:
    record = LockRecord("mueller", "PC-0815", 1, "2026-03-02T09:05:00")
    assert record.since_text == "2.3.2026 09:05"


def test_stale_lock_is_reported_and_taken_over_only_on_request(project_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    write_record(project_path, host=socket.gethostname(), pid=int(dead.stdout))
    with pytest.raises(ProjectLockedError) as info:
        ProjectFile.open(project_path)
    assert info.value.stale and info.value.can_take_over
    assert "läuft aber nicht mehr" in info.value.message
    with ProjectFile.open(project_path, take_over_lock=True) as project:
        project.put(Guest(id="g"))
    assert read_lock(project_path) is None


def test_unreadable_old_lock_counts_as_stale(project_path: Path) -> None:
    lock = lock_path_for(project_path)
    lock.write_text("", encoding="utf-8")  # process died between creating and writing it
    with pytest.raises(ProjectLockedError, match="gerade geöffnet") as young:
        ProjectFile.open(project_path, take_over_lock=True)  # its writer may still be busy
    assert not young.value.can_take_over
    os.utime(lock, (0, 0))
    with pytest.raises(ProjectLockedError) as info:
        ProjectFile.open(project_path)
    assert info.value.stale and "unlesbar" in info.value.message
    ProjectFile.open(project_path, take_over_lock=True).close()


def test_release_keeps_a_lock_that_was_taken_over(project_path: Path) -> None:
    project = ProjectFile.open(project_path)
    write_record(project_path)  # someone else took it over meanwhile
    project.close()
    record = read_lock(project_path)
    assert record is not None and record.holder == "mueller@PC-0815"


def test_same_process_second_open_is_refused(project_path: Path) -> None:
    with ProjectFile.open(project_path), pytest.raises(ProjectLockedError):
        ProjectFile.open(project_path)


def test_create_over_a_file_someone_edits_is_refused(
    project_path: Path, held_by_other_process: subprocess.Popen[str]
) -> None:
    before = sha(project_path)
    with pytest.raises(ProjectError, match="bearbeitet"):
        ProjectFile.create(project_path, Ceremony(), overwrite=True)
    assert sha(project_path) == before


def test_writes_stop_after_the_lock_was_taken_over(project_path: Path) -> None:
    """A colleague took the lock over (e.g. after this PC hung): no more silent writes here."""
    project = ProjectFile.open(project_path)
    project.put(Guest(id="vorher"))
    write_record(project_path)
    with pytest.raises(ProjectLockedError, match="von mueller@PC-0815 übernommen"):
        project.put(Guest(id="danach"))
    lock_path_for(project_path).unlink()  # lock file gone altogether: also not ours any more
    with pytest.raises(ProjectLockedError, match="übernommen"):
        project.put(Guest(id="danach"))
    project.close()
    assert [g.id for g in read_ceremony(project_path).guests] == ["vorher"]


def test_cli_take_over_lock_never_evicts_a_colleague(
    project_path: Path, held_by_other_process: subprocess.Popen[str]
) -> None:
    """--take-over-lock follows the GUI's rule: only a stale lock on this computer."""
    live = run_cli("purge", str(project_path), "--take-over-lock")
    assert live.returncode == 1 and "bearbeitet" in live.stderr
    record = read_lock(project_path)
    assert record is not None and record.pid == held_by_other_process.pid


def test_cli_take_over_lock_leaves_another_computers_lock(project_path: Path) -> None:
    write_record(project_path)
    other_host = run_cli("purge", str(project_path), "--take-over-lock")
    assert other_host.returncode == 1 and "mueller@PC-0815 bearbeitet" in other_host.stderr
    record = read_lock(project_path)
    assert record is not None and record.holder == "mueller@PC-0815"

"""Locks a user can act on: process start time against reused pids, brief read errors
retried, an atomic take-over (race test), and ``--take-over-lock`` on the command line."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ceremonykit.cli.remedies import REMEDIES as CLI_REMEDIES
from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.store import ProjectError, ProjectFile, ProjectLockedError
from ceremonykit.store import lock as lock_module
from ceremonykit.store.lock import LockRecord, lock_path_for, process_start_time, read_lock
from conftest import REPO, cli_env, run_cli

CHILD = REPO / "tests" / "store" / "child_process.py"


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "Ehrenamtspreis.ceremony"
    ProjectFile.create(path, Ceremony(award_name="Ehrenamtspreis")).close()
    return path


def dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def write_record(path: Path, **fields: object) -> None:
    record = {"user": "mueller", "host": socket.gethostname(), "pid": dead_pid()}
    record |= {"since": "2026-11-23T10:42:00"}
    record.update(fields)
    lock_path_for(path).write_text(json.dumps(record), encoding="utf-8")


# ----------------------------------------------------------------- process start time
needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


@needs_proc
def test_the_lock_records_the_process_start_time(project_path: Path) -> None:
    mine = process_start_time(os.getpid())
    assert mine and mine == process_start_time(os.getpid())
    assert process_start_time(dead_pid()) is None
    with ProjectFile.open(project_path):
        record = json.loads(lock_path_for(project_path).read_text(encoding="utf-8"))
        assert record["started"] == mine


@needs_proc
def test_a_reused_pid_does_not_keep_a_crashed_lock_alive(project_path: Path) -> None:
    """After a crash the pid went to another program: the start time tells them apart."""
    other = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        started = process_start_time(other.pid)
        assert started is not None
        # the crashed CeremonyKit had this pid, but started at another time
        write_record(project_path, pid=other.pid, started="0000:1")
        with pytest.raises(ProjectLockedError) as info:
            ProjectFile.open(project_path)
        assert info.value.stale and "läuft aber nicht mehr" in info.value.message
        # the hint names the command line's option there, and only there
        assert "--take-over-lock" in info.value.explained(CLI_REMEDIES)
        assert "--take-over-lock" not in str(info.value)
        ProjectFile.open(project_path, take_over_lock=True).close()
        # the same process (same start time) is alive: never taken over
        write_record(project_path, pid=other.pid, started=started)
        with pytest.raises(ProjectLockedError) as live:
            ProjectFile.open(project_path, take_over_lock=True)
        assert not live.value.stale and not live.value.can_take_over
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=10)


def test_an_old_record_without_start_time_still_works(project_path: Path) -> None:
    write_record(project_path, pid=os.getpid())  # written by an older version: pid only
    record = read_lock(project_path)
    assert record is not None and record.started is None and not record.is_stale()


def test_take_over_true_is_only_for_stale_locks(project_path: Path) -> None:
    """The rule of the GUI and of --take-over-lock: a colleague's lock on another computer
    needs the explicit "confirmed" level (after asking whether the colleague closed it)."""
    write_record(project_path, host="PC-0815", pid=4242)
    with pytest.raises(ProjectLockedError) as info:
        ProjectFile.open(project_path, take_over_lock=True)
    assert info.value.can_take_over and not info.value.stale
    ProjectFile.open(project_path, take_over_lock="confirmed").close()


# ---------------------------------------------------------------- brief read errors
def flaky_lock_reads(monkeypatch: pytest.MonkeyPatch, failures: int) -> list[str]:
    """The lock file's reads fail ``failures`` times with EIO (network share hiccup)."""
    real = Path.read_bytes
    seen: list[str] = []

    def read_bytes(self: Path) -> bytes:
        if self.name.endswith(".lock") and len(seen) < failures:
            seen.append(self.name)
            raise OSError(errno.EIO, "Input/output error", str(self))
        return real(self)

    monkeypatch.setattr(lock_module, "READ_RETRY_PAUSES", (0.0,) * 5)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return seen


def test_a_brief_read_error_on_the_lock_is_retried(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = ProjectFile.open(project_path)
    try:
        seen = flaky_lock_reads(monkeypatch, failures=3)
        project.put(Guest(id="g1"))  # checks the lock first: must not report "Sperre verloren"
        assert len(seen) == 3
    finally:
        project.close()
    assert not lock_path_for(project_path).exists()
    with ProjectFile.open(project_path, readonly=True) as reader:
        assert [g.id for g in reader.load().guests] == ["g1"]


def test_a_lasting_read_error_is_not_called_a_lost_lock(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = ProjectFile.open(project_path)
    seen = flaky_lock_reads(monkeypatch, failures=100)
    with pytest.raises(ProjectError) as info:
        project.put(Guest(id="g1"))
    assert not isinstance(info.value, ProjectLockedError)
    assert "kann gerade nicht gelesen werden" in info.value.message
    assert "übernommen" not in info.value.message
    assert len(seen) == 6  # first try and five retries
    monkeypatch.undo()
    project.close()  # the drive is back: the lock is released normally
    assert not lock_path_for(project_path).exists()


# ----------------------------------------------------------------------- take-over race
@pytest.fixture
def racers(tmp_path: Path) -> Iterator[tuple[Path, list[subprocess.Popen[str]]]]:
    folder = tmp_path / "race"
    folder.mkdir()
    rounds = 30
    children = [
        subprocess.Popen(
            [sys.executable, str(CHILD), "race", str(folder), str(rounds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=cli_env(),
        )
        for _ in range(4)
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    yield folder, children
    for child in children:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=20)


def test_of_several_programs_taking_over_at_once_exactly_one_wins(
    racers: tuple[Path, list[subprocess.Popen[str]]],
) -> None:
    folder, children = racers
    pid = dead_pid()
    winners = []
    for n in range(30):
        project = folder / f"p{n}.ceremony"
        write_record(project, pid=pid, since=f"2026-11-23T10:{n:02d}:00")
        (folder / f"go{n}").touch()
        answers = []
        for child in children:
            assert child.stdout is not None
            answers.append(child.stdout.readline().split())
        assert all(a[0] == str(n) for a in answers), answers
        got = [i for i, a in enumerate(answers) if a[1] == "got"]
        assert len(got) == 1, f"round {n}: {len(got)} holders"
        record = read_lock(project)
        assert record is not None and record.pid == children[got[0]].pid
        winners.append(got[0])
    assert not list(folder.glob("*.takeover")), "no guard file is left behind"


# ------------------------------------------------------------------------- the CLI
def test_cli_take_over_lock_after_a_crash(project_path: Path) -> None:
    write_record(project_path)
    refused = run_cli("purge", str(project_path))
    assert refused.returncode == 1 and "--take-over-lock" in refused.stderr
    taken = run_cli("purge", str(project_path), "--take-over-lock")
    assert taken.returncode == 0, taken.stderr
    assert not lock_path_for(project_path).exists()


def test_lock_record_round_trip() -> None:
    record = LockRecord("a", "b", 1, "2026-01-01T00:00:00", started="x:1")
    data = json.loads(record.payload())
    assert data == {
        "user": "a",
        "host": "b",
        "pid": 1,
        "started": "x:1",
        "since": "2026-01-01T00:00:00",
    }


# ------------------------------------------------- the Windows calls, with a fake kernel32
class FakeKernel32:
    """kernel32 as the lock code calls it; ``last_error`` is what GetLastError would say."""

    def __init__(self, *, exists: bool, last_error: int = 87, exit_code: int = 259) -> None:
        self.exists = exists
        self.last_error = last_error
        self.exit_code = exit_code
        self.created = 133_000_000_000_000_000
        self.closed = 0

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        return 1234 if self.exists else 0

    def GetExitCodeProcess(self, handle: int, code: Any) -> int:
        code._obj.value = self.exit_code
        return 1

    def GetProcessTimes(self, handle: int, *times: Any) -> int:
        times[0]._obj.value = self.created
        return 1

    def CloseHandle(self, handle: int) -> int:
        self.closed += 1
        return 1


@pytest.mark.parametrize(
    ("fake", "alive"),
    [
        (FakeKernel32(exists=True), True),
        (FakeKernel32(exists=True, exit_code=0), False),  # ended, a handle kept it listed
        (FakeKernel32(exists=False, last_error=5), True),  # another user's process
        (FakeKernel32(exists=False, last_error=87), False),  # no such process
    ],
)
def test_windows_liveness_reads_the_saved_error_code(
    monkeypatch: pytest.MonkeyPatch, fake: FakeKernel32, alive: bool
) -> None:
    monkeypatch.setattr(lock_module, "_kernel32", lambda: fake)
    monkeypatch.setattr(lock_module, "_last_error", lambda: fake.last_error)
    assert lock_module._windows_pid_alive(4242) is alive
    assert fake.closed == (1 if fake.exists else 0)


def test_windows_start_time_tells_a_reused_pid_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeKernel32(exists=True)
    monkeypatch.setattr(lock_module, "_kernel32", lambda: fake)
    monkeypatch.setattr(lock_module.sys, "platform", "win32")
    started = lock_module.process_start_time(4242)
    assert started == str(fake.created)
    assert lock_module._pid_alive(4242, started)
    fake.created += 1  # the crashed holder's pid now belongs to a newer process
    assert not lock_module._pid_alive(4242, started)


def test_cli_new_force_over_a_crashed_lock(project_path: Path) -> None:
    write_record(project_path)
    refused = run_cli("new", str(project_path), "--force")
    assert refused.returncode == 1 and "--take-over-lock" in refused.stderr
    replaced = run_cli("new", str(project_path), "--force", "--take-over-lock")
    assert replaced.returncode == 0, replaced.stderr
    assert not lock_path_for(project_path).exists()


def test_taking_over_in_a_folder_that_became_read_only(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guard file cannot be created: a German message offering reading, no traceback."""
    from ceremonykit.store import ProjectReadOnlyError

    write_record(project_path)
    real_open = os.open

    def no_guard(path: object, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(".takeover"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", no_guard)
    with pytest.raises(ProjectReadOnlyError, match="Schreibrecht"):
        ProjectFile.open(project_path, take_over_lock=True)
    monkeypatch.undo()
    record = read_lock(project_path)
    assert record is not None and record.user == "mueller"  # the stale lock is still there

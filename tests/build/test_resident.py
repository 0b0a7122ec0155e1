"""The window keeps one worker process between exports (``keep_worker``): the same process
serves the next export, forgets each build's ceremony afterwards, is replaced when it died and
ends with the application."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ceremonykit.build import build_ceremony, parallel, resident
from ceremonykit.documents.registry import all_kinds
from ceremonykit.domain.model import Ceremony


@pytest.fixture(autouse=True)
def spawned_worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As in the window: a fresh interpreter, not a fork; stopped after each test."""
    monkeypatch.setattr(parallel, "_method", lambda: "spawn")
    monkeypatch.delenv(parallel.WORKERS_VARIABLE, raising=False)
    yield
    resident.stop_resident_worker()


def _worker_pid() -> int:
    worker = resident._resident
    assert worker is not None
    future = worker._submit(os.getpid)
    assert future is not None
    return future.result(timeout=60)


def _kinds_done(report: object) -> set[str]:
    files = {f.kind for f in report.files}  # type: ignore[attr-defined]
    return files | {p.kind for p in report.skipped}  # type: ignore[attr-defined]


def test_two_exports_share_one_worker_that_forgets_the_ceremony(
    demo: Ceremony, tmp_path: Path
) -> None:
    every = {k.name for k in all_kinds()}
    first = build_ceremony(demo, tmp_path / "eins", keep_worker=True)
    assert not first.failed and _kinds_done(first) == every
    pid = _worker_pid()
    assert pid != os.getpid()

    second = build_ceremony(demo, tmp_path / "zwei", keep_worker=True)
    assert not second.failed and _kinds_done(second) == every
    assert _worker_pid() == pid  # the same process served both exports
    assert sorted(f.path for f in first.files) == sorted(f.path for f in second.files)

    worker = resident._resident
    assert worker is not None
    forgotten = worker.submit(next(iter(all_kinds())))
    assert forgotten is not None
    with pytest.raises(RuntimeError, match="no build"):
        forgotten.result(timeout=60)  # the ceremony is gone from the worker


def test_a_dead_worker_is_replaced(demo: Ceremony, tmp_path: Path) -> None:
    every = {k.name for k in all_kinds()}
    build_ceremony(demo, tmp_path / "eins", keep_worker=True)
    pid = _worker_pid()
    os.kill(pid, signal.SIGKILL)
    # the export that finds it dead builds its kinds itself …
    report = build_ceremony(demo, tmp_path / "zwei", keep_worker=True)
    assert not report.failed and _kinds_done(report) == every
    # … and the next one has a new worker
    report = build_ceremony(demo, tmp_path / "drei", keep_worker=True)
    assert not report.failed and _kinds_done(report) == every
    assert _worker_pid() != pid


def test_prepared_worker_loads_the_kinds_and_stops_with_the_application() -> None:
    resident.prepare_resident_worker()
    pid = _worker_pid()  # runs after the kinds were loaded
    resident.stop_resident_worker()  # returns at once; the process ends on its own
    assert resident._resident is None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    pytest.fail("the kept worker did not end")


def test_a_failed_export_leaves_nothing_behind_in_the_kept_worker(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up in the window's process: the export stops, the kept worker is sent
    no further kind, and no staging folder with guests' data turns up afterwards."""
    import contextlib
    import errno
    from collections.abc import Iterator as Iter

    from ceremonykit.build.staging import STAGING_PREFIX, OutputFolderError
    from ceremonykit.documents import context

    real = context.private_path

    @contextlib.contextmanager
    def full(target: Path, made: set[Path] | None = None) -> Iter[Path]:
        with real(target, made) as path:
            yield path
            raise OSError(errno.ENOSPC, "No space left on device")

    resident.prepare_resident_worker()  # warm, so that it takes kinds at once
    _worker_pid()
    monkeypatch.setattr(context, "private_path", full)  # only this process's writes fail
    out = tmp_path / "Export"
    with pytest.raises(OutputFolderError):
        build_ceremony(demo, out, keep_worker=True)
    time.sleep(1.5)  # long enough for the worker to build another kind, were it sent one
    assert not list(out.glob(f"{STAGING_PREFIX}*"))
    worker = resident._resident
    assert worker is not None
    forgotten = worker.submit(next(iter(all_kinds())))
    assert forgotten is not None
    with pytest.raises(RuntimeError, match="no build"):
        forgotten.result(timeout=60)

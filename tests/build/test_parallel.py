"""A full build shares its kinds out to a worker process: same files, same report."""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from ceremonykit.build import build_ceremony, parallel
from ceremonykit.build.kind_run import KindResult
from ceremonykit.documents.registry import all_kinds, get_kind
from ceremonykit.domain.model import Ceremony


def test_both_processes_take_the_heaviest_kind_left() -> None:
    every = list(all_kinds())
    queue = parallel.KindQueue(every)
    taken = []
    while (kind := queue.take(for_worker=len(taken) % 2 == 1)) is not None:
        taken.append(kind)
    assert sorted(k.name for k in taken) == sorted(k.name for k in every)
    assert [k.cost for k in taken] == sorted((k.cost for k in every), reverse=True)
    queue.put_back(taken[0])
    assert queue.take() == taken[0] and queue.take() is None


def test_the_worker_gets_only_kinds_it_can_find_by_name() -> None:
    from dataclasses import replace

    own = replace(get_kind("cheque"), name="eigene_art", cost=99)  # not in the registry
    queue = parallel.KindQueue([own, get_kind("certificate")])
    assert queue.take(for_worker=True) == get_kind("certificate")
    assert queue.take(for_worker=True) is None
    assert queue.take() == own


def test_small_builds_stay_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not parallel.worth_sharing([get_kind("cheque")])
    small = [get_kind(n) for n in ("checkin_list", "seating_plan", "place_cards")]
    assert not parallel.worth_sharing(small)
    assert parallel.worth_sharing(list(all_kinds()))
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "0")
    assert not parallel.worth_sharing(list(all_kinds()))


def _files(out: Path) -> list[tuple[str, bool]]:
    names = sorted(p for p in out.rglob("*") if p.is_file() and p.name != "manifest.json")
    return [(str(p.relative_to(out)), p.stat().st_size > 0) for p in names]


def test_parallel_and_sequential_builds_write_the_same_files(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    both = build_ceremony(demo, tmp_path / "both")
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "0")
    one = build_ceremony(demo, tmp_path / "one")
    assert both.files == one.files  # same files, in kind order
    assert (both.skipped, both.failed, both.warnings) == (one.skipped, one.failed, one.warnings)
    assert not both.failed
    assert _files(tmp_path / "both") == _files(tmp_path / "one")
    assert not list((tmp_path / "both").glob(".ceremonykit-neu-*")), "staging folder left"


def test_kinds_of_a_dead_worker_are_built_here(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    submitted: list[str] = []

    def dead(self: parallel.KindWorker, kind: object, *args: object) -> Future[KindResult]:
        submitted.append(getattr(kind, "name", ""))
        future: Future[KindResult] = Future()
        future.set_exception(BrokenProcessPool("worker killed"))
        return future

    monkeypatch.setattr(parallel.KindWorker, "submit", dead)
    report = build_ceremony(demo, tmp_path)
    assert submitted and not report.failed
    done = {f.kind for f in report.files} | {p.kind for p in report.skipped}
    assert set(submitted) <= done
    for f in report.files:
        assert (tmp_path / f.path).is_file()


def test_a_spawned_worker_builds_too(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows and the GUI start the worker fresh (``spawn``), not as a copy (``fork``)."""
    monkeypatch.setattr(parallel, "_method", lambda: "spawn")
    report = build_ceremony(demo, tmp_path)
    assert not report.failed
    done = {f.kind for f in report.files} | {p.kind for p in report.skipped}
    assert done == {k.name for k in all_kinds()}  # the demo has no arrivals: no attendance list

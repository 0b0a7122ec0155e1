"""A full build shares its kinds out to a worker process: same files, same report."""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from ceremonykit.build import build_ceremony, parallel, plan, runner
from ceremonykit.build.kind_run import KindResult
from ceremonykit.documents.context import BuildOptions, BuildReport
from ceremonykit.documents.registry import all_kinds, get_kind
from ceremonykit.domain.model import Ceremony


def test_each_process_takes_its_planned_kinds_then_takes_over_cheap_ones() -> None:
    every = list(all_kinds())
    here, there = plan.plan_sides(every)
    queue = parallel.KindQueue(every)
    mine = [queue.take() for _ in here]
    assert mine == here  # the build's own process: its plan, heaviest first
    loaded = {lib for k in here for lib in k.libraries}
    taken = queue.take()  # then the cheapest kind for it on the other side
    assert taken in there
    cost = taken.cost + sum(plan.LIBRARY_COST[lib] for lib in taken.libraries if lib not in loaded)
    assert all(
        cost <= k.cost + sum(plan.LIBRARY_COST[lib] for lib in k.libraries if lib not in loaded)
        for k in there
    )
    assert queue.take(for_worker=True) == there[0]
    queue.put_back(there[0])
    assert queue.take() == there[0]
    left = queue.rest()
    assert sorted(k.name for k in left) == sorted(
        k.name for k in there if k not in (taken, there[0])
    )
    assert queue.take() is None and queue.take(for_worker=True) is None


def test_the_last_kind_is_left_to_the_side_that_has_its_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dataclasses import replace

    monkeypatch.setattr(plan, "found_by_name", lambda kind: True)
    monkeypatch.setitem(plan.LIBRARY_COST, "openpyxl", 6)  # a library slow to load
    base = get_kind("checkin_list")
    kinds = [
        replace(base, name="xlsx", cost=20, libraries=("openpyxl",)),
        replace(base, name="pdf", cost=28),
        replace(base, name="xlsx_klein", cost=1, libraries=("openpyxl",)),
    ]
    assert [[k.name for k in side] for side in plan.plan_sides(kinds)] == [
        ["xlsx", "xlsx_klein"],  # 20 + 1 + 6 for openpyxl: the lighter side stays here
        ["pdf"],
    ]
    queue = parallel.KindQueue(kinds)
    assert queue.take().name == "xlsx"
    assert queue.take(for_worker=True).name == "pdf"
    # the worker is free, but the last kind needs openpyxl, which only this process has
    assert queue.take(for_worker=True) is None
    assert queue.take().name == "xlsx_klein"


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
    # the guest documents alone: little own work each, but the libraries count (reportlab,
    # python-docx, XlsxWriter) – and with many guests they are the long part of a build
    guests = ["guest_list", "checkin_list", "name_badges", "place_cards", "greeting_list"]
    assert parallel.worth_sharing([get_kind(n) for n in guests])
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
    # no two kinds write the same file: the staging folder's files are written in place
    assert len({f.path for f in both.files}) == len(both.files)
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


def test_the_plan_balances_work_and_libraries() -> None:
    every = list(all_kinds())
    here, there = plan.plan_sides(every)
    assert sorted(k.name for k in here + there) == sorted(k.name for k in every)

    def load(side: list[object]) -> int:
        kinds = [get_kind(getattr(k, "name", "")) for k in side]
        libraries = {lib for k in kinds for lib in k.libraries}
        return sum(k.cost for k in kinds) + sum(plan.LIBRARY_COST[lib] for lib in libraries)

    assert abs(load(here) - load(there)) <= max(k.cost for k in every)


def test_a_kind_joins_the_process_that_has_its_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """A kind needing openpyxl goes where openpyxl is loaded already when that finishes no
    later than loading it a second time elsewhere."""
    from dataclasses import replace

    monkeypatch.setattr(plan, "found_by_name", lambda kind: True)
    monkeypatch.setitem(plan.LIBRARY_COST, "openpyxl", 6)  # a library slow to load
    base = get_kind("checkin_list")
    excel = ("openpyxl",)
    kinds = [
        replace(base, name="xlsx_gross", cost=10, libraries=excel),
        replace(base, name="pdf_gross", cost=10),
        replace(base, name="xlsx_klein", cost=5, libraries=excel),
        replace(base, name="pdf_klein", cost=5),
    ]
    sides = {tuple(k.name for k in side) for side in plan.plan_sides(kinds)}
    assert sides == {("xlsx_gross", "xlsx_klein"), ("pdf_gross", "pdf_klein")}


def test_a_worker_still_starting_is_not_waited_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker's last small kind needs a library only the worker has: this process leaves
    it to the worker once the worker has shown it works, not while it may still be starting."""
    from dataclasses import replace

    monkeypatch.setattr(plan, "found_by_name", lambda kind: True)
    monkeypatch.setitem(plan.LIBRARY_COST, "openpyxl", 6)  # a library slow to load
    base = get_kind("checkin_list")
    kinds = [
        replace(base, name="pdf", cost=21),  # 26 with reportlab: lighter than the Excel side
        replace(base, name="xlsx", cost=20, libraries=("openpyxl",)),
        replace(base, name="xlsx_klein", cost=1, libraries=("openpyxl",)),
    ]
    assert [[k.name for k in side] for side in plan.plan_sides(kinds)] == [
        ["pdf"],
        ["xlsx", "xlsx_klein"],
    ]
    starting = parallel.KindQueue(kinds)
    assert starting.take(for_worker=True).name == "xlsx"
    assert starting.take().name == "pdf"
    assert starting.take().name == "xlsx_klein"  # the worker has not finished anything yet

    working = parallel.KindQueue(kinds)
    assert working.take(for_worker=True).name == "xlsx"
    assert working.take().name == "pdf"
    working.worker_finished_one()
    assert working.take() is None  # the worker is working and has openpyxl loaded
    assert working.take(for_worker=True).name == "xlsx_klein"


def test_a_closed_feed_sends_the_worker_nothing_more() -> None:
    """After a failed build closes the feed, the worker's running kind may finish, but no
    further kind goes out (it would write into a staging folder that is being removed)."""
    from concurrent.futures import Future

    sent: list[str] = []
    futures: list[Future[KindResult]] = []

    class Worker:
        def submit(self, kind: object) -> Future[KindResult]:
            sent.append(getattr(kind, "name", ""))
            futures.append(Future())
            return futures[-1]

    queue = parallel.KindQueue(list(all_kinds()))
    feed = parallel.WorkerFeed(Worker(), queue, lambda: False)  # type: ignore[arg-type]
    feed.start()
    assert len(sent) == 1
    feed.close()
    futures[0].set_result(KindResult(report=BuildReport()))  # the running kind finishes
    assert len(sent) == 1  # nothing more was sent
    feed.wait_done()  # and the feed says so
    assert [k.name for k, _ in feed.sent] == sent


def test_a_shared_build_gives_each_process_one_photo_thread(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes keep both cores busy: a second photo thread in each would only compete
    for a busy core (and cost system time); a kind built alone keeps both threads."""
    here: list[int] = []
    jobs: list[int] = []
    run_kind = runner.run_kind
    new_worker = parallel.KindWorker.__init__

    def record_here(
        kind: object,
        ceremony: Ceremony,
        out: Path,
        staging: Path,
        options: BuildOptions,
        *a: object,
    ) -> KindResult:
        here.append(options.threads)
        return run_kind(kind, ceremony, out, staging, options, *a)  # type: ignore[arg-type]

    def record_job(self: parallel.KindWorker, job: parallel.WorkerJob | None = None) -> None:
        jobs.append(job.options.threads if job else -1)
        new_worker(self, job)

    monkeypatch.setattr(runner, "run_kind", record_here)
    monkeypatch.setattr(parallel.KindWorker, "__init__", record_job)
    build_ceremony(demo, tmp_path / "full")
    assert jobs == [1] and here and set(here) == {1}
    here.clear()
    build_ceremony(demo, tmp_path / "alone", only=["social_cards"])
    assert jobs == [1] and here == [0]  # no worker: the kind may use every core
    here.clear()
    monkeypatch.setattr(parallel.KindWorker, "submit", lambda self, kind: None)  # cannot start
    build_ceremony(demo, tmp_path / "no_worker")
    assert 0 in here  # the worker's kinds, built here once it is out of the game: every core


def test_the_photo_kinds_share_a_process_and_reportlab_loads_once() -> None:
    """The demo's two heaviest kinds need only Pillow: splitting them (heaviest first to the
    emptier side) would load reportlab, python-docx and Jinja in both processes."""
    here, there = plan.plan_sides(list(all_kinds()))
    sides = [{k.name for k in here}, {k.name for k in there}]
    assert any({"social_cards", "newsroom_article"} <= side for side in sides)
    loads_reportlab = [any("reportlab.pdfgen" in get_kind(n).libraries for n in s) for s in sides]
    assert loads_reportlab.count(True) == 1
    assert plan.load(here) <= plan.load(there)  # the build's own process also swaps files in


def test_the_split_counts_each_library_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two heavy kinds without libraries and four that share a slow one: the best split keeps
    the four together – taking the heaviest first to the emptier side would not."""
    from dataclasses import replace

    monkeypatch.setattr(plan, "found_by_name", lambda kind: True)
    monkeypatch.setitem(plan.LIBRARY_COST, "langsam", 40)
    base = replace(get_kind("photo_package"), libraries=())
    kinds = [replace(base, name="foto_a", cost=30), replace(base, name="foto_b", cost=28)]
    kinds += [replace(base, name=f"dok_{i}", cost=3, libraries=("langsam",)) for i in range(4)]
    sides = {tuple(sorted(k.name for k in side)) for side in plan.plan_sides(kinds)}
    assert sides == {("foto_a", "foto_b"), ("dok_0", "dok_1", "dok_2", "dok_3")}

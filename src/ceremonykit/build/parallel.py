"""Use the second core: a full build shares its kinds with one worker process.

Decision (measured with ``bench/bench_build.py``): the kinds are independent – each writes only
its own files in the build's staging folder – so the build's own process and one worker
process build them side by side. :class:`KindQueue` plans the two sides from what the kinds
declare (:attr:`DocumentKind.cost`, :attr:`DocumentKind.libraries`: kinds needing the same
large libraries go together, so each process loads less – :mod:`.plan`), and each side
takes its next kind when it is free; a side that runs out takes over the cheapest kind left on
the other side. Taking them as they go keeps the two sides level even where the declared costs are off (a
ceremony with 500 guests and two photos is not the demo). Every file still goes through the
staging folder and is swapped in by the runner at the end, exactly as in a sequential build.
One worker, not a pool of two: the build's own process is the second worker.

It pays only when there is enough work: a build of one kind, or of kinds whose costs add up to
less than :data:`MIN_SHARED_COST`, runs in the build's own process (starting the worker would
cost more than it saves – the GUI's preview builds one kind). Cancellation is checked between
kinds; a kind already running in the worker finishes first. If the worker cannot be started or
dies, its kinds are built in the build's own process.

The worker is started with ``fork`` where that is safe (Linux, a process with no other threads
– the command line: it inherits the loaded modules and the ceremony), else with ``spawn``
(Windows, and the GUI, whose Qt threads must not be forked: the ceremony is sent as its first
task). The window keeps its worker between exports (:mod:`ceremonykit.build.resident`).
``CEREMONYKIT_BUILD_WORKERS=0`` in the environment builds everything in one process (for
comparison in the benchmark, and as a way out should a worker ever misbehave).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ceremonykit.batch_gc import tune_for_batch
from ceremonykit.build.kind_run import KindResult, run_kind
from ceremonykit.build.plan import found_by_name, load, loading_cost, plan_sides
from ceremonykit.documents.context import BuildOptions
from ceremonykit.documents.registry import DocumentKind, get_kind
from ceremonykit.domain.model import Ceremony

log = logging.getLogger(__name__)

T = TypeVar("T")

WORKERS_VARIABLE = "CEREMONYKIT_BUILD_WORKERS"

MIN_SHARED_COST = 15
"""Least declared cost (in 10 ms, the kinds' own and their libraries', see :func:`.plan.load`)
that makes the worker pay: below it, starting the worker and loading the libraries a second
time cost about what the second core saves."""


def worth_sharing(kinds: list[DocumentKind]) -> bool:
    """Whether a build of ``kinds`` should use the worker process."""
    if len(kinds) < 2 or (os.cpu_count() or 1) < 2 or os.environ.get(WORKERS_VARIABLE) == "0":
        return False
    return load([k for k in kinds if found_by_name(k)]) >= MIN_SHARED_COST


class KindQueue:
    """The kinds still to build, planned for two processes and taken as each gets free.

    The plan (:func:`.plan.plan_sides`) splits the kinds so that the busier side has the
    least to do, counting each side's libraries once (the photo kinds end up together, away
    from reportlab and Word). A process whose planned kinds are done takes over the kind that
    is cheapest for it from the other side – but not the other side's last kind when loading
    its libraries would cost more than the kind itself (importing python-docx for one small
    list costs more than waiting for the other side) and the other side is known to be
    working (a worker still starting – ``spawn`` on Windows takes a second – is not waited
    for). Thread-safe: the worker's next kind is taken on the thread that sees its last one
    finish."""

    def __init__(self, kinds: list[DocumentKind]) -> None:
        self._sides = plan_sides(kinds)  # [here, worker], each in the order to build
        self._loaded: tuple[set[str], set[str]] = (set(), set())
        self._worker_working = False
        self._lock = threading.Lock()

    def worker_finished_one(self) -> None:
        """The worker process is up: it has finished a kind."""
        self._worker_working = True

    def take(self, *, for_worker: bool = False) -> DocumentKind | None:
        """The next kind for this process, else one taken over from the other side (the
        worker only takes kinds it can find again by name); None when nothing is left for it."""
        me = 1 if for_worker else 0
        own, other = self._sides[me], self._sides[1 - me]
        with self._lock:
            kind = own.pop(0) if own else self._take_over(other, self._loaded[me], for_worker)
            if kind is not None:
                self._loaded[me].update(kind.libraries)
            return kind

    def _take_over(
        self, other: list[DocumentKind], loaded: set[str], for_worker: bool
    ) -> DocumentKind | None:
        candidates = [k for k in other if not for_worker or found_by_name(k)]
        if not candidates:
            return None
        kind = min(candidates, key=lambda k: (k.cost + loading_cost(k, loaded), -k.cost))
        other_working = for_worker or self._worker_working
        if len(other) == 1 and other_working and loading_cost(kind, loaded) > kind.cost:
            return None  # the other side is nearly done and has the libraries
        other.remove(kind)
        return kind

    def rest(self) -> list[DocumentKind]:
        """Every kind not taken yet (for the build's own process once the worker is done)."""
        with self._lock:
            left = self._sides[0] + self._sides[1]
            self._sides[0].clear()
            self._sides[1].clear()
            return left

    def put_back(self, kind: DocumentKind) -> None:
        """A kind the worker could not take: built here."""
        with self._lock:
            self._sides[0].insert(0, kind)


class WorkerFeed:
    """Gives the worker one kind at a time from ``queue``, the next when it finishes one.

    :attr:`sent` holds every kind sent with its future, in the order sent; after
    :meth:`wait_done` nothing more is sent, and kinds the worker could not take are back in the
    queue. :meth:`close` stops sending at once – a build that failed (disk full) must not have
    the worker start another kind into a staging folder that is being removed."""

    def __init__(self, worker: KindWorker, queue: KindQueue, stop: Callable[[], bool]) -> None:
        self._worker = worker
        self._queue = queue
        self._stop = stop
        self.sent: list[tuple[DocumentKind, Future[KindResult]]] = []
        self._done = threading.Event()
        self._closed = False
        self._lock = threading.Lock()  # closing and (take, send, note) exclude each other

    def start(self) -> None:
        self._next()

    def close(self) -> None:
        """Send nothing more; the kind the worker is building still finishes."""
        with self._lock:
            self._closed = True

    def wait_done(self) -> None:
        self._done.wait()

    @property
    def done(self) -> bool:
        """Nothing more goes to the worker (all taken, closed, or the worker is gone)."""
        return self._done.is_set()

    def _next(self, finished: Future[KindResult] | None = None) -> None:
        try:
            if finished is not None and not finished.cancelled() and not finished.exception():
                self._queue.worker_finished_one()
            with self._lock:
                kind = None if self._closed or self._stop() else self._queue.take(for_worker=True)
                if kind is None:
                    self._done.set()
                    return
                future = self._worker.submit(kind)
                if future is None:  # the worker is gone: the build's own process builds it
                    self._queue.put_back(kind)
                    self._done.set()
                    return
                self.sent.append((kind, future))
            # outside the lock: a future that is already done runs the callback right here
            future.add_done_callback(self._next)
        except BaseException:  # never leave the build waiting for a worker that gets nothing
            self._done.set()
            raise


@dataclass(frozen=True)
class WorkerJob:
    """What every kind of one build shares: handed to the worker once per build (the ceremony
    with its photos can be hundreds of megabytes – not pickled again per kind)."""

    ceremony: Ceremony
    out_dir: Path
    staging: Path
    options: BuildOptions


_job: WorkerJob | None = None  # in the worker process: the build it works for


def _receive(job: WorkerJob | None) -> None:
    """In the worker: the build to work for from now on (None: forget the last one)."""
    global _job
    _job = job
    tune_for_batch()  # a spawned worker starts with Python's defaults


def _load_kinds(names: list[str]) -> None:
    """In the worker: import the build modules (and libraries) of these kinds ahead of time."""
    for name in names:
        with contextlib.suppress(KeyError, ImportError):
            resolve = getattr(get_kind(name).build, "resolve", None)
            if resolve is not None:
                resolve()


class KindWorker:
    """One worker process that builds kinds into a build's staging folder: for one build
    (``job`` given, the command line), or kept between builds (:mod:`.resident`, the window),
    then each build's job is sent ahead of its kinds (:meth:`send_job`)."""

    def __init__(self, job: WorkerJob | None = None) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self.broken = False  # the process died or could not be started: make a new one
        method = _method()
        # forked, the worker has the job from its parent's memory; spawned, it gets it as its
        # first task – pickled by the pool's feeder thread, so the build does not wait for a
        # new interpreter to start and read a ceremony of many megabytes
        inherited = job if method == "fork" else None
        try:
            self._pool = ProcessPoolExecutor(
                1,
                mp_context=multiprocessing.get_context(method),
                initializer=_receive,
                initargs=(inherited,),
            )
        except (OSError, ValueError, NotImplementedError) as exc:  # pragma: no cover - platform
            log.warning("no worker process for the build: %r", exc)
            self.broken = True
        if job is not None and inherited is None:
            self.send_job(job)

    def submit(self, kind: DocumentKind) -> Future[KindResult] | None:
        return self._submit(build_by_name, kind.name)

    def send_job(self, job: WorkerJob | None) -> bool:
        """The build the following kinds belong to (None: drop the last build's ceremony)."""
        return self._submit(_receive, job) is not None

    def load_kinds(self, names: list[str]) -> None:
        """Start the process and import these kinds' modules in it, in the background."""
        self._submit(_load_kinds, names)

    def _submit(self, task: Callable[..., T], *args: object) -> Future[T] | None:
        if self._pool is None or self.broken:
            return None
        try:
            future = self._pool.submit(task, *args)
        except Exception as exc:  # broke before (BrokenProcessPool), cannot start (OSError) …
            log.warning("worker process unavailable: %r", exc)
            self.broken = True
            return None
        future.add_done_callback(self._note_death)
        return future

    def _note_death(self, future: Future[Any]) -> None:
        if not future.cancelled() and isinstance(future.exception(), BrokenProcessPool):
            self.broken = True  # the process died: a kept worker is replaced next time

    def close(self, *, cancel: bool = False, wait: bool | None = None) -> None:
        """Stop the worker. After a cancelled or failed build, wait until it has stopped (a kind
        it is still building must not write into a staging folder being removed); after a
        clean build every result is in, so the process ends on its own while the build swaps
        its files in (5 ms less on the build's way). ``wait`` overrides that choice."""
        if self._pool is not None:
            self._pool.shutdown(wait=cancel if wait is None else wait, cancel_futures=cancel)


def build_by_name(name: str) -> KindResult:
    """The worker's task: look the kind up in the registry and build it for the build the
    worker works for."""
    if _job is None:
        raise RuntimeError("worker process has no build to work for")
    job = _job
    return run_kind(get_kind(name), job.ceremony, job.out_dir, job.staging, job.options)


def _method() -> str:
    if sys.platform.startswith("linux") and threading.active_count() == 1 and not _has_qt():
        return "fork"
    return "spawn"


def _has_qt() -> bool:
    return any(name.startswith("PySide6") for name in sys.modules)

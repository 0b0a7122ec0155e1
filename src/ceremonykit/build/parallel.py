"""Use the second core: a full build hands kinds to one worker process as it goes.

Decision (measured with ``bench/bench_build.py``): the kinds are independent – each writes only
its own folder of the build's staging folder – so the build's own process and one worker
process take kinds from one queue, heaviest first (:attr:`DocumentKind.cost`), each the next
one as soon as it is free. Taking them as they go balances the two sides by what the kinds
really cost on this machine and this ceremony, not by what they declare (a ceremony with 500
guests and two photos is not the demo). Every file still goes through the staging folder and is
swapped in by the runner at the end, exactly as in a sequential build. One worker, not a pool
of two: the build's own process already has the libraries loaded and is the second worker.

It pays only when there is enough work: a build of one kind, or of kinds whose costs add up to
less than :data:`MIN_SHARED_COST`, runs in the build's own process (starting the worker would
cost more than it saves – the GUI's preview builds one kind). Cancellation is checked between
kinds; a kind already running in the worker finishes first. If the worker cannot be started or
dies, its kinds are built in the build's own process.

The worker is started with ``fork`` where that is safe (Linux, a process with no other threads
– the command line), else with ``spawn`` (Windows, and the GUI, whose Qt threads must not be
forked). ``CEREMONYKIT_BUILD_WORKERS=0`` in the environment builds everything in one process
(for comparison in the benchmark, and as a way out should a worker ever misbehave).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from ceremonykit.build.kind_run import KindResult, run_kind
from ceremonykit.documents.context import BuildOptions
from ceremonykit.documents.registry import DocumentKind, get_kind
from ceremonykit.domain.model import Ceremony

log = logging.getLogger(__name__)

WORKERS_VARIABLE = "CEREMONYKIT_BUILD_WORKERS"

MIN_SHARED_COST = 8
"""Least declared cost (roughly tens of milliseconds of the demo) that makes the worker pay."""


def worth_sharing(kinds: list[DocumentKind]) -> bool:
    """Whether a build of ``kinds`` should use the worker process."""
    if len(kinds) < 2 or (os.cpu_count() or 1) < 2 or os.environ.get(WORKERS_VARIABLE) == "0":
        return False
    return sum(k.cost for k in kinds if _found_by_name(k)) >= MIN_SHARED_COST


def _found_by_name(kind: DocumentKind) -> bool:
    try:
        return get_kind(kind.name) == kind
    except KeyError:
        return False


class KindQueue:
    """The kinds still to build, heaviest first; both processes take from it (thread-safe:
    the worker's next kind is taken on the thread that sees its last one finish)."""

    def __init__(self, kinds: list[DocumentKind]) -> None:
        self._todo = sorted(kinds, key=lambda k: -k.cost)
        self._lock = threading.Lock()

    def take(self, *, for_worker: bool = False) -> DocumentKind | None:
        """The heaviest kind left; for the worker only one it can find again by name."""
        with self._lock:
            for index, kind in enumerate(self._todo):
                if not for_worker or _found_by_name(kind):
                    return self._todo.pop(index)
            return None

    def put_back(self, kind: DocumentKind) -> None:
        with self._lock:
            self._todo.insert(0, kind)


class WorkerFeed:
    """Gives the worker one kind at a time from ``queue``, the next when it finishes one.

    :attr:`sent` holds every kind sent with its future, in the order sent; after
    :meth:`wait_done` nothing more is sent, and kinds the worker could not take are back in the
    queue."""

    def __init__(
        self,
        worker: KindWorker,
        queue: KindQueue,
        send: Callable[[KindWorker, DocumentKind], Future[KindResult] | None],
        stop: Callable[[], bool],
    ) -> None:
        self._worker = worker
        self._queue = queue
        self._send = send
        self._stop = stop
        self.sent: list[tuple[DocumentKind, Future[KindResult]]] = []
        self._done = threading.Event()

    def start(self) -> None:
        self._next()

    def wait_done(self) -> None:
        self._done.wait()

    def _next(self, _finished: object = None) -> None:
        try:
            kind = None if self._stop() else self._queue.take(for_worker=True)
            if kind is None:
                self._done.set()
                return
            future = self._send(self._worker, kind)
            if future is None:  # the worker is gone: the build's own process builds it
                self._queue.put_back(kind)
                self._done.set()
                return
            self.sent.append((kind, future))
            future.add_done_callback(self._next)
        except BaseException:  # never leave the build waiting for a worker that gets nothing
            self._done.set()
            raise


class KindWorker:
    """One worker process that builds kinds into the staging folder."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        try:
            self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(_method()))
        except (OSError, ValueError, NotImplementedError) as exc:  # pragma: no cover - platform
            log.warning("no worker process for the build: %r", exc)

    def submit(
        self,
        kind: DocumentKind,
        ceremony: Ceremony,
        out_dir: Path,
        staging: Path,
        options: BuildOptions,
    ) -> Future[KindResult] | None:
        if self._pool is None:
            return None
        try:
            return self._pool.submit(build_by_name, kind.name, ceremony, out_dir, staging, options)
        except RuntimeError as exc:  # the pool broke before
            log.warning("worker process unavailable: %r", exc)
            return None

    def close(self, *, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)


def build_by_name(
    name: str, ceremony: Ceremony, out_dir: Path, staging: Path, options: BuildOptions
) -> KindResult:
    """The worker's task: look the kind up in the registry and build it."""
    return run_kind(get_kind(name), ceremony, out_dir, staging, options)


def _method() -> str:
    if sys.platform.startswith("linux") and threading.active_count() == 1 and not _has_qt():
        return "fork"
    return "spawn"


def _has_qt() -> bool:
    return any(name.startswith("PySide6") for name in sys.modules)

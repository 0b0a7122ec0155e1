"""Use the second core: a full build hands some kinds to one worker process.

Decision (measured with ``bench/bench_build.py``): the kinds are independent – each writes only
its own folder of the build's staging folder – so a build of several kinds gives the heavy
ones to a worker process while the build's own process makes the rest; every file still goes
through the staging folder and is swapped in by the runner at the end, exactly as in a
sequential build. One worker, not a pool of two: the build's own process already has the
libraries loaded and is the second worker. Kinds are shared out by the cost they declare
(:attr:`DocumentKind.cost`), heaviest first, so that both sides finish at about the same time.

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
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from ceremonykit.build.kind_run import KindResult, run_kind
from ceremonykit.documents.context import BuildOptions
from ceremonykit.documents.registry import DocumentKind, get_kind
from ceremonykit.domain.model import Ceremony

log = logging.getLogger(__name__)

WORKERS_VARIABLE = "CEREMONYKIT_BUILD_WORKERS"

MIN_SHARED_COST = 4
"""Least declared cost (roughly tens of milliseconds of the demo) the worker's side must get."""


def share_out(kinds: list[DocumentKind]) -> tuple[list[DocumentKind], list[DocumentKind]]:
    """(kinds for this process, kinds for the worker) – the worker's list empty if sharing
    does not pay. Only registered kinds (found again by name in the worker) are shared."""
    if len(kinds) < 2 or (os.cpu_count() or 1) < 2 or os.environ.get(WORKERS_VARIABLE) == "0":
        return kinds, []
    here: list[DocumentKind] = []
    there: list[DocumentKind] = []
    for kind in sorted(kinds, key=lambda k: -k.cost):
        shareable = _found_by_name(kind)
        if shareable and sum(k.cost for k in there) < sum(k.cost for k in here):
            there.append(kind)
        else:
            here.append(kind)
    if sum(k.cost for k in there) < MIN_SHARED_COST:
        return kinds, []
    order = {k.name: i for i, k in enumerate(kinds)}
    return sorted(here, key=lambda k: order[k.name]), there


def _found_by_name(kind: DocumentKind) -> bool:
    try:
        return get_kind(kind.name) == kind
    except KeyError:
        return False


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

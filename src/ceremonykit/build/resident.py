"""One build worker process kept between builds – for the window.

The command line builds once and ends, so its worker is made for that build (and, on Linux,
forked with everything already loaded). The window builds again and again: a worker started
fresh for every export (``spawn``: a new interpreter that loads Python, CeremonyKit and the
document libraries) made the second core pay that start each time (``bench_window_export.py``:
later demo exports 0.92 s with a fresh worker, 0.63 s with the kept one). The window keeps
one worker: started a few seconds after the window opens, it loads the document modules in
the background (:func:`prepare_resident_worker`); each export sends its ceremony once ahead of
its kinds and the worker forgets it afterwards; it ends with the application
(:func:`stop_resident_worker`). A worker that died is replaced.
"""

from __future__ import annotations

import atexit
import threading

from ceremonykit.build.parallel import KindWorker, WorkerJob
from ceremonykit.documents.registry import kind_names

_lock = threading.Lock()
_resident: KindWorker | None = None


def _usable() -> KindWorker:
    """The kept worker, a new one if there is none or it is known to have died (call with
    ``_lock`` held)."""
    global _resident
    if _resident is None or _resident.broken:
        if _resident is not None:
            _resident.close()
        _resident = KindWorker()
    return _resident


def resident_worker(job: WorkerJob) -> KindWorker:
    """The kept worker, ready for ``job``. A worker that died unnoticed refuses the job (and
    counts as broken from then on): a new one takes it; if that fails too, the build makes
    every kind itself."""
    with _lock:
        worker = _usable()
        if not worker.send_job(job):
            worker = _usable()
            worker.send_job(job)
        return worker


def forget_job(worker: KindWorker) -> None:
    """After a build: the worker drops the ceremony (it may hold guests' personal data)."""
    worker.send_job(None)


def prepare_resident_worker() -> None:
    """Start the kept worker now and let it load every kind's modules in the background, so
    that the first export is as quick as the next ones."""
    with _lock:
        _usable().load_kinds(list(kind_names()))


def stop_resident_worker() -> None:
    """End the kept worker (the application quits): nothing new starts, and the window does not
    wait – a kind or the loading it is doing finishes and the process ends on its own."""
    global _resident
    with _lock:
        if _resident is not None:
            _resident.close(cancel=True, wait=False)
            _resident = None


atexit.register(stop_resident_worker)

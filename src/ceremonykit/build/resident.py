"""One build worker process kept between builds – for the window.

The command line builds once and ends, so its worker is made for that build (and, on Linux,
forked with everything already loaded). The window builds again and again: a worker started
fresh for every export (``spawn``: a new interpreter that loads Python, CeremonyKit and the
document libraries) made the second core pay that start each time – the demo's export took
0.9 s with it against 0.93 s without. The window keeps one worker: it is started and loads the
document modules in the background when a project is opened (:func:`prepare_resident_worker`),
each export sends its ceremony once ahead of its kinds and the worker forgets it afterwards,
and it ends with the application (:func:`stop_resident_worker`). A worker that died is
replaced at the next export.
"""

from __future__ import annotations

import atexit
import threading

from ceremonykit.build.parallel import KindWorker, WorkerJob
from ceremonykit.documents.registry import kind_names

_lock = threading.Lock()
_resident: KindWorker | None = None


def resident_worker(job: WorkerJob) -> KindWorker:
    """The kept worker, ready for ``job`` (started or replaced if needed)."""
    global _resident
    with _lock:
        if _resident is None:
            _resident = KindWorker()
        worker = _resident
        if not worker.send_job(job):  # it died since the last build: a new one
            worker.close(cancel=True)
            worker = _resident = KindWorker()
            worker.send_job(job)  # if this fails too, the build makes every kind itself
        return worker


def forget_job(worker: KindWorker) -> None:
    """After a build: the worker drops the ceremony (it may hold guests' personal data)."""
    worker.send_job(None)


def prepare_resident_worker() -> None:
    """Start the kept worker now and let it load every kind's modules in the background, so
    that the first export is as quick as the next ones."""
    global _resident
    with _lock:
        if _resident is None or _resident.broken:
            if _resident is not None:
                _resident.close()
            _resident = KindWorker()
        _resident.load_kinds(list(kind_names()))


def stop_resident_worker() -> None:
    """End the kept worker (the application quits): nothing new starts, and the window does not
    wait – a kind or the loading it is doing finishes and the process ends on its own."""
    global _resident
    with _lock:
        if _resident is not None:
            _resident.close(cancel=True, wait=False)
            _resident = None


atexit.register(stop_resident_worker)

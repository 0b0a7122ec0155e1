"""Running slow work (build, preview, import) off the GUI thread, with progress and cancel.

A :class:`Job` runs ``fn(progress, cancel)`` in the global thread pool and reports back through
queued signals, so slots always run in the GUI thread. Errors become German messages.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ceremonykit.documents.context import CancelToken
from ceremonykit.errors import Cancelled, UserError
from ceremonykit.gui.remedies import error_text

log = logging.getLogger(__name__)

JobFn = Callable[[Callable[[float, str], None], CancelToken], Any]


class Job(QObject):
    progress = Signal(float, str)
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # German message
    cancelled = Signal()

    def __init__(self, fn: JobFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.token = CancelToken()
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        self.token.cancel()

    def _run(self) -> None:
        with contextlib.suppress(RuntimeError):  # the Job was deleted while it ran: nobody to tell
            self._run_and_report()

    def _run_and_report(self) -> None:
        try:
            result = self.fn(self.progress.emit, self.token)
        except Cancelled:
            self.running = False
            self.cancelled.emit()
        except UserError as exc:
            self.running = False
            self.failed.emit(error_text(exc))
        except Exception as exc:  # never a traceback for the user; details go to the log
            log.exception("background job failed")
            self.running = False
            self.failed.emit(
                f"Unerwarteter Fehler ({type(exc).__name__}: {exc}). Details stehen in der Protokolldatei."
            )
        else:
            self.running = False
            self.finished.emit(result)


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.job._run()

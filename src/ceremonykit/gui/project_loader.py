"""Open a large project without freezing the window: the ceremony is read in a background thread.

Decision: reading 100,000 guests takes most of a second; on the GUI thread the window would
stand still that long. The lock and its questions (take over, read only) are still asked on the
GUI thread – they are quick and need dialogs – then :meth:`ProjectFile.load` runs in a Python
thread (the project file's connection is made for that: ``check_same_thread=False`` and a lock)
and the :class:`Session` is made back on the GUI thread when the ceremony arrives. Small files
(most projects) are read at once: the thread would only add a flicker.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from ceremonykit.errors import UserError
from ceremonykit.gui import project_io
from ceremonykit.gui.pages import PAGES
from ceremonykit.gui.session import Session
from ceremonykit.gui.settings import AppSettings
from ceremonykit.store import ProjectFile

log = logging.getLogger(__name__)

LARGE_PROJECT_BYTES = 2 * 1024 * 1024
"""From this file size on (roughly 5,000 guests) a project is read in the background."""


def is_large(path: Path) -> bool:
    try:
        return path.stat().st_size >= LARGE_PROJECT_BYTES
    except OSError:
        return False  # opened the normal way, which explains the problem


class ProjectLoader(QObject):
    """Reads one project in a background thread and hands the session over on the GUI thread."""

    _loaded = Signal(object)  # the Ceremony, or the exception that stopped the reading

    def __init__(
        self, parent: QWidget, project: ProjectFile, done: Callable[[Session | None], None]
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.project = project
        self.done = done
        self.cancelled = False
        self._lock = threading.Lock()
        self._loaded.connect(self._arrived)  # queued: emitted from the reading thread

    def start(self) -> None:
        threading.Thread(target=self._read, name="project-load", daemon=True).start()

    def cancel(self) -> None:
        """The user went on (another project, closed the window): release the file when the
        reading ends, show nothing."""
        with self._lock:
            self.cancelled = True

    def _read(self) -> None:
        try:
            result: object = self.project.load()
            _import_first_page()
        except Exception as exc:  # reported on the GUI thread
            result = exc
        with self._lock:
            if self.cancelled:
                self.project.close()
                return
            self._loaded.emit(result)

    def _arrived(self, result: object) -> None:
        if self.cancelled:  # cancelled after the result was sent
            self.project.close()
            return
        if isinstance(result, Exception):
            self.project.close()
            title = QCoreApplication.translate("ProjectIO", "Projekt öffnen")
            if not isinstance(result, UserError):
                log.error("loading %s failed", self.project.path, exc_info=result)
            project_io.show_error(self.parent_widget, title, result)
            self.done(None)
            return
        AppSettings().add_recent(self.project.path)
        self.done(Session(self.project, result))  # type: ignore[arg-type]


def _import_first_page() -> None:
    """Import the module of the page shown first while still in the background: its imports
    (a third of a second) would otherwise stall the window when the project arrives. Only
    the import – the page itself is built on the GUI thread."""
    module = next(iter(PAGES.values()))[0]
    importlib.import_module(f"ceremonykit.gui.pages.{module}")


def open_in_background(
    parent: QWidget, path: Path, done: Callable[[Session | None], None]
) -> ProjectLoader | None:
    """Take the project's lock (asking as usual) and start reading it; None if not opened.
    ``done(session)`` is called on the GUI thread – with None if the reading failed."""
    project = project_io.open_project_file(parent, path)
    if project is None:
        return None
    loader = ProjectLoader(parent, project, done)
    loader.start()
    return loader

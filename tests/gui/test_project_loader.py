"""Large projects are read in the background: the window answers at once, the project follows."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from ceremonykit.gui import project_loader
from ceremonykit.gui.main_window import MainWindow
from ceremonykit.store import ProjectFile
from ceremonykit.store.lock import lock_path_for


def _slow_load(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make reading wait until the test lets it go (proves the GUI thread is not blocked)."""
    release = threading.Event()
    real = ProjectFile.load

    def load(self: ProjectFile) -> Any:
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)
        return real(self)

    monkeypatch.setattr(ProjectFile, "load", load)
    return release


def test_a_large_project_opens_in_the_background(
    qtbot: Any, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = _slow_load(monkeypatch)
    monkeypatch.setattr(project_loader, "LARGE_PROJECT_BYTES", 1)  # the demo counts as large
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(project_path)
    assert win.session is None  # still reading – and the window is back at once
    assert project_path.name in win.statusBar().currentMessage()
    qtbot.keyClick(win, "a")  # the event loop runs while the file is read
    release.set()
    qtbot.waitUntil(lambda: win.session is not None, timeout=10000)
    assert win.session is not None and win.session.ceremony.winners
    assert win.statusBar().currentMessage() == ""
    win.close()
    assert not lock_path_for(project_path).exists()


def test_opening_another_project_while_reading_releases_the_first(
    qtbot: Any, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = _slow_load(monkeypatch)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(project_path, background=True)
    loader = win.loader
    assert loader is not None
    win.close_project()  # the user goes on before the reading ends
    release.set()
    qtbot.waitUntil(lambda: not lock_path_for(project_path).exists(), timeout=10000)
    assert win.session is None


def test_a_small_project_opens_at_once(qtbot: Any, project_path: Path) -> None:
    assert not project_loader.is_large(project_path)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(project_path)
    assert win.session is not None
    win.close()

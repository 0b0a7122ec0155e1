"""GUI test set-up: offscreen, settings in a temp folder, Qt warnings fail the test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(
                pytest.mark.qt_log_ignore(r"This plugin does not support", r"QFont::setPointSize")
            )


@pytest.fixture(autouse=True)
def _isolated_qt(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Qt's standard paths in test mode and QSettings in a fresh temp folder per test."""
    from PySide6.QtCore import QSettings, QStandardPaths

    from ceremonykit.gui.app import create_app

    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    create_app()
    yield


@pytest.fixture
def project_path(tmp_path: Path, demo_file: Path) -> Path:
    """A writable copy of the demo project."""
    target = tmp_path / "Ehrenamtspreis.ceremony"
    shutil.copy(demo_file, target)
    return target


@pytest.fixture
def window(qtbot: Any, project_path: Path) -> Iterator[Any]:
    from ceremonykit.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(project_path)
    yield win
    win.close()


def fake_kind(name: str = "probe", *, delay_event: Any = None) -> Any:
    """A document kind for tests: one PDF page per winner naming award and winner."""
    from reportlab.pdfgen import canvas

    from ceremonykit.documents.registry import DocumentKind

    def build(ctx: Any) -> None:
        winners = ctx.ceremony.winners
        for n, winner in enumerate(winners):
            ctx.progress(n / len(winners), winner.display_name)
            if delay_event is not None:
                delay_event.wait(5)
            with ctx.output(f"{name}/{n + 1:02d}.pdf", "pdf", subject=winner.id) as tmp:
                pdf = canvas.Canvas(str(tmp))
                pdf.drawString(72, 720, f"{ctx.ceremony.award_name}: {winner.display_name}")
                pdf.save()

    return DocumentKind(
        name,
        "Probe-Urkunden",
        "Probe certificates",
        ("pdf",),
        build,
        ("klassisch", "modern"),
        "Zum Testen",
    )


@pytest.fixture
def kinds(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Replace the registry by test kinds; returns a setter taking the kinds."""
    import ceremonykit.build.runner as runner
    import ceremonykit.documents.registry as registry
    import ceremonykit.gui.pages.documents as page

    def install(*items: Any) -> None:
        for module in (registry, runner, page):
            monkeypatch.setattr(module, "all_kinds", lambda: tuple(items))

    return install


def open_window(qtbot: Any, path: Path) -> Any:
    """A shown main window with ``path`` opened (for tests that need their own window)."""
    from ceremonykit.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(path)
    return win

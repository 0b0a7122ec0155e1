"""Start of the desktop application: ``ceremonykit gui [FILE]`` calls :func:`run`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ceremonykit import __version__
from ceremonykit.gui.settings import APPLICATION, ORGANISATION, AppSettings
from ceremonykit.logs import setup_logging
from ceremonykit.paths import leave_program_dir

_translators: list[object] = []


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, translators and style (reuses an existing one in tests)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    from ceremonykit.gui.i18n import install_translators
    from ceremonykit.gui.style import style_sheet

    if not _translators:
        _translators.extend(install_translators(app, AppSettings().language()))
    app.setStyleSheet(style_sheet(app.palette()))  # dark mode: colours from the palette
    return app


def run(path: str | None = None) -> int:
    """Open the main window (on ``path`` if given) and run the event loop; the exit code."""
    setup_logging()
    if path:
        path = str(Path(path).resolve())  # before the working folder changes
    leave_program_dir()
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = create_app()
    from ceremonykit.build.resident import prepare_resident_worker, stop_resident_worker
    from ceremonykit.gui.main_window import MainWindow
    from ceremonykit.scratch import remove_leftovers

    window = MainWindow()
    window.show()
    if path:
        QTimer.singleShot(0, lambda: window.open_path(Path(path)))
    QTimer.singleShot(3000, remove_leftovers)  # after start-up, never in its way
    # the export's second process starts and loads the document libraries in the background,
    # so that even the first export uses both cores without waiting for it
    QTimer.singleShot(4000, prepare_resident_worker)
    app.aboutToQuit.connect(stop_resident_worker)
    return int(app.exec())

"""The Qt part of ``ceremonykit --selftest``: the libraries the window needs load and work.

Lives in ``gui`` because Qt may only be imported here (see ``tests/test_architecture.py``);
:mod:`ceremonykit.selftest` imports it only when this check runs, so the other checks stay
free of Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ceremonykit.selftest import CheckFailed


def check_qt(work: Path) -> str:
    """PySide6 widgets, PDF module, platform plugins and Qt's German translation load."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before QtGui is imported
    from PySide6 import QtPdfWidgets  # noqa: F401  the preview in the application
    from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from ceremonykit.gui import app as _app  # noqa: F401  the application's own windows load

    app = QApplication.instance() or QApplication(["ceremonykit-selftest"])
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    native = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    if not any(
        p.name.split(".")[0].removeprefix("lib") == native for p in plugins.glob("platforms/*")
    ):
        raise CheckFailed(f"Qt-Plattform-Plugin {native} fehlt in {plugins / 'platforms'}")
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if not translator.load("qtbase_de", translations):
        raise CheckFailed(f"Qt-Übersetzung qtbase_de.qm fehlt in {translations}")
    pdf_path = work / "qt-probe.pdf"
    _write_probe_pdf(pdf_path)
    document = QPdfDocument()
    document.load(str(pdf_path))
    if document.pageCount() != 1:
        raise CheckFailed("QtPdf kann keine PDF-Datei öffnen")
    document.close()
    parts = "QtWidgets, QtPdf, QtPdfWidgets, Anwendungsfenster"
    return f"PySide6 {qVersion()}: {parts}, {native}, qtbase_de.qm"


def _write_probe_pdf(path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "CeremonyKit Selbsttest")
    canvas.save()

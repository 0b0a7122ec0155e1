"""Render every page with the demo ceremony into PNG files (``script/screenshots``).

Runs offscreen with the bundled Noto Sans so that the pictures look the same on every machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ceremonykit.resources import resource_path


def _wait(app: object, condition: object, timeout: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.02)


def render(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from ceremonykit.demo import demo_ceremony
    from ceremonykit.gui.app import create_app
    from ceremonykit.gui.main_window import MainWindow
    from ceremonykit.gui.pages import PAGES
    from ceremonykit.store import ProjectFile

    QStandardPaths.setTestModeEnabled(True)
    work = Path(tempfile.mkdtemp(prefix="ceremonykit-shots-"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(work))
    app = create_app()
    QApplication.setStyle("Fusion")
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path(f"fonts/{name}")))
    app.setFont(QFont("Noto Sans", 10))
    project = work / "Ehrenamtspreis 2026.ceremony"
    ProjectFile.create(project, demo_ceremony()).close()

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = MainWindow()
    window.resize(1366, 768)  # a common office laptop: every page must work at this size
    window.show()

    def shoot(name: str, widget: object = None) -> None:
        for _ in range(5):
            app.processEvents()
        target = out_dir / f"{name}.png"
        (widget or window).grab().save(str(target))  # type: ignore[attr-defined]
        written.append(target)

    window.settings.add_recent(project)
    window.start.refresh()
    shoot("00_start")
    window.open_path(project)
    for n, name in enumerate(PAGES, 1):
        page = window.show_page(name)
        if name == "documents":
            _wait(
                app,
                lambda p=page: (
                    not getattr(p, "kinds", None)
                    or getattr(p.preview, "shown_file", None) is not None
                    or "Keine" in p.preview.message.text()
                ),
            )
            _wait(app, lambda: False, 2.0)  # QPdfView renders its pages asynchronously
        if name == "check":
            _wait(app, lambda p=page: p.probed, 60.0)
        shoot(f"{n:02d}_{name}")
    from ceremonykit.gui.sender_dialog import SenderDialog

    dialog = SenderDialog(window.session, window)  # type: ignore[arg-type]
    dialog.resize(1100, 640)
    dialog.show()
    dialog.table.setCurrentIndex(dialog.signatories.index(0, 0))
    shoot("10_sender", dialog)
    dialog.close()
    shoot_import(window, work, shoot)
    shoot_dialogs(window, shoot)
    shoot_checkin(window, shoot)
    window.close()
    return written


def shoot_dialogs(window: Any, shoot: Any) -> None:
    """The guest page's table manager, greeting order and precedence table; Datenschutz."""
    from ceremonykit.gui.guest_dialogs import PrecedenceDialog, ProtocolOrderDialog, TablesDialog
    from ceremonykit.gui.privacy_dialog import PrivacyDialog

    ceremony = window.session.ceremony
    for name, dialog in (
        ("12_tables", TablesDialog(ceremony, window)),
        ("13_greeting_order", ProtocolOrderDialog(ceremony, window)),
        ("14_precedence", PrecedenceDialog(ceremony, window)),
        ("15_privacy", PrivacyDialog(window.session, window)),
    ):
        dialog.show()
        shoot(name, dialog)
        dialog.close()


def shoot_checkin(window: Any, shoot: Any) -> None:
    """The Einlass page on the night: codes issued, some guests in, a second scan warned about."""
    from datetime import datetime

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ceremonykit.operations.checkin import check_in, issue_tokens

    session = window.session
    session.apply(issue_tokens)
    for n, guest in enumerate(session.ceremony.guests[:24]):
        session.apply(check_in, guest.id, datetime(2026, 12, 4, 17, 40 + n % 18))
    page = window.show_page("checkin")
    QTest.keyClicks(page.search, session.ceremony.guests[2].checkin_token)
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    shoot("16_checkin_night")


def shoot_import(window: Any, work: Path, shoot: Any) -> None:
    """The import wizard's mapping and preview pages on a small invented guest list."""
    import openpyxl

    from ceremonykit.gui.import_wizard import ImportWizard

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Gästeliste"
    sheet.append(["Gästeliste Ehrenamtspreis 2026 – Stand 10.11."])
    sheet.append([])
    sheet.append(["Anrede", "Vorname", "Nachname", "Institution", "Kategorie", "Zusage", "E-Mail"])
    sheet.append(
        ["Frau", "Zeynep", "Arslan", "Kulturbüro Dortmund", "Gast", "ja", "z.arslan@example.org"]
    )
    sheet.append(
        ["Herr", "Mateusz", "Wójcik", "Polnischer Verein", "Presse", "nein", "m.wojcik@example.org"]
    )
    sheet.append([])
    sheet.append(
        ["Frau", "Ingeborg", "Lindqvist-Brandt", "", "Ehrengast", "vielleicht", "ilb@example"]
    )
    path = work / "Gästeliste.xlsx"
    book.save(path)
    wizard = ImportWizard(window.session, path, window)
    wizard.show()
    for page, done in (
        (wizard.sheet_page, None),
        (wizard.mapping_page, wizard.mapping_page.isComplete),
        (wizard.preview_page, wizard.preview_page.isComplete),
    ):
        wizard.next()
        _wait(None, lambda p=page: wizard.currentPage() is p)
        if done is not None:
            _wait(None, done)
        if page is not wizard.sheet_page:
            shoot(f"11_import_{'mapping' if page is wizard.mapping_page else 'preview'}", wizard)
    wizard.reject()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The main window: menus, a sidebar of pages, the start page, drag and drop, geometry.

Pages are built per open project (each its own module); the window only wires them together.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from ceremonykit.gui import project_io, project_loader
from ceremonykit.gui.dialogs import SettingsDialog, StartPage, show_about
from ceremonykit.gui.icons import icon
from ceremonykit.gui.pages import PAGES, build_page
from ceremonykit.gui.pages.base import Page
from ceremonykit.gui.session import Session
from ceremonykit.gui.settings import AppSettings

if TYPE_CHECKING:
    from ceremonykit.domain.preflight import Finding

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
PAGE_KEYS = {
    "event": "V",
    "winners": "P",
    "applicants": "W",
    "photos": "F",
    "guests": "G",
    "evening": "A",
    "documents": "O",
    "check": "R",
    "checkin": "E",
}
"""Alt+letter for each page (a letter of its German title; D, B, X, H open the menus)."""

PAGE_FOR_OBJECT = {
    "ceremony": "event",
    "sender": "event",
    "prize": "winners",
    "winner": "winners",
    "photo": "photos",
    "guest": "guests",
    "signatory": "event",
    "applicant": "applicants",
}


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.session: Session | None = None
        self.loader: project_loader.ProjectLoader | None = None  # a project being read
        self.pages: dict[str, Page] = {}
        self.import_report_dialog: Any = None  # kept open while the user reads it
        self.settings = AppSettings()
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(760, 520))

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(210)
        self.nav.currentRowChanged.connect(self._show_page)
        self.stack = QStackedWidget()
        self.start = StartPage(self.new_project, self.open_project, self.new_demo, self.open_path)
        self.stack.addWidget(self.start)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        self._set_session(None)
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    # ------------------------------------------------------------------ menus
    def _action(
        self, text: str, slot: Any, shortcut: Any = None, icon_name: str = "", tip: str = ""
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon(""), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        file_menu.addAction(
            self._action(
                self.tr("&Neues Projekt…"), self.new_project, QKeySequence.StandardKey.New, "new"
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("Ö&ffnen…"), self.open_project, QKeySequence.StandardKey.Open, "open"
            )
        )
        self.recent_menu = QMenu(self.tr("&Zuletzt geöffnet"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        self.save_as_action = self._action(
            self.tr("Speichern &unter…"),
            self.save_as,
            QKeySequence.StandardKey.SaveAs,
            "save",
            self.tr("Eine Kopie des Projekts anlegen und mit ihr weiterarbeiten"),
        )
        self.save_action = self._action(
            self.tr("S&peichern"),
            self.confirm_saved,
            QKeySequence.StandardKey.Save,
            "save",
            self.tr("Jede Änderung wird sofort gespeichert; Strg+S bestätigt es"),
        )
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("Tabelle &importieren…"),
            lambda: self.import_spreadsheet(None),
            "Ctrl+I",
            "import",
            self.tr("Gäste oder Preisträger aus einer Excel- oder CSV-Datei übernehmen"),
        )
        file_menu.addAction(self.import_action)
        self.privacy_action = self._action(
            self.tr("&Datenschutz…"),
            self.open_privacy_dialog,
            None,
            "",
            self.tr("Löschfrist, Gästedaten löschen, Auskunft für eine Person"),
        )
        file_menu.addAction(self.privacy_action)
        self.import_report_action = self._action(
            self.tr("Letzter Import&bericht…"),
            self.show_import_report,
            None,
            "",
            self.tr("Was beim letzten Import mit jeder Zeile geschah – auch nach dem Schließen"),
        )
        file_menu.addAction(self.import_report_action)
        file_menu.addSeparator()
        self.close_action = self._action(
            self.tr("Projekt &schließen"), self.close_project, QKeySequence.StandardKey.Close
        )
        file_menu.addAction(self.close_action)
        file_menu.addAction(
            self._action(self.tr("&Beenden"), self.close, QKeySequence.StandardKey.Quit)
        )

        edit_menu = bar.addMenu(self.tr("&Bearbeiten"))
        self.undo_action = self._action(
            self.tr("&Rückgängig"), self._undo, QKeySequence.StandardKey.Undo, "undo"
        )
        self.redo_action = self._action(self.tr("&Wiederholen"), self._redo, "Ctrl+Y", "redo")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        extras = bar.addMenu(self.tr("E&xtras"))
        extras.addAction(
            self._action(
                self.tr("&Einstellungen…"),
                lambda: SettingsDialog(self).exec(),
                QKeySequence.StandardKey.Preferences,
            )
        )
        for number, name in enumerate(PAGES, 1):  # Ctrl+1 … and Alt+letter switch pages
            for keys in (f"Ctrl+{number}", f"Alt+{PAGE_KEYS[name]}"):
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.activated.connect(lambda row=number - 1: self.nav.setCurrentRow(row))
        help_menu = bar.addMenu(self.tr("&Hilfe"))
        help_menu.addAction(
            self._action(self.tr("Ü&ber CeremonyKit"), lambda: show_about(self), None, "app")
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for n, path in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{n} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction(self.tr("(keine)")).setEnabled(False)

    def _undo(self) -> None:
        if self.session:
            self._flush_editors()
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if self.session:
            self.session.undo_stack.redo()

    def _flush_editors(self) -> None:
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commits a text box being edited before undoing

    def _update_undo(self) -> None:
        stack = self.session.undo_stack if self.session else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setText(
            self.tr("&Rückgängig: %1").replace("%1", stack.undoText())
            if stack and stack.canUndo()
            else self.tr("&Rückgängig")
        )
        self.redo_action.setText(
            self.tr("&Wiederholen: %1").replace("%1", stack.redoText())
            if stack and stack.canRedo()
            else self.tr("&Wiederholen")
        )

    # ------------------------------------------------------------------ session
    def _set_session(self, session: Session | None) -> None:
        if self.session is not None:
            old = self.session
            self.session = None
            self.nav.clear()
            for page in self.pages.values():
                self.stack.removeWidget(page)
                page.deleteLater()
            self.pages = {}
            old.close()
        self.session = session
        has = session is not None
        for action in (
            self.save_as_action,
            self.import_action,
            self.import_report_action,
            self.close_action,
            self.privacy_action,
        ):
            action.setEnabled(has)
        self.nav.setVisible(has)
        if session is None:
            self.start.refresh()
            self.stack.setCurrentWidget(self.start)
            self.setWindowTitle("CeremonyKit")
            self.saved_label.setText("")
            self._update_undo()
            return
        titles = self.page_titles()
        for number, (name, (_module, _cls, icon_name)) in enumerate(PAGES.items(), 1):
            item = QListWidgetItem(icon(icon_name), titles[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(200, 40))
            item.setToolTip(
                self.tr("Alt+%1 oder Strg+%2")
                .replace("%1", PAGE_KEYS[name])
                .replace("%2", str(number))
            )
            self.nav.addItem(item)
        session.undo_stack.indexChanged.connect(self._update_undo)
        session.changed.connect(self._update_title)
        self.import_action.setEnabled(not session.read_only)
        if session.read_only:
            session.undo_stack.refused.connect(self._edit_refused)  # type: ignore[attr-defined]
        self.nav.setCurrentRow(0)
        self._update_title()
        self._update_undo()
        self.saved_label.setText(
            self.tr("Nur zum Lesen geöffnet – Änderungen sind nicht möglich")
            if session.read_only
            else self.tr("Alle Änderungen sind gespeichert")
        )
        self.saved_label.setToolTip(str(session.path))

    def _edit_refused(self) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Die Datei ist nur zum Lesen geöffnet; Änderungen sind nicht möglich. Zum Bearbeiten „Speichern unter…“ wählen oder warten, bis die Sperre frei ist."
            ),
            10000,
        )

    def _update_title(self, *_args: object) -> None:
        if self.session is not None:
            title = self.session.ceremony.title or self.tr("Neue Verleihung")
            name = self.session.path.name
            if self.session.read_only:
                name = self.tr("%1 (nur zum Lesen)").replace("%1", name)
            self.setWindowTitle(f"{title} – {name} – CeremonyKit")

    def page_titles(self) -> dict[str, str]:
        return {
            "event": self.tr("Veranstaltung"),
            "winners": self.tr("Preise & Preisträger"),
            "applicants": self.tr("Bewerbungen"),
            "photos": self.tr("Fotos"),
            "guests": self.tr("Gäste"),
            "evening": self.tr("Ablauf"),
            "documents": self.tr("Dokumente"),
            "check": self.tr("Prüfung"),
            "checkin": self.tr("Einlass"),
        }

    def page(self, name: str) -> Page:
        """The page ``name`` of the open project, built on first use (keeps opening fast)."""
        assert self.session is not None
        page = self.pages.get(name)
        if page is None:
            page = self.pages[name] = build_page(name, self.session)
            if self.session.read_only:
                page.make_read_only()
            self.stack.addWidget(page)
            if name == "check":
                page.jump.connect(self.go_to_finding)  # type: ignore[attr-defined]
        return page

    def _show_page(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None and self.session is not None:
            self.stack.setCurrentWidget(self.page(item.data(Qt.ItemDataRole.UserRole)))

    def show_page(self, name: str) -> Page | None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.nav.setCurrentRow(row)
                return self.page(name)
        return None

    def go_to_finding(self, finding: Finding) -> None:
        if finding.object_type == "signatory" or finding.field == "logo_asset_id":
            self.open_sender_dialog()  # signatures and the logo live in the sender dialog
            return
        if finding.field == "retention_until":
            self.open_privacy_dialog()
            return
        page = self.show_page(PAGE_FOR_OBJECT.get(finding.object_type, "event"))
        if page is not None and not page.focus_field(finding.object_id, finding.field):
            self.statusBar().showMessage(finding.message, 10000)

    def confirm_saved(self) -> None:
        """Strg+S: nothing to do – every change is stored at once – but people press it, so
        say so in the status bar (with the time, so a second press visibly answers too)."""
        if self.session is None:
            self.statusBar().showMessage(self.tr("Kein Projekt geöffnet."), 5000)
        elif self.session.read_only:
            self._edit_refused()
        else:
            self.statusBar().showMessage(
                self.tr("Gespeichert – alle Änderungen stehen in „%1“ (%2 Uhr).")
                .replace("%1", self.session.path.name)
                .replace("%2", datetime.now().strftime("%H:%M:%S")),
                8000,
            )

    def open_sender_dialog(self) -> None:
        if self.session is not None:
            from ceremonykit.gui.sender_dialog import SenderDialog

            SenderDialog(self.session, self).exec()

    def open_privacy_dialog(self) -> None:
        if self.session is not None:
            from ceremonykit.gui.privacy_dialog import PrivacyDialog

            PrivacyDialog(self.session, self).exec()

    # ------------------------------------------------------------------ file actions
    def open_path(self, path: Path, *, background: bool | None = None) -> bool:
        """Open a project file; a large one (or with ``background=True``) is read in a
        background thread while the window stays usable, and shows when it has arrived."""
        if self.session is not None and Path(path).resolve() == self.session.path.resolve():
            return True
        self._cancel_loading()  # the newer choice wins
        if background is None:
            background = project_loader.is_large(Path(path))
        if background:
            self.loader = project_loader.open_in_background(self, Path(path), self._loaded)
            if self.loader is None:
                return self._not_opened(Path(path))
            self.statusBar().showMessage(
                self.tr("„%1“ wird geladen …").replace("%1", Path(path).name)
            )
            return True
        session = project_io.open_session(self, Path(path))
        if session is None:
            return self._not_opened(Path(path))
        self._set_session(session)
        return True

    def _cancel_loading(self) -> None:
        if self.loader is not None:
            self.loader.cancel()
            self.loader = None
            self.statusBar().clearMessage()

    def _not_opened(self, path: Path) -> bool:
        if not path.exists():
            self.settings.remove_recent(path)
        self.start.refresh()
        return False

    def _loaded(self, session: Session | None) -> None:
        """A project read in the background has arrived (None: it could not be read)."""
        self.loader = None
        self.statusBar().clearMessage()
        if session is None:
            self.start.refresh()
            return
        self._set_session(session)

    def open_project(self) -> None:
        path = project_io.ask_open_path(self)
        if path is not None:
            self.open_path(path)

    def new_project(self, *, demo: bool = False) -> None:
        path = project_io.ask_new_path(
            self, self.tr("Beispielprojekt anlegen") if demo else self.tr("Neues Projekt anlegen")
        )
        if path is None:
            return
        ceremony = None
        if demo:
            from ceremonykit.demo import demo_ceremony

            ceremony = demo_ceremony()
        if self.session is not None and path.resolve() == self.session.path.resolve():
            self._set_session(None)  # replacing the open file: release it first
        session = project_io.create_session(self, path, ceremony)
        if session is not None:
            self._set_session(session)

    def new_demo(self) -> None:
        self.new_project(demo=True)

    def save_as(self) -> None:
        if self.session is None:
            return
        path = project_io.ask_new_path(self, self.tr("Speichern unter"))
        if path is None or path.resolve() == self.session.path.resolve():
            return
        try:
            self.session.project.backup_to(path)
        except Exception as exc:
            project_io.show_error(self, self.tr("Speichern unter"), exc)
            return
        self.open_path(path)

    def close_project(self) -> None:
        self._cancel_loading()
        self._set_session(None)

    def import_spreadsheet(self, path: Path | None) -> None:
        if self.session is None:
            self.statusBar().showMessage(
                self.tr("Bitte zuerst ein Projekt öffnen oder anlegen."), 8000
            )
            return
        if self.session.read_only:
            self._edit_refused()
            return
        from ceremonykit.gui.import_wizard import run_import_wizard

        run_import_wizard(self.session, path, self)

    def show_import_report(self) -> None:
        if self.session is None:
            return
        from ceremonykit.gui.import_wizard import show_last_report

        self.import_report_dialog = show_last_report(self.session, self)

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == ".ceremony":
                event.acceptProposedAction()
                self.open_path(path)
                return
            if path.suffix.lower() in SPREADSHEET_SUFFIXES:
                event.acceptProposedAction()
                self.import_spreadsheet(path)
                return

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        self._flush_editors()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self._cancel_loading()
        self._set_session(None)
        event.accept()

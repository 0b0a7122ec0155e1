"""Small dialogs: settings (language), about, and the start page shown without a project."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ceremonykit import __version__
from ceremonykit.gui.icons import icon
from ceremonykit.gui.pages.base import heading, hint
from ceremonykit.gui.settings import LANGUAGES, AppSettings


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einstellungen"))
        self.settings = AppSettings()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self.settings.language()))
        form = QFormLayout()
        form.addRow(self.tr("Sprache der Oberfläche:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "Die Sprache wechselt beim nächsten Start von CeremonyKit. Die Dokumente bleiben deutsch."
                )
            )
        )
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.set_language(self.language.currentData())
        super().accept()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "Über CeremonyKit"),
        QCoreApplication.translate(
            "About",
            "<h3>CeremonyKit %1</h3><p>Urkunden, Medieninformation, Newsroom-Artikel, Riesenschecks und Gästelisten aus einer Quelle – für die Pressestelle der Stadt Dortmund.</p>"
            "<p>Alle Änderungen werden sofort in der Projektdatei gespeichert. Rückgängig mit Strg+Z, Wiederholen mit Strg+Y.</p>"
            "<p>Schriften: Noto Sans/Serif (SIL Open Font License), DejaVu. Oberfläche: Qt for Python (LGPL).</p>",
        ).replace("%1", __version__),
    )


class StartPage(QWidget):
    """Shown when no project is open: new, open, demo, and the recent files."""

    def __init__(
        self,
        on_new: Callable[[], None],
        on_open: Callable[[], None],
        on_demo: Callable[[], None],
        on_recent: Callable[[Path], object],
    ) -> None:
        super().__init__()
        self.on_recent = on_recent
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(heading(self.tr("Willkommen bei CeremonyKit")))
        layout.addWidget(
            hint(
                self.tr(
                    "Eine Projektdatei pro Preisverleihung: Preise, Preisträger, Laudationes, Fotos und Gäste an einem Ort – und alle Dokumente daraus."
                )
            )
        )
        for text, name, slot, tip in (
            (
                self.tr("Neues Projekt anlegen…"),
                "new",
                on_new,
                self.tr("Eine neue, leere Projektdatei für eine Verleihung anlegen"),
            ),
            (
                self.tr("Projekt öffnen…"),
                "open",
                on_open,
                self.tr("Eine vorhandene .ceremony-Datei öffnen"),
            ),
            (
                self.tr("Beispielprojekt ausprobieren…"),
                "demo",
                on_demo,
                self.tr(
                    "Ein vollständig ausgefülltes, erfundenes Beispiel zum Kennenlernen anlegen"
                ),
            ),
        ):
            button = QPushButton(icon(name), text)
            button.setToolTip(tip)
            button.setMinimumHeight(36)
            button.setMaximumWidth(360)
            button.clicked.connect(slot)
            layout.addWidget(button)
        layout.addSpacing(16)
        self.recent_label = QLabel(self.tr("Zuletzt geöffnet:"))
        layout.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setMaximumWidth(720)
        self.recent.setMaximumHeight(190)
        self.recent.itemActivated.connect(
            lambda item: self.on_recent(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(self.recent)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        files = AppSettings().recent_files()
        for path in files:
            item = QListWidgetItem(icon("file"), f"{path.name}   –   {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(files))
        self.recent_label.setVisible(bool(files))

"""Import wizard: file → sheet → header and column mapping → preview of every row → import.

It only shows and edits what ``ceremonykit.importing`` decides (read_workbook, preview, commit);
reading and previewing run in background jobs, the import itself is one undo command.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ceremonykit.gui.commands import ImportRows
from ceremonykit.gui.models.import_rows import RowReportModel
from ceremonykit.gui.pages.base import hint
from ceremonykit.gui.session import Session
from ceremonykit.gui.settings import AppSettings
from ceremonykit.gui.workers import Job

if TYPE_CHECKING:
    from ceremonykit.importing import ImportPreview, WorkbookInfo

IGNORE = "-"
SAMPLE_ROWS = 8


def _if_current(page: Any, job: Job, slot: Callable[[Any], None]) -> Callable[[Any], None]:
    """A slot that forwards only while ``job`` is the page's current job: a job the user has
    overtaken (went back, changed the mapping) finishing late must not change anything."""

    def forward(value: Any) -> None:
        if job is page._job:
            slot(value)

    return forward


class ImportWizard(QWizard):
    """Holds what the pages found out: the read workbook, the chosen sheet, the plan."""

    def __init__(self, session: Session, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.info: WorkbookInfo | None = None
        self.target = "guests"
        self.sheet = ""
        self.mapping: dict[str, str] | None = None
        self.plan: ImportPreview | None = None
        self.setWindowTitle(self.tr("Tabelle importieren"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Importieren"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Weiter >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Zurück"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))
        self.file_page = FilePage(self, path)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.resize(900, 620)

    def accept(self) -> None:
        if self.plan is not None:
            command = ImportRows(
                self.session,
                self.plan,
                self.tr("Import aus „%1“").replace("%1", self.plan.path.name),
            )
            self.session.undo_stack.push(command)
        super().accept()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: Path | None) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Datei wählen"))
        self.setSubTitle(
            self.tr(
                "Excel (.xlsx, .xls), LibreOffice (.ods) oder CSV. Die Datei wird nur gelesen, nie verändert."
            )
        )
        self.path = QLineEdit(str(path) if path else "")
        self.path.setPlaceholderText(self.tr("Pfad der Tabelle"))
        self.path.textChanged.connect(self._changed)
        browse = QPushButton(self.tr("Durchsuchen…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.targets = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Was steht in der Tabelle?")))
        for value, label in (
            ("guests", self.tr("Gäste")),
            ("winners", self.tr("Preisträger")),
            ("applicants", self.tr("Bewerbungen")),
        ):
            button = QRadioButton(label)
            button.setProperty("target", value)
            button.setChecked(value == "guests")
            self.targets.addButton(button)
            layout.addWidget(button)
        self.status = hint("")
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._loaded: Path | None = None
        self._job: Job | None = None

    def browse(self) -> None:
        settings = AppSettings()
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Tabelle wählen"),
            settings.last_dir(),
            self.tr("Tabellen (*.xlsx *.xlsm *.xls *.ods *.csv)"),
        )
        if name:
            settings.set_last_dir(Path(name).parent)
            self.path.setText(name)

    def _changed(self) -> None:
        self._loaded = None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and self._job is None

    def validatePage(self) -> bool:
        checked = self.targets.checkedButton()
        self.w.target = str(checked.property("target")) if checked else "guests"
        path = Path(self.path.text().strip())
        if self._loaded == path and self.w.info is not None:
            return True
        self.status.setText(self.tr("Datei wird gelesen …"))
        from ceremonykit.importing import read_workbook

        job = Job(lambda _p, _c: read_workbook(path), self)
        job.finished.connect(_if_current(self, job, functools.partial(self._read, path)))
        job.failed.connect(_if_current(self, job, self._failed))
        self._job = job
        self.completeChanged.emit()
        job.start()
        return False

    def _read(self, path: Path, info: WorkbookInfo) -> None:
        self._job = None
        self._loaded = path
        self.w.info = info
        self.status.setText("")
        self.completeChanged.emit()
        self.w.next()

    def _failed(self, message: str) -> None:
        self._job = None
        self.status.setText(message)
        self.completeChanged.emit()


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Tabellenblatt wählen"))
        self.setSubTitle(
            self.tr("Das Blatt mit der Liste auswählen; unten stehen seine ersten Zeilen.")
        )
        self.sheets = QListWidget()
        self.sheets.setMaximumHeight(130)
        self.sheets.currentRowChanged.connect(self._show_sample)
        self.sample = QTableWidget()
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheets)
        layout.addWidget(self.sample, 1)

    def initializePage(self) -> None:
        self.sheets.clear()
        info = self.w.info
        assert info is not None
        for sheet in info.sheets:
            if sheet.chart:
                continue
            text = (
                self.tr("%1 – %2 Zeilen")
                .replace("%1", sheet.name)
                .replace("%2", str(len(sheet.rows)))
            )
            if not sheet.visible:
                text += self.tr(" (ausgeblendet)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            self.sheets.addItem(item)
        first = next(
            (
                n
                for n, s in enumerate(s for s in info.sheets if not s.chart)
                if s.visible and s.rows
            ),
            0,
        )
        self.sheets.setCurrentRow(first)

    def _show_sample(self, row: int) -> None:
        item = self.sheets.item(row)
        if item is None or self.w.info is None:
            return
        sheet = self.w.info.sheet(item.data(Qt.ItemDataRole.UserRole))
        rows = sheet.rows[:SAMPLE_ROWS]
        width = max((len(r) for r in rows), default=0)
        self.sample.clear()
        self.sample.setRowCount(len(rows))
        self.sample.setColumnCount(width)
        from ceremonykit.importing import column_letter

        self.sample.setHorizontalHeaderLabels([column_letter(i) for i in range(width)])
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.sample.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.sheets.currentItem() is not None

    def validatePage(self) -> bool:
        item = self.sheets.currentItem()
        self.w.sheet = item.data(Qt.ItemDataRole.UserRole)
        self.w.mapping = None
        return True


class MappingPage(QWizardPage):
    """Detected header row and column → field mapping, editable per column."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Spalten zuordnen"))
        self.setSubTitle(
            self.tr(
                "CeremonyKit hat die Überschriften erkannt. Bitte prüfen und bei Bedarf ändern."
            )
        )
        self.status = hint("")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Spalte"),
                self.tr("Überschrift"),
                self.tr("Beispiel"),
                self.tr("Übernehmen als"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._ready = False

    def initializePage(self) -> None:
        self._ready = False
        self.table.setRowCount(0)
        self.status.setText(self.tr("Überschriften werden gesucht …"))
        w = self.w
        from ceremonykit.importing import preview

        info = w.info
        assert info is not None
        # the job works on copies taken now: the user may go back and change things meanwhile
        target, sheet, ceremony = w.target, w.sheet, w.session.ceremony
        job = Job(lambda _p, _c: preview(info, target, sheet, None, ceremony), self)
        job.finished.connect(_if_current(self, job, self._detected))
        job.failed.connect(_if_current(self, job, self._failed))
        self._job = job
        job.start()

    def _detected(self, plan: ImportPreview) -> None:
        from ceremonykit.importing import FIELDS, Target

        fields = [(IGNORE, self.tr("(nicht übernehmen)"))] + [
            (f.name, f.label) for f in FIELDS[Target(self.w.target)]
        ]
        mapping = plan.mapping
        sheet = self.w.info.sheet(plan.sheet) if self.w.info else None
        sample_row = (
            sheet.rows[mapping.header_row] if sheet and mapping.header_row < len(sheet.rows) else []
        )
        self.status.setText(
            self.tr("Überschriften erkannt in Zeile %1 des Blatts „%2“.")
            .replace("%1", str(mapping.header_row))
            .replace("%2", plan.sheet)
        )
        self.table.setRowCount(len(mapping.columns))
        for r, column in enumerate(mapping.columns):
            sample = sample_row[column.index] if column.index < len(sample_row) else ""
            for c, text in enumerate(
                (column.letter, column.header, "" if sample is None else str(sample))
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
            combo = QComboBox()
            for value, label in fields:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(column.field or IGNORE)))
            self.table.setCellWidget(r, 3, combo)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(3, 220)
        self._ready = True
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self._ready = False
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._ready

    def chosen_mapping(self) -> dict[str, str]:
        result = {}
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 3)
            assert isinstance(combo, QComboBox)
            letter = self.table.item(r, 0)
            if letter is not None:
                result[letter.text()] = combo.currentData()
        return result

    def validatePage(self) -> bool:
        self.w.mapping = self.chosen_mapping()
        return True


class PreviewPage(QWizardPage):
    """What would happen to every row; "Importieren" writes exactly this."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Vorschau"))
        self.setSubTitle(
            self.tr(
                "So wird jede Zeile übernommen. Zeilen mit Fehlern werden ausgelassen; die Hinweise sagen, was zu ändern ist."
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.notes = hint("")
        self.model = RowReportModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 60)
        self.view.setColumnWidth(1, 110)
        self.view.setColumnWidth(2, 260)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        self.w.plan = None
        self.summary.setText(self.tr("Vorschau wird berechnet …"))
        self.model.set_rows([])
        w = self.w
        from ceremonykit.importing import preview

        info = w.info
        assert info is not None
        # copies taken now: an older job finishing late must not replace the current plan
        target, sheet, ceremony = w.target, w.sheet, w.session.ceremony
        mapping = dict(w.mapping) if w.mapping is not None else None
        job = Job(lambda _p, _c: preview(info, target, sheet, mapping, ceremony), self)
        job.finished.connect(_if_current(self, job, self._planned))
        job.failed.connect(_if_current(self, job, self._failed))
        self._job = job
        job.start()

    def _planned(self, plan: ImportPreview) -> None:
        self.w.plan = plan
        self.model.set_rows(plan.rows)
        self.summary.setText(self.tr("Ergebnis: %1").replace("%1", plan.summary()))
        self.notes.setText("\n".join(plan.notes))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.summary.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.plan is not None and bool(self.w.plan.changes)


def run_import_wizard(session: Session, path: Path | None, parent: QWidget) -> Any:
    """Open the wizard (modal); the import is one undo step."""
    wizard = ImportWizard(session, path, parent)
    return wizard.exec()

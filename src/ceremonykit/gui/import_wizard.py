"""Import wizard: file → sheet and target → header and column mapping → preview → import.

It only shows and edits what ``ceremonykit.importing`` decides (read_workbook, propose_mapping,
preview, commit); reading and previewing run in background jobs, the import itself is one undo
command. It never dead-ends: the target is suggested from the headers but stays a choice, every
column can be assigned from a dropdown whatever its header says, the header row can be chosen
by hand, and every message says what to do in the wizard (never a command-line option).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
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
    from ceremonykit.importing import ImportPreview, Sheet, WorkbookInfo

log = logging.getLogger(__name__)
IGNORE = "-"
SAMPLE_ROWS = 8


def _if_current(page: Any, job: Job, slot: Callable[[Any], None]) -> Callable[[Any], None]:
    """A slot that forwards only while ``job`` is the page's current job: a job the user has
    overtaken (went back, changed the mapping) finishing late must not change anything."""

    def forward(value: Any) -> None:
        if job is page._job:
            slot(value)

    return forward


def _shown(value: object) -> str:
    """A cell as the sheet shows it: "#NV" for an error value, "" for an empty cell."""
    code = getattr(value, "code", None)  # CellError, without importing the reader here
    if isinstance(code, str):
        return code
    return "" if value is None else str(value)


class ImportWizard(QWizard):
    """Holds what the pages found out: the read workbook, the chosen sheet, the plan."""

    def __init__(self, session: Session, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.info: WorkbookInfo | None = None
        self.target = "guests"
        self.sheet = ""
        self.header_row: int | None = None  # Excel row number chosen on the mapping page
        self.mapping: dict[str, str] | None = None
        self.duplicates: dict[int | None, Any] = {}  # row -> DuplicateChoice
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
            self._keep_report(self.plan)
        super().accept()

    def _keep_report(self, plan: ImportPreview) -> None:
        """The row report stays beside the project ("Datei › Letzter Importbericht")."""
        from ceremonykit.importing.report_file import save_report

        try:
            save_report(self.session.path, plan.path, plan.rows)
        except OSError as exc:
            log.warning("import report not saved: %s", exc)


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
        layout = QVBoxLayout(self)
        layout.addLayout(row)
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
            self.tr(
                "Das Blatt mit der Liste auswählen; unten stehen seine ersten Zeilen. "
                "Was in der Liste steht, erkennt CeremonyKit an den Überschriften."
            )
        )
        self.sheets = QListWidget()
        self.sheets.setMaximumHeight(130)
        self.sheets.currentRowChanged.connect(self._show_sample)
        self.targets = QButtonGroup(self)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Was steht in der Tabelle?")))
        for value, label in (
            ("guests", self.tr("Gäste")),
            ("winners", self.tr("Preisträger")),
            ("applicants", self.tr("Bewerbungen")),
        ):
            button = QRadioButton(label)
            button.setProperty("target", value)
            button.setChecked(value == "guests")
            self.targets.addButton(button)
            choice.addWidget(button)
        choice.addStretch(1)
        self.detected = hint("")
        self.sample = QTableWidget()
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheets)
        layout.addLayout(choice)
        layout.addWidget(self.detected)
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
                self.sample.setItem(r, c, QTableWidgetItem(_shown(value)))
        self._suggest_target(sheet)
        self.completeChanged.emit()

    def _suggest_target(self, sheet: Sheet) -> None:
        from ceremonykit.importing.proposal import detect_target

        target = detect_target(sheet)
        if target is None:
            self.detected.setText(
                self.tr(
                    "Die Überschriften verraten nicht, was in der Liste steht – bitte oben wählen."
                )
            )
            return
        for button in self.targets.buttons():
            button.setChecked(button.property("target") == target.value)
        label = next(b.text() for b in self.targets.buttons() if b.isChecked())
        self.detected.setText(
            self.tr("Erkannt an den Überschriften: %1 (bei Bedarf oben ändern).").replace(
                "%1", label
            )
        )

    def target(self) -> str:
        checked = self.targets.checkedButton()
        return str(checked.property("target")) if checked else "guests"

    def isComplete(self) -> bool:
        return self.sheets.currentItem() is not None

    def validatePage(self) -> bool:
        item = self.sheets.currentItem()
        self.w.sheet = item.data(Qt.ItemDataRole.UserRole)
        self.w.target = self.target()
        self.w.mapping = None
        self.w.header_row = None
        return True


class MappingPage(QWizardPage):
    """Header row and column → field mapping: every column listed, each with a dropdown."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Spalten zuordnen"))
        self.setSubTitle(
            self.tr(
                "Jede Spalte der Tabelle steht unten. Was CeremonyKit an den Überschriften "
                "erkannt hat, ist schon gewählt; alles andere lässt sich rechts zuordnen."
            )
        )
        self.header_row = QSpinBox()
        self.header_row.setSpecialValueText(self.tr("keine"))
        self.header_row.valueChanged.connect(self._header_row_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Überschriften in Zeile:")))
        top.addWidget(self.header_row)
        top.addStretch(1)
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
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._filling = False

    def initializePage(self) -> None:
        info = self.w.info
        assert info is not None
        sheet = info.sheet(self.w.sheet)
        self._filling = True
        self.header_row.setRange(0, max(1, min(len(sheet.rows), 1000)))
        self._filling = False
        self._propose(self.w.header_row)

    def _header_row_changed(self, value: int) -> None:
        if not self._filling:
            self._propose(value)

    def _propose(self, header_row: int | None) -> None:
        """Fill the table from :func:`propose_mapping` (fast: only the first rows are read)."""
        from ceremonykit.importing import FIELDS, Target
        from ceremonykit.importing.proposal import propose_mapping

        info = self.w.info
        assert info is not None
        target = Target(self.w.target)
        mapping = propose_mapping(info, target, self.w.sheet, header_row, self.w.session.ceremony)
        self._filling = True
        self.header_row.setValue(mapping.header_row)
        self._filling = False
        fields = [(IGNORE, self.tr("(nicht übernehmen)"))] + [
            (f.name, f.label) for f in FIELDS[target]
        ]
        sheet = info.sheet(self.w.sheet)
        sample_row = sheet.rows[mapping.header_row] if mapping.header_row < len(sheet.rows) else []
        self.table.setRowCount(len(mapping.columns))
        for r, column in enumerate(mapping.columns):
            sample = sample_row[column.index] if column.index < len(sample_row) else None
            for c, text in enumerate((column.letter, column.header, _shown(sample))):
                self.table.setItem(r, c, QTableWidgetItem(text))
            combo = QComboBox()
            for value, label in fields:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(column.field or IGNORE)))
            combo.currentIndexChanged.connect(self._assigned)
            self.table.setCellWidget(r, 3, combo)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(3, 220)
        self._notes = mapping.notes
        self._assigned()

    def _assigned(self) -> None:
        """Say what is still missing (in the wizard's words) and enable "Weiter" once enough
        is assigned to import anything."""
        chosen = set(self.chosen_mapping().values())
        needed = self._needed()
        if self.header_row.value():
            where = self.tr("Überschriften in Zeile %1.").replace(
                "%1", str(self.header_row.value())
            )
        else:
            where = self.tr("Ohne Überschriftenzeile: alle Zeilen sind Daten.")
        if chosen & needed:
            text = " ".join([where, *self._notes])
        else:
            text = (
                where
                + " "
                + self.tr(
                    "Bitte rechts zuordnen, welche Spalte %1 enthält – oder oben die Zeile mit "
                    "den Überschriften wählen."
                ).replace("%1", self._needed_text())
            )
        self.status.setText(text)
        self.completeChanged.emit()

    def _needed(self) -> set[str]:
        if self.w.target == "guests":
            return {"first_name", "last_name", "email"}
        return {"organisation", "persons"}

    def _needed_text(self) -> str:
        if self.w.target == "guests":
            return self.tr("den Namen (Vorname, Nachname) oder die E-Mail-Adresse")
        return self.tr("den Preisträger (Organisation oder Personen)")

    def isComplete(self) -> bool:
        return bool(set(self.chosen_mapping().values()) & self._needed())

    def chosen_mapping(self) -> dict[str, str]:
        result = {}
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 3)
            letter = self.table.item(r, 0)
            if isinstance(combo, QComboBox) and letter is not None:
                result[letter.text()] = combo.currentData()
        return result

    def validatePage(self) -> bool:
        self.w.mapping = self.chosen_mapping()
        self.w.header_row = self.header_row.value()
        self.w.duplicates = {}
        return True


class PreviewPage(QWizardPage):
    """What would happen to every row; "Importieren" writes exactly this."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Vorschau"))
        self.setSubTitle(
            self.tr(
                "So wird jede Zeile übernommen, mit den gelesenen Werten. Zeilen mit Fehlern "
                "werden ausgelassen; die Hinweise sagen, was zu ändern ist."
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.notes = hint("")
        self.problems_only = QCheckBox(self.tr("nur Probleme"))
        self.problems_only.toggled.connect(self._filter)
        self.model = RowReportModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 60)
        self.view.setColumnWidth(1, 110)
        self.view.setColumnWidth(2, 220)
        self.view.setColumnWidth(3, 200)
        self.duplicates = QTableWidget(0, 4)
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("Zeile"), self.tr("wie Zeile"), self.tr("Grund"), self.tr("Entscheidung")]
        )
        self.duplicates.verticalHeader().hide()
        self.duplicates.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.duplicates.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.duplicates.setMaximumHeight(150)
        self.duplicates_label = QLabel(self.tr("Mögliche Doppelte – bitte je Zeile entscheiden:"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.problems_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates)
        self._job: Job | None = None

    def initializePage(self) -> None:
        self._plan()

    def _plan(self) -> None:
        self.w.plan = None
        self.summary.setText(self.tr("Vorschau wird berechnet …"))
        self.completeChanged.emit()
        w = self.w
        from ceremonykit.importing import preview

        info = w.info
        assert info is not None
        # copies taken now: an older job finishing late must not replace the current plan
        target, sheet, ceremony, header = w.target, w.sheet, w.session.ceremony, w.header_row
        mapping = dict(w.mapping) if w.mapping is not None else None
        duplicates = dict(w.duplicates)
        job = Job(
            lambda _p, _c: preview(
                info,
                target,
                sheet,
                mapping,
                ceremony,
                header_row=header,
                duplicates=duplicates,
            ),
            self,
        )
        job.finished.connect(_if_current(self, job, self._planned))
        job.failed.connect(_if_current(self, job, self._failed))
        self._job = job
        job.start()

    def _planned(self, plan: ImportPreview) -> None:
        self._job = None
        self.w.plan = plan
        self.model.set_rows(plan.rows)
        self.summary.setText(self.tr("Ergebnis: %1").replace("%1", plan.summary()))
        self.notes.setText("\n".join(plan.notes))
        self._show_duplicates(plan)
        self.completeChanged.emit()

    def _show_duplicates(self, plan: ImportPreview) -> None:
        from ceremonykit.importing.report import DuplicateChoice

        suspected = [r for r in plan.rows if r.duplicate is not None]
        self.duplicates_label.setVisible(bool(suspected))
        self.duplicates.setVisible(bool(suspected))
        self.duplicates.setRowCount(len(suspected))
        for n, report in enumerate(suspected[:500]):
            assert report.duplicate is not None
            for c, text in enumerate(
                (str(report.row), str(report.duplicate.earlier_row), report.duplicate.reason)
            ):
                self.duplicates.setItem(n, c, QTableWidgetItem(text))
            combo = QComboBox()
            for choice in DuplicateChoice:
                combo.addItem(choice.value, choice)
            combo.setCurrentIndex(combo.findData(report.duplicate.choice))
            combo.currentIndexChanged.connect(functools.partial(self._decide, report.row, combo))
            self.duplicates.setCellWidget(n, 3, combo)
        self.duplicates.resizeColumnsToContents()

    def _decide(self, row: int, combo: QComboBox, _index: int) -> None:
        """Staff decided about one suspected duplicate: plan again with that choice."""
        from ceremonykit.importing.report import DuplicateChoice

        self.w.duplicates[row] = DuplicateChoice(combo.currentData())  # Qt hands back a str
        self._plan()

    def _filter(self, on: bool) -> None:
        self.model.set_problems_only(on)

    def _failed(self, message: str) -> None:
        self._job = None
        self.summary.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.plan is not None and bool(self.w.plan.changes)


class ReportDialog(QDialog):
    """The row report of the last import, kept beside the project file."""

    def __init__(self, source: str, rows: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letzter Importbericht"))
        self.model = RowReportModel()
        self.model.set_rows(rows)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setColumnWidth(2, 220)
        view.setColumnWidth(3, 200)
        problems = QCheckBox(self.tr("nur Probleme"))
        problems.toggled.connect(self.model.set_problems_only)
        self.problems_only = problems
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Import aus „%1“").replace("%1", source)))
        layout.addWidget(problems)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)


def show_last_report(session: Session, parent: QWidget) -> ReportDialog | None:
    """Open the kept report of the last import; None (and a message) if there is none."""
    from ceremonykit.importing.report_file import load_report

    source, rows = load_report(session.path)
    if not rows:
        t = QCoreApplication.translate
        QMessageBox.information(
            parent,
            t("ReportDialog", "Letzter Importbericht"),
            t("ReportDialog", "Zu diesem Projekt gibt es noch keinen Importbericht."),
        )
        return None
    dialog = ReportDialog(source, rows, parent)
    dialog.show()
    return dialog


def run_import_wizard(session: Session, path: Path | None, parent: QWidget) -> Any:
    """Open the wizard (modal); the import is one undo step."""
    wizard = ImportWizard(session, path, parent)
    return wizard.exec()

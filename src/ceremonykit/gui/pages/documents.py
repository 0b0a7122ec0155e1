"""Page *Dokumente*: choose kinds, formats and designs; live preview; export with progress.

Everything about the kinds comes from :func:`ceremonykit.documents.registry.all_kinds` – the page
knows no kind by name. Preview and export run in background jobs and read the saved project.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ceremonykit.build import build_ceremony
from ceremonykit.build.edited import edited_in_the_way
from ceremonykit.build.report_text import describe, subject_names
from ceremonykit.documents.context import BuildOptions, BuildReport
from ceremonykit.documents.kind import design_label
from ceremonykit.documents.registry import DocumentKind, all_kinds
from ceremonykit.gui.option_widgets import OptionsForm, options_form
from ceremonykit.gui.pages.base import Page, group, heading, hint
from ceremonykit.gui.preview import (
    GUEST_KINDS,
    PREVIEW_FORMATS,
    WINNER_KINDS,
    PreviewPane,
    build_preview,
    new_preview_root,
)
from ceremonykit.gui.session import Session
from ceremonykit.gui.workers import Job
from ceremonykit.paths import resolve_output_dir
from ceremonykit.project import read_ceremony
from ceremonykit.template_folders import outside_folder_text, template_needing_confirmation

FORMAT_LABELS = {
    "pdf": "PDF",
    "docx": "Word",
    "png": "Bild (PNG)",
    "jpg": "Bild (JPEG)",
    "txt": "Text",
    "html": "HTML",
    "xlsx": "Excel",
}


PREVIEW_DEBOUNCE_MS = 150
"""Pause after the last edit before the preview is rebuilt."""


class DocumentsPage(Page):
    EDITS = False  # build choices only: building works when the file is open read-only
    ICON = "documents"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.built = False
        self.preview_job: Job | None = None
        self.preview_subject = ""
        session.focus_changed.connect(self._focus_changed)
        self.export_job: Job | None = None
        self.outer = QVBoxLayout(self)

    def ensure_built(self) -> None:
        """Build the page on first use: reading the registry imports every document kind."""
        if self.built:
            return
        self.built = True
        self.kinds: list[DocumentKind] = list(all_kinds())
        self.formats: dict[str, set[str]] = {
            k.name: set(k.formats_by_default()) for k in self.kinds
        }
        self.designs: dict[str, str] = {k.name: k.designs[0] for k in self.kinds if k.designs}
        self.report: BuildReport | None = None
        self._preview_root = new_preview_root()
        self.destroyed.connect(lambda *_: shutil.rmtree(self._preview_root, ignore_errors=True))

        self.kind_list = QListWidget()
        self.kind_list.setToolTip(
            self.tr("Haken = wird exportiert. Auswahl = wird rechts in der Vorschau gezeigt.")
        )
        for kind in self.kinds:
            item = QListWidgetItem(kind.label if self._german() else kind.label_en)
            item.setData(Qt.ItemDataRole.UserRole, kind.name)
            item.setToolTip(kind.description)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.kind_list.addItem(item)
        self.kind_list.currentRowChanged.connect(self._kind_selected)

        box, form = group(self.tr("Ausgewählte Dokumentart"))
        self.format_row = QHBoxLayout()
        self.format_row.addStretch(1)
        self.format_boxes: list[QCheckBox] = []
        form.addRow(self.tr("Formate:"), self.format_row)
        self.design_combo = QComboBox()
        self.design_combo.activated.connect(self._design_chosen)
        form.addRow(self.tr("Gestaltung:"), self.design_combo)
        self.options_form: OptionsForm | None = None
        self.options_row = QVBoxLayout()
        form.addRow(self.options_row)
        self.description = hint("")
        form.addRow(self.description)
        self.kind_box = box

        self.preview = PreviewPane()
        self.preview.setMinimumWidth(360)
        self.preview_status = QLabel()
        self.preview_status.setObjectName("hint")
        self._preview_timer = QTimer(self, singleShot=True, interval=400)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.out_dir = QLineEdit(str(self.default_out_dir()))
        self.out_dir.setToolTip(self.tr("In diesen Ordner werden die Dokumente geschrieben."))
        choose = QPushButton(self.tr("Ordner wählen…"))
        choose.clicked.connect(self.choose_dir)
        self.export_button = QPushButton(self.tr("Dokumente erstellen"))
        self.export_button.setDefault(True)
        self.export_button.setToolTip(
            self.tr("Alle angehakten Dokumentarten in den Ausgabeordner schreiben")
        )
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setFormat("")
        self.report_text = QPlainTextEdit()
        self.report_text.setReadOnly(True)
        self.report_text.setPlaceholderText(
            self.tr(
                "Hier steht nach dem Erstellen, was geschrieben, übersprungen oder fehlgeschlagen ist."
            )
        )
        self.report_text.setMaximumHeight(130)
        self.open_folder = QPushButton(self.tr("Ordner öffnen"))
        self.open_folder.clicked.connect(self.open_out_dir)
        self.open_word = QPushButton(self.tr("In Word öffnen"))
        self.open_word.setToolTip(self.tr("Das erste Word-Dokument der ausgewählten Art öffnen"))
        self.open_word.clicked.connect(self.open_in_word)
        self.open_folder.setEnabled(False)
        self.open_word.setEnabled(False)

        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(heading(self.tr("Dokumente")))
        self.no_kinds = hint(
            self.tr(
                "Es sind noch keine Dokumentarten installiert. Sobald Urkunden, Medieninformation usw. verfügbar sind, erscheinen sie hier."
            )
        )
        col.addWidget(self.no_kinds)
        col.addWidget(self.kind_list, 1)
        col.addWidget(box)
        if not self.kinds:
            col.addStretch(1)
        out_row = QHBoxLayout()
        out_row.addWidget(QLabel(self.tr("Ausgabeordner:")))
        out_row.addWidget(self.out_dir, 1)
        out_row.addWidget(choose)
        col.addLayout(out_row)
        run_row = QHBoxLayout()
        run_row.addWidget(self.export_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)
        col.addLayout(run_row)
        col.addWidget(self.report_text)
        done_row = QHBoxLayout()
        done_row.addWidget(self.open_folder)
        done_row.addWidget(self.open_word)
        done_row.addStretch(1)
        col.addLayout(done_row)

        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(heading(self.tr("Vorschau")))
        title_row.addStretch(1)
        refresh = QPushButton(self.tr("Aktualisieren"))
        refresh.clicked.connect(self.refresh_preview)
        title_row.addWidget(refresh)
        rcol.addLayout(title_row)
        rcol.addWidget(self.preview.controls)
        rcol.addWidget(self.preview, 1)
        rcol.addWidget(self.preview_status)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.outer.addWidget(splitter)
        splitter.show()

        has_kinds = bool(self.kinds)
        self.no_kinds.setVisible(not has_kinds)
        self.kind_list.setVisible(has_kinds)
        self.kind_box.setVisible(has_kinds)
        self.export_button.setEnabled(has_kinds)
        if has_kinds:
            self.kind_list.setCurrentRow(0)
        else:
            self.preview.show_message(
                self.tr("Keine Vorschau: noch keine Dokumentarten installiert.")
            )

    def title(self) -> str:
        return self.tr("Dokumente")

    def _german(self) -> bool:
        return self.tr("Dokumente") == "Dokumente"

    def default_out_dir(self) -> Path:
        path = self.session.path
        return path.with_name(f"{path.stem} – Dokumente")

    def current_kind(self) -> DocumentKind | None:
        row = self.kind_list.currentRow()
        return self.kinds[row] if 0 <= row < len(self.kinds) else None

    # ------------------------------------------------------------------ choices
    def _kind_selected(self, _row: int) -> None:
        kind = self.current_kind()
        for box in self.format_boxes:
            self.format_row.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.format_boxes = []
        if kind is None:
            return
        for fmt in kind.formats:
            box = QCheckBox(FORMAT_LABELS.get(fmt, fmt.upper()))
            box.setChecked(fmt in self.formats[kind.name])
            box.toggled.connect(lambda on, f=fmt, k=kind.name: self._format_toggled(k, f, on))
            self.format_row.insertWidget(len(self.format_boxes), box)
            self.format_boxes.append(box)
        self.design_combo.clear()
        for design in kind.designs:
            self.design_combo.addItem(design_label(kind.name, design), design)
        if not kind.designs:
            self.design_combo.addItem(self.tr("Standard (Hausstil)"), "")
        self.design_combo.setEnabled(bool(kind.designs))
        if kind.name in self.designs:
            self.design_combo.setCurrentIndex(
                max(0, self.design_combo.findData(self.designs[kind.name]))
            )
        self.description.setText(kind.description)
        self._show_options(kind)
        self._preview_timer.start()

    def _refresh_options(self) -> None:
        kind = self.current_kind()
        if kind is not None:
            self._show_options(kind)

    def _show_options(self, kind: DocumentKind) -> None:
        """The option widgets of ``kind``, made from its declarations (values from the project)."""
        if self.options_form is not None:
            self.options_row.removeWidget(self.options_form)
            self.options_form.hide()
            self.options_form.deleteLater()
        self.options_form = options_form(self.session, kind)
        if self.options_form is not None:
            self.options_row.addWidget(self.options_form)

    def _format_toggled(self, kind: str, fmt: str, on: bool) -> None:
        (self.formats[kind].add if on else self.formats[kind].discard)(fmt)

    def _design_chosen(self, _index: int) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.designs[kind.name] = self.design_combo.currentData()
            self._preview_timer.start()

    def checked_kinds(self) -> list[str]:
        names = []
        for row in range(self.kind_list.count()):
            item = self.kind_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                names.append(item.data(Qt.ItemDataRole.UserRole))
        return names

    def build_options(self) -> BuildOptions:
        return BuildOptions(
            formats={k: tuple(sorted(v)) for k, v in self.formats.items()},
            designs=dict(self.designs),
        )

    def choose_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Ausgabeordner wählen"), self.out_dir.text()
        )
        if folder:
            self.out_dir.setText(folder)

    # ------------------------------------------------------------------ preview
    def on_changed(self, object_type: str, object_id: object) -> None:
        """Any stored edit makes the preview stale: it says so at once and is rebuilt after a
        short pause (debounced: typing does not start a build per key); on a hidden page the
        rebuild waits until the page is shown again."""
        if self.built and object_type == "ceremony" and object_id in ("settings", None):
            # an option changed (or was undone): show the stored values; after the signal,
            # because the widget that changed it may still be on the call stack
            QTimer.singleShot(0, self._refresh_options)
        self.preview_outdated()

    def _focus_changed(self, object_type: str, _object_id: object) -> None:
        kind = self.current_kind() if self.built else None
        if kind is not None and kind.name in (
            WINNER_KINDS if object_type == "winner" else GUEST_KINDS
        ):
            self.preview_outdated()

    def preview_outdated(self) -> None:
        if not self.built:
            return
        self.preview.set_stale(True, self.tr("veraltet – wird aktualisiert …"))
        if self.isVisible():
            self._preview_timer.start(PREVIEW_DEBOUNCE_MS)

    def showEvent(self, event: Any) -> None:
        self.ensure_built()
        super().showEvent(event)
        if self.kinds and (self.preview.shown_file is None or self.preview.stale):
            self._preview_timer.start(100)

    def refresh_preview(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        if not set(kind.formats) & set(PREVIEW_FORMATS):
            self.preview.show_message(
                self.tr(
                    "Für diese Dokumentart gibt es keine Vorschau (nur %1). Mit „Dokumente erstellen“ erzeugen und dann öffnen."
                ).replace("%1", ", ".join(FORMAT_LABELS.get(f, f) for f in kind.formats))
            )
            return
        if self.preview_job is not None and self.preview_job.running:
            self.preview_job.cancel()
        self.preview.set_stale(True, self.tr("wird aktualisiert …"))
        path, design = self.session.path, self.designs.get(kind.name, "")
        focus = dict(self.session.focus)
        self.preview_subject = self._subject_text(kind, focus)
        job = Job(
            lambda progress, cancel: build_preview(
                path, kind.name, design, self._preview_root, progress, cancel, focus
            ),
            self,
        )
        job.finished.connect(lambda result, j=job: self._preview_done(j, result))
        job.failed.connect(lambda message, j=job: self._preview_failed(j, message))
        self.preview_job = job
        job.start()

    def _preview_done(self, job: Job, result: Path | None) -> None:
        if job is not self.preview_job:
            return
        if result is None:
            self.preview.show_message(
                self.tr(
                    "Keine Vorschau: Für die aktuellen Daten wurde kein Dokument erzeugt. Die Prüfung zeigt, was fehlt."
                )
            )
            self.preview_status.setText("")
        else:
            self.preview.show_file(result)
            self.preview_status.setText(
                self.tr("Vorschau: %1").replace("%1", self.preview_subject or result.name)
            )

    def _subject_text(self, kind: DocumentKind, focus: dict[str, str]) -> str:
        """ "Urkunden für „Nachbarschaftshilfe Nord e. V.“" when the preview is about one."""
        ceremony = self.session.ceremony
        label = kind.label if self._german() else kind.label_en
        if kind.name in WINNER_KINDS and focus.get("winner"):
            winner = next((w for w in ceremony.winners if w.id == focus["winner"]), None)
            if winner is not None:
                return (
                    self.tr("%1 für „%2“").replace("%1", label).replace("%2", winner.display_name)
                )
        if kind.name in GUEST_KINDS and focus.get("guest"):
            guest = next((g for g in ceremony.guests if g.id == focus["guest"]), None)
            if guest is not None:
                return self.tr("%1 für „%2“").replace("%1", label).replace("%2", guest.full_name)
        return ""

    def _preview_failed(self, job: Job, message: str) -> None:
        if job is self.preview_job:
            self.preview.show_message(message)
            self.preview_status.setText("")

    # ------------------------------------------------------------------ export
    def export(self) -> None:
        self.ensure_built()
        kinds = self.checked_kinds()
        if not kinds:
            self.report_text.setPlainText(self.tr("Bitte mindestens eine Dokumentart anhaken."))
            return
        out_dir = (
            resolve_output_dir(self.out_dir.text(), self.session.path) or self.default_out_dir()
        )
        path, options = self.session.path, self.build_options()
        chosen = self.safe_target(out_dir, kinds, options)
        if chosen is None:
            self.report_text.setPlainText(self.tr("Export abgebrochen; nichts wurde geschrieben."))
            return
        out_dir = chosen
        if "certificate" in kinds:
            self.confirm_project_template(options)
        job = Job(
            lambda progress, cancel: build_ceremony(
                read_ceremony(path),
                out_dir,
                only=kinds,
                options=options,
                progress=progress,
                cancel=cancel,
                keep_worker=True,  # the window's exports share one worker process
            ),
            self,
        )
        job.progress.connect(self._export_progress)
        job.finished.connect(lambda report: self._export_done(report, out_dir))
        job.failed.connect(self._export_failed)
        job.cancelled.connect(self._export_cancelled)
        self.export_job = job
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Wird vorbereitet …"))
        self.report_text.clear()
        job.start()

    def confirm_project_template(self, options: BuildOptions) -> None:
        """A Word template the project names outside the user's template folders is used
        only after the user said yes here (the build refuses it otherwise)."""
        template = template_needing_confirmation(self.session.ceremony)
        if template is None or not options.wants("certificate", "docx"):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Word-Vorlage aus der Projektdatei"),
            outside_folder_text(template)
            + "\n\n"
            + self.tr(
                "Vorlagen aus fremden Dateien nur verwenden, wenn Sie wissen, woher sie stammen. Diese Vorlage jetzt verwenden?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            options.kind_options.setdefault("certificate", {})["word_template"] = str(template)

    def safe_target(self, out_dir: Path, kinds: list[str], options: BuildOptions) -> Path | None:
        """The folder to export into: ``out_dir``, unless documents this export would overwrite
        or delete were changed there after the last build – then ask: a new folder with date
        and time (the default), overwrite, or cancel (None)."""
        edited = edited_in_the_way(out_dir, kinds, options)
        if not edited:
            return out_dir
        fresh = out_dir.with_name(f"{out_dir.name} {datetime.now():%Y-%m-%d %H-%M}")
        names = "\n".join(f"• {p.relative_to(out_dir)}" for p in edited[:8])
        if len(edited) > 8:
            names += "\n" + self.tr("… und %1 weitere").replace("%1", str(len(edited) - 8))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Geänderte Dokumente im Ausgabeordner"))
        text = (
            self.tr(
                "Im Ordner „%1“ wurde ein Dokument nach dem letzten Export geändert (z. B. in Word):"
            )
            if len(edited) == 1
            else self.tr(
                "Im Ordner „%1“ wurden %2 Dokumente nach dem letzten Export geändert (z. B. in Word):"
            ).replace("%2", str(len(edited)))
        )
        box.setText(text.replace("%1", out_dir.name) + "\n" + names)
        box.setInformativeText(
            self.tr("Beim Überschreiben gehen diese Änderungen verloren. Wohin exportieren?")
        )
        new = box.addButton(
            self.tr("In neuen Ordner „%1“").replace("%1", fresh.name),
            QMessageBox.ButtonRole.AcceptRole,
        )
        overwrite = box.addButton(self.tr("Überschreiben"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(new)
        box.exec()
        clicked = box.clickedButton()
        if clicked is new:
            self.out_dir.setText(str(fresh))
            return fresh
        return out_dir if clicked is overwrite else None

    def _export_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(f"{text} – %p %")

    def _finish(self) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def cancel_export(self) -> None:
        if self.export_job is not None:
            self.export_job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Wird abgebrochen …"))

    def _export_cancelled(self) -> None:
        self._finish()
        self.progress.setFormat(self.tr("Abgebrochen"))
        self.report_text.setPlainText(
            self.tr("Der Export wurde abgebrochen. Der Ausgabeordner ist unverändert geblieben.")
        )
        self.open_folder.setEnabled(True)

    def _export_failed(self, message: str) -> None:
        self._finish()
        self.progress.setFormat(self.tr("Fehlgeschlagen"))
        self.report_text.setPlainText(message)

    def _export_done(self, report: BuildReport, out_dir: Path) -> None:
        self._finish()
        self.report = report
        self.last_out_dir = out_dir
        self.progress.setValue(1000)
        self.progress.setFormat(self.tr("Fertig"))
        lines = [self.tr("Fertig: %n Dateien geschrieben.", "", len(report.written))]
        lines += [
            self.tr("Alt, nicht neu erzeugt: %1").replace("%1", f.path)
            for f in report.files
            if f.not_rebuilt
        ]
        names = subject_names(self.session.ceremony)
        for title, problems in (
            (self.tr("Übersprungen"), report.skipped),
            (self.tr("Fehlgeschlagen"), report.failed),
            (self.tr("Hinweise"), report.warnings),
        ):
            lines += [f"{title}: {describe(p, names)}" for p in problems]
        self.report_text.setPlainText("\n".join(lines))
        self.open_folder.setEnabled(True)
        self.open_word.setEnabled(self.first_docx() is not None)

    def first_docx(self) -> Path | None:
        if self.report is None:
            return None
        kind = self.current_kind()
        docs = [f for f in self.report.files if f.format == "docx"]
        preferred = [f for f in docs if kind and f.kind == kind.name] or docs
        return self.last_out_dir / preferred[0].path if preferred else None

    def open_out_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.out_dir.text()))))

    def open_in_word(self) -> None:
        docx = self.first_docx()
        if docx is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(docx)))

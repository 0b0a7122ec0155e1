"""Page *Prüfung*: the preflight findings; activating one jumps to the field to fix."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout

from ceremonykit.build.probe import probe_build, problem_findings
from ceremonykit.documents.checks import preflight
from ceremonykit.documents.context import CancelToken
from ceremonykit.domain.preflight import Finding, Severity
from ceremonykit.gui.models import findings as fm
from ceremonykit.gui.pages.base import Page, heading, hint
from ceremonykit.gui.session import Session
from ceremonykit.gui.workers import Job
from ceremonykit.project import read_ceremony


class CheckPage(Page):
    ICON = "check"
    EDITS = False
    jump = Signal(object)  # the Finding to go to

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.model = fm.FindingTableModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(fm.SEVERITY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(fm.SEVERITY, 90)
        header.setSectionResizeMode(fm.WHERE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(fm.WHERE, 240)
        header.setSectionResizeMode(fm.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)
        self.view.setToolTip(
            self.tr("Doppelklick oder Eingabetaste: zur Stelle springen, die zu ändern ist")
        )
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self._job: Job | None = None
        self.checked = False
        self.probed = False
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.recheck)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Prüfung")))
        layout.addWidget(
            hint(
                self.tr(
                    "Vor dem Export prüft CeremonyKit, ob alles zusammenpasst. Fehler verhindern den endgültigen Export, Hinweise nicht. Doppelklick auf eine Zeile führt zur Stelle."
                )
            )
        )
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.recheck()

    def title(self) -> str:
        return self.tr("Prüfung")

    def recheck(self) -> None:
        """Check the saved project in the background in two steps: the preflight rules (fast,
        shown at once), then a trial build of every document kind in a throw-away folder, so
        the page lists everything the export would skip or warn about (a few seconds; a newer
        check cancels it)."""
        path = self.session.path
        if self._job is not None and self._job.running:
            self._job.cancel()
        self.probed = False
        job = Job(lambda _progress, _cancel: preflight(read_ceremony(path)), self)
        job.finished.connect(lambda findings, j=job: self._show_preflight(j, findings))
        job.failed.connect(self.summary.setText)
        self._job = job
        if not self.model.rowCount():
            self.summary.setText(self.tr("Wird geprüft …"))
        job.start()

    def _show_preflight(self, job: Job, findings: list[Finding]) -> None:
        if job is not self._job:
            return  # a newer check is on its way
        self.checked = True
        self._show(findings)
        path = self.session.path

        def probe(progress: Any, cancel: CancelToken) -> list[Finding]:
            ceremony = read_ceremony(path)
            return problem_findings(ceremony, probe_build(ceremony, cancel=cancel))

        probing = Job(probe, self)
        probing.finished.connect(lambda more, j=probing: self._show_probe(j, [*findings, *more]))
        probing.failed.connect(self.summary.setText)
        self._job = probing
        probing.start()

    def _show_probe(self, job: Job, findings: list[Finding]) -> None:
        if job is not self._job:
            return
        self.probed = True
        self._show(sorted(findings, key=lambda f: f.severity is not Severity.ERROR))

    def _show(self, findings: list[Finding]) -> None:
        self.model.set_findings(findings)
        self.view.resizeRowsToContents()
        errors, warnings = self.model.counts()
        self.view.setVisible(bool(errors or warnings))
        pending = "" if self.probed else " " + self.tr("· Dokumente werden probeweise erstellt …")
        if not errors and not warnings:
            self.summary.setText(
                self.tr("✓ Alles in Ordnung – keine Fehler, keine Hinweise.") + pending
            )
        else:
            self.summary.setText(
                self.tr("%1 Fehler, %2 Hinweise")
                .replace("%1", str(errors))
                .replace("%2", str(warnings))
                + pending
            )

    def on_changed(self, object_type: str, object_id: object) -> None:
        self.checked = False
        self.probed = False
        self._timer.start()

    def _activated(self, index: Any) -> None:
        finding: Finding = self.model.finding(index.row())
        self.jump.emit(finding)

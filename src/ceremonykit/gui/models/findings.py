"""The preflight findings as a table: severity, where, what to do."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ceremonykit.domain.preflight import Finding, Severity
from ceremonykit.gui.models.base import Index, ObjectRole, RecordTableModel

SEVERITY, WHERE, MESSAGE = range(3)
_COLORS = {Severity.ERROR: QColor("#b3261e"), Severity.WARNING: QColor("#8a5a00")}


class FindingTableModel(RecordTableModel):
    def __init__(self, findings: list[Finding] | None = None) -> None:
        super().__init__(
            (
                QCoreApplication.translate("Prüfung", "Art"),
                QCoreApplication.translate("Prüfung", "Betrifft"),
                QCoreApplication.translate("Prüfung", "Was zu tun ist"),
            ),
            findings,
        )
        self._labels = {
            Severity.ERROR: QCoreApplication.translate("Prüfung", "Fehler"),
            Severity.WARNING: QCoreApplication.translate("Prüfung", "Hinweis"),
        }

    def set_findings(self, findings: list[Finding]) -> None:
        self.set_records(findings)

    def finding(self, row: int) -> Finding:
        return self._records[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self._records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._labels[finding.severity], finding.label, finding.message)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == SEVERITY:
            return _COLORS[finding.severity]
        if role == Qt.ItemDataRole.ToolTipRole and column == MESSAGE:
            return finding.message
        if role == ObjectRole:
            return finding
        return None

    def counts(self) -> tuple[int, int]:
        errors = sum(1 for f in self._records if f.severity is Severity.ERROR)
        return errors, len(self._records) - errors

"""The preflight findings as a table: severity, where, what to do."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from ceremonykit.domain.preflight import Finding, Severity
from ceremonykit.gui.models.base import Index, ObjectRole

SEVERITY, WHERE, MESSAGE = range(3)
_COLORS = {Severity.ERROR: QColor("#b3261e"), Severity.WARNING: QColor("#8a5a00")}


class FindingTableModel(QAbstractTableModel):
    def __init__(self, findings: list[Finding] | None = None) -> None:
        super().__init__()
        self._findings = list(findings or [])
        self._headers = (
            QCoreApplication.translate("Prüfung", "Art"),
            QCoreApplication.translate("Prüfung", "Betrifft"),
            QCoreApplication.translate("Prüfung", "Was zu tun ist"),
        )
        self._labels = {
            Severity.ERROR: QCoreApplication.translate("Prüfung", "Fehler"),
            Severity.WARNING: QCoreApplication.translate("Prüfung", "Hinweis"),
        }

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 3
        ):
            return self._headers[section]
        return None

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
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
        errors = sum(1 for f in self._findings if f.severity is Severity.ERROR)
        return errors, len(self._findings) - errors

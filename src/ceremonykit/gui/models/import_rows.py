"""The outcome of every sheet row in the import wizard's preview."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from ceremonykit.gui.models.base import Index, ObjectRole

if TYPE_CHECKING:
    from ceremonykit.importing import RowReport

ROW, STATUS, SUBJECT, NOTES = range(4)
_COLORS = {
    "Fehler": QColor("#b3261e"),
    "übersprungen": QColor("#6b7280"),
    "neu": QColor("#1b5e20"),
    "aktualisiert": QColor("#0b3d91"),
}


class RowReportModel(QAbstractTableModel):
    def __init__(self, rows: list[RowReport] | None = None) -> None:
        super().__init__()
        self._rows = list(rows or [])
        t = QCoreApplication.translate
        self._headers = (
            t("Import", "Zeile"),
            t("Import", "Ergebnis"),
            t("Import", "Betrifft"),
            t("Import", "Hinweise"),
        )

    def set_rows(self, rows: list[RowReport]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 4
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        report = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ROW:
                return str(report.row)
            if column == STATUS:
                return report.status.value
            if column == SUBJECT:
                return report.subject
            return "; ".join(f"{n.column}: {n.text}" if n.column else n.text for n in report.notes)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return _COLORS.get(report.status.value)
        if role == ObjectRole:
            return report
        return None

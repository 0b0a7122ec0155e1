"""The outcome of every sheet row in the import wizard's preview (and the kept report).

"nur Probleme" filters inside the model (a plain list comprehension) rather than in a
QSortFilterProxyModel, which would call back into Python for each of 300,000 rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ceremonykit.gui.models.base import Index, ObjectRole, RecordTableModel

if TYPE_CHECKING:
    from ceremonykit.importing import RowReport

ROW, STATUS, SUBJECT, VALUES, NOTES = range(5)
_COLORS = {
    "Fehler": QColor("#b3261e"),
    "übersprungen": QColor("#6b7280"),
    "neu": QColor("#1b5e20"),
    "aktualisiert": QColor("#0b3d91"),
}


class RowReportModel(RecordTableModel):
    def __init__(self, rows: list[RowReport] | None = None) -> None:
        t = QCoreApplication.translate
        headers = (
            t("Import", "Zeile"),
            t("Import", "Ergebnis"),
            t("Import", "Betrifft"),
            t("Import", "Gelesen"),
            t("Import", "Hinweise"),
        )
        super().__init__(headers, rows)
        self._all: list[RowReport] = list(rows or [])
        self.problems_only = False

    def set_rows(self, rows: list[RowReport]) -> None:
        self._all = list(rows)
        self._show()

    def set_problems_only(self, on: bool) -> None:
        """Show only rows with an error, a skip, a note or a duplicate question."""
        self.problems_only = on
        self._show()

    def _show(self) -> None:
        rows = [r for r in self._all if r.has_problem] if self.problems_only else self._all
        self.set_records(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        report = self._records[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ROW:
                return str(report.row)
            if column == STATUS:
                return report.status.value
            if column == SUBJECT:
                return report.subject
            if column == VALUES:
                return " · ".join(f"{k}: {v}" for k, v in report.values.items())
            return "; ".join(f"{n.column}: {n.text}" if n.column else n.text for n in report.notes)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return _COLORS.get(report.status.value)
        if role == ObjectRole:
            return report
        return None

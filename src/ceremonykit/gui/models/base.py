"""Shared base of the list-backed table models: column specs, object role, edit callback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ObjectRole = Qt.ItemDataRole.UserRole + 1  # the domain object of the row
IdRole = Qt.ItemDataRole.UserRole + 2  # its id

Index = QModelIndex | QPersistentModelIndex
EditCallback = Callable[[Any, str, Any], None]
"""edit(original object, attribute, new value): pushes the undo command that stores it."""


class RecordTableModel(QAbstractTableModel):
    """Read-only rows of plain records (findings, import outcomes) under translated headers."""

    def __init__(self, headers: tuple[str, ...], records: list[Any] | None = None) -> None:
        super().__init__()
        self._headers = headers
        self._records: list[Any] = list(records or [])

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class ListTableModel(QAbstractTableModel):
    """Rows are the objects of a domain list; subclasses define HEADERS and ``cell``."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, items: list[Any], edit: EditCallback | None = None) -> None:
        super().__init__()
        self._items = items
        self._edit = edit
        self._rows: dict[str, int] = {}
        self._reindex()

    def _reindex(self) -> None:
        self._rows = {obj.id: n for n, obj in enumerate(self._items)}

    # ---------------------------------------------------------------- structure
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return None

    # ---------------------------------------------------------------- access
    def object_at(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, obj_id: str) -> int:
        return self._rows.get(obj_id, -1)

    def holds(self, items: list[Any]) -> bool:
        """Whether the rows are this very list (an operation may replace a ceremony's list)."""
        return self._items is items

    # ---------------------------------------------------------------- refresh
    def reset(self, items: list[Any] | None = None) -> None:
        self.beginResetModel()
        if items is not None:
            self._items = items
        self._reindex()
        self.endResetModel()

    def object_changed(self, obj_id: str | None) -> None:
        """A session change: one row if we know it (same length), else a reset."""
        row = self._rows.get(obj_id, -1) if obj_id else -1
        if row >= 0 and len(self._rows) == len(self._items) and self._items[row].id == obj_id:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        else:
            self.reset()

"""A table over a list *inside* an object (a winner's persons or quotes).

Edits produce a changed copy of the whole list and hand it to ``on_change``, which pushes one
undo command that stores the owning object.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ceremonykit.gui.models.base import Index


@dataclass(frozen=True)
class Column:
    attr: str
    header: str
    choices: tuple[tuple[Any, str], ...] = ()  # (value, label) for enums


class NestedListModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], on_change: Callable[[list[Any]], None]) -> None:
        super().__init__()
        self._columns = columns
        self._items: list[Any] = []
        self._on_change = on_change

    def set_items(self, items: list[Any]) -> None:
        """Show ``items``. With the same number of rows the cells are updated in place: a
        model reset here would destroy the cell editor whose commit stored the change, while
        the view is still inside ``commitData`` ("commitData called with an editor that does
        not belong to this view"), and the Tab to the next cell would be lost."""
        if len(items) == len(self._items) and self._items:
            self._items = list(items)
            last = self.index(len(items) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[Any]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        value = getattr(self._items[index.row()], column.attr)
        if isinstance(value, bool):
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column.choices:
                return dict(column.choices).get(value, str(value))
            return str(value.value if isinstance(value, Enum) else value)
        if role == Qt.ItemDataRole.EditRole:
            return value.value if isinstance(value, Enum) else value
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 40:
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        value = getattr(self._items[index.row()], self._columns[index.column()].attr)
        if isinstance(value, bool):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        attr = self._columns[index.column()].attr
        item = self._items[index.row()]
        old = getattr(item, attr)
        if isinstance(old, bool):
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif isinstance(old, Enum):
            try:
                new = type(old)(value)
            except ValueError:
                return False
        else:
            new = str(value).strip()
        if new == old:
            return False
        items = copy.deepcopy(self._items)
        items[index.row()] = dataclasses.replace(item, **{attr: new})
        self._on_change(items)
        return True

    def append(self, item: Any) -> None:
        self._on_change([*copy.deepcopy(self._items), item])

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            items = copy.deepcopy(self._items)
            del items[row]
            self._on_change(items)

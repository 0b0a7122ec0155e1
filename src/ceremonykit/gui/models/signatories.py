"""Signatories (name, function) as a small editable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ceremonykit.domain.model import Signatory
from ceremonykit.gui.models.base import IdRole, Index, ListTableModel, ObjectRole

NAME, FUNCTION = range(2)
_ATTRS = ("name", "function")


class SignatoryTableModel(ListTableModel):
    def __init__(self, items: list[Signatory], edit: Any = None) -> None:
        super().__init__(items, edit)
        self.HEADERS = (
            QCoreApplication.translate("Unterschriften", "Name"),
            QCoreApplication.translate("Unterschriften", "Funktion"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: Signatory = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(item, _ATTRS[index.column()])
        if role == ObjectRole:
            return item
        if role == IdRole:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._edit is None or not index.isValid():
            return False
        item: Signatory = self._items[index.row()]
        attr, text = _ATTRS[index.column()], str(value).strip()
        if text == getattr(item, attr):
            return False
        self._edit(item, attr, text)
        return True

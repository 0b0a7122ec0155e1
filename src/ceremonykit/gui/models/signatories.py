"""Signatories (name, function) as a small editable table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ceremonykit.domain.model import Signatory
from ceremonykit.gui.models.base import IdRole, Index, ListTableModel, ObjectRole

NAME, FUNCTION, IMAGE = range(3)
_ATTRS = ("name", "function")


class SignatoryTableModel(ListTableModel):
    """Name and function are edited in place; the image column says whether the signature
    image is there (``image_state`` gives that text; without it the column stays empty)."""

    def __init__(
        self,
        items: list[Signatory],
        edit: Any = None,
        image_state: Callable[[Signatory], str] | None = None,
    ) -> None:
        super().__init__(items, edit)
        self._image_state = image_state
        self.HEADERS = (
            QCoreApplication.translate("Unterschriften", "Name"),
            QCoreApplication.translate("Unterschriften", "Funktion"),
            QCoreApplication.translate("Unterschriften", "Unterschriftsbild"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: Signatory = self._items[index.row()]
        if index.column() == IMAGE:
            if role == Qt.ItemDataRole.DisplayRole and self._image_state is not None:
                return self._image_state(item)
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(item, _ATTRS[index.column()])
        if role == ObjectRole:
            return item
        if role == IdRole:
            return item.id
        return None

    def images_changed(self) -> None:
        """An image asset was added or removed: only the image column may read differently."""
        if self._items:
            self.dataChanged.emit(self.index(0, IMAGE), self.index(len(self._items) - 1, IMAGE))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        editable = index.isValid() and index.column() != IMAGE
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._edit is None or not index.isValid():
            return False
        if index.column() == IMAGE:
            return False
        item: Signatory = self._items[index.row()]
        attr, text = _ATTRS[index.column()], str(value).strip()
        if text == getattr(item, attr):
            return False
        self._edit(item, attr, text)
        return True

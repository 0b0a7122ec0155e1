"""Item delegates: text cells that clean pasted text, and a combo box for columns with fixed
choices (category, RSVP, form of address)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ceremonykit.gui.clean_input import clean_on_edit


class CleanTextDelegate(QStyledItemDelegate):
    """The default editor of a table cell, cleaning typed or pasted text like every form field
    (control characters out, NFC; see :mod:`ceremonykit.gui.clean_input`)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            clean_on_edit(editor)
        return editor


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (value, label) pairs (``choices`` may be recomputed)."""

    def __init__(
        self,
        choices: Callable[[], list[tuple[Any, str]]],
        parent: QWidget | None = None,
        editable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._editable = editable

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self._editable)
        for value, label in self._choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        at = editor.findData(value)
        if at >= 0:
            editor.setCurrentIndex(at)
        elif self._editable:
            editor.setEditText(str(value))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        if self._editable and editor.currentText() != editor.itemText(editor.currentIndex()):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

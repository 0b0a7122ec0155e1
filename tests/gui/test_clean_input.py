"""Text pasted into the GUI's fields is cleaned at once, like the operations store it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ceremonykit.gui.pages.base import line, text_box


def test_paste_into_a_one_line_field_strips_control_characters(qtbot: Any) -> None:
    edit = line()
    qtbot.addWidget(edit)
    QGuiApplication.clipboard().setText("Anna\x0bM\x07u\u0308ller")
    edit.paste()
    assert edit.text() == "Anna Müller"  # U+000B a space, U+0007 gone, ü composed (NFC)
    assert edit.cursorPosition() == len("Anna Müller")


def test_paste_into_a_text_box_keeps_line_breaks(qtbot: Any) -> None:
    box = text_box()
    qtbot.addWidget(box)
    mime = QMimeData()
    mime.setText("Erster Absatz\x0bZweiter\x0c\tEingerückt\x00")
    box.insertFromMimeData(mime)
    assert box.toPlainText() == "Erster Absatz\nZweiter\tEingerückt"


def test_table_cells_clean_pasted_text_too(window: Any) -> None:
    from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

    from ceremonykit.gui.models import guests as gm

    page = window.show_page("guests")
    index = page.proxy.index(0, gm.ORGANISATION)
    delegate = page.view.itemDelegateForIndex(index)
    editor = delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QLineEdit)
    QGuiApplication.clipboard().setText("Verein\x0bNord\x00")
    editor.paste()
    assert editor.text() == "Verein Nord"

"""Editing a cell in the winner's persons or quotes table commits cleanly: no
"commitData called with an editor that does not belong to this view" (Qt warnings fail GUI
tests, see conftest.py), the edit is stored, and the next cell is editable right after."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ceremonykit.project import read_ceremony


def _edit_cell(qtbot: Any, view: Any, row: int, column: int, text: str, key: Qt.Key) -> None:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, key)
    QApplication.processEvents()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
@pytest.mark.parametrize(
    ("table", "column", "attr"), [("persons", 3, "last_name"), ("quotes", 1, "speaker")]
)
def test_editing_nested_cells_commits_without_qt_warning(
    qtbot: Any, window: Any, project_path: Path, table: str, column: int, attr: str, key: Qt.Key
) -> None:
    page = window.show_page("winners")
    winner = next(w for w in window.session.ceremony.winners if w.persons and w.quotes)
    assert page.select_winner(winner.id)
    view = getattr(page.editor, f"{table}_view")
    _edit_cell(qtbot, view, 0, column, "Neuname", key)
    stored = next(w for w in read_ceremony(project_path).winners if w.id == winner.id)
    assert getattr(getattr(stored, table)[0], attr) == "Neuname"
    if key == Qt.Key.Key_Tab:  # the editor moved on to the next cell
        assert view.currentIndex().column() == column + 1
        assert isinstance(QApplication.focusWidget(), QLineEdit)
        return
    # focus moves away from an open editor: it commits on focus-out, again without a warning
    view.edit(view.model().index(0, column))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("Zweitname")
    page.editor.laudation.setFocus()
    QApplication.processEvents()
    stored = next(w for w in read_ceremony(project_path).winners if w.id == winner.id)
    assert getattr(getattr(stored, table)[0], attr) == "Zweitname"

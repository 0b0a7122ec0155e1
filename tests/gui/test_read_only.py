"""A real read-only mode: a locked or read-only project opens for looking and building only."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton
from tests.gui.conftest import open_window

from ceremonykit.domain.model import Guest
from ceremonykit.gui.commands import AddObjects
from ceremonykit.gui.main_window import MainWindow
from ceremonykit.store import ProjectFile
from ceremonykit.store.lock import lock_path_for, read_lock


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Dialog:
    """Answers the lock dialog by clicking the button named ``choice``; keeps what it showed."""

    def __init__(self) -> None:
        self.choice = ""
        self.shown: list[tuple[str, list[str]]] = []

    def exec(self, box: QMessageBox) -> int:
        self.shown.append(
            (f"{box.text()}\n{box.informativeText()}", [b.text() for b in box.buttons()])
        )
        for button in box.buttons():
            if button.text() == self.choice:
                button.click()
        return 0


@pytest.fixture
def dialog(monkeypatch: pytest.MonkeyPatch) -> Dialog:
    answer = Dialog()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer.exec(box))
    return answer


def test_a_file_a_colleague_edits_opens_read_only(
    qtbot: Any, project_path: Path, tmp_path: Path, dialog: Dialog
) -> None:
    holder = ProjectFile.open(project_path)  # a colleague has it open for editing
    before = sha(project_path)
    try:
        dialog.choice = "Nur zum Lesen öffnen"
        win = open_window(qtbot, project_path)
        message, buttons = dialog.shown[0]
        assert "bearbeitet" in message and "Nur zum Lesen" in message
        assert "Nur zum Lesen öffnen" in buttons and "Sperre übernehmen" not in buttons
        session = win.session
        assert session is not None and session.read_only
        assert "(nur zum Lesen)" in win.windowTitle()
        assert "Nur zum Lesen geöffnet" in win.saved_label.text()
        assert not win.import_action.isEnabled()

        event: Any = win.show_page("event")
        award = event.binder.widget_for("award_name")
        assert isinstance(award, QLineEdit) and award.isReadOnly()
        assert award.text() == session.ceremony.award_name  # looking works
        winners: Any = win.show_page("winners")
        assert not any(b.isEnabled() for b in winners.findChildren(QPushButton))
        guests: Any = win.show_page("guests")
        assert guests.search.isEnabled() and not guests.search.isReadOnly()  # filtering works
        assert guests.view.editTriggers() == guests.view.EditTrigger.NoEditTriggers

        # an edit that slips through anyway (a shortcut, a drop) is refused, not written
        count = len(session.ceremony.guests)
        session.undo_stack.push(AddObjects(session, [Guest(last_name="Neu")], "Gast"))
        assert len(session.ceremony.guests) == count
        assert "nur zum Lesen geöffnet" in win.statusBar().currentMessage()

        # building works
        docs: Any = win.show_page("documents")
        docs.ensure_built()
        for row in range(docs.kind_list.count()):
            item = docs.kind_list.item(row)
            keep = item.data(256) == "press_release"
            item.setCheckState(item.checkState().Checked if keep else item.checkState().Unchecked)
        out = tmp_path / "Dokumente"
        docs.out_dir.setText(str(out))
        docs.export()
        qtbot.waitUntil(lambda: docs.export_button.isEnabled(), timeout=20000)
        assert docs.report_text.toPlainText().startswith("Fertig: 2 Dateien")
        assert sorted(p.suffix for p in (out / "presse").iterdir()) == [".docx", ".pdf"]
        win.close()
        record = read_lock(project_path)
        assert record is not None and record.pid == os.getpid()  # the colleague's lock stays
    finally:
        holder.close()
    assert sha(project_path) == before


def test_a_read_only_file_offers_reading(
    qtbot: Any, project_path: Path, dialog: Dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    project_path.chmod(0o444)
    if os.access(project_path, os.W_OK):  # root: pretend, as a read-only share would
        from ceremonykit.store import project_file

        monkeypatch.setattr(project_file.os, "access", lambda path, mode: False)
    dialog.choice = "Nur zum Lesen öffnen"
    win = open_window(qtbot, project_path)
    assert "schreibgeschützt" in dialog.shown[0][0]
    assert win.session is not None and win.session.read_only
    assert not lock_path_for(project_path).exists()
    win.close()


def test_cancel_opens_nothing(qtbot: Any, project_path: Path, dialog: Dialog) -> None:
    holder = ProjectFile.open(project_path)
    try:
        dialog.choice = "Abbrechen"
        win = MainWindow()
        qtbot.addWidget(win)
        assert not win.open_path(project_path)
        assert win.session is None
    finally:
        holder.close()


def test_save_as_turns_a_read_only_view_into_an_editable_copy(
    qtbot: Any, project_path: Path, tmp_path: Path, dialog: Dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ceremonykit.gui import project_io

    holder = ProjectFile.open(project_path)
    try:
        dialog.choice = "Nur zum Lesen öffnen"
        win = open_window(qtbot, project_path)
        copy = tmp_path / "Kopie.ceremony"
        monkeypatch.setattr(project_io, "ask_new_path", lambda parent, title: copy)
        win.save_as()
        session = win.session
        assert session is not None and session.path == copy and not session.read_only
        assert "(nur zum Lesen)" not in win.windowTitle()
        event: Any = win.show_page("event")
        assert not event.binder.widget_for("award_name").isReadOnly()
        win.close()
    finally:
        holder.close()

"""End-to-end flows in the main window (offscreen): create, edit, undo/redo, lock, jump."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from tests.gui.page_helpers import show_page_as

from ceremonykit.domain.model import Photo, Winner
from ceremonykit.gui import project_io
from ceremonykit.gui.forms import Binder
from ceremonykit.gui.main_window import MainWindow
from ceremonykit.gui.models import guests as gm
from ceremonykit.gui.pages.check import CheckPage
from ceremonykit.gui.pages.event import EventPage
from ceremonykit.gui.pages.guests import GuestsPage
from ceremonykit.gui.pages.photos import PhotosPage
from ceremonykit.gui.pages.winners import WinnersPage
from ceremonykit.gui.settings import AppSettings
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectFile
from ceremonykit.store.lock import lock_path_for


def field(binder: Binder, name: str) -> QLineEdit:
    widget: QWidget | None = binder.widget_for(name)
    assert isinstance(widget, QLineEdit), (name, widget)
    return widget


def type_into(widget: QLineEdit, text: str) -> None:
    widget.setText(text)
    widget.editingFinished.emit()


def test_create_ceremony_and_edit_event_fields(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Integrationspreis"
    monkeypatch.setattr(
        project_io, "ask_new_path", lambda parent, title: target.with_suffix(".ceremony")
    )
    win = MainWindow()
    qtbot.addWidget(win)
    win.new_project()
    assert win.session is not None and win.session.path == target.with_suffix(".ceremony")
    event = win.page("event")
    assert isinstance(event, EventPage)
    type_into(field(event.binder, "award_name"), "Integrationspreis")
    type_into(field(event.binder, "total_prize_money"), "10.000")
    type_into(field(event.binder, "host.last_name"), "Albers")
    bad = field(event.binder, "ceremony_date")
    type_into(bad, "31.02.2026")
    stored = read_ceremony(win.session.path)
    assert stored.award_name == "Integrationspreis"
    assert str(stored.total_prize_money) == "10000.00"
    assert stored.host.last_name == "Albers"
    assert stored.ceremony_date is None and "TT.MM.JJJJ" in bad.toolTip()
    assert "Integrationspreis" in win.windowTitle()
    assert win.undo_action.text().startswith("&Rückgängig: ")
    win.close()
    assert target.with_suffix(".ceremony") in AppSettings().recent_files()


def test_add_and_edit_winner_with_undo_redo_survives_reopen(
    window: MainWindow, project_path: Path
) -> None:
    page = show_page_as(window, "winners", WinnersPage)
    assert window.session is not None
    before = len(window.session.ceremony.winners)
    page.add_winner()
    editor = page.editor
    new_id = editor.winner_id
    assert new_id is not None
    type_into(field(editor.binder, "organisation"), "Chor der Kulturen e.V.")
    editor.laudation.setPlainText("Ein Chor, der Menschen aus vierzig Ländern zusammenbringt.")
    editor.binder.flush()
    assert editor.count.text().startswith(f"{len(editor.laudation.toPlainText())} Zeichen")
    editor.persons.append(
        __import__("ceremonykit.domain.model", fromlist=["Person"]).Person(
            first_name="Ana", last_name="Lima"
        )
    )
    stored = {w.id: w for w in read_ceremony(project_path).winners}
    assert stored[new_id].organisation == "Chor der Kulturen e.V."
    assert stored[new_id].laudation.startswith("Ein Chor")
    assert [p.last_name for p in stored[new_id].persons] == ["Lima"]

    for _ in range(4):
        window.undo_action.trigger()
    assert len(read_ceremony(project_path).winners) == before
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert window.redo_action.isEnabled()
    window.close()
    reopened = {w.id: w for w in read_ceremony(project_path).winners}
    assert reopened[new_id].organisation == "Chor der Kulturen e.V."
    assert reopened[new_id].laudation == ""


def test_prize_amount_from_winner_editor_and_guest_inline_edit(
    window: MainWindow, project_path: Path
) -> None:
    page = show_page_as(window, "winners", WinnersPage)
    assert window.session is not None
    assert page.select_winner("w-nachbarschaft")
    type_into(page.editor.amount, "5.500")
    prize = read_ceremony(project_path).prize("p-1")
    assert prize is not None and str(prize.amount) == "5500.00"

    guests = show_page_as(window, "guests", GuestsPage)
    proxy = guests.proxy
    guests.search.setText("Pinetzki")
    guests._apply_filters()
    assert proxy.rowCount() == 1
    assert proxy.setData(proxy.index(0, gm.TABLE), "7")
    assert proxy.setData(proxy.index(0, gm.RSVP_COL), "abgesagt")
    stored = next(g for g in read_ceremony(project_path).guests if g.last_name == "Pinetzki")
    assert stored.table == "7" and stored.rsvp.value == "abgesagt"
    assert "abgesagt" in proxy.index(0, gm.RSVP_COL).data()
    window.undo_action.trigger()
    assert (
        next(g for g in read_ceremony(project_path).guests if g.last_name == "Pinetzki").rsvp.value
        == "zugesagt"
    )


def test_second_instance_gets_the_lock_message(
    qtbot: Any, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def record_message(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record_message)
    holder = ProjectFile.open(project_path)
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        assert not win.open_path(project_path)
        assert win.session is None
        assert shown and "bearbeitet" in shown[0] and project_path.name in shown[0]
    finally:
        holder.close()


def test_stale_lock_is_taken_over_after_confirmation(
    qtbot: Any, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = {
        "user": "mueller",
        "host": socket.gethostname(),
        "pid": 2**22 + 12345,
        "since": "2026-11-20T10:42:00",
    }
    lock_path_for(project_path).write_text(json.dumps(record), encoding="utf-8")
    asked: list[str] = []

    def click_take_over(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Sperre übernehmen").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_take_over)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(project_path)
    assert win.session is not None and not win.session.read_only
    assert asked and "mueller" in asked[0]
    assert json.loads(lock_path_for(project_path).read_text(encoding="utf-8"))["pid"] == os.getpid()
    win.close()
    assert not lock_path_for(project_path).exists()


def test_finding_jumps_to_the_field(qtbot: Any, window: MainWindow, project_path: Path) -> None:
    session = window.session
    assert session is not None
    photo: Photo = session.ceremony.photos[1]
    from dataclasses import replace

    from ceremonykit.gui.commands import PutObject

    session.undo_stack.push(PutObject(session, replace(photo, credit=""), "test"))
    check = show_page_as(window, "check", CheckPage)
    qtbot.waitUntil(lambda: check.checked, timeout=10000)
    model = check.model
    row = next(r for r in range(model.rowCount()) if model.finding(r).field == "credit")
    check.view.activated.emit(model.index(row, 0))
    photos = window.page("photos")
    assert window.stack.currentWidget() is photos
    assert isinstance(photos, PhotosPage)
    assert photos.photo_id == photo.id
    assert photos.list.currentIndex().row() == 1


def test_dropped_photos_are_stored_and_undoable(
    window: MainWindow, project_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    png = tmp_path / "Bühne.png"
    image.save(str(png))
    (tmp_path / "notiz.txt").write_text("kein Bild", encoding="utf-8")
    page = show_page_as(window, "photos", PhotosPage)
    assert window.session is not None
    count = len(window.session.ceremony.photos)
    page.add_files([png, tmp_path / "notiz.txt"])
    stored = read_ceremony(project_path)
    assert len(stored.photos) == count + 1
    new = stored.photos[-1]
    assert stored.assets[new.asset_id].filename == "Bühne.png"
    assert page.photo_id == new.id
    window.undo_action.trigger()
    stored = read_ceremony(project_path)
    assert len(stored.photos) == count and new.asset_id not in stored.assets


def test_window_geometry_is_restored(qtbot: Any, project_path: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(777, 555)
    first.move(7, 21)
    size, pos = first.size(), first.pos()
    first.close()
    assert AppSettings().geometry() is not None
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.size() == size  # (offscreen has no window frame to place exactly)
    assert pos is not None
    second.close()


def test_winner_deleted_and_restored_keeps_its_place(
    window: MainWindow, project_path: Path
) -> None:
    session = window.session
    assert session is not None
    page = show_page_as(window, "winners", WinnersPage)
    order = [w.id for w in session.ceremony.winners]
    page.select_winner(order[1])
    page.delete_winner()
    assert session.find(Winner, order[1]) is None
    assert order[1] not in {w.id for w in read_ceremony(project_path).winners}
    window.undo_action.trigger()
    assert [w.id for w in session.ceremony.winners] == order


def test_save_as_copies_and_continues_on_the_copy(
    window: MainWindow, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "Kopie.ceremony"
    monkeypatch.setattr(project_io, "ask_new_path", lambda parent, title: copy)
    window.save_as()
    assert window.session is not None and window.session.path == copy
    assert not lock_path_for(project_path).exists() and lock_path_for(copy).exists()
    assert read_ceremony(copy).award_name == read_ceremony(project_path).award_name
    assert AppSettings().recent_files()[0] == copy.resolve()


def test_keyboard_shortcuts_switch_pages_and_settings_store_language(
    window: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt

    from ceremonykit.gui.dialogs import SettingsDialog

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.page("guests")
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert AppSettings().language() == "en"


def test_file_dialogs_start_in_documents_then_the_last_folder(
    tmp_path: Path, monkeypatch: Any
) -> None:
    from ceremonykit import paths

    documents = tmp_path / "Dokumente"
    documents.mkdir()
    monkeypatch.setattr(paths, "user_documents_dir", lambda: str(documents))
    settings = AppSettings()
    assert settings.last_dir() == str(documents)  # first dialog: never the working folder
    settings.set_last_dir(tmp_path)
    assert AppSettings().last_dir() == str(tmp_path)

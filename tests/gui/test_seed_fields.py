"""GUI fields of issue 12: who is honoured, co-presenters, edition, host quote, finalising."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from tests.gui.page_helpers import show_page_as

from ceremonykit.domain.model import Person
from ceremonykit.gui.main_window import MainWindow
from ceremonykit.gui.pages.event import EventPage
from ceremonykit.gui.pages.winners import WinnersPage
from ceremonykit.project import read_ceremony


def _type(widget: Any, text: str) -> None:
    """Type and leave the field (a text box commits when it loses focus)."""
    if isinstance(widget, QLineEdit):
        widget.setText(text)
        widget.editingFinished.emit()
    else:
        widget.setPlainText(text)
        widget.clearFocus()
        QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def test_event_page_takes_lead_facts_and_host_quote(window: MainWindow, project_path: Path) -> None:
    event = show_page_as(window, "event", EventPage)
    b = event.binder
    _type(b.widget_for("edition"), "9")
    _type(b.widget_for("organisers"), "das Kommunale Integrationszentrum")
    _type(
        b.widget_for("co_presenters"),
        "Leonid Chraga, bisheriger Vorsitzender des Integrationsrates",
    )
    _type(b.widget_for("host_quote.text"), "Dieser Preis ehrt sie.")
    stored = read_ceremony(project_path)
    assert stored.edition == 9 and stored.organisers == "das Kommunale Integrationszentrum"
    (co,) = stored.co_presenters
    assert (co.first_name, co.last_name) == ("Leonid", "Chraga")
    assert co.function == "bisheriger Vorsitzender des Integrationsrates"
    assert stored.host_quote is not None and stored.host_quote.text == "Dieser Preis ehrt sie."
    assert stored.host_quote.speaker  # the host speaks, named from the host's fields


def test_winner_editor_chooses_organisation_or_persons(
    window: MainWindow, project_path: Path
) -> None:
    page = show_page_as(window, "winners", WinnersPage)
    page.add_winner()
    editor = page.editor
    new_id = editor.winner_id
    assert new_id is not None
    _type(editor.binder.widget_for("organisation"), "SPARRINGPARTNERFORYOU e.V.")
    editor.persons.append(Person(first_name="Pourya", last_name="Solizadeh"))
    assert editor.honour_combo.isEnabled()
    editor.honour_combo.setCurrentIndex(editor.honour_combo.findData(True))
    editor.honour_combo.activated.emit(editor.honour_combo.currentIndex())
    stored = {w.id: w for w in read_ceremony(project_path).winners}[new_id]
    assert (
        stored.honour_persons
        and stored.honourees == "Pourya Solizadeh (SPARRINGPARTNERFORYOU e.V.)"
    )
    assert editor.payee_combo.isEnabled()
    window.undo_action.trigger()
    assert not {w.id: w for w in read_ceremony(project_path).winners}[new_id].honour_persons


def test_final_button_assigns_the_number(
    window: MainWindow, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = show_page_as(window, "event", EventPage)
    assert "Entwurf" in event.release_state.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    event.final_button.click()
    stored = read_ceremony(project_path)
    assert stored.release_final and stored.sender.release_number == 1086
    assert "1085" in event.release_state.text()
    assert not event.final_button.isEnabled()

"""The "Ablauf" page: reply details and the programme, saved through undoable operations."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from tests.gui.page_helpers import show_page_as

from ceremonykit.gui.models.guests import CITY, POSTCODE, STREET, GuestTableModel
from ceremonykit.gui.pages.evening import ITEM, MINUTES, START, EveningPage
from ceremonykit.project import read_ceremony


def test_programme_and_replies_are_edited_and_undone(window: Any, tmp_path: Path) -> None:
    page = show_page_as(window, "evening", EveningPage)
    session = page.session
    rows = page.table.rowCount()
    assert rows == len(session.ceremony.programme) > 0
    page.add_row.click()
    last = page.table.rowCount() - 1
    page.table.item(last, START).setText("21:00")
    page.table.item(last, MINUTES).setText("15")
    page.table.item(last, ITEM).setText("Tanz")
    page.save.click()
    assert session.ceremony.programme[-1].item == "Tanz"
    assert session.ceremony.programme[-1].start == time(21, 0)
    assert "Programmpunkte" in page.summary.text()
    page.rsvp_date.setText("15.11.2026")
    page.companions.setValue(2)
    page.save_reply.click()
    assert (session.ceremony.rsvp_date, session.ceremony.companions_allowed) == (
        date(2026, 11, 15), 2,
    )  # fmt: skip
    stored = read_ceremony(session.path)
    assert stored.programme[-1].item == "Tanz" and stored.companions_allowed == 2
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert len(session.ceremony.programme) == rows
    assert page.table.rowCount() == rows
    window.grab().save(str(tmp_path / "evening.png"))


def test_bad_time_is_refused_with_the_row(window: Any, monkeypatch: Any) -> None:
    page = show_page_as(window, "evening", EveningPage)
    shown: list[str] = []
    monkeypatch.setattr(
        "ceremonykit.gui.pages.evening.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    before = list(page.session.ceremony.programme)
    page.table.item(0, START).setText("25 Uhr")
    page.save.click()
    assert shown and shown[0].startswith("Zeile 1:")
    assert page.session.ceremony.programme == before


def test_guest_table_shows_address_columns(window: Any) -> None:
    guests = window.session.ceremony.guests
    model = GuestTableModel(guests)
    assert model.HEADERS[STREET : CITY + 1] == ("Straße", "PLZ", "Ort")
    row = next(n for n, g in enumerate(model.rows_in_order()) if g.city)
    guest = model.object_at(row)
    for column, value in ((STREET, guest.street), (POSTCODE, guest.postcode), (CITY, guest.city)):
        assert model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) == value

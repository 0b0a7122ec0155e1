"""Guests page: named companions, deleting a guest with them, the guest list's rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel

from ceremonykit.gui.models import guests as gm
from ceremonykit.project import read_ceremony


def _select(page: Any, last_name: str) -> None:
    page.search.setText(last_name)
    page._apply_filters()
    assert page.proxy.rowCount() >= 1
    page.view.selectionModel().select(
        page.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_companion_is_added_deleted_with_its_guest_and_restored(
    window: Any, project_path: Path
) -> None:
    page = window.show_page("guests")
    _select(page, "Pinetzki")
    host = page.view.selectionModel().selectedRows()[0].data(gm.ObjectRole)
    page.add_companion()
    stored = read_ceremony(project_path)
    [companion] = [g for g in stored.guests if g.companion_of == host.id]
    assert companion.first_name == "Begleitung" and companion.last_name == host.last_name
    assert (companion.rsvp, companion.category, companion.table) == (
        host.rsvp,
        host.category,
        host.table,
    )
    count = len(stored.guests)

    _select(page, "Pinetzki")
    page.view.selectionModel().select(
        page.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = page.view.selectionModel().selectedRows()[0].data(gm.ObjectRole)
    if chosen.id != host.id:  # the companion shares the surname: pick the host's row
        page.view.selectionModel().select(
            page.proxy.index(1, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
    page.delete_selected()
    ids = {g.id for g in read_ceremony(project_path).guests}
    assert host.id not in ids and companion.id not in ids
    assert len(ids) == count - 2
    window.session.undo_stack.undo()
    ids = {g.id for g in read_ceremony(project_path).guests}
    assert {host.id, companion.id} <= ids


def test_a_companion_cannot_be_accompanied_and_a_guest_needs_a_name(
    window: Any, project_path: Path
) -> None:
    page = window.show_page("guests")
    _select(page, "Pinetzki")
    page.add_companion()
    companion = next(g for g in window.session.ceremony.guests if g.companion_of)
    page.search.setText("Begleitung")
    page._apply_filters()
    page.view.selectionModel().select(
        page.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    before = len(read_ceremony(project_path).guests)
    page.add_companion()
    assert len(read_ceremony(project_path).guests) == before
    assert "selbst Begleitperson" in window.statusBar().currentMessage()

    page.search.setText("Pinetzki")
    page._apply_filters()
    row = next(
        r for r in range(page.proxy.rowCount()) if page.proxy.index(r, gm.LAST).data() == "Pinetzki"
    )
    page.proxy.setData(page.proxy.index(row, gm.ORGANISATION), "")  # allowed: a surname is left
    page.proxy.setData(page.proxy.index(row, gm.LAST), "")  # refused: no name at all
    assert "Nachnamen" in window.statusBar().currentMessage()
    assert any(g.last_name == "Pinetzki" for g in read_ceremony(project_path).guests)
    assert companion.id in {g.id for g in read_ceremony(project_path).guests}

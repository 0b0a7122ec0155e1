"""Guests complete on screen: Anrede, Protokoll-Rang, tables chosen from the table manager,
named companions, and the greeting list from suggested ranks reordered by drag and drop."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ceremonykit.build import build_ceremony
from ceremonykit.domain.model import Salutation, SeatingTable, TableShape
from ceremonykit.gui import guest_dialogs
from ceremonykit.gui.guest_dialogs import PrecedenceDialog, ProtocolOrderDialog, TablesDialog
from ceremonykit.gui.models import guests as gm
from ceremonykit.operations import edit
from ceremonykit.project import read_ceremony


def _find(page: Any, name: str) -> Any:
    page.search.setText(name)
    page._apply_filters()
    assert page.proxy.rowCount() == 1, name
    return page.proxy


def test_salutation_rank_and_table_from_the_table_manager(
    window: Any, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("guests")
    tables_before = read_ceremony(project_path).tables
    proxy = _find(page, "Pinetzki")
    assert proxy.index(0, gm.SALUTATION).data() == "Frau"
    assert proxy.setData(proxy.index(0, gm.SALUTATION), Salutation.NEUTRAL.value)
    assert proxy.index(0, gm.SALUTATION).data() == "neutral"
    assert proxy.setData(proxy.index(0, gm.RANK), "7")
    assert not proxy.setData(proxy.index(0, gm.RANK), "sieben")
    stored = next(g for g in read_ceremony(project_path).guests if g.last_name == "Pinetzki")
    assert stored.salutation is Salutation.NEUTRAL and stored.protocol_rank == 7

    def fill(dialog: TablesDialog) -> int:
        while dialog.table.rowCount():
            dialog.table.removeRow(0)
        dialog.add_table()
        dialog.add_table()
        dialog._name_item(1).setText("Ehrentisch")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TablesDialog, "exec", fill)
    page.manage_tables()
    ceremony = read_ceremony(project_path)
    assert [(t.name, t.seats, t.shape) for t in ceremony.tables] == [
        ("1", 8, TableShape.ROUND),
        ("Ehrentisch", 8, TableShape.ROUND),
    ]
    # the table column offers exactly the tables of the ceremony
    assert [v for v, _ in page._table_choices()] == ["", "1", "Ehrentisch"]
    assert proxy.setData(proxy.index(0, gm.TABLE), "Ehrentisch")
    assert "Tisch Ehrentisch: 1/8" in page.tables.text()
    window.undo_action.trigger()  # table of the guest
    window.undo_action.trigger()  # the tables
    assert read_ceremony(project_path).tables == tables_before


def test_renaming_a_table_moves_its_guests(window: Any, project_path: Path) -> None:
    session = window.session
    guests = [g for g in session.ceremony.guests if g.table == "1"]
    assert guests
    session.apply(edit.set_field, "tables", [SeatingTable("1", 10)])
    dialog = TablesDialog(session.ceremony, window)
    dialog._name_item(0).setText("Tisch der Jury")
    assert dialog.renamed() == {"1": "Tisch der Jury"}
    from ceremonykit.gui.commands import SetTables

    session.undo_stack.push(SetTables(session, dialog.tables(), dialog.renamed(), "Tische"))
    stored = read_ceremony(project_path)
    moved = [g for g in stored.guests if g.id in {x.id for x in guests}]
    assert {g.table for g in moved} == {"Tisch der Jury"}
    session.undo_stack.undo()
    ids = {g.id for g in guests}
    assert {g.table for g in read_ceremony(project_path).guests if g.id in ids} == {"1"}


def test_duplicate_table_names_are_refused_in_german(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        guest_dialogs.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    dialog = TablesDialog(window.session.ceremony, window)
    dialog.add_table()
    dialog.add_table()
    dialog._name_item(dialog.table.rowCount() - 1).setText(dialog._name_item(0).text())
    dialog.accept()
    assert shown and "zweimal" in shown[0] and dialog.result() != QDialog.DialogCode.Accepted


def test_named_companion_is_a_guest_with_companion_of(window: Any, project_path: Path) -> None:
    page = window.show_page("guests")
    proxy = _find(page, "Pinetzki")
    page.view.setCurrentIndex(proxy.index(0, gm.LAST))
    host = page.selected_guest()
    page.view.closePersistentEditor(page.view.currentIndex())
    page.add_companion()
    page.view.closePersistentEditor(page.view.currentIndex())
    stored = read_ceremony(project_path)
    [companion] = [g for g in stored.guests if g.companion_of == host.id]
    assert companion.table == host.table and companion.rsvp is host.rsvp
    row = page.model.row_of(companion.id)
    assert page.model.index(row, gm.COMPANION_OF).data() == host.full_name


def test_greeting_list_from_suggested_ranks_and_drag_order(
    window: Any, project_path: Path, tmp_path: Path
) -> None:
    """No rank typed anywhere: the precedence table suggests them, the greeting list builds;
    staff move a guest up in the order dialog and the list follows."""
    session = window.session
    cleared = [dataclasses.replace(g, protocol_rank=None) for g in session.ceremony.guests]
    session.apply(edit.put_objects, cleared)
    page = window.show_page("guests")
    proxy = _find(page, "Sonnenberg")
    assert proxy.index(0, gm.RANK).data() == "(30)"  # Bürgermeisterin, suggested
    assert proxy.index(0, gm.RANK).data(Qt.ItemDataRole.EditRole) == ""

    report = build_ceremony(session.ceremony, tmp_path / "a", only=("greeting_list",))
    assert not report.skipped and not report.failed
    first = _greeting_lines(tmp_path / "a")
    assert "Bürgermeisterin Sonnenberg" in first[0]

    dialog = ProtocolOrderDialog(session.ceremony, window)
    names = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    last_accepted = max(
        n for n, t in enumerate(names) if "ohne Zusage" not in t and "Albers" not in t
    )
    dialog.list.setCurrentRow(last_accepted)
    for _ in range(last_accepted):
        dialog.move_current(-1)
    moved_id = dialog.guest_ids()[0]
    session.undo_stack.push(
        guest_dialogs_command(session, dialog.guest_ids())  # as the page does after OK
    )
    stored = {g.id: g for g in read_ceremony(project_path).guests}
    assert stored[moved_id].protocol_rank == 10
    build_ceremony(session.ceremony, tmp_path / "b", only=("greeting_list",))
    second = _greeting_lines(tmp_path / "b")
    assert stored[moved_id].last_name in second[0]
    assert second != first


def guest_dialogs_command(session: Any, ids: list[str]) -> Any:
    from ceremonykit.gui.commands import SetProtocolOrder

    return SetProtocolOrder(session, ids, "Begrüßungsreihenfolge ändern")


def _greeting_lines(out: Path) -> list[str]:
    [path] = sorted(out.glob("gaeste/Begruessungsliste_*.docx"))
    return [
        p.text
        for p in Document(str(path)).paragraphs
        if p.runs and p.runs[0].text.strip().rstrip(".").isdigit()
    ]


def test_staff_edit_the_projects_copy_of_the_precedence_table(
    window: Any, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    session.apply(
        edit.put_objects,
        [dataclasses.replace(g, protocol_rank=None) for g in session.ceremony.guests],
    )
    page = window.show_page("guests")

    def edit_mayors(dialog: PrecedenceDialog) -> int:
        for row in range(dialog.table.rowCount()):
            if dialog._text(row, dialog.FUNCTIONS) == "Bürgermeister":
                dialog.table.item(row, dialog.RANK).setText("5")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrecedenceDialog, "exec", edit_mayors)
    page.edit_precedence()
    proxy = _find(page, "Sonnenberg")
    assert proxy.index(0, gm.RANK).data() == "(5)"
    assert '"rang": 5' in read_ceremony(project_path).settings["protocol_precedence"]
    window.undo_action.trigger()
    assert proxy.index(0, gm.RANK).data() == "(30)"
    dialog = PrecedenceDialog(session.ceremony, window)
    dialog.table.item(0, dialog.RANK).setText("erster")
    shown: list[str] = []
    monkeypatch.setattr(guest_dialogs.QMessageBox, "warning", lambda p, t, text: shown.append(text))
    dialog.accept()
    assert shown and "Zeile 1" in shown[0]


def test_check_finding_about_missing_tables_jumps_to_the_first_such_guest(window: Any) -> None:
    from ceremonykit.domain.preflight import Finding, Severity

    window.go_to_finding(
        Finding(Severity.WARNING, "guest", None, "table", "Sitzplan", "Einige Gäste …")
    )
    page = window.page("guests")
    assert window.stack.currentWidget() is page
    index = page.view.currentIndex()
    assert index.column() == gm.TABLE
    guest = page.selected_guest()
    assert guest is not None and not guest.table

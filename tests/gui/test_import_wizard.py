"""Import wizard against the headless import API: file → sheet → mapping → preview → import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtWidgets import QComboBox

from ceremonykit.gui.import_wizard import ImportWizard
from ceremonykit.gui.main_window import MainWindow
from ceremonykit.gui.models.import_rows import STATUS
from ceremonykit.project import read_ceremony


def guest_sheet(path: Path) -> Path:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Hinweise"
    notes["A1"] = "Bitte nicht ändern"
    sheet = book.create_sheet("Gäste 2026")
    sheet.append(["Gästeliste Ehrenamtspreis 2026"])
    sheet.append([])
    sheet.append(["Anrede", "Vorname", "Nachname", "Institution", "Kategorie", "E-Mail"])
    sheet.append(["Frau", "Zeynep", "Arslan", "Kulturbüro", "Gast", "z.arslan@example.org"])
    sheet.append(
        ["Herr", "Mateusz", "Wójcik", "Polnischer Verein", "Presse", "m.wojcik@example.org"]
    )
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Frau", "Ingeborg", "Lindqvist-Brandt", "", "Ehrengast", "ilb@example.org"])
    book.save(path)
    return path


def finish_page(qtbot: Any, wizard: ImportWizard, page: Any) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=15000)


def test_import_guests_through_the_wizard_and_undo(
    qtbot: Any, qtmodeltester: Any, window: MainWindow, project_path: Path, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    before = len(session.ceremony.guests)
    wizard = ImportWizard(session, guest_sheet(tmp_path / "Gäste.xlsx"), window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.isComplete()
    finish_page(qtbot, wizard, wizard.sheet_page)
    names = [
        wizard.sheet_page.sheets.item(i).text() for i in range(wizard.sheet_page.sheets.count())
    ]
    assert any(n.startswith("Gäste 2026") for n in names)
    wizard.sheet_page.sheets.setCurrentRow(
        next(i for i, n in enumerate(names) if n.startswith("Gäste 2026"))
    )
    assert wizard.sheet_page.sample.item(0, 0).text() == "Gästeliste Ehrenamtspreis 2026"

    finish_page(qtbot, wizard, wizard.mapping_page)
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=15000)
    assert "Zeile 3" in wizard.mapping_page.status.text()
    mapping = wizard.mapping_page.chosen_mapping()
    assert mapping["C"] == "last_name" and mapping["F"] == "email"
    email_row = next(
        r
        for r in range(wizard.mapping_page.table.rowCount())
        if wizard.mapping_page.table.item(r, 0).text() == "F"
    )
    combo = wizard.mapping_page.table.cellWidget(email_row, 3)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("-"))  # the user decides not to take the e-mails

    finish_page(qtbot, wizard, wizard.preview_page)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=15000)
    model = wizard.preview_page.model
    statuses = [model.index(r, STATUS).data() for r in range(model.rowCount())]
    assert statuses.count("neu") == 3 and "übersprungen" in statuses
    assert "3 neu" in wizard.preview_page.summary.text()
    qtmodeltester.check(model, force_py=True)

    wizard.accept()
    stored = read_ceremony(project_path)
    new = {g.last_name: g for g in stored.guests[before:]}
    assert set(new) == {"Arslan", "Wójcik", "Lindqvist-Brandt"}
    assert new["Wójcik"].category == "Presse" and new["Arslan"].email == ""
    assert len(session.ceremony.guests) == before + 3
    guests_page: Any = window.show_page("guests")
    assert guests_page.model.rowCount() == before + 3

    window.undo_action.trigger()
    assert len(read_ceremony(project_path).guests) == before
    assert guests_page.model.rowCount() == before
    window.redo_action.trigger()
    assert len(read_ceremony(project_path).guests) == before + 3


def test_bad_files_show_german_messages_and_stop(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    assert window.session is not None
    empty = tmp_path / "leer.xlsx"
    empty.write_bytes(b"")
    wizard = ImportWizard(window.session, empty, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.file_page.status.text() != "Datei wird gelesen …", timeout=15000)
    assert wizard.currentPage() is wizard.file_page
    assert (
        "leer.xlsx" in wizard.file_page.status.text() and "leer" in wizard.file_page.status.text()
    )

    headless = tmp_path / "ohne Kopf.csv"
    headless.write_text("a;b\n1;2\n", encoding="utf-8")
    wizard.file_page.path.setText(str(headless))
    finish_page(qtbot, wizard, wizard.sheet_page)
    wizard.next()
    qtbot.waitUntil(
        lambda: "Überschriften werden gesucht" not in wizard.mapping_page.status.text(),
        timeout=15000,
    )
    assert "ohne Kopf.csv" in wizard.mapping_page.status.text()
    assert not wizard.mapping_page.isComplete()

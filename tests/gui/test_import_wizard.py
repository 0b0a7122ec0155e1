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


def read_in_wizard(qtbot: Any, window: MainWindow, path: Path) -> ImportWizard:
    """The wizard opened on ``path`` and past the file page (the file read)."""
    assert window.session is not None
    wizard = ImportWizard(window.session, path, window)
    qtbot.addWidget(wizard)
    wizard.show()
    finish_page(qtbot, wizard, wizard.sheet_page)
    return wizard


def test_import_guests_through_the_wizard_and_undo(
    qtbot: Any, qtmodeltester: Any, window: MainWindow, project_path: Path, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    before = len(session.ceremony.guests)
    wizard = read_in_wizard(qtbot, window, guest_sheet(tmp_path / "Gäste.xlsx"))
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

    # headers nobody knows: no dead end, the page says what to assign (never "--map")
    headless = tmp_path / "ohne Kopf.csv"
    headless.write_text("a;b\n1;2\n", encoding="utf-8")
    wizard.file_page.path.setText(str(headless))
    finish_page(qtbot, wizard, wizard.sheet_page)
    finish_page(qtbot, wizard, wizard.mapping_page)
    status = wizard.mapping_page.status.text()
    assert "Bitte rechts zuordnen, welche Spalte den Namen" in status
    assert "--map" not in status
    assert not wizard.mapping_page.isComplete()
    assert wizard.mapping_page.table.rowCount() == 2  # both columns offered
    combo = wizard.mapping_page.table.cellWidget(0, 3)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("last_name"))
    assert wizard.mapping_page.isComplete()


def unusual_winners(path: Path) -> Path:
    """A jury list as an office writes it: a title block, headers no synonym list knows, a
    place merged over two winners, a repeated row, a credit without a photo."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jury 2026"
    sheet.append(["Ergebnis der Jurysitzung vom 3. November"])
    sheet.append([])
    sheet.append(["Rangfolge", "Wer wird ausgezeichnet", "Vorhaben", "Dotierung", "Bildnachweis"])
    sheet.append(["1", "Tafel Nord e.V.", "Essen für alle", "3.000 €", "Stadt / A. Fotografin"])
    sheet.append([None, "Repair-Café Süd", "Reparieren statt wegwerfen", None, None])
    sheet.append(["2", "Lesepaten West", "Vorlesen in Kitas", "1.500 €", None])
    sheet.append(["3", "Kinderchor Ost", "#NV", "500 €", None])
    sheet.merge_cells("A4:A5")
    book.save(path)
    return path


def test_wizard_imports_unusual_headers_without_any_map(
    qtbot: Any, window: MainWindow, project_path: Path, tmp_path: Path
) -> None:
    """Issue 15: target detected from the headers, header row chosen by hand, every column
    assigned from its dropdown, values shown, "nur Probleme", report kept, credit offered."""
    from ceremonykit.gui.import_wizard import ReportDialog
    from ceremonykit.gui.models.import_rows import VALUES

    session = window.session
    assert session is not None
    winners_before = len(session.ceremony.winners)
    wizard = read_in_wizard(qtbot, window, unusual_winners(tmp_path / "Jury.xlsx"))
    assert wizard.sheet_page.target() == "winners"  # "Dotierung", "Bildnachweis": winners
    assert "Preisträger" in wizard.sheet_page.detected.text()

    finish_page(qtbot, wizard, wizard.mapping_page)
    page = wizard.mapping_page
    assert page.header_row.value() == 3
    page.header_row.setValue(1)  # the user tries the title row: columns follow the choice
    assert not page.isComplete()
    assert "Bitte rechts zuordnen" in page.status.text()
    page.header_row.setValue(3)
    letters = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert letters == ["A", "B", "C", "D", "E"]  # every column, known header or not

    def assign(letter: str, field: str) -> None:
        combo = page.table.cellWidget(letters.index(letter), 3)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field))

    for letter, field in zip("ABC", ("place", "organisation", "project_title"), strict=True):
        assign(letter, field)
    assert page.isComplete()
    assert page.chosen_mapping() == {
        "A": "place", "B": "organisation", "C": "project_title", "D": "amount", "E": "credit",
    }  # fmt: skip

    finish_page(qtbot, wizard, wizard.preview_page)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=15000)
    model = preview.model
    shown = {model.index(r, 2).data(): model.index(r, VALUES).data() for r in range(4)}
    assert shown["Tafel Nord e.V."] == "Platz: Erster Preis · Preisgeld: 3.000\u00a0€"
    assert shown["Repair-Café Süd"].startswith("Platz: Erster Preis")  # merged place filled
    assert "1 Fehler" in preview.summary.text()  # the #NV project title
    preview.problems_only.setChecked(True)
    problems = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert "Kinderchor Ost" in problems and "Lesepaten West" not in problems
    preview.problems_only.setChecked(False)
    assert model.rowCount() == 4

    wizard.accept()
    winners = session.ceremony.winners[winners_before:]
    assert {w.organisation for w in winners} == {
        "Tafel Nord e.V.", "Repair-Café Süd", "Lesepaten West",
    }  # fmt: skip
    tafel = next(w for w in winners if w.organisation == "Tafel Nord e.V.")
    assert tafel.photo_credit == "Stadt / A. Fotografin"
    assert read_ceremony(project_path).winners[winners_before].photo_credit == tafel.photo_credit

    # the report outlives the wizard: File › Letzter Importbericht
    window.import_report_action.trigger()
    dialog = window.import_report_dialog
    assert isinstance(dialog, ReportDialog)
    assert dialog.model.rowCount() == 4
    dialog.problems_only.setChecked(True)
    assert dialog.model.rowCount() >= 1
    assert any(
        dialog.model.index(r, 2).data() == "Kinderchor Ost" for r in range(dialog.model.rowCount())
    )
    dialog.close()

    # the waiting credit is offered when a photo is assigned to the winner
    from PIL import Image

    from ceremonykit.domain.model import Photo

    picture = tmp_path / "buehne.jpg"
    Image.new("RGB", (64, 48), "white").save(picture)
    photos: Any = window.show_page("photos")
    photos.add_files([picture])
    photo = session.ceremony.photos[-1]
    assert photo.credit == ""
    photos.set_photo(photo.id)
    photos._write("winner_id", tafel.id)
    stored = session.find(Photo, photo.id)
    assert stored.winner_id == tafel.id and stored.credit == "Stadt / A. Fotografin"


def test_wizard_lets_staff_decide_about_suspected_duplicates(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [
        ["Vorname", "Nachname", "E-Mail"],
        ["Anna", "Müller", "anna@example.org"],
        ["Anna", "Müller", "a.mueller@example.org"],  # same name, other e-mail: two people
        ["Jan", "Berg", "jan@example.org"],
        ["Jan", "Berg", "jan@example.org"],  # identical row: a question
    ]:
        sheet.append(row)
    path = tmp_path / "gaeste.xlsx"
    book.save(path)
    wizard = read_in_wizard(qtbot, window, path)
    assert wizard.sheet_page.target() == "guests"
    finish_page(qtbot, wizard, wizard.mapping_page)
    finish_page(qtbot, wizard, wizard.preview_page)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=15000)
    assert preview.duplicates.rowCount() == 1  # only the identical row is asked about
    assert preview.duplicates.item(0, 0).text() == "5"
    combo = preview.duplicates.cellWidget(0, 3)
    assert isinstance(combo, QComboBox) and combo.currentText() == "beide behalten"
    combo.setCurrentIndex(combo.findText("überspringen"))
    qtbot.waitUntil(lambda: "1 übersprungen" in preview.summary.text(), timeout=15000)
    rows = {r.row: r for r in wizard.plan.rows}  # type: ignore[union-attr]
    assert "gleichnamig mit Zeile 2" in rows[3].text()
    assert rows[5].status.value == "übersprungen"
    assert preview.duplicates.cellWidget(0, 3).currentText() == "überspringen"  # type: ignore[union-attr]

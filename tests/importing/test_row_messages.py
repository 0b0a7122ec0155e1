"""What the row report says: a hidden row with errors was not taken over, a date is no name,
and a CSV file (which has no sheets) is called a file, not a sheet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from import_sheets import write_xlsx

from ceremonykit.importing import RowStatus, preview
from ceremonykit.importing.planning import HIDDEN_NOTE
from ceremonykit.importing.report_file import load_report, save_report
from conftest import run_cli


def test_hidden_row_with_an_error_does_not_claim_it_was_taken_over(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "g.xlsx",
        [
            ["Vorname", "Nachname", "E-Mail"],
            ["Anna", "Berg", "anna@example.org"],
            ["John", "Doe", "kaputt"],  # hidden and wrong
            ["Ina", "Lange", "ina@example.org"],  # hidden and fine
        ],
    )
    wb = openpyxl.load_workbook(path)
    sheet = wb.active
    assert sheet is not None
    sheet.row_dimensions[3].hidden = sheet.row_dimensions[4].hidden = True
    wb.save(path)

    plan = preview(path, "guests")
    by_row = {r.row: r for r in plan.rows}
    assert by_row[3].status is RowStatus.ERROR
    assert "übernommen" not in by_row[3].text()
    assert "Zeile ist in Excel ausgeblendet" in by_row[3].text()
    assert by_row[4].status is RowStatus.IMPORTED and HIDDEN_NOTE in by_row[4].text()
    assert "Ausgeblendete Zeilen übernommen: 4." in plan.notes


def test_a_date_is_no_guest_name(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "g.xlsx",
        [
            ["Name", "E-Mail"],
            [date(2025, 1, 1), "a@example.org"],  # a date cell where the name belongs
            ["Hans Müller", "h@example.org"],
        ],
    )
    csv = tmp_path / "g.csv"
    csv.write_text("Vorname;Nachname\nOlaf;2025-01-01\nIna;Lange\n", encoding="utf-8")
    for table, column in ((path, "A"), (csv, "B")):
        plan = preview(table, "guests")
        first, second = plan.rows
        assert first.status is RowStatus.ERROR, first.text()
        assert f"Spalte {column}:" in first.text() and "ist ein Datum, kein Name" in first.text()
        assert second.status is RowStatus.IMPORTED
        assert len(plan.changes) == 1


def test_a_date_inside_a_name_is_still_a_name(tmp_path: Path) -> None:
    csv = tmp_path / "g.csv"
    csv.write_text("Name;Bemerkung\nAnna Berg 2.0;01.01.2025\n", encoding="utf-8")
    plan = preview(csv, "guests")
    assert [r.status for r in plan.rows] == [RowStatus.IMPORTED]


def test_csv_rows_name_the_file_not_a_sheet(tmp_path: Path) -> None:
    csv = tmp_path / "gaeste.csv"
    csv.write_text("Vorname;Nachname;E-Mail\nAnna;Berg;kaputt\n", encoding="utf-8")
    plan = preview(csv, "guests")
    assert not plan.has_sheets
    assert plan.rows[0].text().startswith("Datei „gaeste.csv“, Zeile 2: Fehler (Anna Berg)")

    project = tmp_path / "p.ceremony"
    assert run_cli("new", str(project)).returncode == 0
    out = run_cli("import", str(project), "--guests", str(csv)).stdout
    assert "Blatt" not in out
    assert "Datei „gaeste.csv“, Kopfzeile 1" in out
    assert "Datei „gaeste.csv“, Zeile 2: Fehler" in out

    save_report(project, csv, plan.rows)  # "Letzter Importbericht" says the same after reading
    source, rows = load_report(project)
    assert source == "gaeste.csv"
    assert rows[0].text().startswith("Datei „gaeste.csv“, Zeile 2: Fehler")

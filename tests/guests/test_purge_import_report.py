"""The import report beside the project ("NAME – Importbericht.csv") repeats guests' names
and e-mail addresses – also of rows that were never imported. A purge deletes it and says so."""

from __future__ import annotations

from pathlib import Path

from tests.importing.import_sheets import sheet_file

from ceremonykit.importing.report_file import report_path
from conftest import run_cli

ROWS = [
    ["Vorname", "Nachname", "E-Mail"],
    ["Henrike", "Quäst-Žabić", "henrike.quast@beispiel-verein.de"],
    ["Øystein", "Brændgaard", "kaputt@"],  # a row error: never imported, but in the report
]
PERSONAL = ["Quäst-Žabić", "henrike.quast@beispiel-verein.de", "Brændgaard", "kaputt@"]


def _folder_texts(folder: Path, skip: Path) -> dict[str, str]:
    """Every file beside the project (bytes decoded leniently), the import table excepted."""
    return {
        p.name: p.read_bytes().decode("utf-8", "replace")
        for p in folder.rglob("*")
        if p.is_file() and p != skip
    }


def test_purge_deletes_the_import_report_and_names_it(tmp_path: Path) -> None:
    project = tmp_path / "Ehrenamt.ceremony"
    assert run_cli("new", str(project)).returncode == 0
    table = sheet_file(tmp_path, ROWS)
    run_cli("import", str(project), "--guests", str(table))
    report = report_path(project)
    assert report.exists()
    in_report = report.read_text(encoding="utf-8-sig")
    assert all(p in in_report for p in ["Quäst-Žabić", "Brændgaard", "kaputt@"])

    listing = run_cli("purge", str(project))
    assert f"Importbericht mit Namen und E-Mail-Adressen (wird gelöscht): {report.name}" in (
        listing.stdout
    )
    assert report.exists()  # without --yes nothing is deleted

    done = run_cli("purge", "--yes", str(project))
    assert done.returncode == 0, done.stderr
    assert f"Gelöscht: Importbericht „{report.name}“" in done.stdout
    assert not report.exists()
    for name, text in _folder_texts(tmp_path, table).items():
        for personal in PERSONAL:
            assert personal not in text, (name, personal)


def test_purge_without_a_report_does_not_mention_one(tmp_path: Path) -> None:
    project = tmp_path / "p.ceremony"
    assert run_cli("new", str(project)).returncode == 0
    done = run_cli("purge", "--yes", str(project))
    assert done.returncode == 0, done.stderr
    assert "Importbericht" not in done.stdout

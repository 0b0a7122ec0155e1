"""``ceremonykit import``: report in German, exit codes, dry run, project lock."""

from __future__ import annotations

from pathlib import Path

from import_sheets import sheet_file

from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectFile
from conftest import run_cli

LIST = [
    ["Platz", "Preisträger", "Preisgeld"],
    ["1", "Verein A", "5.000 €"],
    ["2", "Verein B", "abc"],
    ["Summe", None, 5000],
]


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "p.ceremony"
    assert run_cli("new", str(path)).returncode == 0
    return path


def test_import_reports_rows_and_exits_1_on_errors(tmp_path: Path) -> None:
    project = _project(tmp_path)
    result = run_cli("import", str(project), "--winners", str(sheet_file(tmp_path, LIST)))
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert "Blatt „Tabelle1“, Zeile 2: neu (Verein A)" in out
    assert (
        "Blatt „Tabelle1“, Zeile 3: Fehler (Verein B) – Spalte C: Betrag „abc“ nicht erkannt" in out
    )
    assert "Zeile 4: übersprungen – Summenzeile" in out
    assert "1 Zeile(n) mit Fehlern wurden nicht übernommen" in out
    assert "Traceback" not in result.stderr
    assert [w.organisation for w in read_ceremony(project).winners] == ["Verein A"]


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    project = _project(tmp_path)
    sheet = sheet_file(tmp_path, LIST[:2])
    result = run_cli("import", str(project), "--winners", str(sheet), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "Probelauf" in result.stdout
    assert read_ceremony(project).winners == []


def test_guests_with_map_and_sheet(tmp_path: Path) -> None:
    project = _project(tmp_path)
    sheet = sheet_file(
        tmp_path, [["Wer", "Mail"], ["Anna Müller", "anna@example.org"]], title="Gäste"
    )
    result = run_cli(
        "import", str(project), "--guests", str(sheet), "--sheet", "Gäste",
        "--map", "Wer=Name", "--map", "B=email",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    [guest] = read_ceremony(project).guests
    assert (guest.first_name, guest.last_name, guest.email) == (
        "Anna",
        "Müller",
        "anna@example.org",
    )


def test_unreadable_file_gives_german_message(tmp_path: Path) -> None:
    project = _project(tmp_path)
    bad = tmp_path / "liste.xlsx"
    bad.write_bytes(b"PK\x03\x04kaputt")
    result = run_cli("import", str(project), "--winners", str(bad))
    assert result.returncode == 1
    assert "„liste.xlsx“ ist beschädigt" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_map_entry(tmp_path: Path) -> None:
    project = _project(tmp_path)
    sheet = sheet_file(tmp_path, LIST)
    result = run_cli("import", str(project), "--winners", str(sheet), "--map", "Preisträger")
    assert result.returncode == 1
    assert "Zuordnung „Preisträger“ nicht verstanden" in result.stderr


def test_import_respects_the_project_lock(tmp_path: Path) -> None:
    project = _project(tmp_path)
    holder = ProjectFile.open(project)  # someone else is editing
    try:
        result = run_cli("import", str(project), "--winners", str(sheet_file(tmp_path, LIST[:2])))
    finally:
        holder.close()
    assert result.returncode == 1
    assert result.stderr.startswith("Fehler:")
    assert "Traceback" not in result.stderr
    assert read_ceremony(project).winners == []

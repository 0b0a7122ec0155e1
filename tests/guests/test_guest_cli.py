"""The data-protection commands as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

from ceremonykit.demo import demo_ceremony
from ceremonykit.store import ProjectFile


def test_purge_lists_then_deletes(tmp_path: Path) -> None:
    path = tmp_path / "p.ceremony"
    ProjectFile.create(path, demo_ceremony()).close()
    dry = run_cli("purge", str(path))
    assert dry.returncode == 0, dry.stderr
    assert "Gäste: 48" in dry.stdout
    assert "läuft noch bis 31.03.2027" in dry.stdout
    assert "Äppelbaum, Jürgen" in dry.stdout
    assert "nichts gelöscht" in dry.stdout
    assert "Äppelbaum".encode() in path.read_bytes()
    done = run_cli("purge", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Gelöscht: 48 Gäste" in done.stdout
    assert "Äppelbaum".encode() not in path.read_bytes()
    again = run_cli("purge", str(path))
    assert "keine Gästedaten" in again.stdout


def test_purge_also_deletes_old_format_backups(tmp_path: Path) -> None:
    """The copy kept before a format upgrade holds every guest: it must go too."""
    path = tmp_path / "p.ceremony"
    ProjectFile.create(path, demo_ceremony()).close()
    backup = tmp_path / "p (Sicherung Format 0).ceremony"
    backup.write_bytes(path.read_bytes())
    dry = run_cli("purge", str(path))
    assert "p (Sicherung Format 0).ceremony" in dry.stdout and backup.exists()
    assert run_cli("purge", str(path), "--yes").returncode == 0
    assert not backup.exists()


def test_export_person_to_file(tmp_path: Path, demo_file: Path) -> None:
    out = tmp_path / "auskunft.json"
    result = run_cli("export-person", str(demo_file), "Økland", "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["anfrage"] == "Økland"
    assert any(r["fundstelle"].startswith("Gästeliste") for r in data["fundstellen"])
    assert any(r["art"] == "Person" for r in data["fundstellen"])
    shown = run_cli("export-person", str(demo_file), "Niemand")
    assert shown.returncode == 0
    assert "nichts gespeichert" in shown.stderr


def test_purge_missing_file_is_a_german_error(tmp_path: Path) -> None:
    result = run_cli("purge", str(tmp_path / "fehlt.ceremony"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Fehler:")


def test_retention_note() -> None:
    from datetime import date

    from ceremonykit.cli.guest_cmds import _retention_note

    assert "nicht eingetragen" in _retention_note(None)
    assert "abgelaufen" in _retention_note(date(2020, 1, 1), date(2021, 1, 1))

"""Schema migrations: an older file is upgraded in one transaction, a newer one refused."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectError, ProjectFile
from ceremonykit.store.lock import lock_path_for
from ceremonykit.store.migrations import STEPS, latest_version


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _v2_split_notes(conn: sqlite3.Connection) -> None:
    """A fake format 2: guest notes move from "notes" to "remarks" and a table is added."""
    conn.execute("CREATE TABLE history (at TEXT, text TEXT)")
    rows = conn.execute("SELECT id, data FROM guest").fetchall()
    for guest_id, data in rows:
        obj = json.loads(data)
        obj["remarks"] = obj.pop("notes", "")
        obj["notes"] = "migriert: " + obj["remarks"]
        conn.execute("UPDATE guest SET data = ? WHERE id = ?", (json.dumps(obj), guest_id))


def _broken_step(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE half_done (x)")
    raise sqlite3.OperationalError("step failed half-way")


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    assert latest_version() == 1
    path = tmp_path / "Preis.ceremony"
    ceremony = Ceremony(award_name="Preis", guests=[Guest(id="g", notes="rollstuhlgerecht")])
    ProjectFile.create(path, ceremony).close()
    return path


def test_older_file_is_upgraded_and_a_copy_in_the_old_format_kept(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(STEPS, 2, _v2_split_notes)
    with ProjectFile.open(v1_file) as project:
        assert project.schema_version() == 2
        assert project.load().guests[0].notes == "migriert: rollstuhlgerecht"
    keep = v1_file.with_name("Preis (Sicherung Format 1).ceremony")
    conn = sqlite3.connect(keep)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    (data,) = conn.execute("SELECT data FROM guest").fetchone()
    conn.close()
    assert json.loads(data)["notes"] == "rollstuhlgerecht"  # the old format, untouched
    with ProjectFile.open(v1_file) as project:  # second open: nothing left to do
        assert project.schema_version() == 2


def test_reading_an_older_file_migrates_a_copy_and_leaves_the_file_alone(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``show``/``check``/``build`` of an old file must neither fail nor upgrade it."""
    monkeypatch.setitem(STEPS, 2, _v2_split_notes)
    before = sha(v1_file)
    assert read_ceremony(v1_file).guests[0].notes == "migriert: rollstuhlgerecht"
    assert sha(v1_file) == before
    assert sorted(p.name for p in v1_file.parent.iterdir()) == [v1_file.name]


def test_failed_migration_leaves_the_file_byte_identical(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(STEPS, 2, _broken_step)
    before = sha(v1_file)
    with pytest.raises(ProjectError, match=r"Dateiformat 1.*nicht auf das aktuelle Format"):
        ProjectFile.open(v1_file)
    assert sha(v1_file) == before
    assert not lock_path_for(v1_file).exists()
    monkeypatch.delitem(STEPS, 2)
    assert read_ceremony(v1_file).guests[0].notes == "rollstuhlgerecht"


def test_file_from_a_newer_version_is_refused_unchanged(v1_file: Path) -> None:
    conn = sqlite3.connect(v1_file)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = sha(v1_file)
    for readonly in (True, False):
        with pytest.raises(ProjectError, match=r"neueren CeremonyKit-Version.*Dateiformat 7"):
            ProjectFile.open(v1_file, readonly=readonly)
    assert sha(v1_file) == before
    assert not lock_path_for(v1_file).exists()

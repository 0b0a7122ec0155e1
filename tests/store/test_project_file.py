"""The project file as an application file format: round trip, transactions, pragmas, backup."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from ceremonykit.domain.codec import to_dict
from ceremonykit.domain.model import Asset, Ceremony, Guest, Prize, Winner
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectError, ProjectFile, inspect_file
from ceremonykit.store.checks import APPLICATION_ID
from ceremonykit.store.lock import lock_path_for
from ceremonykit.store.migrations import SCHEMA_VERSION


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Ask the file directly, read-only, bypassing the store."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def test_demo_round_trip_keeps_every_field_and_image(tmp_path: Path, demo: Ceremony) -> None:
    path = tmp_path / "demo.ceremony"
    ProjectFile.create(path, demo).close()
    with ProjectFile.open(path, readonly=True) as project:
        back = project.load()
    assert to_dict(back) == to_dict(demo)
    assert back.assets.keys() == demo.assets.keys()
    for key, asset in demo.assets.items():
        assert back.assets[key] == asset and asset.data  # images live inside the file
    assert [g.id for g in back.guests] == [g.id for g in demo.guests]  # order kept


def test_header_marks_the_file_as_ours(tmp_path: Path) -> None:
    path = tmp_path / "a.ceremony"
    ProjectFile.create(path, Ceremony(award_name="Integrationspreis")).close()
    assert raw(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw(path, "PRAGMA journal_mode") == [("delete",)]
    assert inspect_file(path) == SCHEMA_VERSION
    assert not lock_path_for(path).exists()  # closed -> unlocked


def test_writable_connection_settings(tmp_path: Path) -> None:
    with ProjectFile.create(tmp_path / "a.ceremony", Ceremony()) as project:
        conn = project._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_each_write_is_committed_when_it_returns(tmp_path: Path) -> None:
    path = tmp_path / "a.ceremony"
    with ProjectFile.create(path, Ceremony()) as project:
        project.put(Guest(id="g1", last_name="Nowak"))
        # another connection sees it at once: the write is on disk, not pending
        assert raw(path, "SELECT id FROM guest") == [("g1",)]
        project.put(Guest(id="g1", last_name="Nowak-Schulz"))
        project.put_many([Prize(id="p1", amount=Decimal("2500")), Winner(id="w1")])
        project.delete(Winner, "w1")
        c = project.load()
    assert [g.last_name for g in c.guests] == ["Nowak-Schulz"]
    assert c.prizes[0].amount == Decimal("2500.00") and c.winners == []


def test_failed_group_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "a.ceremony"
    with ProjectFile.create(path, Ceremony()) as project:
        with pytest.raises(RuntimeError), project.transaction():
            project.put(Guest(id="g1"))
            project.put(Guest(id="g2"))
            raise RuntimeError("boom")
        assert project.load().guests == []


def test_nested_group_rolls_back_only_its_part(tmp_path: Path) -> None:
    with ProjectFile.create(tmp_path / "a.ceremony", Ceremony()) as project:
        with project.transaction():
            project.put(Guest(id="kept"))
            with pytest.raises(ValueError), project.transaction():
                project.put(Guest(id="dropped"))
                raise ValueError
        assert [g.id for g in project.load().guests] == ["kept"]


def test_save_info_keeps_lists_and_stores_sender(tmp_path: Path, demo: Ceremony) -> None:
    path = tmp_path / "demo.ceremony"
    with ProjectFile.create(path, demo) as project:
        demo.award_name = "Ehrenamtspreis Spezial"
        demo.sender.release_number = 1200
        demo.settings["certificate.design"] = "klassisch"
        project.save_info(demo)
    back = read_ceremony(path)
    assert back.award_name == "Ehrenamtspreis Spezial"
    assert back.sender.release_number == 1200
    assert back.settings["certificate.design"] == "klassisch"
    assert len(back.guests) == len(demo.guests) > 40


def test_delete_asset_and_vacuum_remove_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.ceremony"
    secret = b"GEHEIM-PERSONENDATEN-" * 400
    with ProjectFile.create(path, Ceremony()) as project:
        project.put(Asset(id="x", data=secret))
        project.put(Guest(id="g", notes="Allergie: Nüsse " * 50))
        project.delete(Asset, ["x"])
        project.delete(Guest, "g")
        project.vacuum()
    data = path.read_bytes()
    assert b"GEHEIM-PERSONENDATEN" not in data
    assert b"Allergie" not in data


def test_readonly_open_refuses_writes_and_takes_no_lock(tmp_path: Path) -> None:
    path = tmp_path / "a.ceremony"
    ProjectFile.create(path, Ceremony()).close()
    with ProjectFile.open(path, readonly=True) as project:
        assert not lock_path_for(path).exists()
        with pytest.raises(ProjectError, match="nur zum Lesen"):
            project.put(Guest())


def test_create_refuses_existing_and_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "a.ceremony"
    ProjectFile.create(path, Ceremony()).close()
    with pytest.raises(ProjectError, match="gibt es schon"):
        ProjectFile.create(path, Ceremony())
    with pytest.raises(ProjectError, match=r"Ordner .* existiert nicht"):
        ProjectFile.create(tmp_path / "fehlt" / "b.ceremony", Ceremony())
    ProjectFile.create(path, Ceremony(award_name="Neu"), overwrite=True).close()
    assert read_ceremony(path).award_name == "Neu"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ceremony"]  # no leftovers


def test_overwrite_discards_a_crashed_writers_journal(tmp_path: Path) -> None:
    path = tmp_path / "a.ceremony"
    ProjectFile.create(path, Ceremony()).close()
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(600))  # journal magic
    ProjectFile.create(path, Ceremony(award_name="Frisch"), overwrite=True).close()
    assert not journal.exists()
    assert read_ceremony(path).award_name == "Frisch"


def test_backup_to_is_a_consistent_complete_copy(tmp_path: Path, demo: Ceremony) -> None:
    path = tmp_path / "demo.ceremony"
    copy = tmp_path / "Kopie.ceremony"
    with ProjectFile.create(path, demo) as project:
        project.put(Guest(id="late", last_name="Spät"))
        project.backup_to(copy)
        with pytest.raises(ProjectError, match="geöffnete Datei selbst"):
            project.backup_to(path)
    assert raw(copy, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert raw(copy, "PRAGMA journal_mode") == [("delete",)]
    back = read_ceremony(copy)
    assert back.guests[-1].last_name == "Spät"
    assert back.assets["logo"].data == demo.assets["logo"].data


def test_backup_to_refuses_a_target_someone_edits(tmp_path: Path) -> None:
    a, b = tmp_path / "a.ceremony", tmp_path / "b.ceremony"
    ProjectFile.create(b, Ceremony(award_name="B")).close()
    with (
        ProjectFile.create(a, Ceremony()) as pa,
        ProjectFile.open(b),
        pytest.raises(ProjectError, match="bearbeitet"),
    ):
        pa.backup_to(b)
    assert read_ceremony(b).award_name == "B"


def test_save_as_continues_in_the_new_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a.ceremony", tmp_path / "b.ceremony"
    project = ProjectFile.create(a, Ceremony())
    project = project.save_as(b)
    try:
        project.put(Guest(id="nach-kopie"))
        assert project.path == b
        assert lock_path_for(b).exists() and not lock_path_for(a).exists()
    finally:
        project.close()
    assert [g.id for g in read_ceremony(b).guests] == ["nach-kopie"]
    assert read_ceremony(a).guests == []


def test_sqlite_uri_handles_windows_drive_and_network_paths() -> None:
    from pathlib import PurePosixPath, PureWindowsPath

    from ceremonykit.store.checks import sqlite_uri

    assert (
        sqlite_uri(PurePosixPath("/tmp/a b.ceremony"), "ro") == "file:///tmp/a%20b.ceremony?mode=ro"
    )
    assert sqlite_uri(PureWindowsPath(r"C:\Preise\Ä.ceremony"), "rw") == (
        "file:///C:/Preise/%C3%84.ceremony?mode=rw"
    )
    unc = sqlite_uri(PureWindowsPath(r"\\server\presse\Preis #1.ceremony"), "rw")
    assert unc == "file:////server/presse/Preis%20%231.ceremony?mode=rw"

"""Bad files and faults at API level: refused with a German message, never modified.

The same cases through the command line are in ``tests/cli/test_bad_input.py``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import random
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from ceremonykit.domain.model import Asset, Ceremony, Guest
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectError, ProjectFile
from ceremonykit.store.checks import check_file
from ceremonykit.store.lock import lock_path_for
from ceremonykit.store.project_file import FAULT_MAX_PAGES_ENV


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused(path: Path, pattern: str) -> None:
    """Refused for reading and for editing, with ``pattern`` in the message; file unchanged."""
    before = sha(path)
    for readonly in (True, False):
        with pytest.raises(ProjectError, match=pattern):
            ProjectFile.open(path, readonly=readonly)
    assert sha(path) == before
    assert not lock_path_for(path).exists()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    path = tmp_path / "Preis.ceremony"
    guests = [Guest(id=f"g{i}", last_name=f"Gast {i}", notes="n" * 200) for i in range(300)]
    ProjectFile.create(path, Ceremony(award_name="Preis", guests=guests)).close()
    return path


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "zufall.ceremony"
    path.write_bytes(random.Random(1).randbytes(50_000))
    assert_refused(path, "keine CeremonyKit-Projektdatei")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leer.ceremony"
    path.write_bytes(b"")
    assert_refused(path, "ist leer")


def test_xlsx_renamed_to_ceremony(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Vorname", "Nachname"])
    path = tmp_path / "Gaeste.ceremony"
    book.save(path)
    assert_refused(path, "keine CeremonyKit-Projektdatei.*Importieren")


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "fremd.ceremony"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert_refused(path, "keine CeremonyKit-Projektdatei")


@pytest.mark.parametrize("keep", [0.5, 0.1, 120])
def test_truncated_project(small_project: Path, keep: float) -> None:
    data = small_project.read_bytes()
    size = int(len(data) * keep) if keep < 1 else int(keep)
    small_project.write_bytes(data[:size])
    assert_refused(small_project, "beschädigt")


def test_damaged_page_in_the_middle(small_project: Path) -> None:
    data = bytearray(small_project.read_bytes())
    page = 4096
    for i in range(3 * page, 3 * page + 400):  # scribble over a b-tree page header
        data[i] = 0xFF
    small_project.write_bytes(bytes(data))
    assert_refused(small_project, "beschädigt.*Sicherungskopie")


def test_folder_instead_of_file_and_missing_file(tmp_path: Path) -> None:
    folder = tmp_path / "ordner.ceremony"
    folder.mkdir()
    with pytest.raises(ProjectError, match="keine CeremonyKit-Projektdatei"):
        ProjectFile.open(folder)
    with pytest.raises(ProjectError, match="nicht gefunden"):
        ProjectFile.open(tmp_path / "fehlt.ceremony")


def test_full_disk_keeps_earlier_data(small_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FAULT_MAX_PAGES_ENV, "1")  # cannot shrink: caps at the current size
    with ProjectFile.open(small_project) as project:
        before = sha(small_project)
        with pytest.raises(ProjectError, match="Datenträger ist voll"):
            project.put(Asset(id="foto", data=os.urandom(300_000)))
        assert sha(small_project) == before
        project.put(Guest(id="g0", last_name="Geändert"))  # small edits still fit
    c = read_ceremony(small_project)
    assert len(c.guests) == 300 and c.guests[0].last_name == "Geändert" and not c.assets


def test_full_disk_while_creating_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FAULT_MAX_PAGES_ENV, "12")
    big = Ceremony(assets={"foto": Asset(id="foto", data=os.urandom(300_000))})
    with pytest.raises(ProjectError, match=r"^„neu\.ceremony“ .* Datenträger ist voll"):
        ProjectFile.create(tmp_path / "neu.ceremony", big)
    assert list(tmp_path.iterdir()) == []


def _deny_creating_files_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulate a read-only folder: creating a file in it fails with EACCES.

    Tests run as root in CI, where ``chmod`` does not stop writing, so the refusal the
    operating system would give is simulated at ``os.open`` – the call that creates the lock
    file, the first thing a writable open or a create writes.
    """
    real_open = os.open

    def guarded(
        path: str | os.PathLike[str], flags: int, mode: int = 0o777, *, dir_fd: int | None = None
    ) -> int:
        if flags & os.O_CREAT and Path(path).parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, mode, dir_fd=dir_fd)

    monkeypatch.setattr(os, "open", guarded)


def test_readonly_folder_refuses_editing_but_allows_reading(
    small_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = sha(small_project)
    _deny_creating_files_in(small_project.parent, monkeypatch)
    with pytest.raises(ProjectError, match=r"fehlt das Schreibrecht.*Ansehen"):
        ProjectFile.open(small_project)
    with pytest.raises(ProjectError, match="fehlt das Schreibrecht"):
        ProjectFile.create(small_project.with_name("neu.ceremony"), Ceremony())
    assert len(read_ceremony(small_project).guests) == 300
    assert sha(small_project) == before


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores chmod")
def test_readonly_folder_for_real(small_project: Path) -> None:
    before = sha(small_project)
    small_project.parent.chmod(0o555)
    try:
        with pytest.raises(ProjectError, match="fehlt das Schreibrecht"):
            ProjectFile.open(small_project)
        assert len(read_ceremony(small_project).guests) == 300
    finally:
        small_project.parent.chmod(0o755)
    assert sha(small_project) == before


def test_readonly_file_is_offered_for_reading(
    small_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: mode != os.W_OK and real_access(p, mode)
    )  # root would pass a real chmod 444 check
    with pytest.raises(ProjectError, match="schreibgeschützt"):
        ProjectFile.open(small_project)
    assert not lock_path_for(small_project).exists()


def test_crashed_writer_is_recovered_on_the_next_writable_open(small_project: Path) -> None:
    """A hot journal (writer died mid-transaction) is rolled back to the last commit.

    A read-only open reads a recovered copy and leaves file and journal alone.
    """
    journal = small_project.with_name(small_project.name + "-journal")
    committed = small_project.read_bytes()
    conn = sqlite3.connect(small_project, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill to the file before commit
    conn.execute("BEGIN IMMEDIATE")
    conn.execute('UPDATE guest SET data = \'{"last_name": "HALB"}\'')
    conn.execute("INSERT INTO guest VALUES ('neu', '{}')")
    saved_file, saved_journal = small_project.read_bytes(), journal.read_bytes()
    conn.execute("ROLLBACK")
    conn.close()
    assert saved_file != committed and saved_journal  # the crash left half-written pages
    small_project.write_bytes(saved_file)  # the state at the moment of the crash
    journal.write_bytes(saved_journal)
    crashed = sha(small_project), sha(journal)
    # reading works at once, from a recovered temporary copy; the file is not touched
    c = read_ceremony(small_project)
    assert len(c.guests) == 300 and c.guests[0].last_name == "Gast 0"
    assert (sha(small_project), sha(journal)) == crashed
    with ProjectFile.open(small_project) as project:
        guests = project.load().guests
    assert len(guests) == 300 and guests[0].last_name == "Gast 0"
    assert not journal.exists()
    assert len(read_ceremony(small_project).guests) == 300


def test_crashed_file_in_a_place_without_temp_space_asks_for_editing(
    small_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = small_project.with_name(small_project.name + "-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(600))

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    assert check_file(small_project).needs_recovery
    monkeypatch.setattr("shutil.copyfile", no_space)
    with pytest.raises(ProjectError, match=r"nicht ordnungsgemäß geschlossen.*zum Bearbeiten"):
        read_ceremony(small_project)


def test_odd_file_names_work(tmp_path: Path) -> None:
    path = tmp_path / "Preis #1 – 50% für Ümläute?.ceremony"
    ProjectFile.create(path, Ceremony(award_name="Sonderzeichen")).close()
    assert read_ceremony(path).award_name == "Sonderzeichen"
    with ProjectFile.open(path) as project:
        project.put(Guest(id="g"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]

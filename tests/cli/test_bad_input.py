"""Bad files and faults as a user meets them on the command line.

Each case: a clear German message on stderr, exit code 1, no traceback, and a refused file
byte-identical afterwards (sha256 before/after). API-level twins: ``tests/store/test_faults.py``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.store import ProjectFile
from ceremonykit.store.project_file import FAULT_MAX_PAGES_ENV
from conftest import REPO, cli_env, run_cli

CHILD = REPO / "tests" / "store" / "child_process.py"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_user_error(result: subprocess.CompletedProcess[str], *parts: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.startswith("Fehler: ")
    assert len(result.stderr.strip().splitlines()) == 1
    for part in parts:
        assert part in result.stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "Ehrenamtspreis.ceremony"
    guests = [Guest(id=f"g{i}", last_name=f"Gast {i}") for i in range(50)]
    ProjectFile.create(path, Ceremony(award_name="Ehrenamtspreis", guests=guests)).close()
    return path


def refused_everywhere(path: Path, *parts: str) -> None:
    """show, check and build all refuse ``path`` the same way and leave it unchanged."""
    before = sha(path)
    out = path.parent / "ausgabe"
    for args in (
        ("show", str(path)),
        ("check", str(path)),
        ("build", str(path), "--out", str(out)),
    ):
        assert_user_error(run_cli(*args), path.name, *parts)
    assert sha(path) == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name != "ausgabe") == [path.name]


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.ceremony"
    path.write_bytes(random.Random(7).randbytes(20_000))
    refused_everywhere(path, "keine CeremonyKit-Projektdatei")


def test_truncated_sqlite_file(project: Path) -> None:
    data = project.read_bytes()
    project.write_bytes(data[: len(data) // 2])
    refused_everywhere(project, "beschädigt", "Sicherungskopie")


def test_xlsx_renamed_to_ceremony(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Anrede", "Vorname", "Nachname"])
    book.active.append(["Frau", "Ayşe", "Öztürk"])
    path = tmp_path / "Gästeliste.ceremony"
    book.save(path)
    refused_everywhere(path, "keine CeremonyKit-Projektdatei", "Importieren")


def test_file_from_a_newer_version(project: Path) -> None:
    conn = sqlite3.connect(project)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    refused_everywhere(project, "neueren CeremonyKit-Version", "aktualisieren")


def test_overwriting_a_refused_file_with_new_is_not_silent(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.ceremony"
    path.write_bytes(b"nichts")
    before = sha(path)
    assert_user_error(run_cli("new", str(path)), "gibt es schon")
    assert sha(path) == before


@pytest.fixture
def held(project: Path) -> Iterator[None]:
    """Another live CeremonyKit process has the project open for editing."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(project)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    yield
    assert child.stdin is not None
    child.stdin.close()
    child.wait(timeout=10)


def test_locked_file(project: Path, held: None) -> None:
    before = sha(project)
    result = run_cli("new", str(project), "--force")
    holder = f"{getpass.getuser()}@{socket.gethostname()}"
    assert_user_error(result, "Ehrenamtspreis.ceremony", "wird seit", f"von {holder} bearbeitet")
    assert sha(project) == before
    shown = run_cli("show", str(project))  # reading a file someone edits still works
    assert shown.returncode == 0 and "Ehrenamtspreis" in shown.stdout


def run_cli_in_readonly_folder(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m ceremonykit ARGS`` with ``folder`` read-only.

    Tests run as root in CI, and root writes into a ``chmod 555`` folder anyway. So when
    chmod does not bite, the child process gets ``os.open`` patched to refuse creating files
    in ``folder`` with EACCES – what the OS does for a normal user. (SQLite's own C-level
    file calls are not patched; the lock file is the first thing a writer creates, so the
    refusal happens there, as it would for real.) When chmod works, it is used for real.
    """
    folder.chmod(0o555)
    probe = folder / ".probe"
    try:
        probe.touch()
        probe.unlink()
        chmod_bites = False
    except PermissionError:
        chmod_bites = True
    patch = textwrap.dedent(f"""
        import errno, os, runpy, sys
        from pathlib import Path
        folder, real_open = Path({str(folder)!r}), os.open
        def guarded(path, flags, *a, **k):
            if flags & os.O_CREAT and Path(str(path)).parent == folder:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, flags, *a, **k)
        os.open = guarded
        sys.argv = ["ceremonykit", *sys.argv[1:]]
        runpy.run_module("ceremonykit", run_name="__main__")
    """)
    command = ["-m", "ceremonykit"] if chmod_bites else ["-c", patch]
    try:
        return subprocess.run(
            [sys.executable, *command, *args],
            capture_output=True,
            text=True,
            env=cli_env(),
            timeout=120,
            check=False,
        )
    finally:
        folder.chmod(0o755)


def test_readonly_folder(project: Path, tmp_path: Path) -> None:
    before = sha(project)
    result = run_cli_in_readonly_folder(project.parent, "new", str(project), "--force")
    assert_user_error(result, "fehlt das Schreibrecht", "Ordner mit Schreibrecht")
    assert sha(project) == before
    new = run_cli_in_readonly_folder(project.parent, "new", str(project.with_name("b.ceremony")))
    assert_user_error(new, "fehlt das Schreibrecht")
    assert not project.with_name("b.ceremony").exists()
    # reading, checking and building into another folder still work
    checked = run_cli_in_readonly_folder(project.parent, "check", str(project))
    assert "Prüfung:" in checked.stdout and "Traceback" not in checked.stderr
    shown = run_cli_in_readonly_folder(project.parent, "show", str(project))
    assert shown.returncode == 0 and "Ehrenamtspreis" in shown.stdout, shown.stderr
    built = run_cli_in_readonly_folder(
        project.parent, "build", str(project), "--out", str(tmp_path.parent / "out-ro")
    )
    assert built.returncode == 0, built.stderr
    assert sha(project) == before


def test_full_disk(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``new --demo --force`` over an existing file on a disk that fills up."""
    monkeypatch.setenv(FAULT_MAX_PAGES_ENV, "12")  # fault hook read by the child process
    before = sha(project)
    result = run_cli("new", str(project), "--demo", "--force")
    assert_user_error(result, f"„{project.name}“", "Datenträger ist voll", "Platz schaffen")
    assert sha(project) == before
    assert sorted(p.name for p in project.parent.iterdir()) == [project.name]
    monkeypatch.delenv(FAULT_MAX_PAGES_ENV)
    shown = run_cli("show", str(project))
    assert shown.returncode == 0 and "Ehrenamtspreis" in shown.stdout


@pytest.mark.skipif(os.name == "nt", reason="the crashing child uses SIGKILL")
def test_file_of_a_crashed_writer_can_be_read_without_touching_it(project: Path) -> None:
    """After a crash mid-save, show/check/build read a recovered copy; the file stays as is."""
    died = subprocess.run(
        [sys.executable, str(CHILD), "die", str(project)], env=cli_env(), timeout=60, check=False
    )
    assert died.returncode == -9
    journal = project.with_name(project.name + "-journal")
    assert journal.exists()
    before = sha(project), sha(journal)
    shown = run_cli("show", str(project), "--json")
    assert shown.returncode == 0, shown.stderr
    assert len(json.loads(shown.stdout)["guests"]) == 50  # the last committed state
    assert (sha(project), sha(journal)) == before
    checked = run_cli("check", str(project))
    assert "Prüfung:" in checked.stdout and "Traceback" not in checked.stderr
    assert (sha(project), sha(journal)) == before

"""Behaviour only a real Windows file system shows (run on windows-latest by the workflow).

Everything here is skipped elsewhere: sharing locks of a file open in Word, administrative UNC
shares (``\\\\localhost\\C$``), reserved device names, paths longer than 260 characters and
the lock's rule for processes of other users. The Linux suite simulates the same cases; these
tests prove the simulation matches Windows.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import pytest

from ceremonykit.atomic import write_bytes_atomic
from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.filenames import safe_filename
from ceremonykit.errors import UserError
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectFile
from ceremonykit.store.lock import lock_path_for
from ceremonykit.store.messages import ProjectLockedError

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="nur unter Windows")


@pytest.fixture
def held_open() -> Iterator[list[BinaryIO]]:
    """Files opened like Word does: without FILE_SHARE_DELETE, so they cannot be replaced or
    deleted while open (Python's open() on Windows shares read and write only)."""
    handles: list[BinaryIO] = []
    yield handles
    for handle in handles:
        handle.close()


def test_replacing_a_file_open_in_word_names_it(tmp_path: Path, held_open: list[BinaryIO]) -> None:
    target = tmp_path / "Urkunde Müller.docx"
    target.write_bytes(b"alt")
    held_open.append(target.open("rb"))
    with pytest.raises(UserError, match=r"Urkunde Müller\.docx"):
        write_bytes_atomic(target, b"neu")
    assert target.read_bytes() == b"alt"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_rebuild_with_one_document_open_keeps_the_others(
    tmp_path: Path, held_open: list[BinaryIO]
) -> None:
    ceremony = demo_ceremony()
    first = build_ceremony(ceremony, tmp_path, only=["certificate"])
    docx = sorted(f.path for f in first.files if f.format == "docx")
    assert len(docx) >= 2
    held_open.append((tmp_path / docx[0]).open("rb"))
    second = build_ceremony(ceremony, tmp_path, only=["certificate"])
    assert any("geöffnet" in p.reason for p in second.failed), second.failed
    for path in docx:
        assert (tmp_path / path).is_file(), f"{path} fehlt nach dem zweiten Erzeugen"


def _admin_share(path: Path) -> Path:
    drive, rest = os.path.splitdrive(path)
    return Path(f"\\\\localhost\\{drive[0]}$" + rest)


def test_project_and_documents_on_a_unc_path(tmp_path: Path) -> None:
    unc = _admin_share(tmp_path)
    if not unc.exists():
        pytest.skip(f"Administrative Freigabe {unc} nicht erreichbar")
    project = unc / "Verleihung auf Freigabe.ceremony"
    ProjectFile.create(project, demo_ceremony()).close()
    with ProjectFile.open(project) as opened:
        assert opened.load().award_name
    assert not lock_path_for(project).exists()  # released on the share
    report = build_ceremony(read_ceremony(project), unc / "Dokumente", only=["certificate"])
    assert not report.failed and report.files
    assert all((tmp_path / "Dokumente" / f.path).is_file() for f in report.files)


@pytest.mark.parametrize("name", ["CON", "aux", "Nul", "COM1", "LPT9", "con.docx"])
def test_reserved_device_names_become_usable_file_names(tmp_path: Path, name: str) -> None:
    safe = safe_filename(name, "docx")
    assert safe.split(".")[0].upper() != name.split(".")[0].upper()
    target = tmp_path / safe
    write_bytes_atomic(target, b"Inhalt")
    assert target.read_bytes() == b"Inhalt"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def _long_paths_enabled() -> bool:
    enabled = False
    if sys.platform == "win32":  # winreg exists only there (mypy skips this block elsewhere)
        import winreg

        try:
            with winreg.OpenKey(
                winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\FileSystem"
            ) as key:
                enabled = bool(winreg.QueryValueEx(key, "LongPathsEnabled")[0])
        except OSError:
            pass  # no such value: the default, off
    return enabled


def test_project_in_a_path_longer_than_260_characters(tmp_path: Path) -> None:
    if not _long_paths_enabled():
        pytest.skip("LongPathsEnabled ist auf diesem Rechner aus")
    folder = tmp_path
    while len(str(folder)) < 270:
        folder = folder / "Ehrenamtspreis der Stadt Dortmund – Unterlagen"
    folder.mkdir(parents=True)
    project = folder / "Verleihung.ceremony"
    assert len(str(project)) > 260
    ProjectFile.create(project, demo_ceremony()).close()
    assert read_ceremony(project).winners
    report = build_ceremony(read_ceremony(project), folder / "Dokumente", only=["certificate"])
    assert not report.failed and all(
        (folder / "Dokumente" / f.path).is_file() for f in report.files
    )


def _write_lock(project: Path, pid: int) -> None:
    record = {
        "user": "kollegin",
        "host": socket.gethostname(),
        "pid": pid,
        "since": datetime.now().isoformat(timespec="seconds"),
    }
    lock_path_for(project).write_text(json.dumps(record), encoding="utf-8")


def test_lock_of_a_process_we_may_not_open_counts_as_alive(tmp_path: Path) -> None:
    """OpenProcess fails with ACCESS_DENIED for processes of other users (terminal server):
    such a lock belongs to a running program and is never offered for take-over. The System
    process (pid 4) always runs – whether OpenProcess succeeds or is denied."""
    project = tmp_path / "gesperrt.ceremony"
    ProjectFile.create(project, demo_ceremony()).close()
    _write_lock(project, 4)
    with pytest.raises(ProjectLockedError) as info:
        ProjectFile.open(project)
    assert not info.value.stale and "kollegin" in info.value.message


def test_lock_of_an_ended_process_is_stale(tmp_path: Path) -> None:
    project = tmp_path / "verwaist.ceremony"
    ProjectFile.create(project, demo_ceremony()).close()
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    _write_lock(project, ended.pid)
    with pytest.raises(ProjectLockedError) as info:
        ProjectFile.open(project)
    assert info.value.stale
    with ProjectFile.open(project, take_over_lock=True) as opened:
        assert opened.load().award_name

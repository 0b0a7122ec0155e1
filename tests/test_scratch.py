"""The known temp folder: a killed process's copies are swept at the next start, a running
process's folder stays, and a purge empties every folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.scratch import remove_everything, remove_leftovers, scratch_root
from ceremonykit.store import ProjectFile
from conftest import cli_env, run_cli

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL semantics are POSIX")

HOLD = """
import sys, time
from ceremonykit.scratch import new_folder
folder = new_folder("preview-")
(folder / "Gaesteliste.pdf").write_text("Henrike Quast")
print(folder, flush=True)
time.sleep(60)
"""

# a read-only command reading an older-format file: killed while it migrates its copy
READ_OLD = """
import sys, time
from ceremonykit.store import migrations
from ceremonykit.project import read_ceremony
def slow_step(conn):
    print("copy made", flush=True)
    time.sleep(60)
migrations.STEPS[2] = slow_step
read_ceremony(__import__("pathlib").Path(sys.argv[1]))
"""


def _start(code: str, *args: str) -> tuple[subprocess.Popen[str], str]:
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=cli_env()
    )
    assert child.stdout is not None
    return child, child.stdout.readline().strip()


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)


def _files() -> list[Path]:
    return [p for p in scratch_root().rglob("*") if p.is_file() and p.name != ".in-use"]


def test_a_killed_read_copy_is_removed_at_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "Alt.ceremony"
    ProjectFile.create(path, Ceremony(guests=[Guest(last_name="Quast")])).close()
    child, line = _start(READ_OLD, str(path))
    assert line == "copy made"
    _kill(child)
    copies = [p for p in _files() if p.name == "copy.ceremony"]
    assert len(copies) == 1 and b"Quast" in copies[0].read_bytes()  # the test can fail
    assert run_cli("--version").returncode == 0  # any start sweeps
    assert _files() == []


def test_a_running_process_keeps_its_folder_until_a_purge(tmp_path: Path) -> None:
    alive, folder_text = _start(HOLD)
    dead, dead_text = _start(HOLD)
    _kill(dead)
    try:
        folder = Path(folder_text)
        assert remove_leftovers() == 1
        assert (folder / "Gaesteliste.pdf").exists()
        assert not Path(dead_text).exists()
        assert remove_everything() == []
        assert not (folder / "Gaesteliste.pdf").exists()
        assert folder.parent.is_dir() and (folder.parent / ".in-use").exists()  # still held
    finally:
        _kill(alive)
    remove_leftovers()
    assert list(scratch_root().iterdir()) == []


def test_folders_of_older_versions_in_the_system_temp_are_swept() -> None:
    old = Path(tempfile.mkdtemp(prefix="ceremonykit-preview-"))
    young = Path(tempfile.mkdtemp(prefix="ceremonykit-read-"))
    try:
        day_ago = time.time() - 24 * 3600
        os.utime(old, (day_ago, day_ago))
        remove_leftovers()
        assert not old.exists() and young.exists()  # a young one may belong to an old window
        assert remove_everything() == [] and not young.exists()  # a purge takes all
    finally:
        for folder in (old, young):
            if folder.exists():
                folder.rmdir()

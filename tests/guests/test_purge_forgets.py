"""A purge forgets everything: project file, journal, backups, previews, read copies, logs.

And it tells the truth when the disk is full: either nothing was deleted (and it says so),
or the guests were deleted and only the rebuild of the file is missing (and it says that).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ceremonykit.build import build_ceremony
from ceremonykit.cli import main
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildOptions
from ceremonykit.domain.model import Asset, Ceremony, Guest
from ceremonykit.project import read_ceremony
from ceremonykit.scratch import new_folder, scratch_root
from ceremonykit.store import ProjectError, ProjectFile, messages
from ceremonykit.store.project_file import migration_backup_path
from conftest import cli_env, run_cli

GUESTS = [
    ("Henrike", "Quäst-Žabić", "henrike.quast@beispiel-verein.de"),
    ("Øystein", "Brændgaard", "o.braendgaard@example.net"),
    ("Ludmiła", "Wyrzykowska", "lw@wyrzykowska.example"),
]

READ_OLD = """
import sys, time
from pathlib import Path
from ceremonykit.store import migrations
from ceremonykit.project import read_ceremony
def slow_step(conn):
    print("copy made", flush=True)
    time.sleep(60)
migrations.STEPS[2] = slow_step
read_ceremony(Path(sys.argv[1]))
"""


def _ceremony() -> Ceremony:
    ceremony = demo_ceremony()
    for first, last, email in GUESTS:
        ceremony.guests.append(
            Guest(first_name=first, last_name=last, email=email, notes=f"Gast {last}")
        )
    return ceremony


def _needles() -> list[bytes]:
    texts = [t for _first, last, email in GUESTS for t in (last, email)]
    return [t.encode(encoding) for t in texts for encoding in ("utf-8", "utf-16-le", "utf-16-be")]


def _files(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        if folder.is_dir():
            yield from (p for p in folder.rglob("*") if p.is_file())


def _found(files: list[Path]) -> list[str]:
    hits = []
    for path in files:
        data = path.read_bytes()
        hits += [f"{path}: {n!r}" for n in _needles() if n in data]
    return hits


def _leave_a_killed_read_copy(path: Path) -> None:
    """A read-only command killed while it migrates its temporary copy of ``path``."""
    child = subprocess.Popen(
        [sys.executable, "-c", READ_OLD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "copy made"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL semantics are POSIX")
def test_purge_leaves_no_name_or_address_anywhere(tmp_path: Path) -> None:
    folder = tmp_path / "Verleihung"
    folder.mkdir()
    path = folder / "Preis.ceremony"
    ProjectFile.create(path, _ceremony()).close()
    shutil.copyfile(path, migration_backup_path(path, 0))
    preview = new_folder("preview-")  # what the GUI's preview makes
    build_ceremony(
        read_ceremony(path),
        preview,
        only=["guest_list"],
        options=BuildOptions(formats={"guest_list": ("xlsx",)}),
    )
    log_dir = Path(os.environ["CEREMONYKIT_LOG_DIR"])
    built = run_cli("build", str(path), "--out", str(tmp_path / "out"), "--quiet")
    assert built.returncode in (0, 1)  # writes the log; a start also sweeps leftovers, so:
    _leave_a_killed_read_copy(path)
    old_log = log_dir / "ceremonykit-20261201-120000-4242.log"  # an earlier run's log file
    with old_log.open("a", encoding="utf-8") as log:  # as a traceback would
        first, last, email = GUESTS[0]
        log.write(f"ValueError: Gästeliste für {first} {last} <{email}> …\n")
    places = [folder, scratch_root(), log_dir]
    before = _found(list(_files(*places)))
    assert any("Preis.ceremony" in h for h in before)  # the scan can fail
    assert any("Sicherung Format 0" in h for h in before)
    assert any("copy.ceremony" in h for h in before)
    assert any(old_log.name in h for h in before)
    assert any(p.suffix == ".xlsx" for p in _files(scratch_root()))

    done = run_cli("purge", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Gelöscht: 51 Gäste" in done.stdout

    after = list(_files(*places))
    assert path in after and not any(p.suffix == ".xlsx" for p in after)
    assert _found(after) == []
    assert [p for p in _files(scratch_root()) if p.name != ".in-use"] == []
    assert "ValueError: Gästeliste für N. N. <N. N.> …" in old_log.read_text(encoding="utf-8")


# ----------------------------------------------------------------------- disk full
def _full(path: Path) -> ProjectError:
    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    return ProjectError(messages.rebuild_failed(path, exc))


def test_full_disk_during_the_rebuild_reports_the_deletion_truthfully(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Preis.ceremony"
    ProjectFile.create(path, _ceremony()).close()

    def vacuum(self: ProjectFile) -> None:
        raise _full(self.path)

    monkeypatch.setattr(ProjectFile, "vacuum", vacuum)
    code = main(["purge", str(path), "--yes"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Gelöscht: 51 Gäste" in out
    assert "nicht neu aufgebaut" in err and "Datenträger ist voll" in err
    assert "nicht übernommen" not in out + err
    assert read_ceremony(path).guests == []  # what it said is what happened
    assert _found([path]) == []  # secure_delete overwrote the rows without the rebuild


@contextlib.contextmanager
def _tiny_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("kein tmpfs einhängbar (nur als root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.skipif(sys.platform != "linux", reason="tmpfs")
@pytest.mark.parametrize("spare_kb", [24, 200, 900])
def test_purge_on_a_real_full_disk_says_what_happened(tmp_path: Path, spare_kb: int) -> None:
    """Nearly full tmpfs: whatever the outcome, the message matches the file's state."""
    with _tiny_disk(tmp_path / "disk", 4096) as disk:
        path = disk / "Preis.ceremony"
        ceremony = _ceremony()
        ceremony.guests += [
            Guest(first_name="Gast", last_name=f"Nummer{i:04d}", notes="x" * 200)
            for i in range(800)
        ]
        ceremony.assets["big"] = Asset(id="big", data=os.urandom(1_000_000))
        ProjectFile.create(path, ceremony).close()
        filler = disk / "filler"
        free = shutil.disk_usage(disk).free - spare_kb * 1024
        filler.write_bytes(b"\0" * max(free, 0))
        result = run_cli("purge", str(path), "--yes")
        guests = read_ceremony(path).guests
    text = result.stdout + result.stderr
    assert "Traceback" not in text and "Unerwarteter Fehler" not in text
    if guests:  # the deletion itself did not fit: nothing deleted, and it says so
        assert result.returncode == 1 and "Gelöscht:" not in result.stdout
        assert "Es wurde nichts gelöscht" in result.stderr
        assert "Datenträger ist voll" in result.stderr
    else:
        assert "Gelöscht: 851 Gäste" in result.stdout
        assert "nicht übernommen" not in text
        if result.returncode == 1:
            assert "nicht neu aufgebaut" in result.stderr
            assert "trotzdem gelöscht" in result.stderr

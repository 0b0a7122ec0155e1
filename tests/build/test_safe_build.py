"""Builds fail safely: staged writes, a full or read-only disk never costs earlier documents,
and a document open in Word (Windows sharing violation) fails alone."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ceremonykit import atomic
from ceremonykit.build import build_ceremony, parallel
from ceremonykit.build.staging import STAGING_PREFIX, OutputFolderError
from ceremonykit.documents import context
from ceremonykit.domain.model import Ceremony
from conftest import run_cli, with_winerror

KINDS = ["certificate", "press_release"]
SHIPPED_PAUSES = atomic.RETRY_PAUSES  # before the fixture below sets them to zero


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def manifest(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return data


def held(path: object) -> PermissionError:
    """What Windows raises while Word or a virus scanner has the file open."""
    exc = PermissionError(13, "Der Prozess kann nicht auf die Datei zugreifen", str(path))
    return with_winerror(exc, 32)


@pytest.fixture(autouse=True)
def _no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "RETRY_PAUSES", (0.0, 0.0, 0.0))


def hold_on(
    monkeypatch: pytest.MonkeyPatch, name: str, match: Callable[[str], bool], times: int = 10**6
) -> list[str]:
    """Make ``os.<name>`` (replace/unlink) fail with a sharing violation for matching paths."""
    real = getattr(os, name)
    refused: list[str] = []

    def fake(*args: object, **kwargs: object) -> object:
        target = str(args[-1])
        if match(target) and len(refused) < times:
            refused.append(target)
            raise held(target)
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, fake)
    return refused


# ------------------------------------------------------------------------ disk full, read-only
def test_disk_full_during_a_rebuild_keeps_the_earlier_documents(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "Ausgabe"
    build_ceremony(demo, out, only=KINDS)
    before = snapshot(out)
    real = context.private_path  # how a build writes into its staging folder
    written = 0

    @contextlib.contextmanager
    def filling_up(target: Path, made: set[Path] | None = None) -> Iterator[Path]:
        nonlocal written
        with real(target, made) as tmp:
            yield tmp
            written += 1
            if written > 4:  # the disk fills up after four documents
                raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(context, "private_path", filling_up)
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "0")  # the disk fills up in this process
    demo.winners[0].organisation = "Umbenannt e. V."
    with pytest.raises(OutputFolderError) as info:
        build_ceremony(demo, out, only=KINDS)
    message = str(info.value)
    assert f"„{out}“" in message and "Der Datenträger ist voll" in message
    assert "bisherigen Dokumente bleiben unverändert" in message
    after = snapshot(out)
    new_manifest = after.pop("manifest.json")
    assert after == {k: v for k, v in before.items() if k != "manifest.json"}
    assert not list(out.glob(f"{STAGING_PREFIX}*"))
    data = json.loads(new_manifest)
    assert data["report"]["failed"][0]["kind"] == "build"
    assert "Der Datenträger ist voll" in data["report"]["failed"][0]["reason"]
    assert sorted(f["path"] for f in data["files"]) == sorted(
        f["path"] for f in json.loads(before["manifest.json"])["files"]
    )


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system (tmpfs); needs root, skipped elsewhere."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a tmpfs can be mounted only as root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)])
    if done.returncode:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, spare: int) -> None:
    """Fill the disk, then free ``spare`` bytes: the build fails part-way through."""
    ballast = disk / "ballast.bin"
    with contextlib.suppress(OSError), ballast.open("wb") as fh:
        while True:
            fh.write(b"\0" * 4096)
            fh.flush()
    os.truncate(ballast, ballast.stat().st_size - spare)


def test_cli_build_onto_a_full_disk(demo_file: Path, small_disk: Path) -> None:
    out = small_disk / "Verleihung"
    first = run_cli("build", str(demo_file), "--out", str(out), "--only", ",".join(KINDS))
    assert first.returncode == 0, first.stderr
    before = snapshot(out)
    last_manifest = before["manifest.json"]
    for spare in (300_000, 0):  # full part-way through the build, full from the start
        fill(small_disk, spare)
        result = run_cli("build", str(demo_file), "--out", str(out), "--only", ",".join(KINDS))
        assert result.returncode == 1
        assert "Traceback" not in result.stderr and "Unerwarteter Fehler" not in result.stderr
        assert f"„{out}“" in result.stderr and "Der Datenträger ist voll" in result.stderr
        after = snapshot(out)
        if after["manifest.json"] != last_manifest:  # there was room for it
            failed = json.loads(after["manifest.json"])["report"]["failed"]
            assert "Der Datenträger ist voll" in failed[0]["reason"]
            assert "Einzelheiten stehen in" in result.stderr
        assert {k: v for k, v in after.items() if k != "manifest.json"} == {
            k: v for k, v in before.items() if k != "manifest.json"
        }
        assert not list(out.glob(f"{STAGING_PREFIX}*"))
        last_manifest = after["manifest.json"]
        (small_disk / "ballast.bin").unlink()


@pytest.fixture
def readonly_earlier_build(demo_file: Path, tmp_path: Path) -> Iterator[Path]:
    """An output folder with an earlier build that became read-only."""
    if os.geteuid() == 0:  # root ignores permissions: a read-only file system instead
        out = tmp_path / "ro"
        out.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(out)]).returncode:
            pytest.skip("tmpfs cannot be mounted here")
        try:
            assert (
                run_cli("build", str(demo_file), "--out", str(out), "--only", KINDS[1]).returncode
                == 0
            )
            subprocess.run(["mount", "-o", "remount,ro", str(out)], check=True)
            yield out
        finally:
            subprocess.run(["umount", "-l", str(out)], check=False)
        return
    out = tmp_path / "ro"
    assert run_cli("build", str(demo_file), "--out", str(out), "--only", KINDS[1]).returncode == 0
    folders = [out, *(p for p in out.rglob("*") if p.is_dir())]
    for folder in folders:
        folder.chmod(0o555)
    yield out
    for folder in folders:
        folder.chmod(0o755)


def test_cli_build_into_a_read_only_folder(demo_file: Path, readonly_earlier_build: Path) -> None:
    out = readonly_earlier_build
    before = snapshot(out)
    result = run_cli("build", str(demo_file), "--out", str(out), "--only", KINDS[1])
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Unerwarteter Fehler" not in result.stderr
    assert f"„{out}“" in result.stderr
    assert "schreibgeschützt" in result.stderr or "keine Schreibrechte" in result.stderr
    assert snapshot(out) == before


# ------------------------------------------------------------------- a document open in Word
def certificate_pdfs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (out / "urkunden" / "pdf").iterdir()}


def test_a_certificate_open_in_word_fails_alone(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 22: one open certificate used to fail the kind, then the tidy step deleted the
    others. Now the other certificates are updated and nothing is deleted."""
    out = tmp_path / "Ausgabe"
    build_ceremony(demo, out, only=["certificate"])
    before = certificate_pdfs(out)
    count = len(snapshot(out))
    open_name = sorted(before)[2]
    renamed = sorted(before)[0]
    demo.winners[0].organisation = "Nachbarschaftshilfe Hörde-Süd (neu)"
    held_path = str(out / "urkunden" / "pdf" / open_name)
    refused = hold_on(monkeypatch, "replace", lambda target: target == held_path)
    report = build_ceremony(demo, out, only=["certificate"])
    assert refused, "the open file was tried"
    after = certificate_pdfs(out)
    assert after[open_name] == before[open_name]  # the open file keeps its earlier version
    assert renamed in after, "not tidied: the kind did not finish cleanly"
    assert any("neu" in name for name in after), "the renamed winner got a new certificate"
    assert len(snapshot(out)) == count + 2  # nothing lost, new PDF + DOCX for the renamed winner
    failed = [p for p in report.failed if p.kind == "certificate"]
    assert len(failed) == 1 and open_name in failed[0].reason
    assert "geöffnet" in failed[0].reason and "bleibt unverändert" in failed[0].reason
    entries = {f["path"]: f for f in manifest(out)["files"]}
    assert entries[f"urkunden/pdf/{renamed}"]["not_rebuilt"] is True
    assert entries[f"urkunden/pdf/{open_name}"]["not_rebuilt"] is True
    monkeypatch.undo()
    monkeypatch.setattr(atomic, "RETRY_PAUSES", (0.0,))
    build_ceremony(demo, out, only=["certificate"])  # Word closed: a clean build tidies up
    assert renamed not in certificate_pdfs(out)
    assert not any(f.get("not_rebuilt") for f in manifest(out)["files"])


def test_an_outdated_file_open_in_acrobat_is_kept_and_reported(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "Ausgabe"
    build_ceremony(demo, out, only=["certificate"])
    old = sorted(certificate_pdfs(out))[0]
    demo.winners[0].organisation = "Ganz neuer Name e. V."
    hold_on(monkeypatch, "unlink", lambda target: target == str(out / "urkunden" / "pdf" / old))
    report = build_ceremony(demo, out, only=["certificate"])
    assert old in certificate_pdfs(out)
    assert not report.failed
    assert any(old in w.reason and "nicht gelöscht" in w.reason for w in report.warnings)
    assert f"urkunden/pdf/{old}" in {f["path"] for f in manifest(out)["files"]}


# ------------------------------------------------------------- virus scanner, sync clients
def test_a_briefly_held_file_is_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "Urkunde.pdf"
    target.write_bytes(b"alt")
    refused = hold_on(monkeypatch, "replace", lambda t: t == str(target), times=2)
    atomic.write_bytes_atomic(target, b"neu")
    assert len(refused) == 2 and target.read_bytes() == b"neu"


def test_a_new_file_held_by_a_scanner_does_not_ask_to_close_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Urkunde.pdf"
    hold_on(monkeypatch, "replace", lambda t: t == str(target))
    with pytest.raises(atomic.FileHeldError) as info:
        atomic.write_bytes_atomic(target, b"neu")
    text = str(info.value)
    assert info.value.new_file and "Virenscanner" in text and "OneDrive" in text
    assert "Word" not in text and "schließen" not in text
    assert not target.exists() and not list(tmp_path.iterdir())


def test_an_existing_file_held_asks_to_close_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Urkunde.pdf"
    target.write_bytes(b"alt")
    hold_on(monkeypatch, "replace", lambda t: t == str(target))
    with pytest.raises(atomic.FileHeldError, match="Word oder Acrobat") as info:
        atomic.write_bytes_atomic(target, b"neu")
    assert not info.value.new_file and "schließen" in str(info.value)
    assert target.read_bytes() == b"alt"


def test_retries_wait_about_three_seconds_in_all() -> None:
    assert 2.5 <= sum(SHIPPED_PAUSES) <= 3.5  # antivirus on network shares needs seconds


def test_real_permission_errors_are_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only Windows' sharing violations are worth waiting for; a plain EACCES is reported."""
    target = tmp_path / "a.txt"
    calls: list[str] = []

    def refuse(*args: object) -> None:
        calls.append(str(args[-1]))
        raise PermissionError(errno.EACCES, "Permission denied", str(args[-1]))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        atomic.write_bytes_atomic(target, b"x")
    assert len(calls) == 1
    assert "keine Schreibrechte" in atomic.os_error_cause(PermissionError(errno.EACCES, "x"))


def winerror(code: int, err: int = errno.EINVAL) -> OSError:
    return with_winerror(OSError(err, "Windows"), code)


@pytest.mark.parametrize(
    ("exc", "cause"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "Der Datenträger ist voll"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "Der Datenträger ist voll"),
        (OSError(errno.EROFS, "Read-only file system"), "schreibgeschützt"),
        (PermissionError(errno.EACCES, "Permission denied"), "keine Schreibrechte"),
        (held("x"), "in einem anderen Programm geöffnet"),
        (OSError(errno.ENAMETOOLONG, "File name too long"), "Pfad ist zu lang"),
        (winerror(206, errno.ENOENT), "Pfad ist zu lang"),
        (FileExistsError(errno.EEXIST, "File exists"), "schon eine Datei"),
        (FileNotFoundError(errno.ENOENT, "No such file"), "nicht (mehr) vorhanden"),
        (OSError(errno.EIO, "Input/output error"), "nicht erreichbar"),
        (winerror(53), "nicht erreichbar"),  # ERROR_BAD_NETPATH: the share is gone
    ],
)
def test_os_errors_get_a_german_cause(exc: OSError, cause: str) -> None:
    assert cause in atomic.os_error_cause(exc)


def test_an_output_path_that_is_a_file_is_reported(demo: Ceremony, tmp_path: Path) -> None:
    out = tmp_path / "Dokumente"
    out.write_text("eine Datei")
    with pytest.raises(OutputFolderError, match="schon eine Datei"):
        build_ceremony(demo, out, only=["press_release"])
    assert out.read_text() == "eine Datei"


@pytest.mark.parametrize(
    ("exc", "cause"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "Der Datenträger ist voll"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "Der Datenträger ist voll"),
        (OSError(errno.EROFS, "Read-only file system"), "fehlt das Schreibrecht"),
        (PermissionError(errno.EACCES, "Permission denied"), "fehlt das Schreibrecht"),
        (OSError(errno.EIO, "Input/output error"), "Laufwerk erreichbar"),
    ],
)
def test_the_project_file_reads_os_errors_like_the_build(exc: OSError, cause: str) -> None:
    """store/messages.py classifies with the predicates of atomic.py (one rule for both)."""
    from ceremonykit.store import messages

    assert cause in messages.cannot_lock(Path("p.ceremony"), exc)
    full = cause == "Der Datenträger ist voll"
    assert ("Der Datenträger ist voll" in messages.write_failed(Path("p.ceremony"), exc)) is full


def test_disk_full_while_writing_a_workbook_stops_the_build(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """XlsxWriter reports a full disk wrapped in its own error; the build still sees the disk
    and keeps the earlier guest list (not a German "internal error" and half a list)."""
    import xlsxwriter.workbook

    out = tmp_path / "Ausgabe"
    build_ceremony(demo, out, only=["guest_list"])
    before = snapshot(out)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsxwriter.workbook, "ZipFile", full)
    demo.guests[0].last_name = "Umbenannt"
    with pytest.raises(OutputFolderError, match="Der Datenträger ist voll"):
        build_ceremony(demo, out, only=["guest_list"])
    after = snapshot(out)
    after.pop("manifest.json")
    assert after == {k: v for k, v in before.items() if k != "manifest.json"}

"""The build runner: progress, cancellation, one failing kind does not stop the others."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ceremonykit.build import runner
from ceremonykit.build.edited import edited_since_build
from ceremonykit.documents.context import BuildContext, CancelToken
from ceremonykit.documents.registry import DocumentKind
from ceremonykit.domain.model import Ceremony
from ceremonykit.errors import Cancelled, UserError
from ceremonykit.file_stamps import file_stamp
from conftest import with_winerror


def _writer(ctx: BuildContext) -> None:
    for i, winner in enumerate(ctx.ceremony.winners):
        ctx.progress(i / len(ctx.ceremony.winners), winner.display_name)
        ctx.write_bytes(f"txt/{i:02d}.txt", "txt", winner.display_name.encode(), subject=winner.id)


def _broken(ctx: BuildContext) -> None:
    with ctx.output("broken/half.txt", "txt") as tmp:
        tmp.write_text("halb")
        raise RuntimeError("boom")


def _user_problem(ctx: BuildContext) -> None:
    raise UserError("Bitte erst ein Logo hinterlegen.")


KINDS = (
    DocumentKind("broken", "Kaputt", "Broken", ("txt",), _broken),
    DocumentKind("writer", "Schreiber", "Writer", ("txt",), _writer),
    DocumentKind("needs_logo", "Logo", "Logo", ("txt",), _user_problem),
)


@pytest.fixture(autouse=True)
def _fake_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "all_kinds", lambda: KINDS)

    def get_kind(name: str) -> DocumentKind:
        for k in KINDS:
            if k.name == name:
                return k
        raise KeyError(f"Unbekannte Dokumentart „{name}“.")

    monkeypatch.setattr(runner, "get_kind", get_kind)


def test_a_failing_kind_is_reported_and_the_others_still_build(
    demo: Ceremony, tmp_path: Path
) -> None:
    seen: list[float] = []
    report = runner.build_ceremony(demo, tmp_path, progress=lambda f, t: seen.append(f))
    assert [f.path for f in report.files] == [f"txt/{i:02d}.txt" for i in range(len(demo.winners))]
    assert {p.kind for p in report.failed} == {"broken", "needs_logo"}
    assert any("Bitte erst ein Logo" in p.reason for p in report.failed)
    assert not (tmp_path / "broken" / "half.txt").exists()
    assert not list((tmp_path / "broken").glob("*")), "no temporary file may be left behind"
    assert seen == sorted(seen) and seen[-1] == 1.0
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["report"]["done"] == len(demo.winners)
    first = manifest["files"][0]
    stamp = {k: first.pop(k) for k in ("size", "mtime_ns", "sha256")}
    assert first == {
        "path": "txt/00.txt",
        "kind": "writer",
        "format": "txt",
        "subject": demo.winners[0].id,
    }
    written = (tmp_path / "txt" / "00.txt").read_bytes()
    assert stamp["size"] == len(written)
    assert stamp["sha256"] == hashlib.sha256(written).hexdigest()


def test_only_selects_kinds(demo: Ceremony, tmp_path: Path) -> None:
    report = runner.build_ceremony(demo, tmp_path, only=["writer"])
    assert not report.failed and len(report.files) == len(demo.winners)
    twice = runner.build_ceremony(demo, tmp_path, only=["writer", " writer"])
    assert twice.files == report.files  # a kind named twice is built once
    with pytest.raises(UserError, match="zauberei"):
        runner.build_ceremony(demo, tmp_path, only=["zauberei"])


def test_cancel_stops_the_build_and_leaves_the_folder_as_it_was(
    demo: Ceremony, tmp_path: Path
) -> None:
    runner.build_ceremony(demo, tmp_path, only=["writer"])
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    demo.winners[0].organisation = "Neu"
    token = CancelToken()

    def progress(fraction: float, text: str) -> None:
        if fraction > 0.4:
            token.cancel()

    with pytest.raises(Cancelled):
        runner.build_ceremony(demo, tmp_path, only=["writer"], progress=progress, cancel=token)
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before, "a cancelled build changes nothing (no staging folder left either)"


def test_a_file_open_elsewhere_gives_a_german_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a file open in Word; the user must hear which file."""
    from ceremonykit import atomic

    target = tmp_path / "Medieninformation.docx"
    target.write_bytes(b"alt")

    def refuse(src: object, dst: object) -> None:
        raise with_winerror(
            PermissionError(13, "Der Prozess kann nicht auf die Datei zugreifen"), 32
        )

    monkeypatch.setattr(atomic, "RETRY_PAUSES", (0, 0))
    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(UserError, match=r"Medieninformation\.docx.*geöffnet"):
        atomic.write_bytes_atomic(target, b"neu")
    monkeypatch.undo()
    assert target.read_bytes() == b"alt"
    assert [p.name for p in tmp_path.iterdir()] == ["Medieninformation.docx"]


def test_written_files_are_readable_by_colleagues(tmp_path: Path) -> None:
    from ceremonykit.atomic import write_bytes_atomic

    write_bytes_atomic(tmp_path / "a.txt", b"x")
    assert (tmp_path / "a.txt").stat().st_mode & 0o044 == 0o044


def test_rebuild_removes_outdated_files_and_keeps_other_kinds(
    demo: Ceremony, tmp_path: Path
) -> None:
    runner.build_ceremony(demo, tmp_path, only=["writer"])
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "keep.txt").write_text("x")
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"].append(
        {"path": "other/keep.txt", "kind": "broken", "format": "txt", "subject": None}
    )
    manifest["files"].append(
        {"path": "../outside.txt", "kind": "writer", "format": "txt", "subject": None}
    )
    (tmp_path.parent / "outside.txt").write_text("must stay")
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    demo.winners = demo.winners[:2]  # two winners fewer: their old files must go
    report = runner.build_ceremony(demo, tmp_path, only=["writer"])
    assert sorted(p.name for p in (tmp_path / "txt").iterdir()) == ["00.txt", "01.txt"]
    assert [f.path for f in report.files] == ["other/keep.txt", "txt/00.txt", "txt/01.txt"]
    assert (tmp_path.parent / "outside.txt").read_text() == "must stay"


def test_a_file_written_twice_in_one_build_is_listed_once(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def twice(ctx: BuildContext) -> None:
        ctx.write_bytes("a.txt", "txt", b"erst")
        ctx.write_bytes("a.txt", "txt", b"dann")

    kind = DocumentKind("twice", "Zweimal", "Twice", ("txt",), twice)
    monkeypatch.setattr(runner, "get_kind", lambda name: kind)
    report = runner.build_ceremony(demo, tmp_path, only=["twice"])
    assert [f.path for f in report.files] == ["a.txt"] and not report.failed
    assert (tmp_path / "a.txt").read_bytes() == b"dann"


def _twice(ctx: BuildContext) -> None:
    ctx.write_bytes("txt/twice.txt", "txt", b"erste Fassung")
    ctx.write_bytes("txt/twice.txt", "txt", b"zweite, laengere Fassung")


def test_manifest_stamps_are_those_of_the_files_in_place(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kinds stamp their files as they write them into the staging folder; after moving
    them into place the stamps still describe the files exactly – also for a file written
    twice (the last version counts), so the next export does not take it for a Word edit."""
    twice = DocumentKind("twice", "Zweimal", "Twice", ("txt",), _twice)
    monkeypatch.setattr(runner, "all_kinds", lambda: (KINDS[1], twice))
    runner.build_ceremony(demo, tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    entries = {e["path"]: e for e in manifest["files"]}
    assert len(entries) == len(demo.winners) + 1
    for path, entry in entries.items():
        assert {k: entry[k] for k in ("size", "mtime_ns", "sha256")} == file_stamp(tmp_path / path)
    assert (tmp_path / "txt" / "twice.txt").read_bytes() == b"zweite, laengere Fassung"
    assert edited_since_build(tmp_path) == []

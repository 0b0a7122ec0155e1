"""What a build does to an output folder that already holds documents: it keeps the kinds and
formats it was not asked for, reports only what it wrote, remembers Word edits across builds
that leave a file alone, and lets only one build at a time into the folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pytest

from ceremonykit.build import build_ceremony
from ceremonykit.build.edited import edited_since_build
from ceremonykit.build.folder_lock import OutputFolderBusy, folder_lock_file
from ceremonykit.documents.context import BuildOptions
from ceremonykit.domain.model import Ceremony
from output_lock import hold_output_lock


def manifest(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return data


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def add_note(path: Path) -> None:
    """What staff do in Word: add a paragraph and save."""
    document = docx.Document(str(path))
    document.add_paragraph("Handschriftliche Ergänzung der Pressestelle")
    document.save(str(path))


# ------------------------------------------------------------------ H1: formats not asked for
def test_a_pdf_only_build_keeps_the_word_files(demo: Ceremony, tmp_path: Path) -> None:
    out = tmp_path / "Ausgabe"
    build_ceremony(demo, out, only=["certificate"])
    word = out / "urkunden" / "word"
    edited = word / names(word)[0]
    add_note(edited)
    edited_bytes = edited.read_bytes()
    words_before = names(word)
    old_pdf = names(out / "urkunden" / "pdf")[0]
    demo.winners[0].organisation = "Ganz neuer Verein e. V."  # renames the first certificate

    pdf_only = BuildOptions(formats={"certificate": ("pdf",)})
    report = build_ceremony(demo, out, only=["certificate"], options=pdf_only)

    assert not report.failed
    assert names(word) == words_before, "Word files were not asked for: all stay"
    assert edited.read_bytes() == edited_bytes
    assert old_pdf not in names(out / "urkunden" / "pdf"), "stale PDF of the built format goes"
    assert any("Ganz-neuer-Verein" in n for n in names(out / "urkunden" / "pdf"))
    entries = {f["path"]: f for f in manifest(out)["files"]}
    for name in words_before:  # the manifest still describes the kept Word files …
        assert entries[f"urkunden/word/{name}"]["format"] == "docx"
        assert "not_rebuilt" not in entries[f"urkunden/word/{name}"]
    # … with the stamp of the build that wrote them, so the Word edit is still seen
    assert edited_since_build(out) == [edited]
    assert {f.format for f in report.written} == {"pdf"}


def test_a_default_build_keeps_cheque_previews_asked_for_earlier(
    demo: Ceremony, tmp_path: Path
) -> None:
    out = tmp_path / "Ausgabe"
    with_png = BuildOptions(formats={"cheque": ("pdf", "png")})
    build_ceremony(demo, out, only=["cheque"], options=with_png)
    pngs = sorted(p.name for p in (out / "schecks").rglob("*.png"))
    assert pngs
    report = build_ceremony(demo, out, only=["cheque"])  # default: the print PDF only
    assert sorted(p.name for p in (out / "schecks").rglob("*.png")) == pngs
    assert {f.format for f in report.written} == {"pdf"}
    assert {f["format"] for f in manifest(out)["files"]} == {"pdf", "png"}


# ---------------------------------------------------------- H2: only what this build wrote
def test_a_failed_kind_reports_its_old_files_as_not_rebuilt(demo: Ceremony, tmp_path: Path) -> None:
    out = tmp_path / "Ausgabe"
    build_ceremony(demo, out, only=["cheque", "press_release"])
    cheques = names(out / "schecks")
    unknown = BuildOptions(designs={"cheque": "zzz"})  # the GUI cannot send this; a kind fails
    report = build_ceremony(demo, out, only=["cheque"], options=unknown)
    assert [p.kind for p in report.failed] == ["cheque"]
    assert report.written == []
    assert sorted(Path(f.path).name for f in report.files if f.not_rebuilt) == cheques
    entries = manifest(out)["files"]  # still complete: the press release and the old cheques
    assert {e["kind"] for e in entries} == {"cheque", "press_release"}
    assert all(e.get("not_rebuilt") for e in entries if e["kind"] == "cheque")
    assert not any(e.get("not_rebuilt") for e in entries if e["kind"] == "press_release")


# ------------------------------------------------------------------ M5: one build at a time
def test_a_second_build_into_the_same_folder_stops(demo: Ceremony, tmp_path: Path) -> None:
    out = tmp_path / "Ausgabe"
    out.mkdir()
    child = hold_output_lock(out)
    try:
        with pytest.raises(OutputFolderBusy) as caught:
            build_ceremony(demo, out, only=["press_release"])
        assert f"In den Ordner „{out}“ schreibt gerade ein anderer Export" in caught.value.message
        assert "Es wurde nichts geschrieben." in caught.value.hint
        assert names(out) == [folder_lock_file(out).name], "nothing written, no staging left"
    finally:
        child.communicate("")  # the other build ends and releases the lock
    assert not folder_lock_file(out).exists()
    report = build_ceremony(demo, out, only=["press_release"])
    assert report.written and not report.failed
    assert not folder_lock_file(out).exists(), "the build releases its lock"


def test_the_lock_of_a_crashed_build_is_taken_over(demo: Ceremony, tmp_path: Path) -> None:
    out = tmp_path / "Ausgabe"
    out.mkdir()
    child = hold_output_lock(out)
    child.kill()  # crashed: the lock file stays behind
    child.wait()
    assert folder_lock_file(out).exists()
    report = build_ceremony(demo, out, only=["press_release"])
    assert report.written and not report.failed
    assert not folder_lock_file(out).exists()

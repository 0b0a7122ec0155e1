"""``build`` on a folder that already holds documents: Word edits are never lost silently, the
summary counts only what was written, and a second build into the folder stops. (Wrong designs
and an empty ``--only`` are among the usage errors in ``test_cli.py``.)"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ceremonykit.cli import build_cmd, main
from conftest import run_cli
from output_lock import hold_output_lock


def add_note(path: Path) -> None:
    document = docx.Document(str(path))
    document.add_paragraph("Ergänzung der Pressestelle")
    document.save(str(path))


def test_edited_word_files_are_neither_deleted_nor_overwritten(
    tmp_path: Path, demo_file: Path
) -> None:
    out = tmp_path / "out"
    base = ("build", str(demo_file), "--out", str(out), "--quiet", "--only", "certificate")
    assert run_cli(*base).returncode == 0
    word = out / "urkunden" / "word"
    edited = sorted(word.iterdir())[0]
    add_note(edited)
    changed = edited.read_bytes()

    pdf_only = run_cli(*base, "--format", "certificate=pdf")  # does not touch the Word files
    assert pdf_only.returncode == 0, pdf_only.stderr
    assert len(list(word.iterdir())) == 5 and edited.read_bytes() == changed

    refused = run_cli(*base)  # would overwrite the edited file
    assert refused.returncode == 1
    assert "nach dem letzten Export geändert" in refused.stderr
    assert f"urkunden/word/{edited.name}" in refused.stderr
    assert "--ueberschreiben" in refused.stderr and "Es wurde nichts geschrieben." in refused.stderr
    assert "Traceback" not in refused.stderr and "geschrieben:" not in refused.stdout
    assert edited.read_bytes() == changed

    other_kind = run_cli("build", str(demo_file), "--out", str(out), "--quiet", "--only", "cheque")
    assert other_kind.returncode == 0, other_kind.stderr  # cheques leave the certificates alone

    forced = run_cli(*base, "--ueberschreiben")
    assert forced.returncode == 0, forced.stderr
    assert edited.read_bytes() != changed
    assert run_cli(*base).returncode == 0, "after the overwrite nothing is edited any more"


def test_the_summary_names_old_files_as_not_rebuilt(
    tmp_path: Path,
    demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The review's case: a kind fails and its old files used to be listed as "geschrieben"."""
    out = tmp_path / "out"
    base = ["build", str(demo_file), "--out", str(out), "--quiet", "--only", "cheque"]
    assert main(base) == 0
    capsys.readouterr()
    monkeypatch.setattr(build_cmd, "check_designs", dict)  # let the design typo reach the kind
    assert main([*base, "--design", "cheque=zzz"]) == 1
    printed = capsys.readouterr()
    assert "geschrieben:" not in printed.out
    assert printed.out.count("alt, nicht neu erzeugt: ") == 3
    assert "0 Dateien geschrieben, 3 alt, nicht neu erzeugt, 0 übersprungen, 1 fehlgeschlagen." in (
        printed.out
    )
    assert "FEHLGESCHLAGEN: Schecks" in printed.err


def test_a_second_build_into_the_same_folder_gets_a_german_message(
    tmp_path: Path, demo_file: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    other = hold_output_lock(out)
    try:
        result = run_cli("build", str(demo_file), "--out", str(out), "--quiet")
    finally:
        other.communicate("")
    assert result.returncode == 1
    assert "schreibt gerade ein anderer Export" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (out / "manifest.json").exists()

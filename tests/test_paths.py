"""Default folders: dialogs start in Documents or the last folder, never the program folder;
relative output folders mean "beside the project"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ceremonykit import paths


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Dokumente"
    folder.mkdir()
    monkeypatch.setattr(paths, "user_documents_dir", lambda: str(folder))
    return folder


@pytest.fixture
def frozen_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """As if running as CeremonyKit.exe from a per-user installation."""
    program = tmp_path / "AppData" / "Local" / "Programs" / "CeremonyKit"
    (program / "_internal").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "CeremonyKit.exe"))
    return program


def test_first_dialog_starts_in_documents(documents: Path) -> None:
    assert paths.dialog_start_dir("") == documents


def test_last_used_folder_wins_while_it_exists(documents: Path, tmp_path: Path) -> None:
    last = tmp_path / "Projekte 2026"
    last.mkdir()
    assert paths.dialog_start_dir(str(last)) == last
    last.rmdir()
    assert paths.dialog_start_dir(str(last)) == documents


def test_program_folder_is_never_a_start_folder(documents: Path, frozen_install: Path) -> None:
    assert paths.program_dir() == frozen_install
    assert paths.dialog_start_dir(str(frozen_install)) == documents
    assert paths.dialog_start_dir(str(frozen_install / "_internal")) == documents


def test_missing_documents_falls_back_to_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(paths, "user_documents_dir", lambda: str(tmp_path / "fehlt"))
    assert paths.documents_dir() == Path.home()


def test_relative_output_folder_is_beside_the_project(documents: Path, tmp_path: Path) -> None:
    project = tmp_path / "Verleihung" / "Ehrenamtspreis.ceremony"
    resolved = paths.resolve_output_dir(" Ausgabe ", project)
    assert resolved == project.resolve().parent / "Ausgabe"
    assert paths.resolve_output_dir("Ausgabe", None) == documents / "Ausgabe"
    absolute = tmp_path / "anderswo"
    assert paths.resolve_output_dir(str(absolute), project) == absolute
    assert paths.resolve_output_dir("~/x", project) == Path.home() / "x"
    assert paths.resolve_output_dir("   ", project) is None


def test_gui_start_leaves_the_program_folder(
    documents: Path, frozen_install: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(frozen_install)
    paths.leave_program_dir()
    assert Path.cwd() == documents

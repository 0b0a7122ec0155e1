"""The derived-data cache folder: sealed entries, atomic writes, never an error for the user."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from ceremonykit.derived_cache import (
    CACHE_DIR_ENV,
    cache_folder,
    can_write,
    read_entry,
    seal,
    unseal,
    write_entry,
)

MAGIC = b"test entry\n"


def test_tests_never_use_the_real_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    assert cache_folder("fonts").is_relative_to(tmp_path_factory.getbasetemp())


def test_seal_detects_damage_and_a_foreign_file() -> None:
    sealed = seal(MAGIC, b"payload")
    assert unseal(MAGIC, sealed) == b"payload"
    assert unseal(b"other magic\n", sealed) is None
    assert unseal(MAGIC, sealed[:-1] + b"X") is None
    assert unseal(MAGIC, sealed[: len(MAGIC) + 3]) is None
    assert unseal(MAGIC, b"") is None


def test_write_then_read_replaces_stale_entries_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path))
    assert read_entry("fonts", "A.1.face") is None
    assert write_entry("fonts", "A.1.face", b"one")
    assert write_entry("fonts", "B.1.face", b"other font")
    assert write_entry("fonts", "A.2.face", b"two", stale="A.*.face")
    assert sorted(p.name for p in (tmp_path / "fonts").iterdir()) == ["A.2.face", "B.1.face"]
    assert read_entry("fonts", "A.2.face") == b"two"
    if os.name == "posix":  # not owner-only as mkstemp makes it: nothing secret in there
        assert (tmp_path / "fonts" / "A.2.face").stat().st_mode & 0o777 == 0o644


def test_an_unwritable_folder_is_reported_once_and_never_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_DIR_ENV, str(blocker))
    with caplog.at_level(logging.WARNING):
        assert not write_entry("fonts", "A.1.face", b"one")
        assert not can_write("fonts")
        assert not write_entry("fonts", "B.1.face", b"two")
    assert len(caplog.records) == 1
    assert read_entry("fonts", "A.1.face") is None


def test_a_failed_rename_removes_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path))

    def held(self: Path, target: Path) -> Path:
        raise PermissionError(13, "held by another process")

    monkeypatch.setattr(Path, "replace", held)
    assert not write_entry("fonts", "A.1.face", b"one")
    assert list((tmp_path / "fonts").iterdir()) == []
    # held for a moment by the other build process (Windows): the folder stays writable
    assert can_write("fonts")
    monkeypatch.undo()
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path))
    assert write_entry("fonts", "A.1.face", b"one")

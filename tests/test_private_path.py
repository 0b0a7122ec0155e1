"""``private_path``: how a build writes into its own staging folder – in place, never leaving a
half-written file behind, and never half overwriting a file finished earlier."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceremonykit.atomic import private_path


def test_writes_in_place_and_makes_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "urkunden" / "a.pdf"
    made: set[Path] = set()
    with private_path(target, made) as path:
        assert path == target  # no temporary file, no rename
        path.write_bytes(b"%PDF")
    assert target.read_bytes() == b"%PDF"
    assert made == {target.parent}
    assert [p.name for p in target.parent.iterdir()] == ["a.pdf"]


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    with pytest.raises(RuntimeError), private_path(target) as path:
        path.write_bytes(b"halb")
        raise RuntimeError("Abbruch mitten im Schreiben")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_finished_file_is_replaced_atomically(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"fertig")
    with pytest.raises(RuntimeError), private_path(target) as path:
        assert path != target  # written beside it, renamed over it only on success
        path.write_bytes(b"halb")
        raise RuntimeError("Abbruch mitten im Schreiben")
    assert target.read_bytes() == b"fertig"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]
    with private_path(target) as path:
        path.write_bytes(b"neu")
    assert target.read_bytes() == b"neu"

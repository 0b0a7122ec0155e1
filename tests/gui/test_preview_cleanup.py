"""Preview folders live in the one known temp folder that every start sweeps."""

from __future__ import annotations

from ceremonykit.gui.preview import new_preview_root
from ceremonykit.scratch import clean_session, scratch_root, session_dir


def test_preview_root_is_inside_this_process_folder() -> None:
    root = new_preview_root()
    assert root.parent == session_dir() and session_dir().parent == scratch_root()
    (root / "Gaesteliste.pdf").write_bytes(b"%PDF")
    clean_session()  # what happens when the program ends
    assert not root.exists()

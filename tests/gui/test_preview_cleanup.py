"""Preview folders of earlier sessions (which may hold guest lists) are removed."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from ceremonykit.gui.preview import PREVIEW_PREFIX, new_preview_root, remove_stale_previews


def test_old_preview_folders_go_recent_ones_stay() -> None:
    old = new_preview_root()
    (old / "Gaesteliste.pdf").write_bytes(b"%PDF")
    day_ago = time.time() - 24 * 3600
    os.utime(old, (day_ago, day_ago))
    fresh = new_preview_root()
    try:
        remove_stale_previews()
        assert not old.exists()
        assert fresh.exists()
        assert fresh.name.startswith(PREVIEW_PREFIX)
        assert Path(tempfile.gettempdir()) == fresh.parent
    finally:
        import shutil

        shutil.rmtree(fresh, ignore_errors=True)

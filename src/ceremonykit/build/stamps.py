"""What a build wrote, file by file: size, modification time and SHA-256 (in manifest.json),
so that a later export can tell which documents staff edited since (see ``edited.py``)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_stamp(path: Path) -> dict[str, object]:
    """Size, modification time (ns) and SHA-256 of a written file (empty if it is gone)."""
    try:
        stat = path.stat()
        return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": sha256_of(path)}
    except OSError:
        return {}

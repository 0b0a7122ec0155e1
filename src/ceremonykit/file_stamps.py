"""What a build wrote, file by file: size, modification time and SHA-256 (in manifest.json),
so that a later export can tell which documents staff edited since (see ``build/edited.py``).

A kind stamps each file right after writing it, in the process that built it (the build's
worker process takes half of them), while the file is still in the page cache; moving it from
the staging folder into place keeps all three. The manifest then only collects the stamps
instead of reading every file again at the end of the build.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileStamp:
    size: int
    mtime_ns: int
    sha256: str

    def as_dict(self) -> dict[str, object]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def stamp_of(path: Path) -> FileStamp | None:
    """Size, modification time (ns) and SHA-256 of a written file (None if it is gone)."""
    try:
        stat = path.stat()
        return FileStamp(stat.st_size, stat.st_mtime_ns, sha256_of(path))
    except OSError:
        return None


def file_stamp(path: Path) -> dict[str, object]:
    """:func:`stamp_of` as the manifest stores it (empty if the file is gone)."""
    stamp = stamp_of(path)
    return stamp.as_dict() if stamp else {}

"""Rewrite one part of a saved Office file (XLSX/DOCX are zip archives of XML parts)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def stream_part(
    saved: bytes, target: Path, part: str, write: Callable[[bytes, IO[bytes]], None]
) -> None:
    """Write the archive ``saved`` to ``target`` with ``part`` replaced by what
    ``write(old part, stream)`` writes – piece by piece, so a very large part is never held in
    memory as a whole; every other part is copied as it is, in the same order."""
    found = False
    with (
        zipfile.ZipFile(io.BytesIO(saved)) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename != part:
                out.writestr(info, data)
                continue
            found = True
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with out.open(entry, "w") as stream:
                write(data, stream)
    if not found:
        raise ValueError(f"{part} not found in the saved file")


def split_once(data: bytes, marker: bytes, part: str) -> tuple[bytes, bytes]:
    """(before, after) the single occurrence of ``marker``; anything else is a bug."""
    if data.count(marker) != 1:
        raise ValueError(f"unexpected XML in {part}: {marker[:60]!r} not found exactly once")
    before, _, after = data.partition(marker)
    return before, after

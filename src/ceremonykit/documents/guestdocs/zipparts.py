"""Rewrite one part of a saved Office file (XLSX/DOCX are zip archives of XML parts)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path


def rewrite_part(saved: bytes, target: Path, part: str, change: Callable[[bytes], bytes]) -> None:
    """Write the archive ``saved`` to ``target`` with ``part`` replaced by ``change(part)``;
    every other part is copied as it is, in the same order."""
    found = False
    with (
        zipfile.ZipFile(io.BytesIO(saved)) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                data = change(data)
                found = True
            out.writestr(info, data)
    if not found:
        raise ValueError(f"{part} not found in the saved file")


def replace_once(data: bytes, old: bytes, new: bytes, part: str) -> bytes:
    """``data`` with the single occurrence of ``old`` replaced; anything else is a bug."""
    if data.count(old) != 1:
        raise ValueError(f"unexpected XML in {part}: {old[:60]!r} not found exactly once")
    return data.replace(old, new)

"""Documents in an output folder that staff changed after the last build (Word edits).

``manifest.json`` records for every file it lists the size, modification time and SHA-256 of
what the build wrote (:func:`~ceremonykit.file_stamps.file_stamp`). Before a new export into
the same folder, :func:`edited_since_build` names the files whose content differs now, so the
window can ask before overwriting them. A file whose time and size are unchanged is not read
again; one touched but with the same content does not count. ``touches`` limits the answer to
the files a build would replace or delete (its kinds and formats); the others stay as they
are. Manifests of older versions (no stamps): files modified after the manifest itself count
as edited.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from ceremonykit.build.runner import MANIFEST_NAME, built_formats, select_kinds
from ceremonykit.documents.context import BuildOptions
from ceremonykit.file_stamps import sha256_of


def edited_since_build(
    out_dir: Path, touches: Callable[[str, str], bool] | None = None
) -> list[Path]:
    """Files the last build into ``out_dir`` wrote that were changed since (sorted); with
    ``touches(kind, format)`` only those of the kinds and formats it accepts."""
    manifest = out_dir / MANIFEST_NAME
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        entries = [e for e in data.get("files", []) if isinstance(e, dict)]
        built_at = manifest.stat().st_mtime_ns
    except (OSError, ValueError, AttributeError):
        return []
    edited = []
    for entry in entries:
        if touches is not None and not touches(str(entry.get("kind")), str(entry.get("format"))):
            continue
        path = out_dir / str(entry.get("path", ""))
        try:
            stat = path.stat()
        except OSError:
            continue  # deleted: nothing to lose
        if "sha256" not in entry:
            if stat.st_mtime_ns > built_at:
                edited.append(path)
            continue
        if stat.st_size == entry.get("size") and stat.st_mtime_ns == entry.get("mtime_ns"):
            continue
        try:
            if sha256_of(path) != entry["sha256"]:
                edited.append(path)
        except OSError:
            edited.append(path)
    return sorted(edited)


def edited_in_the_way(
    out_dir: Path, only: Iterable[str] | None, options: BuildOptions
) -> list[Path]:
    """Files staff changed after the last build that a build of the kinds ``only`` (all when
    None) with ``options`` would overwrite or delete – the command line and the window ask
    about exactly these (a Word edit of a press release does not stop a certificate export)."""
    formats = built_formats(select_kinds(only), options)
    return edited_since_build(out_dir, lambda kind, fmt: fmt in formats.get(kind, ()))

"""A folder for data derived from bundled files, kept between runs to save start-up work.

Every process that draws PDF text would otherwise parse the bundled TrueType fonts again
(4–8 ms a font in pure Python), and every process that fills a text template would parse and
compile it again (4–10 ms). What is derived from a file that does not change is stored once
and loaded afterwards::

    <user cache folder>/                  (CEREMONYKIT_CACHE_DIR overrides it)
        fonts/NotoSans-Regular.<key>.face a parsed font face, plain data
                                          (documents/pdf/font_cache.py)
        templates/<name>-<path>.<key>.jinja  a compiled text template
                                          (german/template_cache.py)

The entries hold no personal data and may be deleted at any time (they are made again), so a
purge need not touch them. Reading and writing never fail for the user: a missing, damaged or
unwritable entry only means the work is done again (logged). An entry is *sealed*: a magic
prefix and a SHA-256 of its content, so a damaged file is recognised before it is read.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
from pathlib import Path

from platformdirs import user_cache_dir

from ceremonykit.logs import APP_AUTHOR, APP_NAME

log = logging.getLogger(__name__)

CACHE_DIR_ENV = "CEREMONYKIT_CACHE_DIR"
_DIGEST = hashlib.sha256().digest_size
_unwritable: set[Path] = set()  # folders already reported: a read-only profile warns once


def cache_folder(area: str) -> Path:
    """The folder of one kind of derived data (``"fonts"``); it may not exist yet."""
    override = os.environ.get(CACHE_DIR_ENV)
    root = Path(override) if override else Path(user_cache_dir(APP_NAME, APP_AUTHOR))
    return root / area


def seal(magic: bytes, payload: bytes) -> bytes:
    """``payload`` with ``magic`` and its SHA-256 in front (see :func:`unseal`)."""
    return magic + hashlib.sha256(payload).digest() + payload


def unseal(magic: bytes, data: bytes) -> bytes | None:
    """The payload of a sealed entry, or None when the magic or the checksum do not match."""
    start = len(magic) + _DIGEST
    if len(data) < start or not data.startswith(magic):
        return None
    payload = data[start:]
    if hashlib.sha256(payload).digest() != data[len(magic) : start]:
        return None
    return payload


def read_entry(area: str, name: str) -> bytes | None:
    """The stored entry, or None when there is none or it cannot be read (logged)."""
    path = cache_folder(area) / name
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("Zwischenspeicher %s nicht lesbar, wird neu erzeugt: %r", path, exc)
        return None


def can_write(area: str) -> bool:
    """False when the folder could not be made or written to before in this process: then
    the work of preparing an entry is skipped (a read-only profile pays it once)."""
    folder = cache_folder(area)
    if folder in _unwritable:
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _report_unwritable(folder, exc)
        return False
    return True


def _report_unwritable(folder: Path, exc: OSError) -> None:
    if folder not in _unwritable:
        _unwritable.add(folder)
        log.warning("Zwischenspeicher %s nicht schreibbar: %r", folder, exc)


def write_entry(area: str, name: str, data: bytes, *, stale: str | None = None) -> bool:
    """Store an entry atomically (temporary file + rename); False when that is not possible
    (read-only profile, full disk, another process holds the file – logged, never raised).
    ``stale`` is a glob of older entries this one replaces (another version's), deleted.

    No fsync and no retries: a cache entry lost in a power cut is checked by its seal and made
    again, and waiting for a file another process holds would cost more than redoing the work.
    """
    folder = cache_folder(area)
    target = folder / name
    tmp: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{name[:40]}.", suffix=".tmp", dir=folder)
        tmp = Path(tmp_name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        with contextlib.suppress(OSError):
            tmp.chmod(0o644)  # mkstemp makes it owner-only; nothing secret in here
    except OSError as exc:
        _report_unwritable(folder, exc)
        _remove(tmp)
        return False
    try:
        tmp.replace(target)
    except OSError as exc:  # Windows: the other build process reads this entry right now
        log.debug("cache entry %s not replaced: %r", target, exc)
        _remove(tmp)
        return False
    if stale:
        for old in folder.glob(stale):
            if old.name != name:
                with contextlib.suppress(OSError):
                    old.unlink()
    return True


def _remove(tmp: Path | None) -> None:
    if tmp is not None:
        with contextlib.suppress(OSError):
            tmp.unlink()

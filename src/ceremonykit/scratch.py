"""The one folder for temporary files that may hold personal data.

GUI previews (guest lists as PDF) and the temporary read copies of a project file (a crashed
or older file is read through a copy) hold the same names as the project. They live in one
known place so that a purge can delete them and nothing is forgotten in the system's temp
folder::

    <user cache folder>/temp/            (CEREMONYKIT_TEMP_DIR overrides it)
        <pid>-<random>/                  one folder per running CeremonyKit process
            .in-use                      locked by that process while it runs
            preview-…/  read-…/          what the process made

A process deletes its folder when it ends (and the GUI when its window closes); a process
killed before that leaves it behind, so every start removes the folders whose ``.in-use``
lock is free – the operating system releases a dead process's lock, even after SIGKILL or a
power cut, and unlike a pid it cannot be mistaken for an unrelated new process.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

from platformdirs import user_cache_dir

from ceremonykit.logs import APP_AUTHOR, APP_NAME

TEMP_DIR_ENV = "CEREMONYKIT_TEMP_DIR"
IN_USE = ".in-use"
LEGACY_PREFIXES = ("ceremonykit-preview-", "ceremonykit-read-")
"""Folders earlier versions left directly in the system temp folder (same personal data)."""
LEGACY_STALE_SECONDS = 12 * 3600

_lock = threading.Lock()
_registered: list[bool] = []
_session: tuple[Path, IO[bytes], int] | None = None  # folder, locked handle, owner pid
STARTING_SECONDS = 60
"""A folder without lock file younger than this belongs to a process that is starting."""


def scratch_root() -> Path:
    """The known folder that holds every process's temporary files."""
    override = os.environ.get(TEMP_DIR_ENV)
    return Path(override) if override else Path(user_cache_dir(APP_NAME, APP_AUTHOR)) / "temp"


def _try_lock(handle: IO[bytes]) -> bool:
    """Take the exclusive lock on ``handle`` without waiting; False if another process has it."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def session_dir() -> Path:
    """This process's folder (made and locked on first use, deleted when the process ends)."""
    global _session
    root = scratch_root()
    with _lock:
        if _session is not None and _session[0].parent == root and _session[0].is_dir():
            return _session[0]
        if _session is not None:  # the folder was swept away, or the root changed (tests)
            with contextlib.suppress(OSError):
                _session[1].close()
        root.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=root))
        handle = (folder / IN_USE).open("wb")
        _try_lock(handle)
        if not _registered:
            atexit.register(clean_session)
            _registered.append(True)
        _session = (folder, handle, os.getpid())
        return folder


def new_folder(prefix: str) -> Path:
    """A new private folder inside this process's folder, e.g. ``new_folder("preview-")``."""
    return Path(tempfile.mkdtemp(prefix=prefix, dir=session_dir()))


def clean_session() -> None:
    """Delete this process's folder (at exit, and when the GUI window closes)."""
    global _session
    with _lock:
        if _session is None:
            return
        folder, handle, owner = _session
        _session = None
        with contextlib.suppress(OSError):
            handle.close()
        if owner == os.getpid():  # a forked child must not delete its parent's folder
            shutil.rmtree(folder, ignore_errors=True)


def _in_use(folder: Path) -> bool:
    """Whether a running process holds ``folder`` (its lock file cannot be locked by us)."""
    if _session is not None and folder == _session[0]:
        return True
    try:
        with (folder / IN_USE).open("rb") as handle:
            return not _try_lock(handle)
    except FileNotFoundError:  # no lock file yet: a process is starting, or died doing so
        with contextlib.suppress(OSError):
            return time.time() - folder.stat().st_mtime < STARTING_SECONDS
        return False
    except OSError:
        return False


def _legacy_folders() -> list[Path]:
    base = Path(tempfile.gettempdir())
    return [f for prefix in LEGACY_PREFIXES for f in base.glob(f"{prefix}*") if f.is_dir()]


def remove_leftovers(now: float | None = None) -> int:
    """Delete the folders of processes that ended without cleaning up (run at every start).

    Also removes folders earlier versions left in the system temp folder once they are 12
    hours old (those had no lock; a window of an old version may still use a young one).
    """
    now = time.time() if now is None else now
    removed = 0
    root = scratch_root()
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if folder.is_dir() and not _in_use(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    for folder in _legacy_folders():
        with contextlib.suppress(OSError):
            if now - folder.stat().st_mtime > LEGACY_STALE_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
    return removed


def remove_everything() -> list[Path]:
    """Delete every temporary file of every CeremonyKit process (for a purge).

    Running processes keep their (then empty) folder and lock; a preview they show is made
    again on the next refresh. Returns the files that could not be deleted (Windows refuses
    a file another program holds open) so the caller can say so.
    """
    root = scratch_root()
    try:
        folders = [f for f in root.iterdir() if f.is_dir()] if root.is_dir() else []
    except OSError:
        folders = []
    for folder in folders:
        for child in _children(folder):
            if child.name == IN_USE:
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    child.unlink(missing_ok=True)
        if not _in_use(folder):
            shutil.rmtree(folder, ignore_errors=True)
    for folder in _legacy_folders():
        shutil.rmtree(folder, ignore_errors=True)
    return [
        p
        for base in [*folders, *_legacy_folders()]
        if base.exists()
        for p in base.rglob("*")
        if p.is_file() and p.name != IN_USE
    ]


def _children(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []

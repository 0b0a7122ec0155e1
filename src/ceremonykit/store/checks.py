"""Open-time checks of a ``.ceremony`` file that never change it.

Order: the file exists and is a file → the 100-byte SQLite header read as plain bytes (magic,
``application_id`` = "CERE", ``user_version`` not newer than this program) → ``PRAGMA
quick_check`` over a read-only connection (``mode=ro``). A foreign, too new or damaged file is
refused before any writable connection or lock exists, so a refused file stays byte-identical.

One special case: a *hot journal* (``Name.ceremony-journal`` left by a writer that crashed in
the middle of a transaction). A read-only connection cannot undo it (SQLITE_READONLY_ROLLBACK),
so the check reports ``needs_recovery``; a writable open then lets SQLite roll the journal back
under our lock – that restores the last committed state and is exactly what SQLite does for
any writer – and runs ``quick_check`` afterwards.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import quote

from ceremonykit.store import messages
from ceremonykit.store.migrations import latest_version

APPLICATION_ID = 0x43455245  # "CERE"
SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_SIZE = 100
_SQLITE_READONLY_ROLLBACK = 776


@dataclass(frozen=True)
class FileState:
    """What the read-only check learned about a project file."""

    version: int
    needs_recovery: bool = False


def sqlite_uri(path: PurePath, mode: str) -> str:
    """``file:`` URI for SQLite, also for Windows network paths (``\\\\server\\share\\x``).

    ``Path.as_uri()`` turns a UNC path into ``file://server/share/x``, which SQLite rejects
    (it only accepts an empty or "localhost" authority); SQLite wants ``file:////server/…``.
    Characters such as ``?``, ``#`` and ``%`` in file names are percent-encoded.
    """
    posix = path.as_posix()
    lead = "" if posix.startswith("/") else "/"  # "C:/x" -> "file:///C:/x"
    return f"file://{lead}{quote(posix, safe='/:')}?mode={mode}"


def connect(path: Path, mode: str) -> sqlite3.Connection:
    """A connection in autocommit mode (we issue BEGIN/COMMIT); ``mode`` is ro, rw or rwc."""
    uri = sqlite_uri(path.resolve(), mode)
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) from the file's first 100 bytes, or raise ProjectError."""
    if not path.exists():
        raise messages.ProjectError(messages.not_found(path))
    if not path.is_file():
        raise messages.ProjectError(messages.not_a_project(path))
    try:
        with path.open("rb") as fh:
            header = fh.read(_HEADER_SIZE)
    except OSError as exc:
        raise messages.ProjectError(messages.unreadable(path, exc)) from None
    if not header:
        raise messages.ProjectError(messages.empty_file(path))
    if not header.startswith(SQLITE_HEADER):
        raise messages.ProjectError(messages.not_a_project(path))
    if len(header) < _HEADER_SIZE:
        raise messages.ProjectError(messages.damaged(path, "header shorter than 100 bytes"))
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    return application_id, user_version


def check_file(path: Path) -> FileState:
    """Check ``path`` without changing it; raise :class:`ProjectError` if it must be refused."""
    application_id, version = read_header(path)
    if application_id != APPLICATION_ID:
        raise messages.ProjectError(messages.not_a_project(path))
    if version > latest_version():
        raise messages.ProjectError(messages.too_new(path, version))
    if version == 0:  # our mark but never finished: creation always writes version ≥ 1
        raise messages.ProjectError(messages.damaged(path, "user_version 0"))
    try:
        conn = connect(path, "ro")
    except sqlite3.Error as exc:
        raise messages.ProjectError(messages.damaged(path, str(exc))) from None
    try:
        quick_check(conn, path)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_READONLY_ROLLBACK:
            return FileState(version, needs_recovery=True)
        raise messages.ProjectError(messages.damaged(path, str(exc))) from None
    finally:
        conn.close()
    return FileState(version)


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Run ``PRAGMA quick_check``; raise ProjectError unless it says ok."""
    try:
        result = [tuple(r) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except UnicodeDecodeError as exc:  # SQLite's report quoted damaged bytes (not UTF-8)
        raise messages.ProjectError(messages.damaged(path, repr(exc))) from None
    if result != [("ok",)]:
        raise messages.ProjectError(messages.damaged(path, "; ".join(str(r[0]) for r in result)))


def inspect_file(path: Path) -> int:
    """The schema version of ``path`` after :func:`check_file` (read-only, never changes it).

    A file that needs crash recovery is refused here, because recovery means writing.
    """
    state = check_file(Path(path))
    if state.needs_recovery:
        raise messages.ProjectError(messages.needs_recovery(Path(path)))
    return state.version

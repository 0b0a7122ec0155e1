"""Schema versions of the project file and the steps between them.

``PRAGMA user_version`` holds the version of a file; ``PRAGMA application_id`` marks it as
ours. :data:`STEPS` maps each version to the function that brings a file from the version
before up to it. To change the format: add ``STEPS[n + 1] = _vN_plus_1`` (SQL on the caller's
connection; rewrite JSON rows in Python if a field changes meaning) – never edit an old step.

:func:`migrate` runs the missing steps and the version bump in ONE transaction, so a failed
upgrade leaves the file exactly as it was. Before upgrading an existing file the project file
keeps a copy in the old format beside it (see ``ProjectFile.open``), because colleagues with
an older CeremonyKit cannot read the upgraded file any more. Files from a newer version are
refused unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 1
"""The version this program writes (``latest_version()`` unless a test adds steps)."""

OBJECT_TABLES: tuple[str, ...] = ("prize", "winner", "applicant", "photo", "guest", "signatory")


def _v1(conn: sqlite3.Connection) -> None:
    """The first format: ceremony info as JSON, one table per object type, images as BLOBs."""
    conn.execute("CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for table in OBJECT_TABLES:
        conn.execute(f"CREATE TABLE {table} (id TEXT PRIMARY KEY, data TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE asset (id TEXT PRIMARY KEY, filename TEXT NOT NULL, "
        "media_type TEXT NOT NULL, data BLOB NOT NULL)"
    )


Step = Callable[[sqlite3.Connection], None]

STEPS: dict[int, Step] = {1: _v1}
"""target version -> step that brings a file from the version before to it."""


def latest_version() -> int:
    """The newest format this program knows (the highest step)."""
    return max(STEPS)


def migrate(conn: sqlite3.Connection, from_version: int) -> int:
    """Bring the file from ``from_version`` to :func:`latest_version` in one transaction.

    Returns the new version. Any exception rolls everything back and is re-raised.
    """
    target = latest_version()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version + 1, target + 1):
            STEPS[version](conn)
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return target

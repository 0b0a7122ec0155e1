"""Schema versions of the project file and the steps between them.

``PRAGMA user_version`` holds the version. Each step is a function that upgrades the file by one
version inside the caller's connection; :func:`migrate` runs the missing steps in one
transaction, so a failed upgrade leaves the file as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 1


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for table in ("prize", "winner", "applicant", "photo", "guest", "signatory"):
        conn.execute(f"CREATE TABLE {table} (id TEXT PRIMARY KEY, data TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE asset (id TEXT PRIMARY KEY, filename TEXT NOT NULL, "
        "media_type TEXT NOT NULL, data BLOB NOT NULL)"
    )


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1}
"""target version -> step that brings a file from the version before to it."""


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring the file from ``from_version`` to :data:`SCHEMA_VERSION` in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version + 1, SCHEMA_VERSION + 1):
            STEPS[version](conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise

"""The ``.ceremony`` project file: SQLite used as an application file format.

Layout (schema version :data:`SCHEMA_VERSION`):

* ``info`` – one row per key; key ``ceremony`` holds the ceremony's own fields as JSON
  (everything but the lists below).
* one table per stored object type (``prize``, ``winner``, ``applicant``, ``photo``, ``guest``,
  ``signatory``): ``id`` primary key, ``data`` JSON made by :mod:`ceremonykit.domain.codec`;
  rows load in insertion order.
* ``asset`` – images as BLOBs, so that the project is one file that can be mailed.

Every public write is one transaction (``synchronous=FULL``, rollback journal – no WAL, which
is unsafe on network shares). A file is checked read-only before anything is written to it:
foreign files, files from a newer CeremonyKit and damaged files are refused unchanged.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from ceremonykit.domain.codec import from_dict, to_dict
from ceremonykit.domain.model import (
    Applicant,
    Asset,
    Ceremony,
    Guest,
    Photo,
    Prize,
    Signatory,
    Winner,
)
from ceremonykit.store import messages
from ceremonykit.store.lock import ProjectLock
from ceremonykit.store.migrations import SCHEMA_VERSION, migrate

APPLICATION_ID = 0x43455245  # "CERE"
SQLITE_HEADER = b"SQLite format 3\x00"

Entity = Prize | Winner | Applicant | Photo | Guest | Signatory

TABLES: dict[type, str] = {
    Prize: "prize",
    Winner: "winner",
    Applicant: "applicant",
    Photo: "photo",
    Guest: "guest",
    Signatory: "signatory",
}
LIST_FIELDS: dict[str, type] = {
    "prizes": Prize,
    "winners": Winner,
    "applicants": Applicant,
    "photos": Photo,
    "guests": Guest,
    "signatories": Signatory,
}
_NOT_INFO = {*LIST_FIELDS, "assets"}


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 3000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")  # deleted personal data is overwritten
    return conn


def inspect_file(path: Path) -> int:
    """Check ``path`` without changing it; return its schema version or raise ProjectError."""
    if not path.exists():
        raise messages.ProjectError(messages.not_found(path))
    if path.is_dir():
        raise messages.ProjectError(messages.not_a_project(path))
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise messages.ProjectError(messages.unreadable(path, exc)) from None
    if header != SQLITE_HEADER:
        raise messages.ProjectError(messages.not_a_project(path))
    try:
        conn = _connect(path, readonly=True)
    except sqlite3.Error as exc:
        raise messages.ProjectError(messages.damaged(path, str(exc))) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise messages.ProjectError(messages.not_a_project(path))
        if version > SCHEMA_VERSION:
            raise messages.ProjectError(messages.too_new(path, version))
        result = conn.execute("PRAGMA quick_check").fetchall()
        if [tuple(r) for r in result] != [("ok",)]:
            raise messages.ProjectError(messages.damaged(path, str(result[0][0])))
        return int(version)
    except sqlite3.DatabaseError as exc:
        raise messages.ProjectError(messages.damaged(path, str(exc))) from None
    finally:
        conn.close()


class ProjectFile:
    """An open ``.ceremony`` file. Use :meth:`create` or :meth:`open`; close when done."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: ProjectLock | None,
        *,
        readonly: bool = False,
    ) -> None:
        self.path = path
        self._conn = conn
        self._lock = lock
        self._depth = 0
        self.readonly = readonly

    # ----------------------------------------------------------------- opening and closing
    @classmethod
    def create(cls, path: Path, ceremony: Ceremony, *, overwrite: bool = False) -> ProjectFile:
        """Write a new project file holding ``ceremony`` (atomically) and open it."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise messages.ProjectError(messages.exists(path))
        if not path.parent.is_dir():
            raise messages.ProjectError(messages.folder_missing(path))
        tmp = path.with_name(f".{path.name}.new")
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate(conn, 0)
                writer = cls(tmp, conn, None)
                writer.replace_all(ceremony)
            finally:
                conn.close()
            tmp.replace(path)
        except sqlite3.Error as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise messages.ProjectError(messages.write_failed(path, exc)) from None
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise messages.ProjectError(messages.write_failed(path, exc)) from None
        return cls.open(path)

    @classmethod
    def open(
        cls, path: Path, *, readonly: bool = False, take_over_lock: bool = False
    ) -> ProjectFile:
        """Open an existing project. Writable opens take the single-writer lock.

        Raises :class:`~ceremonykit.store.messages.ProjectError` (German message) for missing,
        foreign, damaged, too new or locked files; the file is never modified in that case.
        """
        path = Path(path)
        version = inspect_file(path)
        if readonly:
            return cls(path, _connect(path, readonly=True), None, readonly=True)
        lock = ProjectLock.acquire(path, take_over=take_over_lock)
        try:
            conn = _connect(path, readonly=False)
            if version < SCHEMA_VERSION:
                migrate(conn, version)
        except sqlite3.Error as exc:
            lock.release()
            raise messages.ProjectError(messages.write_failed(path, exc)) from None
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --------------------------------------------------------------------------- reading
    def load(self) -> Ceremony:
        """The whole ceremony with all lists and assets."""
        try:
            row = self._conn.execute("SELECT value FROM info WHERE key = 'ceremony'").fetchone()
            ceremony = from_dict(Ceremony, json.loads(row[0]) if row else {})
            for attr, cls in LIST_FIELDS.items():
                table = TABLES[cls]
                rows = self._conn.execute(f"SELECT data FROM {table} ORDER BY rowid").fetchall()
                setattr(ceremony, attr, [from_dict(cls, json.loads(r[0])) for r in rows])
            ceremony.assets = {
                r[0]: Asset(id=r[0], filename=r[1], media_type=r[2], data=bytes(r[3]))
                for r in self._conn.execute(
                    "SELECT id, filename, media_type, data FROM asset ORDER BY rowid"
                )
            }
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
            raise messages.ProjectError(messages.damaged(self.path, str(exc))) from None
        return ceremony

    # --------------------------------------------------------------------------- writing
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one commit (nested calls join the outer one)."""
        self._check_writable()
        if self._depth == 0:
            self._execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            try:
                self._execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise

    def save_info(self, ceremony: Ceremony) -> None:
        """Store the ceremony's own fields (award, dates, sender profile, settings …)."""
        data = {k: v for k, v in to_dict(ceremony).items() if k not in _NOT_INFO}
        with self.transaction():
            self._execute(
                "INSERT INTO info(key, value) VALUES('ceremony', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (json.dumps(data, ensure_ascii=False),),
            )

    def put(self, obj: Entity | Asset) -> None:
        """Insert or update one object (keeps its place in the order)."""
        self.put_many([obj])

    def put_many(self, objs: Iterable[Entity | Asset]) -> None:
        with self.transaction():
            for obj in objs:
                if isinstance(obj, Asset):
                    self._execute(
                        "INSERT INTO asset(id, filename, media_type, data) VALUES(?, ?, ?, ?) "
                        "ON CONFLICT(id) DO UPDATE SET filename = excluded.filename, "
                        "media_type = excluded.media_type, data = excluded.data",
                        (obj.id, obj.filename, obj.media_type, obj.data),
                    )
                    continue
                table = TABLES[type(obj)]
                self._execute(
                    f"INSERT INTO {table}(id, data) VALUES(?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET data = excluded.data",
                    (obj.id, json.dumps(to_dict(obj), ensure_ascii=False)),
                )

    def delete(self, cls: type, ids: str | Iterable[str]) -> None:
        """Delete objects of type ``cls`` (an entity class or :class:`Asset`) by id."""
        table = "asset" if cls is Asset else TABLES[cls]
        id_list = [ids] if isinstance(ids, str) else list(ids)
        with self.transaction():
            for obj_id in id_list:
                self._execute(f"DELETE FROM {table} WHERE id = ?", (obj_id,))

    def replace_all(self, ceremony: Ceremony) -> None:
        """Make the file hold exactly ``ceremony`` (used by create and by "restore")."""
        with self.transaction():
            for table in (*TABLES.values(), "asset"):
                self._execute(f"DELETE FROM {table}")
            self.save_info(ceremony)
            for attr in LIST_FIELDS:
                self.put_many(getattr(ceremony, attr))
            self.put_many(ceremony.assets.values())

    def vacuum(self) -> None:
        """Rebuild the file so that deleted data is gone from every page."""
        self._check_writable()
        self._execute("VACUUM")

    def backup_to(self, target: Path) -> None:
        """Copy the project to ``target`` consistently (SQLite backup API), atomically."""
        from ceremonykit.atomic import atomic_path

        target = Path(target)
        try:
            with atomic_path(target) as tmp:
                dest = sqlite3.connect(tmp)
                try:
                    self._conn.backup(dest)
                    dest.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dest.close()
        except (sqlite3.Error, OSError) as exc:
            raise messages.ProjectError(messages.write_failed(target, exc)) from None

    # --------------------------------------------------------------------------- helpers
    def _check_writable(self) -> None:
        if self.readonly:
            raise messages.ProjectError(messages.opened_readonly(self.path))

    def _execute(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise messages.ProjectError(messages.write_failed(self.path, exc)) from None


def entity_field_names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]

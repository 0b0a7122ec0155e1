"""The ``.ceremony`` project file: SQLite used as an application file format.

File layout (schema version 1, see :mod:`ceremonykit.store.migrations`):

* header: ``application_id`` = 0x43455245 ("CERE"), ``user_version`` = schema version.
* ``info`` – one row per key; key ``ceremony`` holds the ceremony's own fields (award, dates,
  sender profile, settings, import mappings) as one JSON object.
* one table per object type (``prize``, ``winner``, ``applicant``, ``photo``, ``guest``,
  ``signatory``): ``id`` primary key + ``data`` = the object as JSON made by
  :mod:`ceremonykit.domain.codec`; rows load in insertion order (rowid). JSON per row instead
  of one column per field: the domain model grows with every issue, and the codec already
  tolerates unknown and missing keys, so a new field needs no migration and an older program
  still reads a newer row's known fields. Each object is still its own row, so an edit writes
  only that row and the GUI's undo maps to one ``put``/``delete``.
* ``asset`` – images (photos, logos, signatures) as BLOBs, so one file can be moved or mailed.

Transactions and durability: every public write is one transaction (``BEGIN IMMEDIATE`` …
``COMMIT``) with ``synchronous=FULL``; :meth:`ProjectFile.transaction` groups several writes
into one commit (nested groups become savepoints). When a write method returns, the change is
on disk – a crash afterwards loses nothing, a crash before leaves the previous state.

Journal: rollback journal (``journal_mode=DELETE``), not WAL. WAL needs shared memory between
all processes using the file, which does not work on network shares (SMB/NFS) where press
office files live; it also keeps committed data in a ``-wal`` side file, so mailing or copying
only the ``.ceremony`` file could lose the latest edits. With DELETE the main file is complete
after every commit. ``secure_delete=ON`` overwrites deleted content (guests' personal data).

Opening: :mod:`ceremonykit.store.checks` inspects the file read-only first (header, id,
version, quick_check), then the writer takes the lock (:mod:`ceremonykit.store.lock`), then
older files are migrated (a copy in the old format is kept beside them).
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ceremonykit.atomic import atomic_path
from ceremonykit.domain.cleaning import cleaned, stored_text_suspect
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
    with_honour_default,
)
from ceremonykit.scratch import new_folder
from ceremonykit.store import messages
from ceremonykit.store.checks import APPLICATION_ID, FileState, check_file, connect, quick_check
from ceremonykit.store.lock import ProjectLock, TakeOver, read_lock
from ceremonykit.store.migrations import latest_version, migrate

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
ROWS_PER_PARSE = 2000  # rows per json.loads when reading a list (see _read_all)
_NOT_INFO = {*LIST_FIELDS, "assets"}

_to_json = json.JSONEncoder(ensure_ascii=False).encode
"""``json.dumps(data, ensure_ascii=False)`` without building an encoder for every row."""

FAULT_MAX_PAGES_ENV = "CEREMONYKIT_FAULT_MAX_PAGES"
"""Fault injection for tests: cap writable connections at this many pages ("disk full")."""


def _connect_writable(path: Path, mode: str = "rw") -> sqlite3.Connection:
    conn = connect(path, mode)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")  # deleted personal data is overwritten
    max_pages = os.environ.get(FAULT_MAX_PAGES_ENV, "")
    if max_pages.isdigit():
        conn.execute(f"PRAGMA max_page_count = {int(max_pages)}")
    return conn


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles for this."""
    if os.name == "nt":  # pragma: no cover - Windows
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def migration_backup_path(path: Path, version: int) -> Path:
    """Where the copy in the old format is kept before an upgrade."""
    return path.with_name(f"{path.stem} (Sicherung Format {version}){path.suffix}")


def migration_backups(path: Path) -> list[Path]:
    """The old-format copies beside ``path`` (they hold all data, guests included)."""
    return sorted(path.parent.glob(f"{glob.escape(path.stem)} (Sicherung Format *){path.suffix}"))


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
        self._thread_lock = threading.RLock()
        self._scratch: Path | None = None  # folder of a temporary copy we read from, if any
        self.readonly = readonly

    # ----------------------------------------------------------------- opening and closing
    @classmethod
    def create(
        cls,
        path: Path,
        ceremony: Ceremony,
        *,
        overwrite: bool = False,
        take_over_lock: TakeOver = False,
    ) -> ProjectFile:
        """Write a new project file holding ``ceremony`` (all or nothing) and open it.

        Replacing a file someone edits is refused; ``take_over_lock`` as in :meth:`open`."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise messages.ProjectError(messages.exists(path))
        if not path.parent.is_dir():
            raise messages.ProjectError(messages.folder_missing(path))
        # also refuses to replace a file someone edits
        lock = ProjectLock.acquire(path, take_over=take_over_lock)
        try:
            try:
                with atomic_path(path) as tmp:
                    conn = _connect_writable(tmp, "rwc")
                    try:
                        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                        migrate(conn, 0)
                        # named after the final path: messages must not show the temp name
                        cls(path, conn, None).replace_all(ceremony)
                    finally:
                        conn.close()
                    # a crashed writer's journal belongs to the old file, never to ours
                    _journal(path).unlink(missing_ok=True)
                _sync_folder(path.parent)
                conn = _connect_writable(path)
            except (sqlite3.Error, OSError) as exc:
                raise messages.ProjectError(messages.write_failed(path, exc)) from None
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock)

    @classmethod
    def open(
        cls, path: Path, *, readonly: bool = False, take_over_lock: TakeOver = False
    ) -> ProjectFile:
        """Open an existing project. Writable opens take the single-writer lock.

        Raises :class:`~ceremonykit.store.messages.ProjectError` (German message) for missing,
        foreign, damaged, too new, read-only or locked files; such a file is never modified.
        ``take_over_lock=True`` takes over a stale lock (the user confirmed it);
        ``"confirmed"`` also one from another computer (see :data:`~.lock.TakeOver`).
        A read-only file or folder raises :class:`~.messages.ProjectReadOnlyError`.
        """
        path = Path(path)
        state = check_file(path)
        if readonly:
            if state.needs_recovery or state.version < latest_version():
                return cls._open_scratch_copy(path, state)
            try:
                return cls(path, connect(path, "ro"), None, readonly=True)
            except sqlite3.Error as exc:
                raise messages.ProjectError(messages.damaged(path, str(exc))) from None
        if not os.access(path, os.W_OK):
            raise messages.ProjectReadOnlyError(messages.file_readonly(path))
        lock = ProjectLock.acquire(path, take_over=take_over_lock)
        try:
            conn = cls._open_writable(path, state)
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock)

    @classmethod
    def _open_scratch_copy(cls, path: Path, state: FileState) -> ProjectFile:
        """Read a crashed or older-format file without touching it, through a temporary copy.

        The copy gets the crash recovery (hot journal rolled back) and the migration that a
        writable open would do to the file itself; the file keeps its bytes. If the copy
        cannot be made (no temp space, file changing meanwhile) the user is told what to do.
        """
        try:
            scratch = new_folder("read-")  # the known folder: swept at start, emptied by purge
        except OSError as exc:
            raise cls._copy_failed(path, state, exc) from None
        copy = scratch / "copy.ceremony"
        try:
            shutil.copyfile(path, copy)
            if state.needs_recovery:
                shutil.copyfile(_journal(path), _journal(copy))
            conn = connect(copy, "rw")
            try:
                quick_check(conn, path)  # also rolls a copied journal back into the copy
                if state.version < latest_version():
                    migrate(conn, state.version)
            except BaseException:
                conn.close()
                raise
        except (OSError, sqlite3.Error, messages.ProjectError) as exc:
            shutil.rmtree(scratch, ignore_errors=True)
            raise cls._copy_failed(path, state, exc) from None
        project = cls(path, conn, None, readonly=True)
        project._scratch = scratch
        return project

    @staticmethod
    def _copy_failed(path: Path, state: FileState, exc: Exception) -> messages.ProjectError:
        messages.log.warning("reading %s through a copy failed: %r", path, exc)
        if state.needs_recovery:
            return messages.ProjectError(messages.needs_recovery(path))
        return messages.ProjectError(messages.migration_failed(path, state.version))

    @classmethod
    def _open_writable(cls, path: Path, state: FileState) -> sqlite3.Connection:
        try:
            conn = _connect_writable(path)
        except sqlite3.Error as exc:
            raise messages.ProjectError(messages.write_failed(path, exc)) from None
        try:
            if state.needs_recovery:
                quick_check(conn, path)  # the first read rolls the hot journal back
            if state.version < latest_version():
                cls._upgrade(path, conn, state.version)
        except sqlite3.Error as exc:
            conn.close()
            raise messages.ProjectError(messages.damaged(path, str(exc))) from None
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _upgrade(path: Path, conn: sqlite3.Connection, version: int) -> None:
        """Keep a copy in the old format, then migrate in one transaction."""
        keep = migration_backup_path(path, version)
        try:
            if not keep.exists():
                _backup(conn, keep)
            migrate(conn, version)
        except Exception as exc:
            messages.log.warning("migrating %s from %s failed: %r", path, version, exc)
            raise messages.ProjectError(messages.migration_failed(path, version)) from None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --------------------------------------------------------------------------- reading
    def load(self) -> Ceremony:
        """The whole ceremony with all lists and assets (one consistent snapshot)."""
        with self._thread_lock:
            return self._load()

    def _load(self) -> Ceremony:
        snapshot = self._depth == 0 and not self._conn.in_transaction
        try:
            if snapshot:
                self._conn.execute("BEGIN")
            try:
                return self._read_all()
            finally:
                if snapshot:
                    self._conn.execute("COMMIT")
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
            raise messages.ProjectError(messages.damaged(self.path, str(exc))) from None

    def _read_all(self) -> Ceremony:
        row = self._conn.execute("SELECT value FROM info WHERE key = 'ceremony'").fetchone()
        # text stored before cleaning existed (or edited by hand) is cleaned here, the one
        # place every reader passes; see domain/cleaning.py
        ceremony = cleaned(from_dict(Ceremony, json.loads(row[0]) if row else {}))
        for attr, cls in LIST_FIELDS.items():
            cursor = self._conn.execute(f"SELECT data FROM {TABLES[cls]} ORDER BY rowid")
            items: list[object] = []
            # one json.loads per few thousand rows, not per row (fast: one C call each), and
            # not per table: a call holds the GIL, and the GUI reads large files in a thread
            while rows := cursor.fetchmany(ROWS_PER_PARSE):
                chunk = "[" + ",".join(r[0] for r in rows) + "]"
                parsed: list[object] = [from_dict(cls, item) for item in json.loads(chunk)]
                items.extend(map(cleaned, parsed) if stored_text_suspect(chunk) else parsed)
            setattr(ceremony, attr, items)
        # files from before "who is honoured" existed: decide as an import would (in memory;
        # stored with the winner's next edit), so an Ehrenpreis keeps naming its persons
        ceremony.winners = [with_honour_default(ceremony, w) for w in ceremony.winners]
        ceremony.assets = {
            r[0]: Asset(id=r[0], filename=r[1], media_type=r[2], data=bytes(r[3]))
            for r in self._conn.execute(
                "SELECT id, filename, media_type, data FROM asset ORDER BY rowid"
            )
        }
        return ceremony

    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    # --------------------------------------------------------------------------- writing
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one commit; nested groups are savepoints.

        The connection is shared; a re-entrant lock keeps a worker thread (import, preview)
        and the GUI thread from interleaving their statements in one transaction."""
        with self._thread_lock:
            yield from self._transaction()

    def _transaction(self) -> Iterator[None]:
        self._check_writable()
        outer = self._depth == 0
        if outer:
            self._check_lock_still_ours()
        savepoint = f"sp{self._depth}"
        self._execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {savepoint}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            with contextlib.suppress(sqlite3.Error):
                if outer:
                    self._conn.execute("ROLLBACK")
                else:
                    self._conn.execute(f"ROLLBACK TO {savepoint}")
                    self._conn.execute(f"RELEASE {savepoint}")
            raise
        self._depth -= 1
        try:
            self._execute("COMMIT" if outer else f"RELEASE {savepoint}")
        except BaseException:
            if outer:
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
        """Insert or update one object (an update keeps its place in the order)."""
        self.put_many([obj])

    def put_many(self, objs: Iterable[Entity | Asset]) -> None:
        """Insert or update several objects in one commit (one statement per table)."""
        assets: list[tuple[Any, ...]] = []
        rows: dict[str, list[tuple[str, str]]] = {}
        for obj in objs:
            if isinstance(obj, Asset):
                assets.append((obj.id, obj.filename, obj.media_type, obj.data))
            else:
                rows.setdefault(TABLES[type(obj)], []).append((obj.id, _to_json(to_dict(obj))))
        with self.transaction():
            if assets:
                self._executemany(
                    "INSERT INTO asset(id, filename, media_type, data) VALUES(?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET filename = excluded.filename, "
                    "media_type = excluded.media_type, data = excluded.data",
                    assets,
                )
            for table, params in rows.items():
                self._executemany(
                    f"INSERT INTO {table}(id, data) VALUES(?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET data = excluded.data",
                    params,
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
        """Rebuild the file so that deleted data is gone from every page (after a purge)."""
        self._check_writable()
        if self._depth:
            raise RuntimeError("vacuum() inside transaction()")
        try:
            self._conn.execute("VACUUM")
        except sqlite3.Error as exc:
            raise messages.ProjectError(messages.rebuild_failed(self.path, exc)) from None

    # ------------------------------------------------------------------------ save as
    def backup_to(self, target: Path) -> None:
        """Copy the project to ``target`` ("Speichern unter", backups) consistently.

        Uses SQLite's backup API, so the copy is a consistent snapshot even while this file
        is being edited; written to a temporary file and renamed, so ``target`` is complete
        or untouched. Refuses the open file itself and a target someone else is editing.
        """
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise messages.ProjectError(messages.same_file(target))
        if not target.parent.is_dir():
            raise messages.ProjectError(messages.folder_missing(target))
        holder = read_lock(target)
        if holder is not None and not holder.is_stale():
            raise messages.ProjectError(messages.locked(target, holder.holder, holder.since_text))
        try:
            _backup(self._conn, target)
        except (sqlite3.Error, OSError) as exc:
            raise messages.ProjectError(messages.write_failed(target, exc)) from None

    def save_as(self, target: Path) -> ProjectFile:
        """Copy to ``target`` and continue there: returns the new open file, closes this one."""
        self.backup_to(target)  # refuses a target with a live lock; a stale one may go
        new = ProjectFile.open(target, readonly=self.readonly, take_over_lock=True)
        self.close()
        return new

    # --------------------------------------------------------------------------- helpers
    def _check_writable(self) -> None:
        if self.readonly:
            raise messages.ProjectError(messages.opened_readonly(self.path))

    def _check_lock_still_ours(self) -> None:
        """Refuse to write after someone took the lock over (e.g. after "Sperre übernehmen")."""
        if self._lock is None:
            return  # the temporary file during create()
        holder = self._lock.holder_now()
        if holder is not None:
            who = holder.holder if holder.readable else "einem anderen Programm"
            raise messages.ProjectLockedError(
                messages.lock_lost(self.path, who),
                stale=False,
                holder=holder.holder,
                since=holder.since_text,
            )

    def _executemany(self, sql: str, params: Sequence[tuple[Any, ...]]) -> None:
        try:
            self._conn.executemany(sql, params)
        except sqlite3.Error as exc:
            raise messages.ProjectError(messages.write_failed(self.path, exc)) from None

    def _execute(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise messages.ProjectError(messages.write_failed(self.path, exc)) from None


def _backup(source: sqlite3.Connection, target: Path) -> None:
    """Copy ``source`` into ``target`` atomically with SQLite's backup API."""
    with atomic_path(target) as tmp:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    _sync_folder(target.parent)

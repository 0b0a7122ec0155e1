"""Single-writer lock with a readable record beside the project file.

``Ehrenamtspreis.ceremony`` is locked by ``~Ehrenamtspreis.ceremony.lock`` (the ``~`` prefix
follows the office-suite convention, so users recognise it as a lock and backup tools that skip
``~*`` ignore it). The file holds JSON ``{user, host, pid, since}`` so that a second user gets
"Die Datei wird seit 10:42 von mueller@PC-0815 bearbeitet" instead of a silent conflict.

Design decisions:

* The lock is created with ``O_CREAT | O_EXCL`` – atomic on local disks and on SMB shares.
  It is advisory, for people: integrity of the database itself is still guarded by SQLite's own
  file locks (every write is ``BEGIN IMMEDIATE``), so even two writers could not corrupt it.
* A lock is *stale* when it names this host and its process is gone (crash, killed). It is
  reported as stale and only taken over when the caller passes ``take_over=True`` after asking
  the user. A lock from another host cannot be checked; it can be taken over after the user
  confirmed that the colleague has closed the program. A lock of a live process on this host is
  never taken over.
* A lock record that cannot be parsed (the process died between creating and writing it) counts
  as stale once it is older than a few seconds.
* :meth:`ProjectLock.release` removes the file only while it still holds our own record, so
  a process whose lock was taken over does not delete the new holder's lock; and every write
  transaction first checks that the record is still ours (one small file read), so a program
  whose lock was taken over stops writing with a clear message instead of mixing edits.
* Read-only opens take no lock, so ``show``/``check``/``build`` work in read-only folders.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from ceremonykit.store import messages

UNREADABLE_GRACE_SECONDS = 10.0
"""An unparseable lock file younger than this may still be being written by its owner."""


def lock_path_for(path: Path) -> Path:
    """``dir/~Name.ceremony.lock`` for ``dir/Name.ceremony``."""
    return path.with_name(f"~{path.name}.lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service environments
        return "unbekannt"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            kernel32.CloseHandle(handle)
            return True
        # ACCESS_DENIED: the process exists but belongs to another user (terminal server)
        return bool(kernel32.GetLastError() == 5)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return _not_a_zombie(pid)


def _not_a_zombie(pid: int) -> bool:
    """A killed child that its parent has not reaped yet is dead for our purpose."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True  # no /proc (macOS): os.kill said it exists
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


@dataclass
class LockRecord:
    """Who holds a project file open for editing, and since when."""

    user: str
    host: str
    pid: int
    since: str  # ISO timestamp, local time
    readable: bool = True

    @property
    def holder(self) -> str:
        """ "mueller@PC-0815"."""
        return f"{self.user}@{self.host}"

    @property
    def since_text(self) -> str:
        """ "10:42" today, "3.11.2026 10:42" on another day."""
        try:
            when = datetime.fromisoformat(self.since)
        except ValueError:
            return self.since or "unbekannt"
        if when.date() == datetime.now().date():
            return when.strftime("%H:%M")
        return f"{when.day}.{when.month}.{when.year} {when:%H:%M}"

    def on_this_host(self) -> bool:
        return self.host == socket.gethostname()

    def is_stale(self) -> bool:
        """The holder is certainly gone: same host and its process no longer runs."""
        return self.on_this_host() and not _pid_alive(self.pid)

    def may_take_over(self) -> bool:
        """Stale, or held from another computer (cannot be checked; the user must confirm).

        Never a live process on this computer, and never a record still being written.
        """
        return self.is_stale() or (self.readable and not self.on_this_host())


def read_lock(path: Path) -> LockRecord | None:
    """The lock record of project file ``path``, or None if it is not locked."""
    lock_file = lock_path_for(path)
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        return LockRecord(
            str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        try:
            age = time.time() - lock_file.stat().st_mtime
        except OSError:
            return None
        old = age > UNREADABLE_GRACE_SECONDS
        # unreadable and old: its writer died before finishing -> treat like a dead process
        return LockRecord(
            "unbekannt", socket.gethostname() if old else "unbekannt", -1, "", readable=False
        )


class ProjectLock:
    """The lock a writable :class:`~ceremonykit.store.ProjectFile` holds until it closes."""

    def __init__(self, project: Path, record: LockRecord) -> None:
        self.project = project
        self.record = record

    @property
    def lock_file(self) -> Path:
        return lock_path_for(self.project)

    @classmethod
    def acquire(cls, path: Path, *, take_over: bool = False) -> ProjectLock:
        """Take the lock or raise :class:`ProjectLockedError` / :class:`ProjectError`."""
        lock_file = lock_path_for(path)
        record = LockRecord(
            _user(), socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="seconds")
        )
        fields = asdict(record)
        del fields["readable"]
        payload = json.dumps(fields, ensure_ascii=False).encode("utf-8")
        for _attempt in range(3):
            try:
                fd = os.open(lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                existing = read_lock(path)
                if existing is None:
                    continue  # released in between: try again
                if take_over and existing.may_take_over():
                    with contextlib.suppress(FileNotFoundError):
                        lock_file.unlink()
                    take_over = False  # only the lock we looked at, never a newer one
                    continue
                raise _locked_error(path, existing) from None
            except OSError as exc:
                raise messages.ProjectError(messages.cannot_lock(path, exc)) from None
            try:
                os.write(fd, payload)
                os.fsync(fd)
            except OSError as exc:
                os.close(fd)
                with contextlib.suppress(OSError):
                    lock_file.unlink()
                raise messages.ProjectError(messages.cannot_lock(path, exc)) from None
            os.close(fd)
            return cls(path, record)
        raise messages.ProjectError(messages.lock_contended(path))

    def holder_now(self) -> LockRecord | None:
        """The current record if somebody else holds the lock now (it was taken over)."""
        current = read_lock(self.project)
        if current is not None and (
            current.readable
            and current.host == self.record.host
            and current.pid == self.record.pid
            and current.since == self.record.since
        ):
            return None
        return current or LockRecord("unbekannt", "unbekannt", -1, "", readable=False)

    def release(self) -> None:
        """Remove the lock file if it still holds our record (it may have been taken over)."""
        if self.holder_now() is None:
            with contextlib.suppress(OSError):
                self.lock_file.unlink()


def _locked_error(path: Path, existing: LockRecord) -> messages.ProjectLockedError:
    stale = existing.is_stale()
    if not existing.readable:
        text = messages.locked_unknown(path, stale)
    elif stale:
        text = messages.locked_stale(path, existing.holder, existing.since_text)
    else:
        text = messages.locked(path, existing.holder, existing.since_text)
    return messages.ProjectLockedError(
        text,
        stale=stale,
        holder=existing.holder,
        since=existing.since_text,
        can_take_over=existing.may_take_over(),
    )

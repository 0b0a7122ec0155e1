"""Single-writer lock with a readable record beside the project file.

``Ehrenamtspreis.ceremony`` is locked by ``~Ehrenamtspreis.ceremony.lock`` (the ``~`` prefix
follows the office-suite convention, so users recognise it as a lock and backup tools that skip
``~*`` ignore it). The file holds JSON ``{user, host, pid, started, since}`` so that a second
user gets "Die Datei wird seit 10:42 von mueller@PC-0815 bearbeitet" instead of a silent
conflict.

Design decisions:

* The lock is created with ``O_CREAT | O_EXCL`` – atomic on local disks and on SMB shares.
  It is advisory, for people: integrity of the database itself is still guarded by SQLite's own
  file locks (every write is ``BEGIN IMMEDIATE``), so even two writers could not corrupt it.
* A lock is *stale* when it names this host and its process is gone (crash, killed). The record
  holds the process start time (``/proc/<pid>/stat`` on Linux, ``GetProcessTimes`` on Windows),
  so a process id reused by another program after a crash does not make the lock look alive.
  A stale lock is reported and only taken over when the caller passes ``take_over=True`` after
  asking the user. A lock from another host cannot be checked; ``take_over="confirmed"`` takes
  it after the user confirmed that the colleague has closed the program. A lock of a live
  process on this host is never taken over.
* Taking over is atomic: a short-lived guard file (``~Name.ceremony.lock.takeover``, created
  with ``O_EXCL``) serialises the takers; under it the lock file is read again and removed only
  if it still holds exactly the record that was judged stale. The new lock is then created with
  ``O_EXCL`` like any other, so of several programs taking over at once exactly one wins.
* A lock record that cannot be parsed (the process died between creating and writing it) counts
  as stale once it is older than a few seconds.
* Reading the lock file retries brief I/O errors (network share, virus scanner) for about a
  second; if it still fails, the caller gets "Sperrdatei nicht lesbar" – never "Sperre verloren".
* :meth:`ProjectLock.release` removes the file only while it still holds our own record, so
  a process whose lock was taken over does not delete the new holder's lock; and every write
  transaction first checks that the record is still ours (one small file read), so a program
  whose lock was taken over stops writing with a clear message instead of mixing edits.
* Read-only opens take no lock, so ``show``/``check``/``build`` work in read-only folders.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from ceremonykit.errors import Remedy
from ceremonykit.store import messages

UNREADABLE_GRACE_SECONDS = 10.0
"""An unparseable lock file younger than this may still be being written by its owner."""

READ_RETRY_PAUSES: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4, 0.6)
"""Pauses between attempts to read a lock file after a brief I/O error (about 1.4 s)."""

GUARD_ABANDONED_SECONDS = 30.0
"""A take-over guard this old was left by a program that crashed while taking over."""

ACQUIRE_ATTEMPTS = 20
ACQUIRE_PAUSE = 0.05

TakeOver = bool | Literal["confirmed"]
"""False: never; True: a stale lock (same computer, program gone) – the rule of the GUI and of
``--take-over-lock``; "confirmed": also a lock from another computer, after the user confirmed
that the colleague closed the program."""


def lock_path_for(path: Path) -> Path:
    """``dir/~Name.ceremony.lock`` for ``dir/Name.ceremony``."""
    return path.with_name(f"~{path.name}.lock")


def _guard_path(lock_file: Path) -> Path:
    return lock_file.with_name(lock_file.name + ".takeover")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service environments
        return "unbekannt"


# ------------------------------------------------------------------ processes on this computer
def process_start_time(pid: int) -> str | None:
    """When process ``pid`` started, as an opaque text (None: unknown, or no such process).

    Together with the pid it names one process: a pid reused after a crash has another start
    time. Linux: boot id + start tick from ``/proc``; Windows: the creation time.
    """
    if sys.platform == "win32":  # pragma: no cover - Windows
        return _windows_start_time(pid)
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None  # no such process, or no /proc (macOS): the pid alone must do
    try:  # ticks count from boot: the boot id keeps a pid of the last boot apart
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        boot = ""
    fields = stat.rpartition(")")[2].split()  # the name in (…) may hold spaces
    if len(fields) < 20:
        return None
    return f"{boot[:8]}:{fields[19]}"  # field 22 of stat: start time in clock ticks after boot


def _pid_alive(pid: int, started: str | None = None) -> bool:
    """The process runs – and, if ``started`` is known, it is the same process as then."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows
        alive = _windows_pid_alive(pid)
    else:
        alive = _posix_pid_alive(pid)
    if not alive or not started:
        return alive
    now = process_start_time(pid)
    return now is None or now == started  # another start time: the pid was reused


def _posix_pid_alive(pid: int) -> bool:
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


_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_ERROR_ACCESS_DENIED = 5
_STILL_ACTIVE = 259


def _kernel32() -> Any:  # pragma: no cover - Windows
    """kernel32 with ``use_last_error``: ctypes saves the error code right after each call, so
    no other call (Python's own included) can overwrite it before :func:`_last_error` reads it."""
    import ctypes

    return ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]


def _last_error() -> int:  # pragma: no cover - Windows
    import ctypes

    return int(ctypes.get_last_error())  # type: ignore[attr-defined,unused-ignore]


def _windows_pid_alive(pid: int) -> bool:
    """Windows: the process exists (perhaps another user's) and has not ended."""
    import ctypes

    kernel32 = _kernel32()
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # ACCESS_DENIED: the process exists but belongs to another user (terminal server)
        return _last_error() == _ERROR_ACCESS_DENIED
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE  # an ended process whose handle someone still holds
    finally:
        kernel32.CloseHandle(handle)


def _windows_start_time(pid: int) -> str | None:
    """Windows: the process creation time (100-ns ticks since 1601) as text."""
    import ctypes

    kernel32 = _kernel32()
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return None
    try:
        times = [ctypes.c_ulonglong() for _ in range(4)]  # creation, exit, kernel, user
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return None
        return str(times[0].value)
    finally:
        kernel32.CloseHandle(handle)


# --------------------------------------------------------------------------- the record
@dataclass
class LockRecord:
    """Who holds a project file open for editing, and since when."""

    user: str
    host: str
    pid: int
    since: str  # ISO timestamp, local time
    readable: bool = True
    started: str | None = None  # the holder's process start time (see process_start_time)
    raw: bytes = b""  # the file's bytes: a take-over removes only exactly this record

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
        return self.on_this_host() and not _pid_alive(self.pid, self.started)

    def may_take_over(self) -> bool:
        """Stale, or held from another computer (cannot be checked; the user must confirm).

        Never a live process on this computer, and never a record still being written.
        """
        return self.is_stale() or (self.readable and not self.on_this_host())

    def allows(self, take_over: TakeOver) -> bool:
        """May a caller asking for ``take_over`` remove this lock?"""
        if take_over == "confirmed":
            return self.may_take_over()
        return bool(take_over) and self.is_stale()

    def same_holder(self, other: LockRecord) -> bool:
        return (
            self.readable
            and other.readable
            and (self.host, self.pid, self.since, self.started)
            == (other.host, other.pid, other.since, other.started)
        )

    def payload(self) -> bytes:
        fields = {"user": self.user, "host": self.host, "pid": self.pid}
        fields |= {"started": self.started, "since": self.since}
        return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def _read_bytes(lock_file: Path) -> bytes | None:
    """The lock file's bytes (None if there is none), retrying brief I/O errors.

    A network share that hiccups or a virus scanner that opened the file must not turn into
    "Sperre verloren"; after about a second and a half the error is reported as what it is.
    """
    for pause in (*READ_RETRY_PAUSES, None):
        try:
            return lock_file.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            if pause is None:
                raise messages.ProjectError(messages.lock_unreadable(lock_file, exc)) from None
            time.sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover


def read_lock(path: Path) -> LockRecord | None:
    """The lock record of project file ``path``, or None if it is not locked.

    Raises :class:`~ceremonykit.store.messages.ProjectError` if the lock file exists but cannot
    be read even after retries (drive unreachable).
    """
    lock_file = lock_path_for(path)
    raw = _read_bytes(lock_file)
    if raw is None:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        started = data.get("started")
        return LockRecord(
            str(data["user"]),
            str(data["host"]),
            int(data["pid"]),
            str(data["since"]),
            started=str(started) if started else None,
            raw=raw,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        try:
            age = time.time() - lock_file.stat().st_mtime
        except OSError:
            return None
        old = age > UNREADABLE_GRACE_SECONDS
        # unreadable and old: its writer died before finishing -> treat like a dead process
        return LockRecord(
            "unbekannt",
            socket.gethostname() if old else "unbekannt",
            -1,
            "",
            readable=False,
            raw=raw,
        )


# ----------------------------------------------------------------------------- the lock
class ProjectLock:
    """The lock a writable :class:`~ceremonykit.store.ProjectFile` holds until it closes."""

    def __init__(self, project: Path, record: LockRecord) -> None:
        self.project = project
        self.record = record

    @property
    def lock_file(self) -> Path:
        return lock_path_for(self.project)

    @classmethod
    def acquire(cls, path: Path, *, take_over: TakeOver = False) -> ProjectLock:
        """Take the lock or raise :class:`ProjectLockedError` / :class:`ProjectError`."""
        lock_file = lock_path_for(path)
        pid = os.getpid()
        record = LockRecord(
            _user(),
            socket.gethostname(),
            pid,
            datetime.now().isoformat(timespec="seconds"),
            started=process_start_time(pid),
        )
        payload = record.payload()
        for _attempt in range(ACQUIRE_ATTEMPTS):
            try:
                fd = os.open(lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                existing = read_lock(path)
                if existing is None:
                    continue  # released in between: try again
                if not existing.allows(take_over):
                    raise _locked_error(path, existing) from None
                try:
                    removed = _remove_if_unchanged(lock_file, existing.raw)
                except OSError as exc:  # e.g. the folder became read-only
                    raise _cannot_lock_error(path, exc) from None
                if not removed:
                    time.sleep(ACQUIRE_PAUSE)  # another program is taking over right now
                continue  # create ours with O_EXCL: of several takers exactly one wins
            except OSError as exc:
                raise _cannot_lock_error(path, exc) from None
            try:
                os.write(fd, payload)
                os.fsync(fd)
            except OSError as exc:
                os.close(fd)
                with contextlib.suppress(OSError):
                    lock_file.unlink()
                raise messages.ProjectError(messages.cannot_lock(path, exc)) from None
            os.close(fd)
            record.raw = payload
            return cls(path, record)
        raise messages.ProjectError(messages.lock_contended(path))

    def holder_now(self) -> LockRecord | None:
        """The current record if somebody else holds the lock now (it was taken over)."""
        current = read_lock(self.project)
        if current is not None and current.same_holder(self.record):
            return None
        return current or LockRecord("unbekannt", "unbekannt", -1, "", readable=False)

    def release(self) -> None:
        """Remove the lock file if it still holds our record (it may have been taken over)."""
        with contextlib.suppress(messages.ProjectError, OSError):
            _remove_if_unchanged(self.lock_file, self.record.raw, attempts=ACQUIRE_ATTEMPTS)


def _remove_if_unchanged(lock_file: Path, judged: bytes, *, attempts: int = 1) -> bool:
    """Delete ``lock_file`` only if it still holds exactly ``judged``; atomic among takers.

    The check and the delete happen under the guard file, so a second program that judged the
    same stale record cannot delete the lock the first one created meanwhile. Returns False
    when the guard was busy or the record changed (the caller judges again).
    """
    guard = _guard_path(lock_file)
    for attempt in range(attempts):
        try:
            os.close(os.open(guard, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
            break
        except FileExistsError:
            _remove_abandoned_guard(guard)
            if attempt < attempts - 1:
                time.sleep(ACQUIRE_PAUSE)
    else:
        return False
    try:
        if _read_bytes(lock_file) != judged:
            return False
        lock_file.unlink(missing_ok=True)
        return True
    finally:
        with contextlib.suppress(OSError):
            guard.unlink()


def _remove_abandoned_guard(guard: Path) -> None:
    """A guard is held for milliseconds; one left for half a minute belongs to a crash."""
    with contextlib.suppress(OSError):
        if time.time() - guard.stat().st_mtime > GUARD_ABANDONED_SECONDS:
            guard.unlink()


def _cannot_lock_error(path: Path, exc: OSError) -> messages.ProjectError:
    text = messages.cannot_lock(path, exc)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return messages.ProjectReadOnlyError(text)  # the folder is read-only: offer reading
    return messages.ProjectError(text)


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
        remedy=Remedy.TAKE_OVER_LOCK if stale else Remedy.NONE,
    )

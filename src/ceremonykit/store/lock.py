"""Single-writer lock with a readable record beside the project file.

``Ehrenamtspreis.ceremony`` is locked by ``~Ehrenamtspreis.ceremony.lock`` holding JSON
{user, host, pid, since}. A second user gets "Die Datei wird seit 10:42 von mueller@PC-0815
bearbeitet". A lock whose process is gone (same host, pid not running) is *stale*: the caller
may take it over after the user confirms (``take_over=True``).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ceremonykit.store import messages


def lock_path_for(path: Path) -> Path:
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
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class LockRecord:
    user: str
    host: str
    pid: int
    since: str  # ISO timestamp

    @property
    def holder(self) -> str:
        return f"{self.user}@{self.host}"

    @property
    def since_text(self) -> str:
        try:
            when = datetime.fromisoformat(self.since)
        except ValueError:
            return self.since
        if when.date() == datetime.now().date():
            return when.strftime("%H:%M")
        return f"{when.day}.{when.month}.{when.year} {when:%H:%M}"

    def is_stale(self) -> bool:
        return self.host == socket.gethostname() and not _pid_alive(self.pid)


def read_lock(path: Path) -> LockRecord | None:
    """The lock record of a project file, or None if it is not locked."""
    try:
        data = json.loads(lock_path_for(path).read_text(encoding="utf-8"))
        return LockRecord(
            str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return LockRecord("unbekannt", "unbekannt", -1, "")


class ProjectLock:
    def __init__(self, lock_file: Path) -> None:
        self.lock_file = lock_file

    @classmethod
    def acquire(cls, path: Path, *, take_over: bool = False) -> ProjectLock:
        lock_file = lock_path_for(path)
        record = LockRecord(
            _user(), socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="seconds")
        )
        payload = json.dumps(record.__dict__).encode("utf-8")
        for _attempt in range(2):
            try:
                fd = os.open(lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                existing = read_lock(path)
                if existing is None:
                    continue  # released in between: try again
                if take_over:
                    with contextlib.suppress(FileNotFoundError):
                        lock_file.unlink()
                    take_over = False
                    continue
                stale = existing.is_stale()
                text = (messages.locked_stale if stale else messages.locked)(
                    path, existing.holder, existing.since_text
                )
                raise messages.ProjectLockedError(
                    text, stale=stale, holder=existing.holder, since=existing.since_text
                ) from None
            except OSError as exc:
                raise messages.ProjectError(messages.write_failed(path, exc)) from None
            try:
                os.write(fd, payload)
            finally:
                os.close(fd)
            return cls(lock_file)
        raise messages.ProjectError(messages.locked(path, "einem anderen Programm", "eben"))

    def release(self) -> None:
        with contextlib.suppress(OSError):
            self.lock_file.unlink()

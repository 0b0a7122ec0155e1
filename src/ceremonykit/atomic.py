"""Write files so that a crash or a full disk never leaves a half-written file behind.

Replacing and deleting files retry for about three seconds when Windows reports a sharing
violation: a virus scanner, the search indexer or a sync client (OneDrive) often holds a file
for a moment right after it was written, and network shares make that moment longer. When the
retries run out, the message says which of two situations it is – an existing file still open
in another program (close it in Word/Acrobat) or a brand-new file briefly held by a scanner or
sync client (try again) – because "please close Word" is wrong for a file that never existed.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ceremonykit.errors import UserError

log = logging.getLogger(__name__)

RETRY_PAUSES: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4, 0.8, 1.5)
"""Pauses between attempts while a file is held by another program: about 3 s in all."""

_HELD_WINERRORS = frozenset({5, 32, 33})
"""ERROR_ACCESS_DENIED (replace onto a file open in Word), ERROR_SHARING_VIOLATION,
ERROR_LOCK_VIOLATION: what Windows reports while another program holds the file."""

_NETWORK_WINERRORS = frozenset({51, 53, 59, 64, 67, 121, 1231})
"""The network path vanished, timed out or is unreachable (SMB share, VPN)."""


class FileHeldError(UserError):
    """A file could not be replaced or deleted because another program holds it.

    ``new_file`` is True when the file did not exist before (a scanner or sync client holds
    the file we just wrote) – then the user must not be told to close Word.
    """

    def __init__(self, path: Path, *, new_file: bool) -> None:
        if new_file:
            message = (
                f"„{path.name}“ konnte nicht angelegt werden, weil ein anderes Programm die neue "
                "Datei kurz festhält (Virenscanner oder Synchronisierung, z. B. OneDrive)."
            )
            hint = "Bitte erneut erzeugen; tritt das immer wieder auf, bitte die IT fragen."
        else:
            message = (
                f"„{path.name}“ kann nicht ersetzt werden, weil die Datei noch in einem anderen "
                "Programm geöffnet ist (z. B. Word oder Acrobat)."
            )
            hint = "Bitte die Datei dort schließen und erneut erzeugen."
        super().__init__(message, hint=hint)
        self.path = path
        self.new_file = new_file


def is_held(exc: OSError) -> bool:
    """True for Windows' "another program has this file open" errors (worth retrying)."""
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in _HELD_WINERRORS


def is_disk_full(exc: BaseException) -> bool:
    """No room left on the drive (or in the user's quota)."""
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))


def is_not_permitted(exc: OSError) -> bool:
    """The user may not write there (no permission; a file held open on Windows is one too)."""
    return isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM)


def os_error_cause(exc: OSError) -> str:
    """The cause of a failed file operation as a German sentence ("Der Datenträger ist voll")."""
    code = exc.errno
    if is_disk_full(exc):
        return "Der Datenträger ist voll"
    if code == errno.EROFS:
        return "Der Datenträger ist schreibgeschützt"
    if is_held(exc):
        return "Die Datei ist in einem anderen Programm geöffnet"
    if is_not_permitted(exc):
        return "Es fehlen die Schreibrechte (keine Schreibrechte für diesen Ordner)"
    if code == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
        return "Der Pfad ist zu lang; bitte einen kürzeren Ordner wählen"
    if code == errno.EEXIST:
        return "Unter diesem Namen gibt es schon eine Datei (kein Ordner)"
    if code in (errno.ENOENT, errno.ENOTDIR):
        return "Der Ordner ist nicht (mehr) vorhanden"
    if getattr(exc, "winerror", None) in _NETWORK_WINERRORS or code in (
        errno.EIO,
        errno.ETIMEDOUT,
        errno.EHOSTUNREACH,
        errno.ENETUNREACH,
    ):
        return (
            "Das Laufwerk ist nicht erreichbar (Lese-/Schreibfehler, z. B. Netzlaufwerk getrennt)"
        )
    return "Lese-/Schreibfehler des Laufwerks"


def retry_while_held(
    action: Callable[[], object], path: Path, *, new_file: bool | None = None
) -> None:
    """Run ``action`` (a replace or unlink of ``path``), retrying sharing violations ~3 s.

    Raises :class:`FileHeldError` when the file is still held after the last attempt (a new
    file if ``new_file``, or – when None – if ``path`` does not exist); any other OSError is
    raised at once.
    """
    for pause in (*RETRY_PAUSES, None):
        try:
            action()
            return
        except OSError as exc:
            if not is_held(exc):
                raise
            if pause is None:
                log.warning("%s still held after retries: %r", path, exc)
                is_new = not path.exists() if new_file is None else new_file
                raise FileHeldError(path, new_file=is_new) from None
            time.sleep(pause)


def replace_file(source: Path, target: Path) -> None:
    """``source.replace(target)``, retried while Windows reports the file as held."""
    retry_while_held(lambda: Path(source).replace(target), target)


def remove_file(path: Path) -> None:
    """Delete ``path`` (gone already is fine), retried while another program holds it."""

    def unlink() -> None:
        with contextlib.suppress(FileNotFoundError):
            Path(path).unlink()

    retry_while_held(unlink, path, new_file=False)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` at once.

    On any exception the temporary file is removed and ``target`` stays as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name[:40]}.", suffix=".tmp", dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _set_mode(tmp, target)
        replace_file(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def private_path(target: Path, made: set[Path] | None = None) -> Iterator[Path]:
    """Yield ``target`` itself to write to, for a file in a folder nobody reads while it is
    written (a build's staging folder): no temporary file and rename per file (0.4 ms each,
    a tenth of the demo's small documents). On any exception the file is removed again. A file
    that exists already is replaced atomically as by :func:`atomic_path`, so an earlier
    finished version is never left half overwritten. ``made`` remembers the folders created."""
    if target.exists():
        with atomic_path(target) as tmp:
            yield tmp
        return
    if made is None or target.parent not in made:
        target.parent.mkdir(parents=True, exist_ok=True)
        if made is not None:
            made.add(target.parent)
    try:
        yield target
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise


def _set_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes files readable by the owner only; give the file the mode of the one it
    replaces, or the usual rw-r--r--, so colleagues on a shared folder can open it."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    with contextlib.suppress(OSError):
        tmp.chmod(mode)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp, tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_text_atomic(target: Path, text: str) -> None:
    write_bytes_atomic(target, text.encode("utf-8"))

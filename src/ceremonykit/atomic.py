"""Write files so that a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ceremonykit.errors import UserError

_REPLACE_ATTEMPTS = 5  # Windows: a virus scanner or the search indexer may hold the file briefly
_REPLACE_PAUSE = 0.2


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
        _replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
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


def _replace(tmp: Path, target: Path) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            tmp.replace(target)
            return
        except PermissionError:
            if attempt == _REPLACE_ATTEMPTS - 1 or not target.exists():
                break
            time.sleep(_REPLACE_PAUSE)
    raise UserError(
        f"„{target.name}“ kann nicht ersetzt werden, weil die Datei noch in einem anderen "
        "Programm geöffnet ist (z. B. Word oder Acrobat).",
        hint="Bitte die Datei dort schließen und erneut erzeugen.",
    )


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp, tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_text_atomic(target: Path, text: str) -> None:
    write_bytes_atomic(target, text.encode("utf-8"))

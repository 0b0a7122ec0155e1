"""Logging to a file in the user's data directory (never to the user's screen as a traceback).

Each process writes its own file, ``ceremonykit-<start time>-<process id>.log``: two copies of
CeremonyKit (a second window, the CLI beside the GUI, two sessions on a Citrix server sharing
one profile) would otherwise share one file, and on Windows the size-based rotation cannot
rename a file another process holds open – the handler then stops logging altogether. Only the
newest :data:`KEEP_FILES` files are kept; a file still open elsewhere is simply left for later.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
import time
from pathlib import Path

from platformdirs import user_log_dir

APP_NAME = "CeremonyKit"
APP_AUTHOR = "Stadt Dortmund"
LOG_PREFIX = "ceremonykit-"
KEEP_FILES = 20
MAX_BYTES = 1_000_000
_STARTED = time.strftime("%Y%m%d-%H%M%S")


def log_dir() -> Path:
    override = os.environ.get("CEREMONYKIT_LOG_DIR")
    return Path(override) if override else Path(user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    """This process's log file (the same path for the whole life of the process)."""
    return log_dir() / f"{LOG_PREFIX}{_STARTED}-{os.getpid()}.log"


def prune_logs(folder: Path, keep: int = KEEP_FILES) -> None:
    """Delete all but the newest ``keep`` log files (and their rotated parts) in ``folder``."""
    logs = sorted(
        folder.glob(f"{LOG_PREFIX}*.log"), key=lambda p: (p.stat().st_mtime, p.name), reverse=True
    )
    for old in logs[keep:]:
        for part in [old, *folder.glob(f"{old.name}.*")]:
            with contextlib.suppress(OSError):  # still open in a running copy: next time
                part.unlink()


def setup_logging() -> None:
    """Send WARNING and above (with tracebacks) to this process's log file; idempotent."""
    root = logging.getLogger()
    if any(getattr(h, "_ceremonykit", False) for h in root.handlers):
        return
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            prune_logs(path.parent, KEEP_FILES - 1)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=1, encoding="utf-8", delay=True
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    handler._ceremonykit = True  # type: ignore[attr-defined]
    root.addHandler(handler)


def redact_logs(texts: list[str], replacement: str = "N. N.") -> list[Path]:
    """Replace ``texts`` (purged names, e-mail addresses) in every log file (of every process,
    with their rotated parts); a traceback of a failed build can quote a guest's name. Returns
    the log files that could not be rewritten.

    Rewritten in place, not by rename: the running program's handler keeps appending to the
    same file (and Windows refuses to replace a file that is open)."""
    wanted = sorted({t for t in texts if len(t.strip()) >= 3}, key=len, reverse=True)
    failed: list[Path] = []
    if not wanted:
        return failed
    pattern = re.compile("|".join(re.escape(t) for t in wanted), re.IGNORECASE)
    for path in sorted(log_dir().glob(f"{LOG_PREFIX}*.log*")):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            cleaned = pattern.sub(replacement, text)
            if cleaned != text:
                with path.open("r+", encoding="utf-8") as fh:
                    fh.write(cleaned)
                    fh.truncate()
        except OSError:
            failed.append(path)
    return failed

"""Logging to a file in the user's data directory (never to the user's screen as a traceback)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from platformdirs import user_log_dir

APP_NAME = "CeremonyKit"
APP_AUTHOR = "Stadt Dortmund"


def log_file() -> Path:
    override = os.environ.get("CEREMONYKIT_LOG_DIR")
    base = Path(override) if override else Path(user_log_dir(APP_NAME, APP_AUTHOR))
    return base / "ceremonykit.log"


def setup_logging() -> None:
    """Send WARNING and above (with tracebacks) to a rotating log file; idempotent."""
    root = logging.getLogger()
    if any(getattr(h, "_ceremonykit", False) for h in root.handlers):
        return
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    handler._ceremonykit = True  # type: ignore[attr-defined]
    root.addHandler(handler)


def redact_logs(texts: list[str], replacement: str = "N. N.") -> list[Path]:
    """Replace ``texts`` (purged names, e-mail addresses) in the log file and its rotated
    copies; a traceback of a failed build can quote a guest's name. Returns the log files
    that could not be rewritten.

    Rewritten in place, not by rename: the running program's handler keeps appending to the
    same file (and Windows refuses to replace a file that is open)."""
    wanted = sorted({t for t in texts if len(t.strip()) >= 3}, key=len, reverse=True)
    failed: list[Path] = []
    if not wanted:
        return failed
    pattern = re.compile("|".join(re.escape(t) for t in wanted), re.IGNORECASE)
    base = log_file()
    for path in sorted(base.parent.glob(f"{base.name}*")):
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

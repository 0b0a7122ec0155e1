"""Logging to a file in the user's data directory (never to the user's screen as a traceback)."""

from __future__ import annotations

import logging
import logging.handlers
import os
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

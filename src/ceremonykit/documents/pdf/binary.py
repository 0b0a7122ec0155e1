"""Binary PDF streams instead of reportlab's default ASCII85 wrapping.

ASCII85 makes every compressed stream a quarter larger and its pure-Python encoder dominated
the build time of cheques (images) and large guest lists. ``useA85`` is a module-wide reportlab
setting, so it is switched for the duration of one save only, under one process-wide lock that
every PDF writer shares.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from reportlab import rl_config

_LOCK = threading.Lock()


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Within this block reportlab writes binary (Flate only) streams; restored afterwards."""
    with _LOCK:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = previous

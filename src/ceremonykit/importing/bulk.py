"""Bulk work without the cyclic garbage collector running through it.

Reading, planning and committing 10,000 rows allocate hundreds of thousands of small
containers; each full collection walks every object in the process (the read workbook too).
None of this work builds reference cycles, so collection can wait until it is done.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause automatic garbage collection for the block (restored even on errors)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

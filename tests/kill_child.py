"""Fork a child that works on a project and SIGKILL it at a random moment (crash tests).

Forked, not spawned, so that hundreds of rounds do not pay an interpreter start-up each; the
child is a separate process all the same, with its own SQLite connection and lock. It prints
"ready…" once it has opened the project, then one line per finished step.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Callable
from typing import TextIO


def fork_and_kill(
    work: Callable[[TextIO], None], rng: random.Random, max_wait: float
) -> tuple[bytes, list[bytes]]:
    """Run ``work(out)`` in a child, kill it up to ``max_wait`` s after it said "ready";
    return its first line and every complete line after it (the last piece may be cut off)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        os.close(read_end)
        try:
            with os.fdopen(write_end, "w") as out:
                work(out)
        except BaseException as exc:
            os.write(2, f"child failed: {exc!r}\n".encode())
        finally:
            os._exit(3)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        first = pipe.readline()
        if first.startswith(b"ready"):
            time.sleep(rng.uniform(0.0, max_wait))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        rest = pipe.read()
    assert first.startswith(b"ready"), "child could not open the project (see stderr)"
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    return first, rest.split(b"\n")[:-1]

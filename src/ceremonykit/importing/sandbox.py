"""Run the file reader in a child process with memory and time limits.

A hostile or broken spreadsheet can make a parser allocate without end, loop, or abort the
whole process (python-calamine does on some files – a Rust allocation failure no ``except``
can catch). The child is started with the ``spawn`` method (same on Windows, Linux and in the
frozen build), limited to :data:`MEMORY_LIMIT` bytes of address space via
``resource.setrlimit(RLIMIT_AS)`` and killed after :data:`TIME_LIMIT` seconds.

Because the child is spawned, a program that imports this must guard its entry point with
``if __name__ == "__main__":`` (``python -m ceremonykit`` and console scripts do), and a frozen
build must call ``multiprocessing.freeze_support()`` first thing in its entry point.

On Windows there is no ``RLIMIT_AS``: the parent puts the child into a Job Object instead
(memory cap, killed with the parent, no error dialog – :mod:`winjob`). The zip-size checks in
:mod:`detect` still apply.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import multiprocessing.process
import os
import tempfile
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ceremonykit.importing import messages, winjob
from ceremonykit.importing.bulk import gc_paused
from ceremonykit.importing.messages import ImportFileError

log = logging.getLogger(__name__)

MEMORY_LIMIT = 1024 * 1024 * 1024
TIME_LIMIT = 30.0


class ReaderCrashed(ImportFileError):
    """The child died without an answer (abort, segfault, killed by the memory limit)."""


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimit; the parent's job object caps memory
        winjob.quiet_error_mode()
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _capture_output(path: str) -> None:
    """Send everything the child writes to stdout/stderr – Python warnings, a Rust library's
    "memory allocation of … failed" before it aborts – into ``path``, never to the user."""
    import os
    import sys

    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    for stream, number in ((sys.stdout, 1), (sys.stderr, 2)):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if stream is not None:
                stream.flush()
        with contextlib.suppress(OSError):
            os.dup2(fd, number)
    os.close(fd)
    handler = logging.FileHandler(path, encoding="utf-8")  # also where sys.stderr is None
    logging.basicConfig(level=logging.INFO, handlers=[handler], format="%(levelname)s %(message)s")


def _child(
    conn: Connection, func: Callable[..., Any], args: tuple[Any, ...], limit: int, output: str
) -> None:
    _capture_output(output)
    _limit_memory(limit)
    try:
        result = func(*args)
    except ImportFileError as exc:
        conn.send(("user", exc.message))
    except MemoryError:
        conn.send(("memory", ""))
    except BaseException as exc:  # report, never print a traceback from the child
        conn.send(("bug", f"{type(exc).__name__}: {exc}"[:500]))
    else:
        try:
            conn.send(("ok", result))
        except MemoryError:
            conn.send(("memory", ""))
    finally:
        conn.close()


def run_limited(
    func: Callable[..., Any],
    args: tuple[Any, ...],
    *,
    path: Path,
    time_limit: float = TIME_LIMIT,
    memory_limit: int = MEMORY_LIMIT,
) -> Any:
    """``func(*args)`` in a limited child; German :class:`ImportFileError` naming ``path``.

    ``func`` must be a module-level function (it is pickled for the spawned child).
    """
    ctx = multiprocessing.get_context("spawn")
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    fd, output = tempfile.mkstemp(prefix="ceremonykit-reader-", suffix=".log")
    os.close(fd)
    process = ctx.Process(
        target=_child, args=(child_conn, func, args, memory_limit, output), daemon=True
    )
    try:
        process.start()
        job = winjob.contain(process.pid or 0, memory_limit)  # Windows only, else None
        child_conn.close()
        return _answer(process, parent_conn, path, time_limit, job)
    finally:
        _log_output(output, path)


def _log_output(output: str, path: Path) -> None:
    """What the child printed goes into the log file (English library text is for us)."""
    try:
        with Path(output).open(encoding="utf-8", errors="replace") as fh:
            text = fh.read(20_000).strip()
        Path(output).unlink()
    except OSError:
        return
    if text:  # the log file keeps WARNING and above
        log.warning("reader output for %s:\n%s", path, text)


def _answer(
    process: multiprocessing.process.BaseProcess,
    parent_conn: Connection,
    path: Path,
    time_limit: float,
    job: Any,
) -> Any:
    deadline = time.monotonic() + time_limit
    try:
        if not parent_conn.poll(max(0.0, deadline - time.monotonic())):
            log.warning("reading %s timed out after %.0f s", path, time_limit)
            raise ImportFileError(messages.timeout(path, time_limit))
        try:
            with gc_paused():  # unpickling 100,000s of cells
                status, payload = parent_conn.recv()
        except (EOFError, OSError):
            process.join(5)
            log.warning("reader for %s died with exit code %s", path, process.exitcode)
            raise ReaderCrashed(messages.crashed(path)) from None
    finally:
        parent_conn.close()
        if process.is_alive():
            process.kill()
        process.join(5)
        if job is not None:
            job.close()
    if status == "ok":
        return payload
    if status == "user":
        raise ImportFileError(str(payload))
    if status == "memory":
        raise ReaderCrashed(messages.too_big(path))
    log.warning("reader for %s failed: %s", path, payload)
    raise ImportFileError(messages.damaged(path))

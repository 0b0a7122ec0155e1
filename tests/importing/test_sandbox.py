"""The reading child: crashes, endless loops and memory hogs never take the caller down."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ceremonykit.importing.messages import ImportFileError
from ceremonykit.importing.sandbox import ReaderCrashed, run_limited

PATH = Path("gaeste.xlsx")


def _abort() -> None:
    os.kill(os.getpid(), signal.SIGABRT)  # like a Rust allocation failure in calamine


def _sleep() -> None:
    time.sleep(60)


def _hog() -> bytes:
    return b"x" * (3 * 1024 * 1024 * 1024)


def _fine(value: int) -> int:
    return value * 2


def _buggy() -> None:
    raise KeyError("intern")


def test_result_comes_back() -> None:
    assert run_limited(_fine, (21,), path=PATH) == 42


def test_abort_in_child_becomes_a_message() -> None:
    with pytest.raises(ReaderCrashed) as info:
        run_limited(_abort, (), path=PATH)
    assert "„gaeste.xlsx“" in info.value.message
    assert "abgestürzt" in info.value.message


def test_time_limit_kills_the_child() -> None:
    start = time.monotonic()
    with pytest.raises(ImportFileError, match="länger als 2 Sekunden"):
        run_limited(_sleep, (), path=PATH, time_limit=2)
    assert time.monotonic() - start < 15


def test_memory_limit() -> None:  # RLIMIT_AS on POSIX, the job object on Windows
    with pytest.raises(ReaderCrashed, match="zu viel Arbeitsspeicher"):
        run_limited(_hog, (), path=PATH, memory_limit=512 * 1024 * 1024)


def test_unexpected_exception_is_no_traceback() -> None:
    with pytest.raises(ImportFileError) as info:
        run_limited(_buggy, (), path=PATH)
    assert "Traceback" not in info.value.message
    assert "„gaeste.xlsx“" in info.value.message


def test_reading_child_imports_stay_light() -> None:
    """The spawned reader imports only what reading needs (start-up time of every import)."""
    code = (
        "import sys, ceremonykit.importing.reading\n"
        "heavy = ('ceremonykit.store', 'ceremonykit.domain', 'ceremonykit.german', 'babel',\n"
        "         'num2words', 'openpyxl', 'xlrd', 'odf', 'sqlite3')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy\n"
        "             or m.startswith(heavy)))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]"


def test_public_names_resolve_lazily() -> None:
    import ceremonykit.importing as importing

    for name in importing.__all__:
        assert getattr(importing, name) is not None, name
    assert callable(importing.preview) and importing.preview.__name__ == "preview"
    with pytest.raises(AttributeError):
        missing = "no_such_name"
        getattr(importing, missing)


def test_gc_paused_restores_collection_even_on_error() -> None:
    import gc

    from ceremonykit.importing.bulk import gc_paused

    assert gc.isenabled()
    with pytest.raises(KeyError), gc_paused():
        assert not gc.isenabled()
        raise KeyError("x")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # a caller's own pause is left alone
    finally:
        gc.enable()

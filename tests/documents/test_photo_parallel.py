"""Two photos at a time: results in order, errors surface, leaving early starts no more work."""

from __future__ import annotations

import threading
import time

import pytest

from ceremonykit.documents.photos import parallel
from ceremonykit.documents.photos.parallel import in_parallel


def test_results_come_in_order_from_two_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "WORKERS", 2)
    threads = set()

    def slow_square(n: int) -> int:
        threads.add(threading.get_ident())
        time.sleep(0.02 * (5 - n % 5))  # later items finish first
        return n * n

    assert list(in_parallel(slow_square, range(10))) == [n * n for n in range(10)]
    assert len(threads) == 2


def test_an_error_reaches_the_caller_and_stops_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "WORKERS", 2)
    started: list[int] = []

    def work(n: int) -> int:
        started.append(n)
        if n == 1:
            raise ValueError("kaputt")
        return n

    with pytest.raises(ValueError, match="kaputt"):
        list(in_parallel(work, range(50)))
    assert len(started) <= 4  # at most the workers plus one queued photo ever started


def test_one_worker_runs_on_the_calling_thread() -> None:
    caller = threading.get_ident()
    seen = list(in_parallel(lambda _n: threading.get_ident(), range(3), workers=1))
    assert seen == [caller] * 3

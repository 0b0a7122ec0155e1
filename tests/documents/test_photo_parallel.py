"""Two photos at a time: results in order, errors surface, leaving early starts no more work."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from ceremonykit.documents.context import BuildContext, BuildOptions, BuildReport
from ceremonykit.documents.photos import parallel, published
from ceremonykit.documents.photos.parallel import in_parallel
from ceremonykit.domain.model import Ceremony

T = TypeVar("T")
R = TypeVar("R")


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


@pytest.mark.parametrize(("threads", "used"), [(0, 2), (1, 1)])
def test_photos_use_the_threads_the_build_allows(
    demo: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threads: int, used: int
) -> None:
    monkeypatch.setattr(parallel, "WORKERS", 2)
    seen: list[int] = []

    def spy(func: Callable[[T], R], items: Iterable[T], workers: int = 2) -> Iterator[R]:
        seen.append(workers)
        return in_parallel(func, items, workers)

    monkeypatch.setattr(published, "in_parallel", spy)
    report = BuildReport()
    ctx = BuildContext(demo, "newsroom_article", tmp_path, BuildOptions(threads=threads), report)
    done = list(published.process_photos(ctx, demo.photos[:3], lambda photo, source: [photo.id]))
    assert not report.failed, report.failed
    assert [d.result for d in done] == [[p.id] for p in demo.photos[:3]]
    assert seen == [used]

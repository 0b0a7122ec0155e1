"""Two photos at a time: a 24-megapixel photo spends nearly all its time inside Pillow's C code
(decode, resize, encode), which releases the GIL, so two worker threads use two cores.
More would not help on the press office's laptops and would multiply the memory (each photo
in flight holds up to about 150 MB of pixels)."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

WORKERS = max(1, min(2, os.cpu_count() or 1))


def in_parallel(func: Callable[[T], R], items: Iterable[T], workers: int = WORKERS) -> Iterator[R]:
    """``map(func, items)`` on up to ``workers`` threads, results in order. Leaving the loop
    early (cancel, error) drops the photos not yet started."""
    todo = list(items)
    workers = min(workers, WORKERS)
    if len(todo) <= 1 or workers <= 1:
        yield from map(func, todo)
        return
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="photo")
    waiting = iter(todo)
    try:
        # at most one photo ahead of the workers, so finished results never pile up
        pending = deque(pool.submit(func, item) for item in islice(waiting, workers + 1))
        while pending:
            result = pending.popleft().result()
            for item in islice(waiting, 1):
                pending.append(pool.submit(func, item))
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)

"""Memoise pure per-string helpers for the length of one build, with no size limit inside it.

Why not ``functools.lru_cache``: a bounded cache (65,536 entries) is a cliff – above that many
guests every document misses it completely and the guest documents turn superlinear – and an
unbounded global cache keeps every name of every project for the life of the GUI. A build
scope gives each build exactly the reuse it has (the same names are sorted, measured and cut in
several documents) and frees it when the build ends.

Usage: decorate a pure function with :func:`build_memo`; the build runner wraps each kind in
:func:`build_scope`. Outside a scope (the GUI sorting a table, a unit test) the function is
simply called. Scopes may nest and overlap across threads (a preview while an export runs);
the memos are emptied when the last one ends. The helpers are pure, so sharing is harmless.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_depth = 0
_memos: list[dict[Hashable, object]] = []


def build_memo(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` memoised inside a :func:`build_scope` (hashable arguments)."""
    memo: dict[Hashable, object] = {}
    _memos.append(memo)

    @functools.wraps(function)
    def memoised(*args: P.args, **kwargs: P.kwargs) -> R:
        if not _depth:
            return function(*args, **kwargs)
        key = (args, tuple(kwargs.items())) if kwargs else args
        try:
            return memo[key]  # type: ignore[return-value]
        except KeyError:
            value = memo[key] = function(*args, **kwargs)
            return value

    return memoised


@contextmanager
def build_scope() -> Iterator[None]:
    """Memoise :func:`build_memo` functions until the outermost scope ends."""
    global _depth
    with _lock:
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if not _depth:
                for memo in _memos:
                    memo.clear()


def memo_sizes() -> int:
    """Entries held in all memos (for tests: zero outside a build)."""
    return sum(len(m) for m in _memos)

"""Per-build memos: reuse inside a build, nothing kept after it, no size cliff."""

from __future__ import annotations

from pathlib import Path

from ceremonykit.build import build_ceremony
from ceremonykit.build_memo import build_memo, build_scope, memo_sizes
from ceremonykit.domain.model import Ceremony
from ceremonykit.guests.collation import base_letters, name_key

calls: list[str] = []


@build_memo
def _shout(text: str, *, twice: bool = False) -> str:
    calls.append(text)
    return text.upper() * (2 if twice else 1)


def test_memoised_inside_a_scope_only() -> None:
    calls.clear()
    assert _shout("a") == "A" and _shout("a") == "A"
    assert calls == ["a", "a"]  # outside a build: just called
    with build_scope():
        for _ in range(3):
            assert _shout("b") == "B"
            assert _shout("b", twice=True) == "BB"
        with build_scope():  # nested (a preview during an export) shares the memo
            assert _shout("b") == "B"
        assert memo_sizes() >= 2
    assert calls == ["a", "a", "b", "b"]
    assert memo_sizes() == 0


def test_more_names_than_the_old_cache_size_are_all_reused() -> None:
    names = [f"Öztürk {n}" for n in range(70_000)]  # above the former 65,536-entry bound
    with build_scope():
        first = [name_key(n, "Ä") for n in names]
        again = [name_key(n, "Ä") for n in names]
        assert all(a is b for a, b in zip(first, again, strict=True))
    assert base_letters("Öztürk") == "ozturk"
    assert memo_sizes() == 0


def test_a_build_leaves_no_memo_behind(demo: Ceremony, tmp_path: Path) -> None:
    build_ceremony(demo, tmp_path, only=["guest_list", "checkin_list"])
    assert memo_sizes() == 0

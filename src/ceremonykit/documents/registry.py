"""The registry of document kinds: one line per kind, read by the build, the CLI and the GUI.

A kind is a :class:`DocumentKind` made in its own module under ``ceremonykit.documents.kinds``
(see :mod:`ceremonykit.documents.kind`) and listed once in :func:`all_kinds`. Adding a kind
touches that new module and one line here. The kind modules are imported on first use (start-up
stays fast) with ordinary imports, so type checkers see every ``KIND``.
"""

from __future__ import annotations

from functools import cache

from ceremonykit.documents.kind import DocumentKind
from ceremonykit.documents.options import KindOption, OptionType

__all__ = ["DocumentKind", "KindOption", "OptionType", "all_kinds", "get_kind", "kind_names"]


@cache
def all_kinds() -> tuple[DocumentKind, ...]:
    """Every registered kind, in the order the GUI lists them."""
    from ceremonykit.documents.kinds import (
        attendance_list,
        certificate,
        checkin_list,
        cheque,
        greeting_list,
        guest_list,
        name_badges,
        newsroom_article,
        photo_package,
        place_cards,
        press_release,
        seating_plan,
        social_cards,
    )

    return (
        certificate.KIND,
        press_release.KIND,
        newsroom_article.KIND,
        photo_package.KIND,
        social_cards.KIND,
        cheque.KIND,
        guest_list.KIND,
        checkin_list.KIND,
        name_badges.KIND,
        place_cards.KIND,
        seating_plan.KIND,
        greeting_list.KIND,
        attendance_list.KIND,
    )


def kind_names() -> tuple[str, ...]:
    return tuple(k.name for k in all_kinds())


def get_kind(name: str) -> DocumentKind:
    for kind in all_kinds():
        if kind.name == name:
            return kind
    known = ", ".join(kind_names()) or "(keine)"
    raise KeyError(f"Unbekannte Dokumentart „{name}“. Bekannt sind: {known}.")

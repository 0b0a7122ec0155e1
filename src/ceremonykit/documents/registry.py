"""The registry of document kinds: one row per kind, read by the build, the CLI and the GUI.

A kind is a :class:`DocumentKind` made in its own module under ``ceremonykit.documents.kinds``
and listed once in :data:`KIND_MODULES`. Adding a kind touches that new module and one line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ceremonykit.documents.context import BuildContext


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document CeremonyKit can produce."""

    name: str  # "certificate" – stable, used in manifest.json and on the command line
    label: str  # "Urkunden" – German label for the GUI
    label_en: str  # "Certificates"
    formats: tuple[str, ...]  # e.g. ("pdf", "docx")
    build: Callable[[BuildContext], None]
    designs: tuple[str, ...] = ()  # bundled design names, first is the default
    description: str = ""
    options: dict[str, str] = field(default_factory=dict)  # option name -> German help text


# Module names under ceremonykit.documents.kinds, in the order the GUI lists them.
KIND_MODULES: tuple[str, ...] = (
    "certificate",
    "press_release",
    "newsroom_article",
    "photo_package",
    "social_cards",
    "cheque",
    "guest_list",
    "checkin_list",
    "name_badges",
    "place_cards",
    "seating_plan",
    "greeting_list",
)


@cache
def all_kinds() -> tuple[DocumentKind, ...]:
    """Every registered kind, imported on first use (so start-up stays fast)."""
    kinds = []
    for module_name in KIND_MODULES:
        module = importlib.import_module(f"ceremonykit.documents.kinds.{module_name}")
        kinds.append(module.KIND)
    return tuple(kinds)


def kind_names() -> tuple[str, ...]:
    return tuple(k.name for k in all_kinds())


def get_kind(name: str) -> DocumentKind:
    for kind in all_kinds():
        if kind.name == name:
            return kind
    known = ", ".join(kind_names()) or "(keine)"
    raise KeyError(f"Unbekannte Dokumentart „{name}“. Bekannt sind: {known}.")

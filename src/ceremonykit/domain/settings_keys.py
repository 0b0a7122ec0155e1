"""Every key of ``Ceremony.settings`` (per-project choices stored as text), declared once.

``Ceremony.settings`` holds what a project remembers beyond its domain objects: the running
number a final press release was given, how guests are sorted, and the document options staff
chose for this project. Modules read and write these keys only through the names here.
"""

from __future__ import annotations

RELEASE_NUMBER = "press.release_number"
"""The running number assigned to this ceremony's press release once it was marked final."""

GUEST_SORT = "guest_sort_particles"
"""How surnames with particles sort: "name" (Heide, Jonas von der) or "particle" (von der Heide)."""

CERTIFICATE_WORD_TEMPLATE = "certificate.word_template"
"""A Word template path the project names for its certificates (the kind option
``word_template`` stored in the project). It may come from a stranger's file: preflight shows
it, and it is used unasked only from the user's template folders (``template_folders``)."""


def kind_option(kind: str, option: str) -> str:
    """The key of a document option stored in the project: ``"cheque.size"``."""
    return f"{kind}.{option}"


def is_kind_option(key: str, kinds: set[str]) -> bool:
    kind, dot, _ = key.partition(".")
    return bool(dot) and kind in kinds

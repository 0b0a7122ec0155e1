"""Recognising the same winner or guest again on re-import (normalised names, e-mail)."""

from __future__ import annotations

import functools
import re
import unicodedata

from ceremonykit.domain.model import Person

_PUNCT = re.compile(r"[\s.,;:\-–—_/\\'\"„“”‚‘’()]+")


@functools.lru_cache(maxsize=1 << 16)  # an import asks for the same names several times
def name_key(text: str) -> str:
    """ "VKII Ruhrbezirk e. V." and "vkii ruhrbezirk e.V." -> the same key."""
    text = unicodedata.normalize("NFC", text).casefold()
    return _PUNCT.sub("", text)


def persons_key(persons: list[Person]) -> str:
    return "|".join(sorted(name_key(f"{p.first_name} {p.last_name}") for p in persons))


def organisation_or_persons_key(organisation: str, persons: list[Person]) -> str:
    """Key of a winner/applicant: its organisation, else its persons."""
    if organisation:
        return "o:" + name_key(organisation)
    return "p:" + persons_key(persons) if persons else ""

"""German collation of names (DIN 5007-1): Ä sorts with A, ß as ss, particles as configured.

"von der Heide" sorts under H by default (the particle is ignored for sorting, as in the
telephone book); the ceremony setting :data:`ceremonykit.domain.settings_keys.GUEST_SORT` = ``"particle"`` sorts it
under V instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ceremonykit.build_memo import build_memo
from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.domain.settings_keys import GUEST_SORT

PARTICLES: frozenset[str] = frozenset(
    {
        "von",
        "vom",
        "van",
        "de",
        "der",
        "den",
        "del",
        "della",
        "di",
        "da",
        "du",
        "dos",
        "das",
        "zu",
        "zum",
        "zur",
        "ten",
        "ter",
        "la",
        "le",
        "al",
        "el",
        "auf",
        "und",
    }
)
"""Lower-case name particles that may precede the part of a surname used for sorting."""

SORT_BY_NAME = "name"  # "von der Heide" under H (default)
SORT_BY_PARTICLE = "particle"  # "von der Heide" under V

# Letters that Unicode does not decompose into a base letter plus accent.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
    }
)


_PUNCTUATION = re.compile(r"[^\w ]|_")


@build_memo
def base_letters(text: str) -> str:
    """Lower-case text with accents removed: "Öztürk" -> "ozturk", "Łukasz" -> "lukasz"."""
    if text.isascii():
        return text.lower()  # nothing to decompose (the common case, e.g. sorting 10,000 rows)
    folded = text.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@build_memo
def split_particles(last_name: str) -> tuple[str, str]:
    """("von der", "Heide") for "von der Heide"; ("", name) when there is no particle.

    Only leading lower-case words count as particles, so the Dutch "Van Dijk" written with a
    capital stays one name, and a name consisting only of particles is left whole.
    """
    words = last_name.split()
    n = 0
    while n < len(words) - 1 and words[n] in PARTICLES:
        n += 1
    return " ".join(words[:n]), " ".join(words[n:])


def sort_mode(ceremony: Ceremony | None) -> str:
    if ceremony is None:
        return SORT_BY_NAME
    value = ceremony.settings.get(GUEST_SORT, SORT_BY_NAME)
    return value if value in (SORT_BY_NAME, SORT_BY_PARTICLE) else SORT_BY_NAME


@build_memo
def name_key(last_name: str, first_name: str, mode: str = SORT_BY_NAME) -> tuple[str, ...]:
    """Sort key for a person: surname (per ``mode``), then first name, then the exact text.
    Memoised for the build: every guest document sorts the same guests again."""
    last = last_name.strip()
    particle, core = split_particles(last) if " " in last else ("", last)
    primary = base_letters(last) if mode == SORT_BY_PARTICLE else base_letters(core)
    if not primary.isalnum():
        primary = _PUNCTUATION.sub("", primary)
    return (primary, base_letters(first_name), base_letters(particle), last_name, first_name)


def guest_key(guest: Guest, mode: str = SORT_BY_NAME) -> tuple[str, ...]:
    return name_key(guest.last_name or guest.organisation, guest.first_name, mode)


def sort_letter(guest: Guest, mode: str = SORT_BY_NAME) -> str:
    """The register letter a guest is filed under ("A" for "Äppelbaum", "#" for digits)."""
    primary = guest_key(guest, mode)[0]
    first = primary[:1].upper()
    return first if first.isalpha() else "#"


def sorted_guests(guests: Iterable[Guest], mode: str = SORT_BY_NAME) -> list[Guest]:
    return sorted(guests, key=lambda g: guest_key(g, mode))


def sort_name(guest: Guest, mode: str = SORT_BY_NAME) -> str:
    """ "Heide, Jonas von der" (or "von der Heide, Jonas" when sorting by particle)."""
    particle, core = split_particles(guest.last_name)
    first = " ".join(p for p in (guest.title, guest.first_name) if p)
    if mode == SORT_BY_PARTICLE or not particle:
        last = guest.last_name
    else:
        last = core
        first = " ".join(p for p in (first, particle) if p)
    if not last:
        return first or guest.organisation
    return f"{last}, {first}" if first else last

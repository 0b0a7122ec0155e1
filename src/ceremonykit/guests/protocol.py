"""Protocol order: which honoured guests the host greets, in which order and in which groups.

Honoured guests are those with a protocol rank who accepted. The rank is the one staff typed
or, if none, the one the precedence table (``templates/protocol/rangfolge.json``, or the
project's own copy in its settings) suggests from the guest's function – for guests in the
table's honoured categories only – so the greeting list builds without any typed rank. Holders of the same office
("Bürgermeisterin Sonnenberg" and "Bürgermeister Kaya") are greeted together at the place of
the highest-ranking of them, as protocol does; everyone else is greeted alone.

On the night the greeting can be made from those checked in at the door instead of those who
accepted (``present_only``); :func:`greeting_difference` names who is missing and who is new.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.errors import UserError
from ceremonykit.german.address import Addressee, salutation_line
from ceremonykit.german.offices import office_of
from ceremonykit.guests.collation import base_letters, guest_key
from ceremonykit.resources import template_path

PRECEDENCE_SETTING = "protocol_precedence"
"""Project setting holding the project's own copy of the precedence table (JSON)."""
PRECEDENCE_TEMPLATE = "protocol/rangfolge.json"


@dataclass(frozen=True)
class PrecedenceRank:
    rank: int
    label: str  # "Bürgermeister/innen"
    functions: tuple[str, ...]  # words a function starts with: "Bürgermeister", "MdL"


@dataclass(frozen=True)
class Precedence:
    """The precedence table: ranks with the functions that earn them, and honoured categories."""

    label: str
    categories: tuple[str, ...]
    ranks: tuple[PrecedenceRank, ...]
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _ranks: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = sorted(
            {(w, r.rank) for r in self.ranks for w in r.functions}, key=lambda p: -len(p[0])
        )
        alternatives = "|".join(f"(?P<r{n}>{re.escape(w)})" for n, (w, _) in enumerate(words))
        object.__setattr__(self, "_ranks", tuple(rank for _, rank in words))
        object.__setattr__(
            self,
            "_pattern",
            re.compile(rf"(?<!\w)(?:{alternatives or '(?!)'})(?:in|innen)?(?!\w)", re.IGNORECASE),
        )

    def rank_for(self, function: str) -> int | None:
        """The best (lowest) rank any office in ``function`` earns, or None."""
        ranks = self._ranks
        found = [
            ranks[int(m.lastgroup[1:])] for m in self._pattern.finditer(function) if m.lastgroup
        ]
        return min(found) if found else None

    def to_json(self) -> str:
        return json.dumps(
            {
                "bezeichnung": self.label,
                "kategorien": list(self.categories),
                "raenge": [
                    {"rang": r.rank, "bezeichnung": r.label, "funktionen": list(r.functions)}
                    for r in self.ranks
                ],
            },
            ensure_ascii=False,
            indent=2,
        )


def parse_precedence(text: str, source: str) -> Precedence:
    """Read a precedence table; a broken one raises a German :class:`UserError` naming ``source``."""
    try:
        data = json.loads(text)
        ranks = tuple(
            PrecedenceRank(
                int(r["rang"]),
                str(r.get("bezeichnung", "")),
                tuple(str(w).strip() for w in r["funktionen"] if str(w).strip()),
            )
            for r in data["raenge"]
        )
        categories = tuple(str(c) for c in data.get("kategorien", ["Ehrengast"]))
        return Precedence(str(data.get("bezeichnung", "")), categories, ranks)
    except (ValueError, KeyError, TypeError) as exc:
        raise UserError(
            f"Die Rangfolge ({source}) ist nicht lesbar: {exc}. Bitte die Angaben prüfen "
            "oder die mitgelieferte Rangfolge wiederherstellen."
        ) from None


@cache
def bundled_precedence() -> Precedence:
    path = template_path(PRECEDENCE_TEMPLATE)
    return parse_precedence(path.read_text(encoding="utf-8"), path.name)


def precedence_for(ceremony: Ceremony) -> Precedence:
    """The project's own precedence table if staff edited one, else the bundled one."""
    own = ceremony.settings.get(PRECEDENCE_SETTING, "")
    return _parsed(own) if own else bundled_precedence()


@cache
def _parsed(text: str) -> Precedence:
    return parse_precedence(text, "eigene Rangfolge des Projekts")


def suggested_rank(guest: Guest, precedence: Precedence) -> int | None:
    """The rank the precedence table suggests for a guest of an honoured category."""
    if guest.category not in precedence.categories:
        return None
    return precedence.rank_for(guest.function)


def effective_rank(guest: Guest, precedence: Precedence | None) -> int | None:
    """The typed rank, else the suggested one (``precedence`` None: typed ranks only)."""
    if guest.protocol_rank is not None or precedence is None:
        return guest.protocol_rank
    return suggested_rank(guest, precedence)


@dataclass(frozen=True)
class GreetingGroup:
    office: str | None  # the shared office, or None for a single guest
    guests: tuple[Guest, ...]

    @property
    def text(self) -> str:
        """ "Sehr geehrte Frau Bürgermeisterin Sonnenberg, sehr geehrter Herr Bürgermeister Kaya,"."""
        return joined_salutations(list(self.guests))


def is_host(ceremony: Ceremony, guest: Guest) -> bool:
    """The guest is the ceremony's host (same first and last name, accents aside): the host
    signs the invitations and gives the speech, so is neither invited nor greeted."""
    host = ceremony.host
    if not host.last_name:
        return False
    return (base_letters(guest.first_name), base_letters(guest.last_name)) == (
        base_letters(host.first_name),
        base_letters(host.last_name),
    )


def ranked_guests(
    guests: list[Guest],
    precedence: Precedence | None = None,
    *,
    accepted_only: bool = True,
    present_only: bool = False,
) -> list[tuple[int, Guest]]:
    """(effective rank, guest) for guests with a rank, by rank (ties by name); ``present_only``:
    those checked in at the door, whatever they had replied."""
    chosen = []
    for guest in guests:
        if present_only:
            if guest.arrived_at is None:
                continue
        elif accepted_only and guest.rsvp is not RSVP.ACCEPTED:
            continue
        rank = effective_rank(guest, precedence)
        if rank is not None:
            chosen.append((rank, guest))
    chosen.sort(key=lambda p: (p[0], guest_key(p[1])))
    return chosen


def honoured_guests(
    guests: list[Guest], precedence: Precedence | None = None, *, present_only: bool = False
) -> list[Guest]:
    """Guests with a protocol rank (typed or suggested) who accepted – or, ``present_only``,
    who were checked in – by rank (ties by name)."""
    return [g for _, g in ranked_guests(guests, precedence, present_only=present_only)]


@dataclass(frozen=True)
class GreetingDifference:
    """The greeting of those present against the planned one, for briefing the host."""

    missing: tuple[Guest, ...]  # planned (accepted) but not checked in
    new: tuple[Guest, ...]  # checked in but not planned (declined, no answer, walk-in)


def greeting_difference(
    guests: list[Guest], precedence: Precedence | None = None
) -> GreetingDifference:
    planned = honoured_guests(guests, precedence)
    present = honoured_guests(guests, precedence, present_only=True)
    planned_ids = {g.id for g in planned}
    present_ids = {g.id for g in present}
    return GreetingDifference(
        tuple(g for g in planned if g.id not in present_ids),
        tuple(g for g in present if g.id not in planned_ids),
    )


def greeting_groups(
    guests: list[Guest], precedence: Precedence | None = None, *, present_only: bool = False
) -> list[GreetingGroup]:
    """Honoured guests in protocol order, holders of the same office joined in one group."""
    groups: list[GreetingGroup] = []
    by_office: dict[str, int] = {}
    members: list[list[Guest]] = []
    offices: list[str | None] = []
    for guest in honoured_guests(guests, precedence, present_only=present_only):
        office = office_of(guest.function)
        if office and office in by_office:
            members[by_office[office]].append(guest)
            continue
        if office:
            by_office[office] = len(members)
        members.append([guest])
        offices.append(office)
    for office, group in zip(offices, members, strict=True):
        groups.append(GreetingGroup(office if len(group) > 1 else None, tuple(group)))
    return groups


def joined_salutations(persons: Sequence[Addressee], *, spoken: bool = True) -> str:
    """One greeting line for a protocol group in protocol order, ending with a comma:
    "Sehr geehrte Frau Bürgermeisterin Sonnenberg, sehr geehrter Herr Abgeordneter Demir,"."""
    parts = [
        salutation_line(p, use_office=True, spoken=spoken, capitalise=i == 0)
        for i, p in enumerate(persons)
    ]
    return ", ".join(parts) + ","

"""Which guests a document shows, in which order, and the row texts every format shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ceremonykit.documents.filenames import safe_stem
from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.german.typography import apostrophes
from ceremonykit.guests.collation import guest_key, sort_mode, sort_name
from ceremonykit.guests.manage import RSVP_LABELS, category_order

ACCEPTED = frozenset({RSVP.ACCEPTED})
AT_THE_DOOR = frozenset({RSVP.ACCEPTED, RSVP.OPEN})


def by_name(ceremony: Ceremony, guests: Iterable[Guest]) -> list[Guest]:
    mode = sort_mode(ceremony)
    return sorted(guests, key=lambda g: guest_key(g, mode))


def with_rsvp(ceremony: Ceremony, states: frozenset[RSVP]) -> list[Guest]:
    return by_name(ceremony, (g for g in ceremony.guests if g.rsvp in states))


def grouped_by_category(ceremony: Ceremony) -> list[tuple[str, list[Guest]]]:
    """(category, guests sorted by name) in the order of the ceremony's category list."""
    groups: dict[str, list[Guest]] = {c: [] for c in category_order(ceremony)}
    for guest in by_name(ceremony, ceremony.guests):
        groups.setdefault(guest.category, []).append(guest)
    return [(c, gs) for c, gs in groups.items() if gs]


def display_name(guest: Guest) -> str:
    """Name as printed on badges and cards: "Dr. Anna Müller" (organisation if no name)."""
    return apostrophes(guest.full_name or guest.organisation)  # "D’Angelo", as in the texts


@dataclass(frozen=True)
class Column:
    header: str  # German
    value: Callable[[Guest], str | int]
    width: float  # relative width (XLSX characters; scaled for PDF/DOCX)


def guest_columns(ceremony: Ceremony, names: dict[str, str] | None = None) -> list[Column]:
    """The columns of the guest list in every format (``names``: precomputed sort names)."""
    if names is None:
        mode = sort_mode(ceremony)
        names = {g.id: sort_name(g, mode) for g in ceremony.guests}

    def companion_of(g: Guest) -> str:
        return names.get(g.companion_of or "", "") if g.companion_of else ""

    return [
        Column("Kategorie", lambda g: g.category, 14),
        Column("Name", lambda g: names[g.id], 30),
        Column("Anrede", lambda g: {"frau": "Frau", "herr": "Herr"}.get(g.salutation.value, ""), 8),
        Column("Funktion", lambda g: g.function, 28),
        Column("Organisation", lambda g: g.organisation, 32),
        Column("E-Mail", lambda g: g.email, 28),
        Column("Rückmeldung", lambda g: RSVP_LABELS[g.rsvp], 12),
        Column("Begleitpersonen", lambda g: g.companions, 9),
        Column("Begleitung von", companion_of, 22),
        Column("Tisch", lambda g: g.table, 7),
        Column("Protokoll", lambda g: g.protocol_rank if g.protocol_rank is not None else "", 9),
        Column("Foto-Einwilligung", _consent, 10),
        Column("Notizen", lambda g: g.notes, 30),
    ]


def _consent(guest: Guest) -> str:
    if guest.photo_consent is None:
        return "unbekannt"
    return "ja" if guest.photo_consent else "nein"


def companions_text(guest: Guest) -> str:
    """ "+ 2 Begleitpersonen" / "+ 1 Begleitperson" / ""."""
    if guest.companions <= 0:
        return ""
    word = "Begleitperson" if guest.companions == 1 else "Begleitpersonen"
    return f"+ {guest.companions} {word}"


def event_line(ceremony: Ceremony) -> str:
    """ "Ehrenamtspreis 2026 · Freitag, 4. Dezember 2026, 18 Uhr · Rathaus Dortmund"."""
    from ceremonykit.german.dates import date_with_weekday, time_text

    when = date_with_weekday(ceremony.ceremony_date) if ceremony.ceremony_date else ""
    if when and ceremony.ceremony_time:
        when += f", {time_text(ceremony.ceremony_time)}"
    return " · ".join(p for p in (ceremony.title, when, ceremony.venue) if p)


def author(ceremony: Ceremony) -> str:
    return ceremony.sender.sender_name or ceremony.organiser or "CeremonyKit"


def document_title(label: str, ceremony: Ceremony) -> str:
    """ "Gästeliste – Ehrenamtspreis 2026" (just the label while the ceremony has no title)."""
    return f"{label} – {ceremony.title}".strip(" –")


def file_stem(ceremony: Ceremony, label: str) -> str:
    """ "Gaesteliste_Ehrenamtspreis-2026" – ASCII-safe file names for every Windows share."""
    return f"{label}_{safe_stem(ceremony.title or 'Verleihung', 60)}"

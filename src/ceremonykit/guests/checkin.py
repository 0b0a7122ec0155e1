"""Check-in at the door, without I/O: codes, what a scan means, and the counts at the door.

A guest's code is random and carries no personal data, so a lost badge or a forwarded
invitation tells nobody who the guest is. Codes use upper-case letters and digits without
Y/Z (a barcode scanner set to a US keyboard types them swapped on a German one), without the
look-alikes I/O/0/1 and without "-"/"_" (typed as "ß"/"?" then): what a scanner types arrives
unchanged whatever the keyboard layout, and Caps Lock does not matter (input is upper-cased).
Upper case and digits also fit QR's compact alphanumeric mode.

What a scan means is decided here (:func:`resolve_scan`), so the GUI, the CLI and the
operations in :mod:`ceremonykit.operations.checkin` warn in the same words.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.guests.manage import category_order, persons_count

TOKEN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWX23456789"
TOKEN_LENGTH = 12  # 30**12 ≈ 5·10**17 codes (59 bits): not guessable at a door


def new_token(taken: Iterable[str] = ()) -> str:
    """A fresh random code (never one in ``taken``)."""
    used = set(taken)
    while True:
        token = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))
        if token not in used:
            return token


def normalise_code(text: str) -> str:
    """What a scanner or a person typed, as a code: trimmed, upper case, no inner spaces."""
    return "".join(text.split()).upper()


def looks_like_code(text: str) -> bool:
    """True if ``text`` could be a code (a scan), not a name someone searches for."""
    code = normalise_code(text)
    return len(code) == TOKEN_LENGTH and all(c in TOKEN_ALPHABET for c in code)


def all_tokens(ceremony: Ceremony) -> set[str]:
    """Every code handed out in this ceremony, current and replaced."""
    found: set[str] = set()
    for guest in ceremony.guests:
        if guest.checkin_token:
            found.add(guest.checkin_token)
        found.update(guest.previous_tokens)
    return found


class Notice(StrEnum):
    """Why a scan needs the attention of the staff at the door."""

    ALREADY_ARRIVED = "already_arrived"
    REISSUED_CODE = "reissued_code"
    UNKNOWN_CODE = "unknown_code"
    DECLINED = "declined"
    NOT_EXPECTED = "not_expected"  # invited, never answered


@dataclass(frozen=True)
class DoorWarning:
    notice: Notice
    message: str  # German, says what to do


@dataclass(frozen=True)
class ScanResult:
    """What a scan (or a click on a name) means; ``admit`` = it checks the guest in now."""

    guest: Guest | None
    warnings: tuple[DoorWarning, ...] = ()
    admit: bool = False

    def has(self, notice: Notice) -> bool:
        return any(w.notice is notice for w in self.warnings)


def clock(when: datetime) -> str:
    """ "18:42 Uhr"."""
    return f"{when:%H:%M} Uhr"


def find_by_code(ceremony: Ceremony, code: str) -> tuple[Guest | None, bool]:
    """The guest with this code and whether it is a replaced (re-issued) one."""
    code = normalise_code(code)
    if not code:
        return None, False
    for guest in ceremony.guests:
        if guest.checkin_token == code:
            return guest, False
    for guest in ceremony.guests:
        if code in guest.previous_tokens:
            return guest, True
    return None, False


def resolve_scan(ceremony: Ceremony, code: str) -> ScanResult:
    """A scanned code: whom it belongs to, what to warn about, whether to check in."""
    guest, replaced = find_by_code(ceremony, code)
    if guest is None:
        return ScanResult(
            None,
            (
                DoorWarning(
                    Notice.UNKNOWN_CODE,
                    f"Unbekannter Code „{normalise_code(code)}“ – er gehört zu keinem Gast dieser "
                    "Verleihung. Bitte den Namen erfragen und in der Suche eingeben.",
                ),
            ),
        )
    if replaced:
        return ScanResult(
            guest,
            (
                DoorWarning(
                    Notice.REISSUED_CODE,
                    f"Dieser Code wurde ersetzt: {guest.full_name or guest.organisation} hat "
                    "einen neuen Code erhalten. Nicht eingelassen – bitte die Person fragen und "
                    "mit „Einlassen“ bestätigen.",
                ),
                *_state_warnings(guest),
            ),
        )
    return admit(guest)


def admit(guest: Guest) -> ScanResult:
    """A guest picked by code or by name: checked in unless already there."""
    warnings = _state_warnings(guest)
    already = any(w.notice is Notice.ALREADY_ARRIVED for w in warnings)
    return ScanResult(guest, warnings, admit=not already)


def _state_warnings(guest: Guest) -> tuple[DoorWarning, ...]:
    name = guest.full_name or guest.organisation
    found: list[DoorWarning] = []
    if guest.arrived_at is not None:
        found.append(
            DoorWarning(
                Notice.ALREADY_ARRIVED,
                f"{name} ist bereits seit {clock(guest.arrived_at)} da – zweiter Scan, nichts "
                "geändert. Gleicher Code zweimal? Bitte die Person fragen.",
            )
        )
    if guest.rsvp is RSVP.DECLINED:
        found.append(
            DoorWarning(
                Notice.DECLINED,
                f"{name} hatte abgesagt – bitte Platz und Tisch prüfen.",
            )
        )
    elif guest.rsvp is RSVP.INVITED:
        found.append(
            DoorWarning(
                Notice.NOT_EXPECTED,
                f"{name} hat auf die Einladung nicht geantwortet – bitte Platz prüfen.",
            )
        )
    return tuple(found)


def split_name(text: str) -> tuple[str, str, str]:
    """(title, first name, last name) from one typed name: "Dr. Anna von der Heide" ->
    ("Dr.", "Anna", "von der Heide"). Name particles stay with the last name."""
    words = text.split()
    title: list[str] = []
    while len(words) > 1 and words[0].endswith("."):
        title.append(words.pop(0))
    if len(words) <= 1:
        return " ".join(title), "", " ".join(words)
    last_start = len(words) - 1
    while last_start > 1 and words[last_start - 1].lower() in _PARTICLES:
        last_start -= 1
    return " ".join(title), " ".join(words[:last_start]), " ".join(words[last_start:])


_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "vom", "zum", "zur", "di", "da"})


# ---------------------------------------------------------------------------- counts
@dataclass(frozen=True)
class DoorCount:
    """Persons arrived / expected for one category or table (guests plus unnamed companions)."""

    label: str
    arrived: int
    expected: int


@dataclass(frozen=True)
class DoorCounts:
    arrived: int
    expected: int
    guests_arrived: int
    walk_ins: int
    by_category: tuple[DoorCount, ...]
    by_table: tuple[DoorCount, ...]


def is_expected(guest: Guest) -> bool:
    """Who the door waits for: accepted or not yet answered (like the check-in list)."""
    return guest.rsvp in (RSVP.ACCEPTED, RSVP.OPEN)


def door_counts(ceremony: Ceremony) -> DoorCounts:
    """Arrived and expected persons, in total and per category and table."""
    arrived_cat: Counter[str] = Counter()
    expected_cat: Counter[str] = Counter()
    arrived_tab: Counter[str] = Counter()
    expected_tab: Counter[str] = Counter()
    guests_arrived = walk_ins = 0
    for guest in ceremony.guests:
        persons = persons_count(guest)
        table = guest.table.strip() or "ohne Tisch"
        if is_expected(guest) and not guest.walk_in:
            expected_cat[guest.category] += persons
            expected_tab[table] += persons
        if guest.arrived_at is not None:
            guests_arrived += 1
            walk_ins += guest.walk_in
            arrived_cat[guest.category] += persons
            arrived_tab[table] += persons
    categories = [c for c in category_order(ceremony) if arrived_cat[c] or expected_cat[c]]
    tables = sorted(set(arrived_tab) | set(expected_tab), key=_table_key)
    return DoorCounts(
        arrived=sum(arrived_cat.values()),
        expected=sum(expected_cat.values()),
        guests_arrived=guests_arrived,
        walk_ins=walk_ins,
        by_category=tuple(DoorCount(c, arrived_cat[c], expected_cat[c]) for c in categories),
        by_table=tuple(DoorCount(t, arrived_tab[t], expected_tab[t]) for t in tables),
    )


def _table_key(table: str) -> tuple[int, int, str]:
    """Tables 1, 2, 10 in numeric order, named tables after them, "ohne Tisch" last."""
    if table == "ohne Tisch":
        return (2, 0, table)
    return (0, int(table), "") if table.isdigit() else (1, 0, table.casefold())


def arrived_guests(ceremony: Ceremony) -> list[Guest]:
    """Guests checked in, in the order they came."""
    came = [g for g in ceremony.guests if g.arrived_at is not None]
    return sorted(came, key=lambda g: g.arrived_at or datetime.min)


def attendance_count(ceremony: Ceremony) -> int | None:
    """Persons who came: as staff stated it after the event, else as counted at the door
    (None while nobody was checked in – then only the expected count is known)."""
    if ceremony.guest_count_actual is not None:
        return ceremony.guest_count_actual
    counted = door_counts(ceremony)
    return counted.arrived if counted.guests_arrived else None


def press_guest_count(ceremony: Ceremony) -> int | None:
    """The number after "vor rund … Gästen": once guests were counted at the door (or staff
    stated the real number), that count – from 100 on rounded to tens, as "rund" promises –
    else the expected number from the planning."""
    actual = attendance_count(ceremony)
    if actual is None:
        return ceremony.guest_count_expected
    if ceremony.guest_count_actual is None and actual >= 100:
        return int(round(actual, -1))
    return actual

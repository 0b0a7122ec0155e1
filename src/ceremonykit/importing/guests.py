"""Guest rows -> :class:`Guest` objects, merged with the guests already in the project.

A guest is recognised again by e-mail, else by name and organisation. The sheet owns the
address data and the RSVP; the table (seating done in the app) is only filled where empty.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable

from ceremonykit.domain.model import Ceremony, Guest, Salutation
from ceremonykit.importing.matching import name_key
from ceremonykit.importing.report import (
    CellNote,
    Duplicate,
    DuplicateChoice,
    DuplicateChoices,
    RowReport,
    RowStatus,
)
from ceremonykit.importing.rows import RowCells
from ceremonykit.importing.values import (
    parse_bool,
    parse_companions,
    parse_email,
    parse_int,
    parse_person,
    parse_rsvp,
    parse_salutation,
)

_DEFAULT_RSVP = Guest().rsvp
_DEFAULT_CATEGORY = Guest().category
_parse_rank = functools.partial(parse_int, what="Rang")
_parse_consent = functools.partial(parse_bool, what="Fotoeinwilligung")


_READERS: dict[str, Callable[[RowCells, str], object]] = {
    "salutation": lambda c, f: c.get(f, parse_salutation, Salutation.NONE),
    "title": lambda c, f: c.text(f),
    "first_name": lambda c, f: c.name(f),
    "last_name": lambda c, f: c.name(f),
    "function": lambda c, f: c.text(f),
    "organisation": lambda c, f: c.name(f, person=False),
    "email": lambda c, f: c.get(f, parse_email, ""),
    "category": lambda c, f: c.text(f) or _DEFAULT_CATEGORY,
    "rsvp": lambda c, f: c.get(f, parse_rsvp, None) or _DEFAULT_RSVP,
    "companions": lambda c, f: c.get(f, parse_companions, 0),
    "table": lambda c, f: c.text(f),
    "protocol_rank": lambda c, f: c.get(f, _parse_rank, None),
    "notes": lambda c, f: c.text(f, multiline=True),
    "photo_consent": lambda c, f: c.get(f, _parse_consent, None),
    "street": lambda c, f: c.text(f),
    "postcode": lambda c, f: c.text(f),
    "city": lambda c, f: c.text(f),
    "country": lambda c, f: c.text(f),
    "pronunciation": lambda c, f: c.text(f),
}
"""How each guest field is read from its cell; only the filled cells of a row are read."""


def _name_key(guest: Guest) -> str:
    return name_key(f"{guest.first_name} {guest.last_name}")


def _full_key(guest: Guest) -> str:
    return _name_key(guest) + "@" + name_key(guest.organisation)


SAME_NAME_NOTE = "gleichnamig mit einem anderen Gast (Zeile {row} der Importtabelle)"


class GuestImport:
    """Collects the guests of one preview; :meth:`changes` lists what commit writes.

    Two rows with the same name are two people unless they share the e-mail address or are
    identical: a city has several Anna Müllers. Only rows sharing an e-mail address or
    repeating a row are suspected duplicates; ``choices`` says what to do with each (default
    for all: keep both, reported).
    """

    key_fields = frozenset({"first_name", "last_name", "email"})
    label = "Gast"

    def __init__(self, ceremony: Ceremony, choices: DuplicateChoices | None = None) -> None:
        self.ceremony = ceremony
        self.choices = choices or {}
        self.by_email = {g.email.casefold(): g for g in ceremony.guests if g.email}
        self.by_full: dict[str, list[Guest]] = {}
        self.by_name: dict[str, list[Guest]] = {}
        for guest in ceremony.guests:
            self.by_full.setdefault(_full_key(guest), []).append(guest)
            self.by_name.setdefault(_name_key(guest), []).append(guest)
        self.claimed: set[str] = set()  # existing guests an earlier row of this import matched
        self.seen_email: dict[str, int] = {}
        self.seen_row: dict[tuple[object, ...], int] = {}
        self.seen_name: dict[str, int] = {}
        self.planned: dict[int, Guest] = {}  # row -> the guest it becomes
        self.guests: dict[str, Guest] = {}  # id -> guest to write (insertion order kept)
        self.new_categories: list[str] = []
        self.shown: dict[tuple[object, ...], dict[str, str]] = {}

    def add_row(self, cells: RowCells, row: int, sheet: str) -> RowReport:
        draft = self._draft(cells)
        report = RowReport(sheet, row, RowStatus.ERROR, subject=draft.full_name)
        if not (draft.first_name or draft.last_name):
            cells.error("last_name", "Name fehlt")
        report.values = self._shown(draft)  # also for a row with errors: what was read
        if cells.errors:
            report.notes = cells.errors + cells.notes
            return report
        email = draft.email.casefold()
        identity = tuple(cells.row)  # the whole row: "identical" means every cell
        name = _name_key(draft)
        earlier, reason = self._earlier(email, identity)
        if earlier is not None:
            choice = DuplicateChoice(
                self.choices.get(row, self.choices.get(None, DuplicateChoice.KEEP_BOTH))
            )
            report.duplicate = Duplicate(earlier, reason, choice)
            if choice is not DuplicateChoice.KEEP_BOTH:
                return self._resolve(cells, report, draft, choice)
            cells.note("", f"mögliches Duplikat ({reason} wie Zeile {earlier}) – beide übernommen")
        elif (same := self.seen_name.get(name)) is not None:
            cells.note("", f"gleichnamig mit Zeile {same} – als eigener Gast übernommen")
            line = SAME_NAME_NOTE.format(row=same)
            draft.notes = f"{draft.notes}\n{line}" if draft.notes else line
        if email:
            self.seen_email.setdefault(email, row)
        self.seen_row.setdefault(identity, row)
        self.seen_name.setdefault(name, row)
        old = self._existing(draft, name)
        guest = self._merge(cells, old, draft) if old else draft
        self._plan(cells, report, row, guest, old)
        return report

    def _shown(self, guest: Guest) -> dict[str, str]:
        """What the preview shows beside the name (reply, table, companions): one shared dict
        per combination, not one per row (300,000 rows)."""
        key = (guest.rsvp, guest.table, guest.companions)
        shown = self.shown.get(key)
        if shown is None:
            shown = self.shown[key] = {"Zusage": guest.rsvp.value}
            if guest.table:
                shown["Tisch"] = guest.table
            if guest.companions:
                shown["Begleitung"] = str(guest.companions)
        return shown

    def _earlier(self, email: str, identity: tuple[object, ...]) -> tuple[int | None, str]:
        """The earlier row this one repeats (same cells) or shares its e-mail address with."""
        if identity in self.seen_row:
            return self.seen_row[identity], "identische Zeile"
        if email and email in self.seen_email:
            return self.seen_email[email], "gleiche E-Mail-Adresse"
        return None, ""

    def _resolve(
        self, cells: RowCells, report: RowReport, draft: Guest, choice: DuplicateChoice
    ) -> RowReport:
        """A suspected duplicate the user chose to skip or to merge into the earlier row."""
        assert report.duplicate is not None
        earlier = report.duplicate.earlier_row
        if choice is DuplicateChoice.SKIP or earlier not in self.planned:
            report.status = RowStatus.SKIPPED
            report.notes = [
                CellNote(
                    "", f"doppelt ({report.duplicate.reason} wie Zeile {earlier}) – übersprungen"
                ),
                *cells.notes,
            ]
            return report
        target = self.planned[earlier]
        merged = self._merge(cells, target, draft)
        cells.note("", f"mit Zeile {earlier} zusammengeführt ({report.duplicate.reason})")
        self.planned[earlier] = merged
        self.guests[merged.id] = merged
        report.status = RowStatus.UPDATED
        report.object_id = merged.id
        report.notes = cells.notes
        return report

    def _plan(
        self, cells: RowCells, report: RowReport, row: int, guest: Guest, old: Guest | None
    ) -> None:
        if guest.category and guest.category not in self.ceremony.guest_categories:
            if guest.category not in self.new_categories:
                self.new_categories.append(guest.category)
            cells.note("category", f"neue Kategorie „{guest.category}“ wird angelegt")
        self.planned[row] = guest
        report.object_id = guest.id
        report.notes = cells.notes
        if old is None:
            report.status = RowStatus.IMPORTED
        elif guest != old:
            report.status = RowStatus.UPDATED
        else:
            report.status = RowStatus.UNCHANGED
        if report.status is not RowStatus.UNCHANGED:
            self.guests[guest.id] = guest

    def _draft(self, cells: RowCells) -> Guest:
        values = cells.values
        read = {n: reader(cells, n) for n, reader in _READERS.items() if values.get(n) is not None}
        guest = Guest(**read)  # type: ignore[arg-type]  # each reader returns its field's type
        if not cells.has("first_name") and guest.last_name:
            person = parse_person(guest.last_name)  # a "Name" column with full names
            guest.first_name, guest.last_name = person.first_name, person.last_name
            guest.title = guest.title or person.title
            guest.salutation = guest.salutation or person.salutation
        return guest

    def _existing(self, draft: Guest, name: str) -> Guest | None:
        """The guest already in the project this row updates: same e-mail, else same name and
        organisation – each existing guest matched by one row only (two Anna Müllers in the
        sheet and in the project stay two)."""
        found = self.by_email.get(draft.email.casefold()) if draft.email else None
        if (found is None or found.id in self.claimed) and self.by_full:
            found = next(
                (g for g in self.by_full.get(_full_key(draft), []) if g.id not in self.claimed),
                None,
            )
        if found is None and not draft.organisation:
            same_name = self.by_name.get(name, [])
            found = same_name[0] if len(same_name) == 1 else None
        if found is None or found.id in self.claimed:
            return None
        self.claimed.add(found.id)
        return found

    def _merge(self, cells: RowCells, old: Guest, draft: Guest) -> Guest:
        guest = copy.copy(old)  # Guest holds only immutable values (tested); no deepcopy
        for name in (
            "salutation", "title", "first_name", "last_name", "function", "organisation", "email", "notes",
            "street", "postcode", "city", "country", "pronunciation",
        ):  # fmt: skip
            if getattr(draft, name):
                setattr(guest, name, getattr(draft, name))
        if cells.raw("category") is not None:
            guest.category = draft.category
        if cells.raw("rsvp") is not None:
            guest.rsvp = draft.rsvp
        if cells.raw("companions") is not None:
            guest.companions = draft.companions
        if draft.protocol_rank is not None:
            guest.protocol_rank = draft.protocol_rank
        if draft.photo_consent is not None:
            guest.photo_consent = draft.photo_consent
        if draft.table and draft.table != old.table:
            if old.table:
                cells.note(
                    "table", f"Tisch „{old.table}“ aus CeremonyKit bleibt – nicht überschrieben"
                )
            else:
                guest.table = draft.table
        return guest

    def changes(self) -> list[Guest]:
        return list(self.guests.values())

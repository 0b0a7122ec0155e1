"""Guest rows -> :class:`Guest` objects, merged with the guests already in the project.

A guest is recognised again by e-mail, else by name and organisation. The sheet owns the
address data and the RSVP; the table (seating done in the app) is only filled where empty.
"""

from __future__ import annotations

import copy
import functools

from ceremonykit.domain.model import Ceremony, Guest, Salutation
from ceremonykit.importing.matching import name_key
from ceremonykit.importing.report import RowReport, RowStatus
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
_parse_rank = functools.partial(parse_int, what="Rang")
_parse_consent = functools.partial(parse_bool, what="Fotoeinwilligung")


def _name_key(guest: Guest) -> str:
    return name_key(f"{guest.first_name} {guest.last_name}")


def _full_key(guest: Guest) -> str:
    return _name_key(guest) + "@" + name_key(guest.organisation)


class GuestImport:
    """Collects the guests of one preview; :meth:`changes` lists what commit writes."""

    key_fields = frozenset({"first_name", "last_name", "email"})
    label = "Gast"

    def __init__(self, ceremony: Ceremony) -> None:
        self.ceremony = ceremony
        self.by_email = {g.email.casefold(): g for g in ceremony.guests if g.email}
        self.by_full = {_full_key(g): g for g in ceremony.guests}
        self.by_name: dict[str, list[Guest]] = {}
        for guest in ceremony.guests:
            self.by_name.setdefault(_name_key(guest), []).append(guest)
        self.seen: dict[str, int] = {}
        self.guests: list[Guest] = []
        self.new_categories: list[str] = []

    def add_row(self, cells: RowCells, row: int, sheet: str) -> RowReport:
        draft = self._draft(cells)
        report = RowReport(sheet, row, RowStatus.ERROR, subject=draft.full_name)
        if not (draft.first_name or draft.last_name):
            cells.error("last_name", "Name fehlt")
        full_key = _full_key(draft)
        keys = [k for k in (draft.email and "e:" + draft.email, "n:" + full_key) if k]
        duplicate = next((self.seen[k] for k in keys if k in self.seen), None)
        if duplicate is not None and not cells.errors:
            cells.error("last_name", f"doppelt: derselbe Gast wie in Zeile {duplicate}")
        if cells.errors:
            report.notes = cells.errors + cells.notes
            return report
        for key in keys:
            self.seen[key] = row
        old = self._existing(draft, full_key)
        guest = self._merge(cells, old, draft) if old else draft
        if guest.category and guest.category not in self.ceremony.guest_categories:
            if guest.category not in self.new_categories:
                self.new_categories.append(guest.category)
            cells.note("category", f"neue Kategorie „{guest.category}“ wird angelegt")
        report.object_id = guest.id
        report.notes = cells.notes
        if old is None:
            report.status = RowStatus.IMPORTED
        elif guest != old:
            report.status = RowStatus.UPDATED
        else:
            report.status = RowStatus.UNCHANGED
        if report.status is not RowStatus.UNCHANGED:
            self.guests.append(guest)
        return report

    def _draft(self, cells: RowCells) -> Guest:
        guest = Guest(
            salutation=cells.get("salutation", parse_salutation, Salutation.NONE),
            title=cells.text("title"),
            first_name=cells.text("first_name"),
            last_name=cells.text("last_name"),
            function=cells.text("function"),
            organisation=cells.text("organisation"),
            email=cells.get("email", parse_email, ""),
            category=cells.text("category") or "Gast",
            rsvp=cells.get("rsvp", parse_rsvp, None) or _DEFAULT_RSVP,
            companions=cells.get("companions", parse_companions, 0),
            table=cells.text("table"),
            protocol_rank=cells.get("protocol_rank", _parse_rank, None),
            notes=cells.text("notes", multiline=True),
            photo_consent=cells.get("photo_consent", _parse_consent, None),
            street=cells.text("street"),
            postcode=cells.text("postcode"),
            city=cells.text("city"),
            country=cells.text("country"),
            pronunciation=cells.text("pronunciation"),
        )
        if not cells.has("first_name") and guest.last_name:
            person = parse_person(guest.last_name)  # a "Name" column with full names
            guest.first_name, guest.last_name = person.first_name, person.last_name
            guest.title = guest.title or person.title
            guest.salutation = guest.salutation or person.salutation
        return guest

    def _existing(self, draft: Guest, full_key: str) -> Guest | None:
        if draft.email and draft.email.casefold() in self.by_email:
            return self.by_email[draft.email.casefold()]
        if full_key in self.by_full:
            return self.by_full[full_key]
        same_name = self.by_name.get(_name_key(draft), [])
        return same_name[0] if len(same_name) == 1 and not draft.organisation else None

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
        return self.guests

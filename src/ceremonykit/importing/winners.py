"""Winner rows -> :class:`Winner` and :class:`Prize` objects, merged with what is there.

Fields the sheet owns (place, amount, organisation, persons, project) follow the sheet; what
staff write in the app (laudation, laudator, photos) is only filled where still empty.
"""

from __future__ import annotations

import copy
from decimal import Decimal

from ceremonykit.domain.model import Ceremony, Person, Photo, Prize, PrizeKind, Winner
from ceremonykit.german.amounts import amount_symbol
from ceremonykit.german.ordinals import prize_title
from ceremonykit.importing.matching import organisation_or_persons_key
from ceremonykit.importing.report import RowReport, RowStatus
from ceremonykit.importing.rows import RowCells
from ceremonykit.importing.values import parse_amount, parse_place, split_persons

Entity = Prize | Winner | Photo
Place = tuple[PrizeKind, int | None, str]
"""What :func:`parse_place` reads: kind, rank and label of the prize."""


class PrizeBook:
    """Existing prizes plus those this import creates, found by kind, rank and label."""

    def __init__(self, ceremony: Ceremony) -> None:
        self.prizes = [copy.deepcopy(p) for p in ceremony.prizes]
        self.changed: dict[str, Prize] = {}
        self.amount_row: dict[str, int] = {}  # prize id -> row that set its amount

    def find(self, kind: PrizeKind, rank: int | None, label: str) -> Prize:
        for prize in self.prizes:
            if (
                prize.kind is kind
                and prize.rank == rank
                and (kind is PrizeKind.RANKED or prize.label.casefold() == label.casefold())
            ):
                return prize
        prize = Prize(kind=kind, rank=rank, label=label)
        self.prizes.append(prize)
        self.changed[prize.id] = prize
        return prize

    def set_amount(self, prize: Prize, amount: Decimal, row: int) -> str:
        """Record the amount; a German remark if an earlier row of this import said otherwise."""
        first = self.amount_row.get(prize.id)
        if first is not None and prize.amount != amount:
            return (
                f"Betrag {amount_symbol(amount)} weicht von Zeile {first} ab "
                f"({amount_symbol(prize.amount or Decimal(0))}); der erste Betrag gilt"
            )
        self.amount_row.setdefault(prize.id, row)
        if prize.amount != amount:
            prize.amount = amount
            self.changed[prize.id] = prize
        return ""


class WinnerImport:
    """Collects the winners of one preview; :meth:`changes` lists what commit writes."""

    key_fields = frozenset({"organisation", "persons"})
    label = "Preisträger"

    def __init__(self, ceremony: Ceremony) -> None:
        self.ceremony = ceremony
        self.book = PrizeBook(ceremony)
        self.existing = {
            organisation_or_persons_key(w.organisation, w.persons): w for w in ceremony.winners
        }
        self.seen: dict[str, int] = {}
        self.winners: list[Winner] = []
        self.photos: list[Photo] = []
        self.positions: dict[str | None, int] = {}

    def add_row(self, cells: RowCells, row: int, sheet: str) -> RowReport:
        organisation = cells.name("organisation", person=False)
        cells.check_names("persons")
        persons: list[Person] = cells.get("persons", split_persons, [])
        key = organisation_or_persons_key(organisation, persons)
        report = RowReport(sheet, row, RowStatus.ERROR, subject=organisation or _names(persons))
        if not key:
            cells.error("organisation", "Preisträger fehlt (weder Organisation noch Personen)")
        place, amount = self._place(cells)
        if key in self.seen:
            cells.error(
                "organisation", f"doppelt: derselbe Preisträger wie in Zeile {self.seen[key]}"
            )
        report.values = _shown_values(place, amount)  # also for a row with errors
        if cells.errors:  # a rejected row creates no prize either
            report.notes = cells.errors + cells.notes
            return report
        prize = self._prize(place, amount, cells, row)
        self.seen[key] = row
        old = self.existing.get(key)
        winner = copy.deepcopy(old) if old else Winner()
        before = copy.deepcopy(winner)
        winner.organisation = organisation
        if cells.has("persons") and persons:
            winner.persons = _merge_persons(winner.persons, persons)
        if prize is not None:
            winner.prize_id = prize.id
            winner.position = self.positions.get(prize.id, 0)
            self.positions[prize.id] = winner.position + 1
        if old is None and prize is not None:
            # a jury row naming a club and persons for an Ehrenpreis honours the persons
            # (staff can switch to the organisation on the winner editor)
            winner.honour_persons = prize.kind is PrizeKind.HONORARY and bool(
                organisation and winner.persons
            )
        for field_name in ("project_title", "description"):
            value = cells.text(field_name, multiline=field_name == "description")
            if value:
                setattr(winner, field_name, value)
        self._staff_field(cells, winner, "laudation", "Laudatio")
        self._staff_field(cells, winner, "laudator", "Laudator")
        self._credit(cells, winner)
        report.object_id = winner.id
        report.notes = cells.errors + cells.notes
        if old is None:
            report.status = RowStatus.IMPORTED
        elif winner != before:
            report.status = RowStatus.UPDATED
        else:
            report.status = RowStatus.UNCHANGED
        if report.status is not RowStatus.UNCHANGED:
            self.winners.append(winner)
        return report

    def _place(self, cells: RowCells) -> tuple[Place | None, Decimal | None]:
        """Place and amount as read (problems become cell errors)."""
        if not cells.has("place"):
            return None, None
        if cells.raw("place") is None:
            cells.error("place", "Platz fehlt")
            return None, None
        place = cells.get("place", parse_place, None)
        amount = cells.get("amount", parse_amount, None)
        return place, amount

    def _prize(
        self, place: Place | None, amount: Decimal | None, cells: RowCells, row: int
    ) -> Prize | None:
        if place is None:
            return None
        prize = self.book.find(*place)
        if amount is not None:
            remark = self.book.set_amount(prize, amount, row)
            if remark:
                cells.note("amount", remark)
        return prize

    def _staff_field(self, cells: RowCells, winner: Winner, name: str, label: str) -> None:
        value = cells.text(name, multiline=True)
        current = getattr(winner, name)
        if not value or value == current:
            return
        if current:
            cells.note(name, f"{label} in CeremonyKit schon vorhanden – nicht überschrieben")
        else:
            setattr(winner, name, value)

    def _credit(self, cells: RowCells, winner: Winner) -> None:
        """The credit goes to the winner's photos without one; with no photo yet it waits on
        the winner and is offered when a photo is assigned (photos page)."""
        credit = cells.text("credit")
        if not credit:
            return
        photos = [p for p in self.ceremony.photos if p.winner_id == winner.id and not p.credit]
        if not photos:
            if not self.ceremony.photos_of(winner):
                winner.photo_credit = credit
                cells.note("credit", "Bildnachweis vorgemerkt: wird beim ersten Foto angeboten")
            return
        for photo in photos:
            updated = copy.deepcopy(photo)
            updated.credit = credit
            self.photos.append(updated)

    def changes(self) -> list[Entity]:
        return [*self.book.changed.values(), *self.winners, *self.photos]


def _shown_values(place: Place | None, amount: Decimal | None) -> dict[str, str]:
    """What the preview shows beside the winner: the place and amount read."""
    if place is None:
        return {}
    kind, rank, label = place
    shown = {"Platz": prize_title(Prize(kind=kind, rank=rank, label=label))}
    if amount is not None:
        shown["Preisgeld"] = amount_symbol(amount)
    return shown


def _names(persons: list[Person]) -> str:
    return ", ".join(p.full_name for p in persons)


def _merge_persons(old: list[Person], new: list[Person]) -> list[Person]:
    """The sheet's persons, keeping what staff added (function, salutation) to known ones."""
    result = []
    for person in new:
        match = next(
            (
                p
                for p in old
                if (p.first_name, p.last_name) == (person.first_name, person.last_name)
            ),
            None,
        )
        if match:
            merged = copy.deepcopy(match)
            merged.title = person.title or match.title
            merged.salutation = person.salutation or match.salutation
            result.append(merged)
        else:
            result.append(person)
    return result

"""The ceremony's tables: who sits where, and how full each table is against its seats.

Tables are a list of the ceremony (:class:`~ceremonykit.domain.model.SeatingTable`) so that a
guest's table is chosen, not typed – "2" and "Tisch 2" used to become two tables. A guest's
``table`` holds the table's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from ceremonykit.domain.model import RSVP, Ceremony, SeatingTable
from ceremonykit.domain.preflight import Finding, Severity


@dataclass(frozen=True)
class TableLoad:
    """How many people are seated at one table (guests not declined, with companions)."""

    name: str
    seats: int | None  # None: a table name guests carry that is not in the ceremony's list
    people: int

    @property
    def over(self) -> bool:
        return self.seats is not None and self.people > self.seats

    @property
    def text(self) -> str:
        """ "Tisch 2: 9/8" – the form the guest page and the check show."""
        name = self.name if self.name.casefold().startswith("tisch") else f"Tisch {self.name}"
        if self.seats is None:
            return f"{name}: {self.people} (nicht in der Tischliste)"
        return f"{name}: {self.people}/{self.seats}"


def table_loads(ceremony: Ceremony) -> list[TableLoad]:
    """Each table of the ceremony (in its order), then unknown table names guests carry."""
    people: dict[str, int] = {}
    for guest in ceremony.guests:
        if guest.rsvp is RSVP.DECLINED or not guest.table.strip():
            continue
        name = guest.table.strip()
        people[name] = people.get(name, 0) + 1 + guest.companions
    known = {t.name for t in ceremony.tables}
    loads = [TableLoad(t.name, t.seats, people.get(t.name, 0)) for t in ceremony.tables]
    loads += [TableLoad(n, None, c) for n, c in people.items() if n not in known]
    return loads


def find_table(ceremony: Ceremony, name: str) -> SeatingTable | None:
    return next((t for t in ceremony.tables if t.name == name), None)


def table_findings(ceremony: Ceremony) -> list[Finding]:
    """Hints for the check: overbooked tables, and table names guests carry that are not in
    the ceremony's table list (only once there is a list; each hint jumps to a guest there)."""
    if not ceremony.tables:
        return []
    first_at: dict[str, str] = {}
    for guest in ceremony.guests:
        if guest.rsvp is not RSVP.DECLINED and guest.table.strip():
            first_at.setdefault(guest.table.strip(), guest.id)
    findings = []
    for load in table_loads(ceremony):
        label = load.text.split(":")[0]
        if load.seats is None:
            message = (
                f"{load.people} Personen sitzen an „{load.name}“, den es in der Tischliste nicht "
                "gibt. Bitte unter „Gäste › Tische verwalten…“ anlegen oder die Gäste umsetzen."
            )
        elif load.over:
            message = (
                f"{load.people} Personen, aber nur {load.seats} Plätze. Bitte Gäste umsetzen "
                "oder unter „Gäste › Tische verwalten…“ die Plätze erhöhen."
            )
        else:
            continue
        findings.append(
            Finding(Severity.WARNING, "guest", first_at.get(load.name), "table", label, message)
        )
    return findings

"""The ceremony's tables (name, seats, shape): replaced as a whole list by the table manager.

Renaming a table moves its guests with it in the same transaction, so no guest is left at a
table name that no longer exists.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Mapping, Sequence

from ceremonykit.domain.cleaning import clean_text
from ceremonykit.domain.model import Ceremony, SeatingTable
from ceremonykit.errors import UserError
from ceremonykit.operations.changes import Changes
from ceremonykit.operations.edit import replace_in_memory
from ceremonykit.store import ProjectFile

MAX_SEATS = 500


def validated_tables(tables: Sequence[SeatingTable]) -> list[SeatingTable]:
    """The tables with names cleaned; refuses empty or duplicate names and seat counts outside
    1–500 with a German message naming the table (the table manager checks before it closes)."""
    clean = [
        dataclasses.replace(copy.deepcopy(t), name=" ".join(clean_text(t.name).split()))
        for t in tables
    ]
    seen: set[str] = set()
    for number, table in enumerate(clean, start=1):
        if not table.name:
            raise UserError(f"Tisch in Zeile {number}: Bitte einen Namen eingeben (z. B. „1“).")
        if table.name.casefold() in seen:
            raise UserError(
                f"Den Tisch „{table.name}“ gibt es zweimal. Bitte jedem Tisch einen eigenen "
                "Namen geben."
            )
        seen.add(table.name.casefold())
        if not 1 <= table.seats <= MAX_SEATS:
            raise UserError(
                f"Tisch „{table.name}“: {table.seats} Plätze geht nicht. Bitte eine Zahl "
                f"von 1 bis {MAX_SEATS} eingeben."
            )
    return clean


def set_tables(
    project: ProjectFile,
    ceremony: Ceremony,
    tables: Sequence[SeatingTable],
    renamed: Mapping[str, str] | None = None,
) -> Changes:
    """Store the ceremony's tables; ``renamed`` (old name -> new name) moves the guests along.

    Invalid tables (see :func:`validated_tables`) are refused and nothing is written."""
    clean = validated_tables(tables)
    moves = {old: new for old, new in (renamed or {}).items() if old != new}
    moved = [
        dataclasses.replace(g, table=moves[g.table.strip()])
        for g in ceremony.guests
        if g.table.strip() in moves
    ]
    with project.transaction():
        project.save_info(dataclasses.replace(ceremony, tables=clean))
        if moved:
            project.put_many(moved)
    ceremony.tables = clean
    replace_in_memory(ceremony, moved)
    kinds = {"ceremony", "guest"} if moved else {"ceremony"}
    return Changes(
        frozenset(kinds),
        frozenset(g.id for g in moved),
        frozenset({"tables"}),
        message=f"{len(clean)} Tische gespeichert.",
    )

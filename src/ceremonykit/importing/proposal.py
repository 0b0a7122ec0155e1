"""What the import wizard offers before any preview: the target the headers suggest and a
mapping that lists every column – so the user can always go on by assigning columns by hand,
whatever the headers say (the wizard must never end in an empty table)."""

from __future__ import annotations

from ceremonykit.domain.model import Ceremony
from ceremonykit.importing.cells import CellValue, Sheet
from ceremonykit.importing.fields import Target, header_key, synonym_index
from ceremonykit.importing.header import (
    HEADER_SEARCH_ROWS,
    AmbiguousColumn,
    ColumnMapping,
    build_mapping,
    find_header_row,
    guess_header_row,
)
from ceremonykit.importing.workbook import WorkbookInfo

_WINNER_ONLY = frozenset({"place", "amount", "laudation", "laudator", "credit", "description"})
"""Fields only a winners list has; without one, organisation + project may be applications."""
_GUEST_ONLY = frozenset({"first_name", "email", "salutation", "rsvp", "table", "companions"})


def named_fields(row: list[CellValue], target: Target) -> set[str]:
    """The fields of ``target`` the cells of ``row`` name by a known header."""
    index = synonym_index(target)
    return {index[k] for v in row if isinstance(v, str) and (k := header_key(v)) in index}


def detect_target(sheet: Sheet) -> Target | None:
    """Winners, guests or applicants, judged from the header words; None if nothing fits.

    "Name" fits both guests and winners, so each side needs words only it uses to win a tie.
    """
    rows = sheet.rows[:HEADER_SEARCH_ROWS]
    guest = max((named_fields(r, Target.GUESTS) for r in rows), key=len, default=set())
    winner = max((named_fields(r, Target.WINNERS) for r in rows), key=len, default=set())
    guest_score = len(guest) + len(guest & _GUEST_ONLY)
    winner_score = len(winner) + len(winner & _WINNER_ONLY)
    if max(guest_score, winner_score) < 2:
        return None
    if guest_score >= winner_score:
        return Target.GUESTS
    if not winner & _WINNER_ONLY and _mentions_applications(sheet):
        return Target.APPLICANTS
    return Target.WINNERS


def _mentions_applications(sheet: Sheet) -> bool:
    words = [sheet.name, *(v for r in sheet.rows[:HEADER_SEARCH_ROWS] for v in r[:8])]
    return any(isinstance(w, str) and "bewerb" in w.casefold() for w in words)


def propose_mapping(
    workbook: WorkbookInfo,
    target: Target,
    sheet_name: str,
    header_row: int | None = None,
    ceremony: Ceremony | None = None,
) -> ColumnMapping:
    """The header row (found, guessed, or ``header_row`` as chosen; 0 = none) and every
    column with the field its header or an earlier import suggests ("" = not assigned)."""
    sheet = workbook.sheet(sheet_name)
    remembered = dict((ceremony or Ceremony()).import_mappings.get(target, {}))
    if header_row is None:
        index = find_header_row(sheet, target, remembered)
        if index < 0:
            index = guess_header_row(sheet)
    else:
        index = min(header_row, len(sheet.rows)) - 1
    try:
        mapping, _unknown = build_mapping(sheet, target, index, remembered)
    except AmbiguousColumn:  # a remembered header that now stands in several columns
        mapping, _unknown = build_mapping(sheet, target, index, {})
    return mapping

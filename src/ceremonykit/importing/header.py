"""Finding the table in a sheet: the header row (below title blocks) and the column mapping."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from ceremonykit.importing.cells import CellValue, Sheet, column_index, column_letter
from ceremonykit.importing.fields import IGNORE, Target, field_for_name, header_key, synonym_index

HEADER_SEARCH_ROWS = 40
"""Header rows are looked for in the first rows only (title blocks are short)."""


@dataclass(frozen=True)
class MappedColumn:
    """One source column: its letter, header text and the field it feeds ("" = ignored)."""

    index: int
    letter: str
    header: str
    field: str


@dataclass
class ColumnMapping:
    """Where the table starts and which column feeds which field."""

    header_row: int  # Excel row number of the header (0 if the sheet has no header)
    columns: list[MappedColumn] = field(default_factory=list)

    def index_of(self, field_name: str) -> int | None:
        """Column index (0-based) feeding ``field_name``, or None."""
        return self.by_field.get(field_name)

    @functools.cached_property
    def by_field(self) -> dict[str, int]:
        """Field -> column index (0-based) of the mapped columns."""
        # The mapping is fixed once built; to change it, call preview() with a new mapping.
        return {c.field: c.index for c in reversed(self.columns) if c.field}

    @property
    def fields(self) -> set[str]:
        return {c.field for c in self.columns if c.field}

    def remembered(self) -> dict[str, str]:
        """Header text -> field, as stored in ``ceremony.import_mappings``."""
        return {c.header or c.letter: c.field or IGNORE for c in self.columns}


def _text(value: CellValue) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def header_score(row: list[CellValue], target: Target) -> int:
    """How many distinct fields the cells of ``row`` name."""
    index = synonym_index(target)
    return len({index[k] for v in row if (k := header_key(_text(v))) in index})


def find_header_row(sheet: Sheet, target: Target, remembered: dict[str, str] | None = None) -> int:
    """0-based index of the most header-like row among the first rows, or -1."""
    known = {header_key(k) for k in (remembered or {})}
    best, best_score = -1, 1
    for i, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        score = header_score(row, target) + sum(1 for v in row if header_key(_text(v)) in known)
        if score > best_score:
            best, best_score = i, score
    return best


def build_mapping(
    sheet: Sheet,
    target: Target,
    header_index: int,
    overrides: dict[str, str] | None = None,
) -> tuple[ColumnMapping, list[str]]:
    """Map columns by synonyms, then apply ``overrides`` (header text or letter -> field).

    Returns the mapping and the override keys that matched no column.
    """
    header = sheet.rows[header_index] if header_index >= 0 else []
    width = max((len(r) for r in sheet.rows[: header_index + 200]), default=0)
    index = synonym_index(target)
    fields: dict[int, str] = {}
    taken: set[str] = set()
    for col in range(width):
        name = index.get(header_key(_text(header[col] if col < len(header) else None)), "")
        if name and name not in taken:
            fields[col] = name
            taken.add(name)
    unknown: list[str] = []
    for key, value in (overrides or {}).items():
        found = _find_column(header, width, key)
        target_field = field_for_name(target, value)
        if found is None or target_field is None:
            unknown.append(key)
            continue
        target_field = "" if target_field == IGNORE else target_field
        for other, name in list(fields.items()):
            if name == target_field and target_field:
                del fields[other]
        fields[found] = target_field
    width = max([width, *(col + 1 for col in fields)])
    columns = [
        MappedColumn(col, column_letter(col), _text(header[col]) if col < len(header) else "", f)
        for col in range(width)
        if fields.get(col, "") or (col < len(header) and _text(header[col]))
        for f in [fields.get(col, "")]
    ]
    return ColumnMapping(header_row=header_index + 1, columns=columns), unknown


def _find_column(header: list[CellValue], width: int, key: str) -> int | None:
    wanted = header_key(key)
    for col, value in enumerate(header):
        if wanted and header_key(_text(value)) == wanted:
            return col
    letters = key.strip().upper()
    if letters.isalpha() and letters.isascii() and len(letters) <= 3:
        col = column_index(letters)
        return col if col < max(width, len(header), 1) or col < 16384 else None
    return None

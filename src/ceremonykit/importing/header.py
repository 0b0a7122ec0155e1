"""Finding the table in a sheet: the header row (below title blocks) and the column mapping.

Headers come as people write them: below a title block, spread over two rows (a merged group
cell "Name" above "Vorname | Nachname"), with the same text in several columns, or with
words no synonym list knows. Each of these ends in a usable mapping or a message that says
which column to assign – never in a silently wrong one.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from ceremonykit.importing.cells import CellValue, Sheet, column_index, column_letter
from ceremonykit.importing.fields import IGNORE, Target, field_for_name, header_key, synonym_index

HEADER_SEARCH_ROWS = 40
"""Header rows are looked for in the first rows only (title blocks are short)."""
_EXPLICIT_WEIGHT = 3
"""A row holding a header named in ``--map`` is the header row, even if no synonym matches."""


class AmbiguousColumn(ValueError):
    """A ``--map`` key names a header that several columns carry (German text in args[0])."""


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

    header_row: int  # Excel row number of the (last) header row; 0 if the sheet has no header
    columns: list[MappedColumn] = field(default_factory=list)
    first_header_row: int = 0  # Excel row number of the first header row (two-row headers)
    notes: list[str] = field(default_factory=list)  # German remarks (duplicate header names)

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

    @property
    def header_rows_text(self) -> str:
        """ "3" or "2–3" (two-row header) for messages."""
        first = self.first_header_row or self.header_row
        return f"{first}–{self.header_row}" if first < self.header_row else str(self.header_row)

    def remembered(self) -> dict[str, str]:
        """Header text -> field, as stored in ``ceremony.import_mappings``."""
        return {c.header or c.letter: c.field or IGNORE for c in self.columns}


@dataclass(frozen=True)
class HeaderSpan:
    """The header's rows, 0-based and inclusive; (-1, -1) if the sheet has none."""

    first: int
    last: int


NO_HEADER = HeaderSpan(-1, -1)


def _text(value: CellValue) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def header_score(row: list[CellValue], target: Target) -> int:
    """How many distinct fields the cells of ``row`` name."""
    index = synonym_index(target)
    return len({index[k] for v in row if (k := header_key(_text(v))) in index})


def find_header_row(
    sheet: Sheet,
    target: Target,
    remembered: dict[str, str] | None = None,
    explicit: dict[str, str] | None = None,
) -> int:
    """0-based index of the most header-like row among the first rows, or -1.

    Headers remembered from an earlier import count like synonyms; headers named in
    ``explicit`` (the user's ``--map``) count so much that one of them is enough.
    """
    known = {header_key(k) for k in (remembered or {})}
    named = {header_key(k) for k in (explicit or {})} - {""}
    best, best_score = -1, 1
    for i, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        keys = [header_key(_text(v)) for v in row]
        score = header_score(row, target) + sum(1 for k in keys if k in known)
        score += _EXPLICIT_WEIGHT * sum(1 for k in keys if k in named)
        if score > best_score:
            best, best_score = i, score
    return best


def guess_header_row(sheet: Sheet) -> int:
    """The first row that looks like labels above a table (several text cells, as wide as the
    rows below), for headers no synonym knows; -1 if none does."""
    rows = sheet.rows[:HEADER_SEARCH_ROWS]
    widest = max((sum(1 for v in r if v is not None) for r in rows), default=0)
    for i, row in enumerate(rows):
        filled = [v for v in row if v is not None]
        if (
            len(filled) >= max(2, (widest * 6 + 9) // 10)
            and all(isinstance(v, str) for v in filled)
            and i + 1 < len(sheet.rows)
        ):
            return i
    return -1


def header_span(sheet: Sheet, index: int) -> HeaderSpan:
    """The header rows around row ``index``: two when a merged group cell spans columns above
    labels (in row ``index`` above row ``index + 1``, or in the row above ``index``)."""
    if index < 0:
        return NO_HEADER
    for upper in (index, index - 1):
        lower = upper + 1
        if upper < 0 or lower >= len(sheet.rows):
            continue
        below = sheet.rows[lower]
        for r0, c0, r1, c1 in sheet.merged:
            if (
                (r0, r1) == (upper, upper)
                and c1 > c0
                and any(_text(below[c]) for c in range(c0, min(c1 + 1, len(below))))
            ):
                return HeaderSpan(upper, lower)
    return HeaderSpan(index, index)


@dataclass(frozen=True)
class HeaderCell:
    """The header of one column: the text shown, and the texts tried against the synonyms."""

    text: str
    candidates: tuple[str, ...]


def header_cells(sheet: Sheet, span: HeaderSpan) -> list[HeaderCell]:
    """One :class:`HeaderCell` per column; a two-row header combines group and label."""
    if span.first < 0:
        return []
    lower = [_text(v) for v in sheet.rows[span.last]]
    if span.first == span.last:
        return [HeaderCell(t, (t,)) for t in lower]
    upper_row = sheet.rows[span.first]
    upper = [_text(v) for v in upper_row]
    groups: dict[int, tuple[str, bool]] = {}  # column -> (group text, first column of group)
    for r0, c0, r1, c1 in sheet.merged:
        if r0 <= span.first <= r1 and c1 > c0:
            text = upper[c0] if c0 < len(upper) else ""
            for c in range(c0, c1 + 1):
                groups[c] = (text, c == c0)
    width = max(len(lower), len(upper), max(groups, default=-1) + 1)
    cells = []
    for c in range(width):
        label = lower[c] if c < len(lower) else ""
        group, first = groups.get(c, (upper[c] if c < len(upper) else "", True))
        if not label or label == group:
            cells.append(HeaderCell(group, (group,)))
        elif not group:
            cells.append(HeaderCell(label, (label,)))
        else:
            tried = (label, f"{group} {label}", group) if first else (label, f"{group} {label}")
            cells.append(HeaderCell(f"{group}: {label}", tried))
    return cells


def build_mapping(
    sheet: Sheet,
    target: Target,
    header_index: int,
    overrides: dict[str, str] | None = None,
) -> tuple[ColumnMapping, list[str]]:
    """Map columns by synonyms, then apply ``overrides`` (header text or letter -> field).

    ``header_index`` is a header row (0-based; -1 = no header); a two-row header around it
    is found by :func:`header_span`. Returns the mapping and the override keys that matched no
    column. Raises :class:`AmbiguousColumn` for an override naming a header several columns
    carry.
    """
    span = header_span(sheet, header_index)
    header = header_cells(sheet, span)
    width = max((len(r) for r in sheet.rows[: span.last + 200]), default=0)
    index = synonym_index(target)
    fields: dict[int, str] = {}
    taken: set[str] = set()
    for col, cell in enumerate(header):
        name = next((n for t in cell.candidates if (n := index.get(header_key(t), ""))), "")
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
    width = max([width, len(header), *(col + 1 for col in fields)])
    columns = [
        MappedColumn(col, column_letter(col), text, fields.get(col, ""))
        for col in range(width)
        for text in [header[col].text if col < len(header) else ""]
        if fields.get(col, "") or text or span.first < 0 or _has_data(sheet, span.last, col)
    ]
    mapping = ColumnMapping(
        header_row=span.last + 1,
        columns=columns,
        first_header_row=span.first + 1,
        notes=_duplicate_notes(columns),
    )
    return mapping, unknown


def _has_data(sheet: Sheet, header_index: int, col: int) -> bool:
    """Whether a column without a header holds anything in the rows below the header."""
    rows = sheet.rows[header_index + 1 : header_index + 201]
    return any(col < len(r) and r[col] is not None for r in rows)


def _duplicate_notes(columns: list[MappedColumn]) -> list[str]:
    by_key: dict[str, list[MappedColumn]] = {}
    for column in columns:
        if key := header_key(column.header):
            by_key.setdefault(key, []).append(column)
    notes = []
    for same in by_key.values():
        if len(same) < 2:
            continue
        letters = ", ".join(c.letter for c in same)
        used = [c.letter for c in same if c.field]
        which = f"übernommen wird Spalte {', '.join(used)}" if used else "keine wird übernommen"
        notes.append(
            f"Die Überschrift „{same[0].header}“ steht in mehreren Spalten ({letters}); {which}. "
            f"Eine andere Spalte mit ihrem Buchstaben zuordnen (z. B. {same[-1].letter}=feld)."
        )
    return notes


def _find_column(header: list[HeaderCell], width: int, key: str) -> int | None:
    wanted = header_key(key)
    if wanted:
        matches = [
            col
            for col, cell in enumerate(header)
            if any(header_key(t) == wanted for t in (cell.text, *cell.candidates))
        ]
        if len(matches) > 1:
            letters = ", ".join(column_letter(c) for c in matches)
            raise AmbiguousColumn(
                f"Die Überschrift „{key}“ steht in mehreren Spalten ({letters}). Bitte die "
                f"Spalte mit ihrem Buchstaben angeben, z. B. „{column_letter(matches[-1])}=feld“."
            )
        if matches:
            return matches[0]
    letters = key.strip().upper()
    if letters.isalpha() and letters.isascii() and len(letters) <= 3:
        col = column_index(letters)
        return col if col < 16384 else None
    return None

"""Walking the data rows below the header: blank, total and note rows, cell access."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from datetime import date, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from ceremonykit.formula_guard import looks_like_formula
from ceremonykit.importing.cells import CellError, CellValue, column_letter
from ceremonykit.importing.header import ColumnMapping
from ceremonykit.importing.report import CellNote
from ceremonykit.importing.values import (
    LOST_CHARACTERS,
    ValueProblem,
    clean_text,
    lost_characters,
)

T = TypeVar("T")

_clean_multiline = functools.partial(clean_text, multiline=True)

ParseMemo = dict[tuple[Callable[[CellValue], object], type, CellValue], tuple[object, str | None]]
"""(parser, value type, value) -> (result, German problem or None); shared by a sheet's rows."""

_SHAREABLE = (str, int, float, Decimal, date, time, Enum, type(None))
"""Results safe to hand to several rows (immutable); lists of persons are parsed per row."""

_TOTAL = re.compile(r"^(summe|gesamt|insgesamt|gesamtsumme|zwischensumme|total|summen|σ)\b", re.I)
_DATE_TEXT = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
"""A date written as text ("01.01.2025", "2025-01-01"), e.g. from a CSV file."""
_NOTE = re.compile(
    r"^(\*|hinweis|anmerkung|bemerkung|stand|quelle|fußnote|legende|achtung|note)\b", re.I
)


def key_columns(mapping: ColumnMapping, key_fields: Collection[str]) -> frozenset[int]:
    """Column indexes of the fields that identify a row (computed once per sheet)."""
    return frozenset(c.index for c in mapping.columns if c.field in key_fields)


def non_data_reason(row: list[CellValue], key_cols: frozenset[int]) -> str:
    """Why ``row`` is no data row ("" if it is one): blank, a total, or a note line."""
    filled = [(i, v) for i, v in enumerate(row) if v is not None and v != ""]
    if not filled:
        return "leere Zeile"
    texts = [v.lstrip() for _, v in filled[:3] if type(v) is str]  # the patterns read the start
    if texts and (_TOTAL.match(texts[0]) or (len(texts) > 1 and _TOTAL.match(texts[1]))):
        return "Summenzeile"
    if texts and len(filled) <= 2 and _NOTE.match(texts[0]):
        return "Hinweiszeile"
    if not any(i in key_cols for i, _ in filled):
        if len(filled) == 1:
            return "Hinweiszeile ohne Daten"
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for _, v in filled):
            return "Zeile enthält nur Zahlen (z. B. Zwischensummen)"
    return ""


class RowCells:
    """Typed access to the cells of one row by field; parse problems become cell notes."""

    def __init__(
        self,
        row: list[CellValue],
        mapping: ColumnMapping,
        number: int = 0,
        memo: ParseMemo | None = None,
    ) -> None:
        self.row = row
        self.memo: ParseMemo = {} if memo is None else memo  # the same value parses once
        self.mapping = mapping
        self.number = number  # Excel row number, for cell references like "D7"
        width = len(row)
        self.values = {f: row[i] for f, i in mapping.by_field.items() if i < width}
        self.notes: list[CellNote] = []
        self.errors: list[CellNote] = []
        for field_name, value in self.values.items():
            if type(value) is CellError:  # in ANY mapped field: the row is wrong, whoever reads it
                cell = f"{self.letter(field_name)}{number or ''}"
                self.error(field_name, f"Fehlerwert {value.code} in Zelle {cell}")

    def has(self, field_name: str) -> bool:
        return field_name in self.mapping.by_field

    def raw(self, field_name: str) -> CellValue:
        return self.values.get(field_name)

    def letter(self, field_name: str) -> str:
        col = self.mapping.index_of(field_name)
        return column_letter(col) if col is not None else ""

    def get(self, field_name: str, parse: Callable[[CellValue], T], default: T) -> T:
        """The parsed value; ``default`` for an empty cell or (with an error note) a bad one."""
        value = self.values.get(field_name)
        if value is None:
            return default
        if isinstance(value, CellError):  # reported once, when the row was opened
            return default
        key = (parse, type(value), value)  # the type too: 1, 1.0 and True are equal keys
        try:
            result, problem = self.memo[key]
        except KeyError:
            result, problem = self._parse(key, parse, value)
        except TypeError:  # an unhashable value (none come from the readers; be safe)
            result, problem = self._parse(None, parse, value)
        if problem is not None:
            self.error(field_name, problem)
            return default
        return result  # type: ignore[return-value]  # cast() would cost a call per cell

    def _parse(
        self,
        key: tuple[Callable[[CellValue], object], type, CellValue] | None,
        parse: Callable[[CellValue], T],
        value: CellValue,
    ) -> tuple[object, str | None]:
        try:
            outcome: tuple[object, str | None] = (parse(value), None)
        except ValueProblem as exc:
            outcome = (None, str(exc))
        if key is not None and isinstance(outcome[0], _SHAREABLE):
            self.memo[key] = outcome
        return outcome

    def text(self, field_name: str, *, multiline: bool = False) -> str:
        if self.values.get(field_name) is None:  # most fields of a list are empty or unmapped
            return ""
        text = self.get(field_name, _clean_multiline if multiline else clean_text, "")
        if looks_like_formula(text):
            self.note(field_name, f"„{text[:30]}“ sieht aus wie eine Formel – als Text übernommen")
        return text

    def name(self, field_name: str, *, person: bool = True) -> str:
        """Text of a name field; a name that lost characters when saved is a row error, and so
        is a date where a person's name belongs (a column mapped wrongly, or shifted cells)."""
        text = self.text(field_name)
        if text and lost_characters(text, person=person):
            self.error(field_name, f"„{text[:40]}“: {LOST_CHARACTERS}")
        elif person and text and self._is_date(field_name, text):
            self.error(
                field_name,
                f"„{text[:40]}“ ist ein Datum, kein Name – bitte die Zelle bzw. die "
                "Spaltenzuordnung prüfen",
            )
        return text

    def _is_date(self, field_name: str, text: str) -> bool:
        value = self.values.get(field_name)
        return isinstance(value, (date, time, timedelta)) or bool(_DATE_TEXT.match(text))

    def check_names(self, field_name: str) -> None:
        """The lost-characters check for a cell holding several names (persons)."""
        value = self.values.get(field_name)
        if isinstance(value, str) and lost_characters(value, person=True):
            self.error(field_name, f"„{clean_text(value)[:40]}“: {LOST_CHARACTERS}")

    def error(self, field_name: str, text: str) -> None:
        self.errors.append(CellNote(self.letter(field_name), text))

    def note(self, field_name: str, text: str) -> None:
        self.notes.append(CellNote(self.letter(field_name), text))

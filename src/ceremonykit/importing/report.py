"""The per-row report of an import: what happened to each row of the sheet, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class RowStatus(StrEnum):
    IMPORTED = "neu"
    UPDATED = "aktualisiert"
    UNCHANGED = "unverändert"
    SKIPPED = "übersprungen"
    ERROR = "Fehler"


class DuplicateChoice(StrEnum):
    """What happens to a row that looks like an earlier one (the wizard asks per row)."""

    KEEP_BOTH = "beide behalten"
    MERGE = "zusammenführen"
    SKIP = "überspringen"


DuplicateChoices = dict[int | None, DuplicateChoice]
"""Excel row number -> choice; the key ``None`` holds the choice for every other row."""


@dataclass(frozen=True)
class Duplicate:
    """A row that looks like an earlier one: which, why, and what was decided."""

    earlier_row: int
    reason: str  # "gleiche E-Mail-Adresse", "identische Zeile"
    choice: DuplicateChoice


@dataclass(frozen=True)
class CellNote:
    """A remark about one cell (``column`` = Excel letter) or the whole row (``column`` = "")."""

    column: str
    text: str


@dataclass(slots=True)  # one per sheet row: 300,000 of them must stay small
class RowReport:
    """The outcome of one sheet row; ``row`` is the row number the user sees in Excel."""

    sheet: str
    row: int
    status: RowStatus
    subject: str = ""  # "VKII Ruhrbezirk e.V." / "Dr. Anna Müller"
    notes: list[CellNote] = field(default_factory=list)
    object_id: str | None = None  # id of the winner/guest written (or that would be)
    hidden: bool = False
    values: dict[str, str] = field(default_factory=dict)  # what was read: {"Platz": "1. Platz"}
    duplicate: Duplicate | None = None  # set for a suspected duplicate of an earlier row
    file: str = ""  # the file name for a CSV file's rows (a CSV file has no sheets)

    @property
    def has_problem(self) -> bool:
        """Whether the row deserves a look: an error, skipped, a note or a suspected duplicate."""
        return self.status in (RowStatus.ERROR, RowStatus.SKIPPED) or bool(
            self.notes or self.duplicate
        )

    def text(self) -> str:
        """One German line, e.g. "Blatt „Liste“, Zeile 7: Fehler (Verein X) – Spalte D: Betrag …"
        (a CSV file has no sheets: its rows say "Datei „gaeste.csv“, Zeile 7")."""
        place = f"Blatt „{self.sheet}“" if self.sheet else f"Datei „{self.file}“"
        place = f"{place}, Zeile" if self.sheet or self.file else "Zeile"
        head = f"{place} {self.row}: {self.status.value}"
        if self.subject:
            subject = self.subject if len(self.subject) <= 60 else self.subject[:59] + "…"
            head += f" ({subject})"
        details = "; ".join(
            f"Spalte {n.column}: {n.text}" if n.column else n.text for n in self.notes
        )
        return f"{head} – {details}" if details else head


def summary_text(rows: list[RowReport]) -> str:
    """ "3 neu, 1 aktualisiert, 0 unverändert, 2 übersprungen, 1 Fehler"."""
    counts = dict.fromkeys(RowStatus, 0)
    for row in rows:
        counts[row.status] += 1
    return ", ".join(f"{n} {status.value}" for status, n in counts.items())

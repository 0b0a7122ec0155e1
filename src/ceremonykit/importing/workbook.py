"""Reading a workbook safely: the public entry the GUI's import wizard starts with."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ceremonykit.importing import messages
from ceremonykit.importing.cells import RawWorkbook, Sheet
from ceremonykit.importing.messages import ImportFileError
from ceremonykit.importing.reading import load
from ceremonykit.importing.sandbox import TIME_LIMIT, ReaderCrashed, run_limited


@dataclass
class WorkbookInfo:
    """A read spreadsheet: every sheet with its cells, hidden rows and visibility."""

    path: Path
    sheets: list[Sheet]
    engine: str  # which reader was used: "calamine", "openpyxl" or "csv"
    notes: list[str] = field(default_factory=list)  # German remarks (CSV encoding, limits)

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets if not s.chart]

    def sheet(self, name: str) -> Sheet:
        """The sheet called ``name`` (case and surrounding spaces ignored)."""
        wanted = name.strip().casefold()
        for sheet in self.sheets:
            if sheet.name.strip().casefold() == wanted and not sheet.chart:
                return sheet
        raise ImportFileError(messages.sheet_missing(self.path, name, self.sheet_names))


def read_workbook(path: Path | str, *, time_limit: float = TIME_LIMIT) -> WorkbookInfo:
    """Read all sheets of ``path`` in a limited child process (1 GB, 30 s).

    Raises :class:`ImportFileError` with a German message naming the file for anything that
    cannot be read (encrypted, damaged, hostile, too big, not a spreadsheet). An .xlsx that
    crashes the fast reader (python-calamine) is read again with openpyxl.
    """
    path = Path(path)
    if not path.exists():
        raise ImportFileError(messages.not_found(path))
    if path.is_dir():
        raise ImportFileError(messages.unreadable(path, "das ist ein Ordner"))
    try:
        raw: RawWorkbook = run_limited(load, (str(path), True), path=path, time_limit=time_limit)
    except ReaderCrashed:
        raw = run_limited(load, (str(path), False), path=path, time_limit=time_limit)
    if not any(s.rows for s in raw.sheets):
        raise ImportFileError(messages.no_sheets(path))
    return WorkbookInfo(path=path, sheets=raw.sheets, engine=raw.engine, notes=raw.notes)

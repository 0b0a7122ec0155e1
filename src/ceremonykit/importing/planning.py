"""Preview and commit: the two calls of the import wizard (and of ``ceremonykit import``).

``preview`` reads and maps a sheet and decides the outcome of every row without writing;
``commit`` writes exactly what the preview showed, in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ceremonykit.domain.model import Applicant, Ceremony, Guest, Photo, Prize, Winner
from ceremonykit.errors import Remedy
from ceremonykit.importing import messages
from ceremonykit.importing.applicants import ApplicantImport
from ceremonykit.importing.bulk import gc_paused
from ceremonykit.importing.cells import Sheet
from ceremonykit.importing.fields import TARGET_LABELS, Target, expected_headers, field_for_name
from ceremonykit.importing.guests import GuestImport
from ceremonykit.importing.header import (
    AmbiguousColumn,
    ColumnMapping,
    build_mapping,
    find_header_row,
    guess_header_row,
)
from ceremonykit.importing.messages import ImportFileError, ImportMappingError
from ceremonykit.importing.report import (
    CellNote,
    DuplicateChoices,
    RowReport,
    RowStatus,
    summary_text,
)
from ceremonykit.importing.rows import ParseMemo, RowCells, key_columns, non_data_reason
from ceremonykit.importing.winners import WinnerImport
from ceremonykit.importing.workbook import WorkbookInfo, read_workbook
from ceremonykit.store import ProjectFile

Change = Prize | Winner | Photo | Guest | Applicant
HIDDEN_NOTE = "Zeile ist in Excel ausgeblendet – trotzdem übernommen"
HIDDEN_ERROR_NOTE = "Zeile ist in Excel ausgeblendet"  # a row with errors is not taken over


class _RowImporter(Protocol):
    key_fields: frozenset[str]

    def add_row(self, cells: RowCells, row: int, sheet: str) -> RowReport: ...

    def changes(self) -> Sequence[Change]: ...


@dataclass
class ImportPreview:
    """What an import would do; nothing is written until :func:`commit`.

    ``rows`` has one :class:`RowReport` per sheet row below the header (status, Excel row
    number, column letters in the notes); ``changes`` are the objects commit will store.
    """

    path: Path
    target: Target
    sheet: str
    mapping: ColumnMapping
    rows: list[RowReport]
    changes: list[Change]
    notes: list[str] = field(default_factory=list)
    new_categories: list[str] = field(default_factory=list)
    has_sheets: bool = True  # False for CSV: a text file has no sheets, messages say "Datei"

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def has_errors(self) -> bool:
        return any(r.status is RowStatus.ERROR for r in self.rows)

    def summary(self) -> str:
        return summary_text(self.rows)


@dataclass
class ImportResult:
    """What :func:`commit` wrote: counts per status and the row reports of the preview."""

    imported: int
    updated: int
    unchanged: int
    skipped: int
    errors: int
    rows: list[RowReport]


def preview(
    source: Path | str | WorkbookInfo,
    target: Target | str = Target.WINNERS,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    ceremony: Ceremony | None = None,
    *,
    include_hidden: bool = True,
    header_row: int | None = None,
    duplicates: DuplicateChoices | None = None,
) -> ImportPreview:
    """Read ``source`` (a path, or a :class:`WorkbookInfo` from :func:`read_workbook`) and
    plan the import into ``ceremony`` without changing it.

    ``sheet``: sheet name; default the first visible sheet that looks like ``target``.
    ``mapping``: {"header text or column letter": "field"} overriding the synonyms; default
    the mapping remembered in ``ceremony.import_mappings``. Hidden rows are imported (and
    reported) unless ``include_hidden`` is False. ``header_row``: the header's Excel row
    number chosen by the user (0 = the sheet has none; default: found from the headers).
    ``duplicates``: what to do with each suspected duplicate guest row (Excel row number ->
    choice; ``None`` key = the choice for all others; default: keep both). Raises :class:`ImportFileError` /
    :class:`ImportMappingError` (German, naming file and sheet) if nothing can be imported.
    """
    workbook = source if isinstance(source, WorkbookInfo) else read_workbook(source)
    target = Target(target)
    ceremony = ceremony if ceremony is not None else Ceremony()
    explicit = mapping is not None
    overrides = (
        dict(mapping) if mapping is not None else dict(ceremony.import_mappings.get(target, {}))
    )
    if explicit:
        for key, value in overrides.items():
            if field_for_name(target, value) is None:
                raise ImportMappingError(
                    messages.bad_mapping(f"{key}={value}", _field_names(target))
                )
    chosen, header_index = _choose_sheet(workbook, target, sheet, overrides, explicit, header_row)
    try:
        column_mapping, unknown = build_mapping(chosen, target, header_index, overrides)
    except AmbiguousColumn as exc:
        raise ImportMappingError(f"„{workbook.path.name}“, Blatt „{chosen.name}“: {exc}") from None
    if explicit and unknown:
        raise ImportMappingError(
            messages.mapping_column_missing(workbook.path, chosen.name, unknown[0])
        )
    importer = _importer(target, ceremony, duplicates or {})
    if not column_mapping.fields & importer.key_fields:
        what = "den Namen" if target is Target.GUESTS else "Preisträger bzw. Organisation"
        raise ImportMappingError(
            messages.missing_required(workbook.path, chosen.name, what), remedy=Remedy.MAP_COLUMNS
        )
    label = "" if workbook.engine == "csv" else chosen.name  # rows of a CSV name no sheet
    with gc_paused():
        reports = _read_rows(chosen, column_mapping, importer, include_hidden, label)
    if not label:
        for report in reports:
            report.file = workbook.path.name
    notes = [*workbook.notes, *column_mapping.notes]
    taken = (RowStatus.IMPORTED, RowStatus.UPDATED, RowStatus.UNCHANGED)
    hidden = [r.row for r in reports if r.hidden and r.status in taken]
    if hidden:
        notes.append(f"Ausgeblendete Zeilen übernommen: {', '.join(map(str, hidden[:30]))}.")
    if target is Target.WINNERS and "place" not in column_mapping.fields:
        notes.append("Keine Spalte „Platz“: die Preisträger werden ohne Preis übernommen.")
    return ImportPreview(
        path=workbook.path,
        target=target,
        sheet=chosen.name,
        mapping=column_mapping,
        rows=reports,
        changes=list(importer.changes()),
        notes=notes,
        new_categories=getattr(importer, "new_categories", []),
        has_sheets=bool(label),
    )


def _field_names(target: Target) -> list[str]:
    from ceremonykit.importing.fields import FIELDS

    return [spec.name for spec in FIELDS[target]]


def _importer(target: Target, ceremony: Ceremony, duplicates: DuplicateChoices) -> _RowImporter:
    if target is Target.WINNERS:
        return WinnerImport(ceremony)
    if target is Target.GUESTS:
        return GuestImport(ceremony, duplicates)
    return ApplicantImport(ceremony)


def _choose_sheet(
    workbook: WorkbookInfo,
    target: Target,
    name: str | None,
    overrides: dict[str, str],
    explicit: bool,
    header_row: int | None,
) -> tuple[Sheet, int]:
    """The sheet and its header row (0-based; -1 = none): as chosen, or found by headers."""
    label, expected = TARGET_LABELS[target], expected_headers(target)
    named = overrides if explicit else {}
    candidates = [s for s in workbook.sheets if s.rows and not s.chart]
    if header_row is not None:
        sheet = workbook.sheet(name) if name else _first_visible(workbook, candidates)
        if not 0 <= header_row <= len(sheet.rows):
            raise ImportMappingError(
                messages.header_row_outside(workbook.path, sheet.name, header_row, len(sheet.rows))
            )
        return sheet, header_row - 1
    if name:
        sheet = workbook.sheet(name)
        header = find_header_row(sheet, target, overrides, named)
        if header < 0 and explicit:
            header = guess_header_row(sheet)
        if header < 0 and not explicit:
            raise ImportMappingError(
                messages.no_header(workbook.path, sheet.name, label, expected),
                remedy=Remedy.MAP_COLUMNS,
            )
        return sheet, header
    for sheet in sorted(candidates, key=lambda s: not s.visible):
        header = find_header_row(sheet, target, overrides, named)
        if header >= 0:
            return sheet, header
    if explicit and candidates:
        sheet = _first_visible(workbook, candidates)
        return sheet, guess_header_row(sheet)
    raise ImportMappingError(
        messages.no_data_sheet(workbook.path, label, expected), remedy=Remedy.CHOOSE_SHEET_AND_MAP
    )


def _first_visible(workbook: WorkbookInfo, candidates: list[Sheet]) -> Sheet:
    if not candidates:
        raise ImportFileError(messages.no_sheets(workbook.path))
    return next((s for s in candidates if s.visible), candidates[0])


def _read_rows(
    sheet: Sheet, mapping: ColumnMapping, importer: _RowImporter, include_hidden: bool, label: str
) -> list[RowReport]:
    """One report per row below the header; ``label`` is the sheet name the reports show
    ("" for a CSV file, which has no sheets)."""
    reports = []
    key_cols = key_columns(mapping, importer.key_fields)
    memo: ParseMemo = {}
    for index in range(mapping.header_row, len(sheet.rows)):
        row, number = sheet.rows[index], index + 1
        hidden = number in sheet.hidden_rows
        reason = non_data_reason(row, key_cols)
        if not reason and hidden and not include_hidden:
            reason = "ausgeblendete Zeile – nicht übernommen"
        if reason:
            note = [CellNote("", reason)]
            reports.append(RowReport(label, number, RowStatus.SKIPPED, notes=note, hidden=hidden))
            continue
        report = importer.add_row(RowCells(row, mapping, number, memo), number, label)
        report.hidden = hidden
        if hidden:
            failed = report.status is RowStatus.ERROR
            report.notes.append(CellNote("", HIDDEN_ERROR_NOTE if failed else HIDDEN_NOTE))
        reports.append(report)
    return reports


def commit(preview: ImportPreview, project: ProjectFile, ceremony: Ceremony) -> ImportResult:
    """Write the preview's changes and remember its column mapping, in ONE transaction.

    The write is the operation :func:`ceremonykit.operations.imports.commit_import` (which
    cleans the text like every other edit); this returns its counts. ``ceremony`` must be the
    ceremony the preview was made against (the loaded project); it is updated in memory after
    the write succeeded. Rows with errors are not written.
    """
    from ceremonykit.operations.imports import commit_import

    result = commit_import(project, ceremony, preview).extra["result"]
    assert isinstance(result, ImportResult)
    return result


def import_result(preview: ImportPreview) -> ImportResult:
    """The counts of what committing ``preview`` writes."""
    return ImportResult(
        imported=preview.count(RowStatus.IMPORTED),
        updated=preview.count(RowStatus.UPDATED),
        unchanged=preview.count(RowStatus.UNCHANGED),
        skipped=preview.count(RowStatus.SKIPPED),
        errors=preview.count(RowStatus.ERROR),
        rows=preview.rows,
    )

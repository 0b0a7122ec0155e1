"""``import``: winners, guests or applicants from a spreadsheet into a project file.

Rows with errors are reported and left out; the good rows are imported anyway and the exit
code is 1 so that scripts notice. ``--dry-run`` shows the report without writing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ceremonykit.cli.common import EXIT_DATA, EXIT_OK, add_project_argument, path_argument
from ceremonykit.domain.model import Ceremony
from ceremonykit.importing import (
    ImportMappingError,
    ImportPreview,
    RowStatus,
    Target,
    preview,
)
from ceremonykit.importing.fields import FIELDS, field_label
from ceremonykit.importing.messages import bad_mapping
from ceremonykit.importing.report import DuplicateChoice, RowReport
from ceremonykit.importing.report_file import save_report
from ceremonykit.operations.imports import commit_import
from ceremonykit.project import open_project, read_ceremony

_DUPLICATES = {
    "beide": DuplicateChoice.KEEP_BOTH,
    "zusammenführen": DuplicateChoice.MERGE,
    "überspringen": DuplicateChoice.SKIP,
}
"""--duplicates values (one word each, no quoting needed in a shell)."""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="Preisträger, Gäste oder Bewerbungen aus Excel/LibreOffice/CSV übernehmen",
        description=(
            "Liest eine Tabelle (.xlsx, .xlsm, .xls, .ods, .csv) und übernimmt sie in die "
            "Projektdatei. Vorhandene Einträge werden aktualisiert, nicht verdoppelt."
        ),
    )
    add_project_argument(p, writes=True)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--winners", metavar="TABELLE", type=path_argument, help="Preisträgerliste")
    which.add_argument("--guests", metavar="TABELLE", type=path_argument, help="Gästeliste")
    which.add_argument(
        "--applicants", metavar="TABELLE", type=path_argument, help="Bewerbungsliste"
    )
    p.add_argument("--sheet", metavar="BLATT", help="Tabellenblatt (sonst das erste passende)")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="SPALTE=FELD",
        help="Spalte (Überschrift oder Buchstabe) einem Feld zuordnen, z. B. „Hausname=organisation“",
    )
    p.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help="Zeile N ist die Kopfzeile (Excel-Zeilennummer; 0 = keine Kopfzeile)",
    )
    p.add_argument(
        "--duplicates",
        choices=list(_DUPLICATES),
        default="beide",
        help="mögliche doppelte Gäste (gleiche E-Mail oder identische Zeile): "
        "„beide“ behalten (Vorgabe), „zusammenführen“ oder „überspringen“",
    )
    p.add_argument("--dry-run", action="store_true", help="nur anzeigen, nichts speichern")
    p.add_argument(
        "--skip-hidden", action="store_true", help="in Excel ausgeblendete Zeilen nicht übernehmen"
    )
    p.set_defaults(func=cmd_import)


def _target(args: argparse.Namespace) -> tuple[Target, Path]:
    for target in Target:
        value = getattr(args, target.value)
        if value is not None:
            return target, Path(value)
    raise AssertionError("argparse requires one of the targets")


def _mapping(target: Target, entries: list[str]) -> dict[str, str] | None:
    if not entries:
        return None
    result = {}
    for entry in entries:
        column, sep, field = entry.partition("=")
        if not sep or not column.strip() or not field.strip():
            names = [spec.name for spec in FIELDS[target]]
            raise ImportMappingError(bad_mapping(entry, names))
        result[column.strip()] = field.strip()
    return result


def _preview(
    args: argparse.Namespace,
    target: Target,
    sheet_file: Path,
    mapping: dict[str, str] | None,
    ceremony: Ceremony,
) -> ImportPreview:
    """Read the table against ``ceremony`` and print the row report."""
    plan = preview(
        sheet_file,
        target,
        sheet=args.sheet,
        mapping=mapping,
        ceremony=ceremony,
        include_hidden=not args.skip_hidden,
        header_row=args.header_row,
        duplicates={None: _DUPLICATES[args.duplicates]},
    )
    columns = ", ".join(
        f"{c.letter} „{c.header}“ → {field_label(target, c.field)}"
        for c in plan.mapping.columns
        if c.field
    )
    unused = ", ".join(
        f"{c.letter} „{c.header}“" for c in plan.mapping.columns if not c.field and c.header
    )
    print(
        f"Datei „{plan.path.name}“"
        + (f", Blatt „{plan.sheet}“" if plan.has_sheets else "")
        + f", Kopfzeile {plan.mapping.header_rows_text}"
    )
    print(f"Zuordnung: {columns}")
    if unused:
        print(f"Nicht übernommen: {unused} (zuordnen mit --map „Spalte=feld“ oder „C=feld“)")
    for note in plan.notes:
        print(f"Hinweis: {note}")
    for row in plan.rows:
        print(row.text())
    print(f"Ergebnis: {plan.summary()}.")
    suspected = sum(1 for r in plan.rows if r.duplicate)
    if suspected:
        print(
            f"{suspected} mögliche(s) Duplikat(e) (gleiche E-Mail oder identische Zeile): "
            f"{_DUPLICATES[args.duplicates].value} – ändern mit --duplicates."
        )
    return plan


def _keep_report(project: Path, source: Path, rows: list[RowReport]) -> None:
    """The row report beside the project, as the GUI keeps it ("Letzter Importbericht")."""
    try:
        saved = save_report(project, source, rows)
    except OSError as exc:
        print(f"Hinweis: Importbericht nicht gespeichert ({exc.strerror or exc}).")
    else:
        print(f"Zeilenbericht: „{saved.name}“.")


def cmd_import(args: argparse.Namespace) -> int:
    target, sheet_file = _target(args)
    mapping = _mapping(target, args.map)
    path = Path(args.file)
    if args.dry_run:  # reads like "show": no lock, so it works while someone edits the file
        plan = _preview(args, target, sheet_file, mapping, read_ceremony(path))
        print("Probelauf (--dry-run): nichts gespeichert.")
    else:
        with open_project(path, take_over_lock=args.take_over_lock) as project:
            ceremony = project.load()
            plan = _preview(args, target, sheet_file, mapping, ceremony)
            commit_import(project, ceremony, plan)
            print(f"Gespeichert in „{path.name}“.")
            _keep_report(path, plan.path, plan.rows)
    errors = plan.count(RowStatus.ERROR)
    if errors:
        print(
            f"{errors} Zeile(n) mit Fehlern wurden nicht übernommen; bitte in der Tabelle "
            "korrigieren und erneut importieren (bereits übernommene Zeilen werden dann aktualisiert)."
        )
        return EXIT_DATA
    return EXIT_OK

"""The row report of the last import, kept beside the project file.

After the wizard closes, staff still need to know which rows were left out and why. The
report is written as CSV (semicolons, UTF-8 with BOM: German Excel opens it as it is) beside
the project as "NAME – Importbericht.csv" and read back for "Letzter Importbericht".
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ceremonykit.atomic import atomic_path
from ceremonykit.formula_guard import is_formula_like
from ceremonykit.importing.report import CellNote, RowReport, RowStatus

_HEADER = ["Datei", "Blatt", "Zeile", "Ergebnis", "Betrifft", "Gelesen", "Hinweise"]


def report_path(project: Path) -> Path:
    return project.with_name(f"{project.stem} – Importbericht.csv")


def delete_report(project: Path) -> tuple[Path | None, str]:
    """Delete the project's import report, for the data-protection purge.

    The report repeats names and e-mail addresses of every imported row – also of rows that
    were never taken over – so it is deleted whole rather than scrubbed. Returns the deleted
    file (``None`` if there was none) and, if it could not be deleted, why (German).
    """
    path = report_path(project)
    try:
        path.unlink()
    except FileNotFoundError:
        return None, ""
    except OSError as exc:
        return path, exc.strerror or type(exc).__name__
    return path, ""


def _cell(text: str) -> str:
    """Text as a cell Excel shows as text (never runs it as a formula)."""
    return "'" + text if is_formula_like(text) else text


def save_report(project: Path, source: Path, rows: list[RowReport]) -> Path:
    """Write the report (replacing the previous one) without a half-written file."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(_HEADER)
    for row in rows:
        writer.writerow(
            [
                _cell(source.name),
                _cell(row.sheet),
                row.row,
                row.status.value,
                _cell(row.subject),
                _cell(" · ".join(f"{k}: {v}" for k, v in row.values.items())),
                _cell(_notes(row)),
            ]
        )
    target = report_path(project)
    with atomic_path(target) as tmp:
        tmp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    return target


def _notes(row: RowReport) -> str:
    return "; ".join(f"Spalte {n.column}: {n.text}" if n.column else n.text for n in row.notes)


def load_report(project: Path) -> tuple[str, list[RowReport]]:
    """The file name and rows of the last saved report; ("", []) if there is none."""
    path = report_path(project)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (FileNotFoundError, UnicodeDecodeError):
        return "", []
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    statuses = {s.value: s for s in RowStatus}
    rows = []
    source = ""
    for record in records[1:]:
        if len(record) != len(_HEADER) or not record[2].isdigit():
            continue
        source, sheet, number, status, subject, shown, notes = (
            v.removeprefix("'") if is_formula_like(v.removeprefix("'")) else v for v in record
        )
        values = dict(p.split(": ", 1) for p in shown.split(" · ") if ": " in p)
        rows.append(
            RowReport(
                sheet,
                int(number),
                statuses.get(status, RowStatus.ERROR),
                subject=subject,
                notes=[CellNote("", notes)] if notes else [],
                values=values,
                file="" if sheet else source,  # a CSV file's rows name no sheet
            )
        )
    return source, rows

"""Spreadsheet import (Excel, LibreOffice, CSV) for winners, guests and applicants.

The three calls the GUI's import wizard and ``ceremonykit import`` use::

    info = read_workbook(path)                       # sheets, in a limited child process
    plan = preview(info, "guests", ceremony=c)       # mapping + per-row outcome, no writes
    result = commit(plan, project, c)                # one transaction

``read_workbook`` and ``preview(path, …)`` block while the child process reads (process start
about 0.2 s plus parsing, at most 30 s): call them off the GUI thread. Pass the
:class:`WorkbookInfo` to ``preview`` to avoid reading the file again when the user changes the
sheet or the mapping. ``preview`` never writes; ``commit`` writes in one transaction.

Every problem reaches the caller as a :class:`~ceremonykit.errors.UserError` subclass with a
German message naming the file (and sheet/row where it applies).
"""

from __future__ import annotations

from ceremonykit.importing.cells import CellError, Sheet, column_letter
from ceremonykit.importing.fields import FIELDS, FieldSpec, Target
from ceremonykit.importing.header import ColumnMapping, MappedColumn
from ceremonykit.importing.messages import ImportFileError, ImportMappingError
from ceremonykit.importing.preview import ImportPreview, ImportResult, commit, preview
from ceremonykit.importing.report import CellNote, RowReport, RowStatus
from ceremonykit.importing.workbook import WorkbookInfo, read_workbook

__all__ = [
    "FIELDS",
    "CellError",
    "CellNote",
    "ColumnMapping",
    "FieldSpec",
    "ImportFileError",
    "ImportMappingError",
    "ImportPreview",
    "ImportResult",
    "MappedColumn",
    "RowReport",
    "RowStatus",
    "Sheet",
    "Target",
    "WorkbookInfo",
    "column_letter",
    "commit",
    "preview",
    "read_workbook",
]

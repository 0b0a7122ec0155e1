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

The names below are imported on first use: the sandbox child that reads a file imports
``ceremonykit.importing.reading`` and must not pay for the domain model, the store and the
German text helpers that only planning and committing need (see :mod:`sandbox`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ceremonykit.importing.cells import CellError, Sheet, column_letter
    from ceremonykit.importing.fields import FIELDS, FieldSpec, Target
    from ceremonykit.importing.header import ColumnMapping, MappedColumn
    from ceremonykit.importing.messages import ImportFileError, ImportMappingError
    from ceremonykit.importing.planning import ImportPreview, ImportResult, commit, preview
    from ceremonykit.importing.report import CellNote, RowReport, RowStatus
    from ceremonykit.importing.workbook import WorkbookInfo, read_workbook

_HOME = {
    "CellError": "cells",
    "Sheet": "cells",
    "column_letter": "cells",
    "FIELDS": "fields",
    "FieldSpec": "fields",
    "Target": "fields",
    "ColumnMapping": "header",
    "MappedColumn": "header",
    "ImportFileError": "messages",
    "ImportMappingError": "messages",
    "ImportPreview": "planning",
    "ImportResult": "planning",
    "commit": "planning",
    "preview": "planning",
    "CellNote": "report",
    "RowReport": "report",
    "RowStatus": "report",
    "WorkbookInfo": "workbook",
    "read_workbook": "workbook",
}

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


def __getattr__(name: str) -> object:
    """Import a public name from its module on first use (PEP 562) and keep it here."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

"""Spreadsheet builders for the import tests: each test writes the file it reads."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, title: str = "Tabelle1") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def patch_xlsx(path: Path, member: str, old: str, new: str) -> None:
    """Replace text inside one XML member (for cached formula values, error cells…)."""
    with zipfile.ZipFile(path) as zf:
        items = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    text = items[member].decode()
    assert old in text, f"{old!r} not in {member}"
    items[member] = text.replace(old, new).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items.items():
            zf.writestr(name, data)


def write_ods(
    path: Path, rows: Sequence[Sequence[Any]], *, hidden_rows: frozenset[int] = frozenset()
) -> Path:
    pytest.importorskip("odf.opendocument", reason="odfpy nicht installiert")
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Gäste")
    for number, row in enumerate(rows, start=1):
        tr = TableRow(visibility="collapse") if number in hidden_rows else TableRow()
        for value in row:
            if isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text="" if value is None else str(value)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


SPREADSHEETS = Path(__file__).resolve().parents[1] / "data" / "spreadsheets"
"""The robustness corpus (``tests/data/spreadsheets``, provenance in its ``MANIFEST.tsv``)."""


def sheet_file(
    folder: Path, rows: Sequence[Sequence[Any]], name: str = "liste.xlsx", **kw: Any
) -> Path:
    """An .xlsx called ``name`` in ``folder`` holding ``rows``."""
    return write_xlsx(folder / name, rows, **kw)

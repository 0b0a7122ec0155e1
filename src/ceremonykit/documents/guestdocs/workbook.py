"""XLSX workbooks of the guest documents, written with XlsxWriter in one go to the build's path.

XlsxWriter rather than openpyxl: it loads in a fifth of the time (a build pays that for two
small sheets) and streams a large sheet row by row (``constant_memory``: rows strictly in
order, strings stored in their cells instead of a shared table). The rows it streams hold
guests' names and addresses, so its temporary files go to a folder in the process's scratch
folder (:mod:`ceremonykit.scratch`: a purge and the next start find what a killed process left)
and are closed and removed whatever happens; a sheet that fails is never written, so no
half-written file is left at the path. A full disk is reported as the ``OSError`` it is
(XlsxWriter wraps it), so the build stops as for any other document. Reading spreadsheets (the
importer) stays elsewhere.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from xlsxwriter import Workbook
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.worksheet import Worksheet

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.guestdocs.cells import CellStyle, write_value
from ceremonykit.documents.guestdocs.selection import author
from ceremonykit.scratch import new_folder

HEADER_FILL = "#E6E6E6"
STREAM_ABOVE = 1000
"""Rows from which a workbook is streamed (100,000 guests held in memory would add 180 MB);
a smaller one is built in memory, twice as fast as through temporary files."""


@contextmanager
def xlsx_workbook(path: Path, *, title: str, author: str, rows: int) -> Iterator[Workbook]:
    """A workbook that is written to ``path`` when the block ends without error. With more
    than :data:`STREAM_ABOVE` ``rows`` (in its longest sheet) it is streamed: write each
    sheet's rows in order."""
    streaming = rows > STREAM_ABOVE
    tmp = new_folder("xlsx-") if streaming else None
    try:
        options = {"constant_memory": True, "tmpdir": str(tmp)} if tmp else {"in_memory": True}
        workbook = Workbook(str(path), options)
        workbook.set_properties({"title": title, "author": author})
        try:
            yield workbook
        except BaseException:
            for sheet in workbook.worksheets():  # a streamed sheet's open row file (XlsxWriter
                close_rows = getattr(sheet, "_opt_close", None)  # has no public call for it;
                if close_rows is not None:  # a test notices should an upgrade rename it)
                    close_rows()
            raise
        _close(workbook)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _close(workbook: Workbook) -> None:
    """Write the workbook; a failing disk raises its ``OSError`` (not XlsxWriter's wrapper)."""
    try:
        workbook.close()
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, OSError):
            raise cause from None
        raise


@contextmanager
def xlsx_output(ctx: BuildContext, relpath: str, title: str, rows: int) -> Iterator[Workbook]:
    """The workbook that becomes ``relpath`` of the build: titled "``title`` <ceremony>",
    by the ceremony's organiser (see :func:`xlsx_workbook` for ``rows``)."""
    ceremony = ctx.ceremony
    with (
        ctx.output(relpath, "xlsx") as tmp,
        xlsx_workbook(
            tmp, title=f"{title} {ceremony.title}".strip(), author=author(ceremony), rows=rows
        ) as workbook,
    ):
        yield workbook


def header_style(workbook: Workbook, **properties: object) -> CellStyle:
    """Bold on light grey, as every header row of the guest documents (plus ``properties``)."""
    return CellStyle.add(workbook, bold=True, bg_color=HEADER_FILL, pattern=1, **properties)


def write_header(ws: Worksheet, columns: Sequence[tuple[str, float]], style: CellStyle) -> None:
    """The first row: each (header, width in characters) column's header in ``style``."""
    for col, (header, width) in enumerate(columns):
        ws.set_column(col, col, width)
        write_value(ws, 0, col, header, style)

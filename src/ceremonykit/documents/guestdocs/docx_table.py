"""Large Word tables, fast: built as XML text and put into the saved file as text.

python-docx needs about a millisecond per cell, far too slow for 5,000 guests. The tables
are built as escaped ``w:tbl`` XML; the document holds a marker paragraph for each, and
:meth:`TableWriter.save` streams the saved ``word/document.xml`` into the file with each marker
replaced by its table, a few hundred rows at a time – the big tables are neither parsed nor
serialised by python-docx, nor held in memory as a whole (100,000 guests stay far below
500 MB). Header rows repeat on every page;
rows do not split across pages.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from docx.document import Document as DocxDocument
from docx.shared import Cm

from ceremonykit.documents.guestdocs.pdftext import clean
from ceremonykit.documents.guestdocs.zipparts import split_once, stream_part
from ceremonykit.xml_text import escape

DOCUMENT_PART = "word/document.xml"
ROWS_PER_CHUNK = 500


def _cell(text: str, width_twips: int, size: int, *, bold: bool = False, fill: str = "") -> str:
    lines = clean(text).replace("\r", "").split("\n")
    runs = []
    rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    for index, line in enumerate(lines):
        br = "<w:br/>" if index else ""
        runs.append(f'<w:r>{rpr}{br}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>')
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width_twips}" w:type="dxa"/>{shade}</w:tcPr>'
        f'<w:p><w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr>{"".join(runs)}</w:p></w:tc>'
    )


def table_chunks(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths_cm: Sequence[float],
    *,
    font_size_pt: float = 9,
) -> Iterator[bytes]:
    """A bordered ``w:tbl`` with a repeating bold header row (``w`` namespace declared by the
    enclosing document), as UTF-8 pieces of a few hundred rows: a table of 100,000 guests is
    written out piece by piece, never held as one string."""
    twips = [int(Cm(w).twips) for w in widths_cm]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in twips)
    half_points = round(font_size_pt * 2)
    header = (
        "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
        + "".join(
            _cell(h, w, half_points, bold=True, fill="E6E6E6")
            for h, w in zip(headers, twips, strict=True)
        )
        + "</w:tr>"
    )
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    yield (
        f"<w:tbl><w:tblPr>"
        f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{header}"
    ).encode()
    batch: list[str] = []
    for row in rows:
        batch.append(
            "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            + "".join(_cell(str(v), w, half_points) for v, w in zip(row, twips, strict=True))
            + "</w:tr>"
        )
        if len(batch) >= ROWS_PER_CHUNK:
            yield "".join(batch).encode("utf-8")
            batch.clear()
    yield ("".join(batch) + "</w:tbl>").encode("utf-8")


def table_xml(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_cm: Sequence[float],
    *,
    font_size_pt: float = 9,
) -> str:
    """The whole table as one string (see :func:`table_chunks`)."""
    chunks = table_chunks(headers, rows, widths_cm, font_size_pt=font_size_pt)
    return b"".join(chunks).decode("utf-8")


@dataclass(frozen=True)
class _Table:
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths_cm: Sequence[float]
    font_size_pt: float


class TableWriter:
    """Collects tables for one document and streams them in when the document is saved."""

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self._tables: list[_Table] = []

    def add_table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths_cm: Sequence[float],
        *,
        font_size_pt: float = 9,
    ) -> None:
        """Append a table (see :func:`table_chunks`) to the end of the document."""
        self.doc.add_paragraph(self._marker(len(self._tables)))
        self._tables.append(_Table(headers, rows, widths_cm, font_size_pt))
        self.doc.add_paragraph()  # Word needs a paragraph between consecutive tables

    @staticmethod
    def _marker(index: int) -> str:
        return f"\u2063ck-table-{index}\u2063"  # invisible separators: never typed by staff

    def save(self, target: Path) -> None:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        stream_part(buffer.getvalue(), target, DOCUMENT_PART, self._write_document)

    def _write_document(self, xml: bytes, out: IO[bytes]) -> None:
        """The saved ``document.xml`` with each marker paragraph replaced by its table."""
        rest = xml
        for index, table in enumerate(self._tables):
            marker = self._marker(index)
            paragraph = f"<w:p><w:r><w:t>{marker}</w:t></w:r></w:p>".encode()
            before, rest = split_once(rest, paragraph, DOCUMENT_PART)
            out.write(before)
            for chunk in table_chunks(
                table.headers, table.rows, table.widths_cm, font_size_pt=table.font_size_pt
            ):
                out.write(chunk)
        out.write(rest)

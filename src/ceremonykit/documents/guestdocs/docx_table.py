"""Large Word tables, fast: built as XML text and put into the saved file as text.

python-docx needs about a millisecond per cell, far too slow for 5,000 guests. The tables
are built as escaped ``w:tbl`` XML; the document holds a marker paragraph for each, and
:meth:`TableWriter.save` replaces the markers in the saved ``word/document.xml``, so the big
tables are neither parsed nor serialised by python-docx. Header rows repeat on every page;
rows do not split across pages.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.shared import Cm

from ceremonykit.documents.guestdocs.pdftext import clean
from ceremonykit.documents.guestdocs.zipparts import replace_once, rewrite_part

DOCUMENT_PART = "word/document.xml"


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


def table_xml(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_cm: Sequence[float],
    *,
    font_size_pt: float = 9,
) -> str:
    """A bordered ``w:tbl`` with a repeating bold header row (``w`` namespace declared by the
    enclosing document)."""
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
    body = "".join(
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        + "".join(_cell(str(v), w, half_points) for v, w in zip(row, twips, strict=True))
        + "</w:tr>"
        for row in rows
    )
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return (
        f"<w:tbl><w:tblPr>"
        f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{header}{body}</w:tbl>"
    )


class TableWriter:
    """Collects tables for one document and writes them in when the document is saved."""

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self._tables: list[str] = []

    def add_table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths_cm: Sequence[float],
        *,
        font_size_pt: float = 9,
    ) -> None:
        """Append a table (see :func:`table_xml`) to the end of the document."""
        self.doc.add_paragraph(self._marker(len(self._tables)))
        self._tables.append(table_xml(headers, rows, widths_cm, font_size_pt=font_size_pt))
        self.doc.add_paragraph()  # Word needs a paragraph between consecutive tables

    @staticmethod
    def _marker(index: int) -> str:
        return f"\u2063ck-table-{index}\u2063"  # invisible separators: never typed by staff

    def save(self, target: Path) -> None:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        rewrite_part(buffer.getvalue(), target, DOCUMENT_PART, self._insert_tables)

    def _insert_tables(self, xml: bytes) -> bytes:
        for index, table in enumerate(self._tables):
            marker = self._marker(index)
            paragraph = f"<w:p><w:r><w:t>{marker}</w:t></w:r></w:p>".encode()
            xml = replace_once(xml, paragraph, table.encode("utf-8"), DOCUMENT_PART)
        return xml

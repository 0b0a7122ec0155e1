"""Large Word tables, fast: rows are built as XML text and parsed once.

python-docx needs about a millisecond per cell, far too slow for 5,000 guests; building the
``w:tr`` elements as escaped XML and parsing them in one go takes a few milliseconds per
hundred rows. Header rows repeat on every page; rows do not split across pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.shared import Cm

from ceremonykit.documents.guestdocs.pdftext import clean

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


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


def add_table(
    doc: DocxDocument,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_cm: Sequence[float],
    *,
    font_size_pt: float = 9,
) -> None:
    """Append a bordered table with a repeating bold header row to the end of ``doc``."""
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
    xml = (
        f'<w:tbl xmlns:w="{W_NS}"><w:tblPr><w:tblW w:w="{sum(twips)}" w:type="dxa"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{header}{body}</w:tbl>"
    )
    table = parse_xml(xml)
    body_el = doc.element.body
    body_el.insert(len(body_el) - 1, table)  # before the final sectPr
    doc.add_paragraph()  # Word needs a paragraph between consecutive tables

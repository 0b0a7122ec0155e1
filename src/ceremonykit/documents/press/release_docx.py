"""The Medieninformation as an editable Word document.

Real Word styles ("Heading 1" for the headline, "Heading 2", "Body Text" plus named styles for the sender block) so
staff can restyle the draft in Word; the sender block sits in the page header and therefore
repeats on every page; the logo carries alt text.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from docx import Document
from docx.blkcntnr import BlockItemContainer
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.styles import BabelFish
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ceremonykit.documents.docx_tools import (
    OFFICE_FONT,
    clean_text,
    new_document,
    page_number_runs,
    set_alt_text,
    set_properties,
)
from ceremonykit.documents.images.safe_open import image_size
from ceremonykit.documents.press.blocks import BlockType, bold_spans
from ceremonykit.documents.press.links import href, split_links
from ceremonykit.documents.press.release import LOGO_HEIGHT_MM, LOGO_MAX_WIDTH_MM, ReleaseContent

CITY_RED = RGBColor(0xC4, 0x12, 0x30)
GREY = RGBColor(0x4A, 0x4A, 0x4A)
FONT = OFFICE_FONT  # Word substitutes fonts it lacks; the PDF keeps the bundled Noto Sans
LEFT_MM, RIGHT_MM = 25, 20  # as in the PDF
TEXT_WIDTH_MM = 210 - LEFT_MM - RIGHT_MM
OFFICE_COLUMN_MM = 80  # the contact column starts 80 mm right of the margin, as in the PDF

STYLE_FOR = {
    BlockType.TITLE: "Heading 1",
    BlockType.HEADING: "Heading 2",
    BlockType.PARAGRAPH: "Body Text",
    BlockType.NOTICE: "Sperrfrist",
    BlockType.QUOTE: "Quote",
    BlockType.KICKER: "Body Text",
}


def _find(doc: DocxDocument, name: str) -> Any:
    """The w:style element of a style by its UI name ("Heading 2" is "heading 2" inside)."""
    return doc.styles.element.get_by_name(BabelFish.ui2internal(name))


def _drop_theme_fonts(style_element: Any) -> None:
    """Word prefers theme fonts (w:asciiTheme …) over the named font; built-in styles such as
    "Heading 1" carry them, so the house font would silently be replaced by the theme's."""
    rpr = style_element.rPr
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    if fonts is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)


def _style_id(doc: DocxDocument, name: str) -> str:
    element = _find(doc, name)
    if element is None:
        raise ValueError(f"Formatvorlage „{name}“ fehlt")
    return str(element.styleId)


def _style(
    doc: DocxDocument,
    name: str,
    *,
    size: float,
    bold: bool = False,
    color: RGBColor | None = None,
    base: str = "Normal",
    after: float = 0,
) -> None:
    styles = doc.styles
    found = _find(doc, name)  # xpath; styles[name] scans every style
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH) if found is None else styles[name]
    base_el = _find(doc, base)
    if base_el is not None:
        style.element.basedOn_val = base_el.styleId
    style.font.name = FONT
    _drop_theme_fonts(style.element)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = color or RGBColor(0, 0, 0)
    colour = style.element.rPr.find(qn("w:color"))
    for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):  # would win over the colour
        colour.attrib.pop(qn(attr), None)
    fmt = style.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)


def _default_font(doc: DocxDocument) -> None:
    """The house font also as document default, replacing the theme fonts there, so tables,
    header and footer text never fall back to the theme's font."""
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = _set(rpr, "w:rFonts", ascii=FONT, hAnsi=FONT, cs=FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)


def _set_up_styles(doc: DocxDocument) -> dict[str, str]:
    _style(doc, "Absender", size=12, bold=True, after=2)
    _style(doc, "Dokumentart", size=20, bold=True, color=CITY_RED, after=6)
    _style(doc, "Absenderangaben", size=8, color=GREY)
    doc.styles["Absenderangaben"].paragraph_format.line_spacing = Pt(10)
    _style(doc, "Trennlinie", size=4, after=0)
    _style(doc, "Seitenzahl", size=8, color=GREY)
    _style(doc, "Body Text", size=10.5, after=8)
    doc.styles["Body Text"].paragraph_format.line_spacing = 1.15
    # the headline is a real "Heading 1" (accessible documents: a heading, not a title)
    _style(doc, "Heading 1", size=15, bold=True, after=12)
    _style(doc, "Heading 2", size=11.5, bold=True, after=6)
    _style(doc, "Datum", size=10.5, color=GREY, after=10)
    _style(doc, "Sperrfrist", size=10.5, bold=True, color=CITY_RED, after=10)
    _style(doc, "Redaktionshinweis", size=9.5, after=5, base="Body Text")
    _style(doc, "Quote", size=10.5, after=8, base="Body Text")
    doc.styles["Quote"].font.italic = True
    _default_font(doc)
    names = ["Absender", "Dokumentart", "Absenderangaben", "Trennlinie", "Seitenzahl"]
    names += ["Body Text", "Heading 1", "Heading 2"]
    names += ["Datum", "Sperrfrist", "Redaktionshinweis", "Quote"]
    # style ids, resolved once: python-docx's lookup by name is slow
    return {name: _style_id(doc, name) for name in names}


def _page_setup(doc: DocxDocument) -> None:
    """A4 with the PDF's margins: header at 14 mm, body from 60 mm, page number 10 mm up."""
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(LEFT_MM), Mm(RIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(60), Mm(18)
    section.header_distance, section.footer_distance = Mm(14), Mm(10)


def _set(parent: Any, tag: str, **attrs: str) -> Any:
    """The child ``tag`` of ``parent`` (created if missing) with the given w: attributes."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        parent.append(child)
    for key, value in attrs.items():
        child.set(qn(f"w:{key}"), value)
    return child


def _borderless(table: Table, widths: tuple[float, ...]) -> None:
    """No borders, no cell padding, fixed column widths: a layout grid, not a visible table,
    so the columns line up with the body text in Word and LibreOffice alike."""
    tbl_pr = table._tbl.tblPr
    borders = _set(tbl_pr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _set(borders, f"w:{side}", val="nil")
    _set(tbl_pr, "w:tblLayout", type="fixed")
    _set(tbl_pr, "w:tblInd", w="0", type="dxa")
    margins = _set(tbl_pr, "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        _set(margins, f"w:{side}", w="0", type="dxa")
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


def _fill(cell: _Cell, lines: list[str], style_id: str, *, links: bool = False) -> None:
    """Write ``lines`` into ``cell``, one paragraph each (the first reuses the empty one);
    with ``links`` e-mail and web addresses become links."""
    paragraph = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            paragraph = cell.add_paragraph()
        paragraph._p.style = style_id
        if not links:
            paragraph.text = clean_text(line)
            continue
        for part, link in split_links(clean_text(line)):
            if link:
                _add_link(paragraph, part, False, colour=None)
            else:
                _add_text(paragraph, part)


def _logo_size(data: bytes) -> tuple[Mm, Mm]:
    """The PDF's logo box: 16 mm high, at most 58 mm wide (in a 60 mm cell), aspect kept."""
    px_w, px_h = image_size(data, "Logo")
    width = min(LOGO_HEIGHT_MM * px_w / px_h, LOGO_MAX_WIDTH_MM - 2)
    return Mm(width), Mm(width * px_h / px_w)


def _header(doc: DocxDocument, content: ReleaseContent, styles: dict[str, str]) -> None:
    """The sender block as in the PDF, in the section header so it repeats on every page:
    name and MEDIENINFORMATION left, logo right; office lines left, contact lines right;
    a red rule below."""
    header = doc.sections[0].header
    sender = content.sender
    # three grid columns: the top row gives the name 105 mm and the logo 60 mm, the lower
    # row splits office (80 mm) and contact lines like the PDF
    widths = (OFFICE_COLUMN_MM, TEXT_WIDTH_MM - OFFICE_COLUMN_MM - LOGO_MAX_WIDTH_MM)
    # (LOGO_MAX_WIDTH_MM is the cell; the logo itself stays 2 mm narrower, or it is cropped)
    table = header.add_table(2, 3, Mm(TEXT_WIDTH_MM))
    header._element.insert(0, table._tbl)  # the table first, the rule paragraph after it
    _borderless(table, (*widths, LOGO_MAX_WIDTH_MM))
    name_cell = table.cell(0, 0).merge(table.cell(0, 1))
    _fill(name_cell, [sender.name], styles["Absender"])
    label = name_cell.add_paragraph(sender.label)
    label._p.style = styles["Dokumentart"]
    if content.draft_mark:
        mark = label.add_run(f" {content.draft_mark}")
        mark.font.size = Pt(12)
        mark.font.color.rgb = GREY
    logo_cell = table.cell(0, 2).paragraphs[0]
    logo_cell._p.style = styles["Trennlinie"]  # no fixed line height: it would crop the logo
    logo_cell.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if content.logo:
        width, height = _logo_size(content.logo.data)
        logo_cell.add_run().add_picture(io.BytesIO(content.logo.data), width, height)
        set_alt_text(logo_cell, f"Logo {sender.name}")
    _fill(table.cell(1, 0), sender.office_lines, styles["Absenderangaben"])
    contact_cell = table.cell(1, 1).merge(table.cell(1, 2))
    _fill(contact_cell, sender.contact_lines, styles["Absenderangaben"], links=True)
    rule = header.paragraphs[-1]
    rule._p.style = styles["Trennlinie"]
    rule.paragraph_format.space_before = Pt(4)
    _rule(rule, "bottom", size="10", color="C41230")


def _rule(paragraph: Paragraph, side: str, *, size: str, color: str) -> None:
    """A line along one side of a paragraph (w:pBdr; ``size`` in eighths of a point)."""
    border = _set(paragraph._p.get_or_add_pPr(), "w:pBdr")
    _set(border, f"w:{side}", val="single", sz=size, space="4", color=color)


def _footer(doc: DocxDocument, styles: dict[str, str]) -> None:
    """ "Seite 1 von 2" at the bottom right, as in the PDF, from PAGE and NUMPAGES fields."""
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph._p.style = styles["Seitenzahl"]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_number_runs(paragraph)


def _paragraph(container: BlockItemContainer | DocxDocument, text: str, style_id: str) -> Paragraph:
    """A paragraph with a style set by id (fast; the name lookup costs milliseconds each)."""
    paragraph = container.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def _add_link(
    paragraph: Paragraph, url: str, bold: bool, *, colour: RGBColor | None = CITY_RED
) -> None:
    """``url`` as a clickable link, red in the text (w:hyperlink to an external relationship)."""
    rel_id = paragraph.part.relate_to(href(url), RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = paragraph.add_run(url, style=None)
    if colour is not None:
        run.font.color.rgb = colour
    run.bold = bold or None
    link.append(run._r)  # moved from the paragraph into the link
    paragraph._p.append(link)


_DIGIT_HYPHEN = re.compile(r"(?<=\d)-(?=\d)")


def _add_text(paragraph: Paragraph, text: str, bold: bool = False) -> None:
    """Runs of ``text``; a hyphen between digits ("50-23022") becomes Word's no-break hyphen,
    so a telephone number never wraps and the text still carries an ordinary hyphen."""
    for i, part in enumerate(_DIGIT_HYPHEN.split(text)):
        run = paragraph.add_run(part)
        run.bold = bold or None
        if i:
            run._r.insert(len(run._r) - 1, OxmlElement("w:noBreakHyphen"))


def _add_block_paragraph(doc: DocxDocument, text: str, style_id: str) -> Paragraph:
    """A body paragraph with **bold** spans and web addresses as links, as in the PDF."""
    paragraph = _paragraph(doc, "", style_id)
    for span, bold in bold_spans(clean_text(text)):
        for part, link in split_links(span):
            if link:
                _add_link(paragraph, part, bold)
            else:
                _add_text(paragraph, part, bold)
    return paragraph


@lru_cache(maxsize=1)
def _styled_base() -> tuple[bytes, tuple[tuple[str, str], ...]]:
    """An empty German document with the house styles, built once per process (setting up
    styles with python-docx costs more than writing the whole release)."""
    doc = new_document(title="", author="", subject="Medieninformation", font=FONT)
    doc.core_properties.keywords = "Medieninformation"
    styles = _set_up_styles(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), tuple(styles.items())


def write_release_docx(content: ReleaseContent, target: Path) -> None:
    base, style_ids = _styled_base()
    doc = Document(io.BytesIO(base))
    set_properties(doc, title=content.title, author=content.author)
    styles = dict(style_ids)
    _page_setup(doc)
    _header(doc, content, styles)
    _footer(doc, styles)
    _paragraph(doc, clean_text(content.date_line), styles["Datum"])
    for body in content.paragraphs():
        style = "Redaktionshinweis" if body.note else STYLE_FOR[body.type]
        paragraph = _add_block_paragraph(doc, body.text, styles[style])
        if body.first_note:  # a thin grey line above the notes to editors, as in the PDF
            _rule(paragraph, "top", size="4", color="4A4A4A")
            paragraph.paragraph_format.space_before = Pt(4)
    doc.save(str(target))

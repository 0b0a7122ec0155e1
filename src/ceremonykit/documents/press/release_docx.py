"""The Medieninformation as an editable Word document.

Real Word styles ("Title", "Heading 2", "Body Text" plus named styles for the sender block) so
staff can restyle the draft in Word; the sender block sits in the page header and therefore
repeats on every page; the logo carries alt text.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from typing import Any

from docx import Document
from docx.blkcntnr import BlockItemContainer
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles import BabelFish
from docx.text.paragraph import Paragraph

from ceremonykit.documents.docx_tools import clean_text, new_document
from ceremonykit.documents.press.blocks import BlockType, bold_spans
from ceremonykit.documents.press.release import ReleaseContent

CITY_RED = RGBColor(0xC4, 0x12, 0x30)
GREY = RGBColor(0x4A, 0x4A, 0x4A)
FONT = "Noto Sans"

STYLE_FOR = {
    BlockType.TITLE: "Title",
    BlockType.HEADING: "Heading 2",
    BlockType.PARAGRAPH: "Body Text",
    BlockType.NOTICE: "Sperrfrist",
    BlockType.QUOTE: "Quote",
    BlockType.KICKER: "Body Text",
}


def set_alt_text(paragraph: Paragraph, text: str) -> None:
    """Alt text of the pictures in ``paragraph`` (Word: "Alternativtext", wp:docPr/@descr)."""
    for doc_pr in paragraph._p.iter(qn("wp:docPr")):
        doc_pr.set("descr", text)
        doc_pr.set("title", text)


def _find(doc: DocxDocument, name: str) -> Any:
    """The w:style element of a style by its UI name ("Heading 2" is "heading 2" inside)."""
    return doc.styles.element.get_by_name(BabelFish.ui2internal(name))


def _drop_theme_fonts(style_element: Any) -> None:
    """Word prefers theme fonts (w:asciiTheme …) over the named font; built-in styles such as
    "Title" carry them, so the house font would silently be replaced by the theme's."""
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
    fmt = style.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)


def _set_up_styles(doc: DocxDocument) -> dict[str, str]:
    _style(doc, "Absender", size=12, bold=True)
    _style(doc, "Dokumentart", size=20, bold=True, color=CITY_RED, after=4)
    _style(doc, "Absenderangaben", size=8, color=GREY)
    _style(doc, "Body Text", size=10.5, after=8)
    doc.styles["Body Text"].paragraph_format.line_spacing = 1.2
    _style(doc, "Title", size=15, bold=True, after=12)
    title_rpr = doc.styles["Title"].element.rPr
    if title_rpr is not None:  # the default Title has a blue bottom border; a plain headline
        for tag in ("w:spacing", "w:kern"):
            for el in title_rpr.findall(qn(tag)):
                title_rpr.remove(el)
    ppr = doc.styles["Title"].element.pPr
    if ppr is not None:
        for el in ppr.findall(qn("w:pBdr")):
            ppr.remove(el)
    _style(doc, "Heading 2", size=11.5, bold=True, after=6)
    _style(doc, "Datum", size=10.5, color=GREY, after=10)
    _style(doc, "Sperrfrist", size=10.5, bold=True, color=CITY_RED, after=10)
    _style(doc, "Redaktionshinweis", size=9.5, after=5, base="Body Text")
    names = ["Absender", "Dokumentart", "Absenderangaben", "Body Text", "Title", "Heading 2"]
    names += ["Datum", "Sperrfrist", "Redaktionshinweis", "Quote"]
    # style ids, resolved once: python-docx's lookup by name is slow
    return {name: _style_id(doc, name) for name in names}


def _header(doc: DocxDocument, content: ReleaseContent, styles: dict[str, str]) -> None:
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.top_margin, section.bottom_margin = Mm(58), Mm(20)
    section.header_distance = Mm(12)
    header = section.header
    first = header.paragraphs[0]
    if content.logo:
        first.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        first.add_run().add_picture(io.BytesIO(content.logo.data), height=Mm(14))
        set_alt_text(first, f"Logo {content.sender.name}")
        first = header.add_paragraph()
    sender = content.sender
    first.text = clean_text(sender.name)
    first._p.style = styles["Absender"]
    last = _paragraph(header, sender.label, styles["Dokumentart"])
    for line in [*sender.office_lines, *sender.contact_lines]:
        last = _paragraph(header, clean_text(line), styles["Absenderangaben"])
    last.paragraph_format.space_after = Pt(14)


def _paragraph(container: BlockItemContainer | DocxDocument, text: str, style_id: str) -> Paragraph:
    """A paragraph with a style set by id (fast; the name lookup costs milliseconds each)."""
    paragraph = container.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def _add_block_paragraph(doc: DocxDocument, text: str, style_id: str) -> None:
    paragraph = _paragraph(doc, "", style_id)
    for span, bold in bold_spans(clean_text(text)):
        run = paragraph.add_run(span)
        if bold:
            run.bold = True


@lru_cache(maxsize=1)
def _styled_base() -> tuple[bytes, tuple[tuple[str, str], ...]]:
    """An empty German document with the house styles, built once per process (setting up
    styles with python-docx costs more than writing the whole release)."""
    doc = new_document(title="", author="", subject="Medieninformation")
    doc.core_properties.keywords = "Medieninformation"
    styles = _set_up_styles(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), tuple(styles.items())


def write_release_docx(content: ReleaseContent, target: Path) -> None:
    base, style_ids = _styled_base()
    doc = Document(io.BytesIO(base))
    doc.core_properties.title = content.title
    doc.core_properties.author = content.author
    styles = dict(style_ids)
    _header(doc, content, styles)
    _paragraph(doc, clean_text(content.date_line), styles["Datum"])
    notes = False
    for block in content.blocks:
        if block.type is BlockType.FIGURE:
            continue
        notes = notes or block.text.startswith("**Redaktionshinweis")
        style = "Redaktionshinweis" if notes else STYLE_FOR[block.type]
        text = block.text + (f" – {block.speaker}" if block.speaker else "")
        _add_block_paragraph(doc, text, styles[style])
    doc.save(str(target))

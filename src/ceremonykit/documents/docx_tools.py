"""Shared python-docx helpers: a German document with title, author and language set.

Word needs ``w:lang`` on the default run properties for spelling and hyphenation in German;
python-docx has no API for it, so it is set on the styles part here, once.
"""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from ceremonykit.xml_text import xml_clean

LANGUAGE = "de-DE"
# The font for Word output people edit on their own PCs: Arial ships with every Windows and
# macOS Office, so Word never substitutes it (the bundled Noto Sans is only embedded in PDFs),
# and LibreOffice maps it to the metric-compatible Liberation Sans.
OFFICE_FONT = "Arial"


def new_document(
    *,
    title: str,
    author: str,
    subject: str = "",
    font: str = OFFICE_FONT,
    landscape: bool = False,
) -> DocxDocument:
    """A fresh A4 document (python-docx's template is US Letter) with core properties and
    German as the language of every style and of the theme."""
    doc = Document()
    set_properties(doc, title=title, author=author, subject=subject)
    doc.core_properties.language = LANGUAGE
    set_language(doc)
    set_theme_language(doc)
    normal = doc.styles["Normal"]
    normal.font.name = font
    set_a4(doc, landscape=landscape)
    return doc


CORE_PROPERTY_LIMIT = 255
"""Characters Word (and python-docx) allow in a core property such as the title."""


def property_text(value: str) -> str:
    """``value`` cut to fit a core property; the document's own text keeps the whole."""
    if len(value) <= CORE_PROPERTY_LIMIT:
        return value
    return value[: CORE_PROPERTY_LIMIT - 1].rstrip() + "…"


def set_properties(
    doc: DocxDocument, *, title: str, author: str, subject: str | None = None
) -> None:
    """Title, author (and subject) of the file's metadata – cut to 255 characters, because
    a 300-character headline must not stop the document from being written."""
    props = doc.core_properties
    props.title = property_text(title)
    props.author = property_text(author)
    if subject is not None:
        props.subject = property_text(subject)


def set_a4(doc: DocxDocument, *, landscape: bool = False) -> None:
    """Every section A4, portrait or landscape."""
    for section in doc.sections:
        short, long = Mm(210), Mm(297)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (long, short) if landscape else (short, long)


def set_theme_language(doc: DocxDocument, lang: str = LANGUAGE) -> None:
    """The theme font language (w:themeFontLang in settings.xml) – Word's "Dokumentsprache"
    for text in theme fonts; python-docx's template says en-US."""
    settings = doc.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is None:
        theme_lang = OxmlElement("w:themeFontLang")
        settings.append(theme_lang)
    theme_lang.set(qn("w:val"), lang)


def simple_field(paragraph: Paragraph, instruction: str) -> None:
    """A field Word computes itself (PAGE, NUMPAGES) with a placeholder result of "1"."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def page_number_runs(paragraph: Paragraph) -> None:
    """ "Seite 1 von 2" from PAGE and NUMPAGES fields, appended to ``paragraph``."""
    paragraph.add_run("Seite ")
    simple_field(paragraph, "PAGE")
    paragraph.add_run(" von ")
    simple_field(paragraph, "NUMPAGES")


def page_footer(doc: DocxDocument, left: str, *, size: float = 8) -> None:
    """Footer as in the table PDFs: ``left`` text, and "Seite x von y" at the right margin."""
    section = doc.sections[0]
    paragraph = section.footer.paragraphs[0]
    width = (
        int(section.page_width or 0)
        - int(section.left_margin or 0)
        - int(section.right_margin or 0)
    )
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    paragraph.add_run(clean_text(left) + "\t")
    page_number_runs(paragraph)
    for run in paragraph.runs:
        run.font.size = Pt(size)


def set_language(doc: DocxDocument, lang: str = LANGUAGE) -> None:
    """Set ``lang`` as the document default language (docDefaults) and on every style."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    targets = []
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            rpr = rpr_default.find(qn("w:rPr"))
            if rpr is not None:
                targets.append(rpr)
    for style in styles.findall(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        if rpr is not None:
            targets.append(rpr)
    for rpr in targets:
        lang_el = rpr.find(qn("w:lang"))
        if lang_el is None:
            lang_el = OxmlElement("w:lang")
            rpr.append(lang_el)
        lang_el.set(qn("w:val"), lang)
        lang_el.set(qn("w:eastAsia"), lang)
        lang_el.set(qn("w:bidi"), "ar-SA")


def clean_text(text: str) -> str:
    """Remove characters XML 1.0 forbids (control characters break DOCX files)."""
    return xml_clean(text)


def append_paragraph(doc: DocxDocument, text: str = "", style: str | None = None) -> Paragraph:
    """``doc.add_paragraph(text, style)`` in constant time. python-docx looks for the section
    properties by scanning the whole body for every paragraph it adds, so a list of 10,000
    guests took quadratic time (Begrüßungsliste at 100,000 guests: exponent 1.29); the new
    paragraph is put before the body's last element (the section properties) directly."""
    body = doc.element.body
    p = OxmlElement("w:p")
    try:
        last = body[-1]  # lxml finds the last child without walking the others
    except IndexError:
        body.append(p)
    else:
        if last.tag == qn("w:sectPr"):
            last.addprevious(p)
        else:
            body.append(p)
    paragraph = Paragraph(p, doc._body)
    if text:
        paragraph.add_run(text)
    if style is not None:
        paragraph.style = style
    return paragraph


def set_alt_text(paragraph: Paragraph, text: str) -> None:
    """Alt text of the pictures in ``paragraph`` (Word: "Alternativtext", wp:docPr/@descr).
    Only ``descr``: screen readers and LibreOffice's tagged PDF read ``title`` too, so the
    same text in both is read twice ("Logo Stadt Dortmund - Logo Stadt Dortmund")."""
    for doc_pr in paragraph._p.iter(qn("wp:docPr")):
        doc_pr.set("descr", text)
        doc_pr.attrib.pop("title", None)


_DOC_PR = re.compile(rb"<wp:docPr\b[^>]*>")
_DESCR = re.compile(rb'\bdescr="([^"]*)"')


def pictures_without_alt(docx: bytes) -> int:
    """How many pictures of a Word file (body, headers, footers) have no alt text – for
    files staff bring in, such as their own certificate template."""
    count = 0
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        for name in package.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                for tag in _DOC_PR.findall(package.read(name)):
                    descr = _DESCR.search(tag)
                    count += not (descr and descr.group(1).strip())
    return count

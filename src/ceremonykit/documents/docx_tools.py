"""Shared python-docx helpers: a German document with title, author and language set.

Word needs ``w:lang`` on the default run properties for spelling and hyphenation in German;
python-docx has no API for it, so it is set on the styles part here, once.
"""

from __future__ import annotations

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

LANGUAGE = "de-DE"
# The font for Word output people edit on their own PCs: Arial ships with every Windows and
# macOS Office, so Word never substitutes it (the bundled Noto Sans is only embedded in PDFs),
# and LibreOffice maps it to the metric-compatible Liberation Sans.
OFFICE_FONT = "Arial"


def new_document(
    *, title: str, author: str, subject: str = "", font: str = OFFICE_FONT
) -> DocxDocument:
    """A fresh document with core properties and German as the language of every style."""
    doc = Document()
    set_properties(doc, title=title, author=author, subject=subject)
    doc.core_properties.language = LANGUAGE
    set_language(doc)
    normal = doc.styles["Normal"]
    normal.font.name = font
    return doc


CORE_PROPERTY_LIMIT = 255
"""Characters Word (and python-docx) allow in a core property such as the title."""


def _property_text(value: str) -> str:
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
    props.title = _property_text(title)
    props.author = _property_text(author)
    if subject is not None:
        props.subject = _property_text(subject)


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
    return "".join(
        ch for ch in text if ch in "\t\n\r" or (ord(ch) >= 0x20 and ord(ch) not in (0xFFFE, 0xFFFF))
    )

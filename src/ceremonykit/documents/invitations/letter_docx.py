"""The invitation letter as Word file (DIN 5008 form B, same geometry as the PDF).

A table puts the address field 20 mm from the left and 45 mm from the top (85 × 45 mm: the
17.7 mm additions zone with the return address, then the address lines) and the information
block at 125 mm. Building 150 letters with python-docx one by one is slow, so
:class:`LetterFactory` builds the letter once with markers and fills in each guest's address,
subject and paragraphs as XML (text escaped); a letter with extra image blocks
(:mod:`~ceremonykit.documents.invitations.extras`) is built in full instead.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt, RGBColor

from ceremonykit.documents.docx_tools import clean_text, new_document, set_alt_text
from ceremonykit.documents.invitations.content import Invitation
from ceremonykit.documents.invitations.extras import MAX_WIDTH_MM, ExtraBlock
from ceremonykit.documents.invitations.letter_pdf import Letterhead
from ceremonykit.xml_text import escape

ADDRESS_MARK, SUBJECT_MARK, TEXT_MARK = "§ADRESSE§", "§BETREFF§", "§TEXT§"
DOCUMENT_PART = "word/document.xml"
GREY = RGBColor(0x59, 0x59, 0x59)


def letter_document(
    head: Letterhead, invitation: Invitation, extras: Sequence[ExtraBlock] = ()
) -> DocxDocument:
    """One guest's letter as a python-docx document."""
    doc = new_document(title=invitation.subject, author=head.sender)
    section = doc.sections[0]
    section.top_margin, section.bottom_margin = Mm(45), Mm(25)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.header_distance, section.footer_distance = Mm(12), Mm(8)
    _letterhead(doc, head)
    _address_table(doc, head, invitation.address)
    subject = doc.add_paragraph()
    subject.paragraph_format.space_before = Mm(8.5)
    subject.paragraph_format.space_after = Pt(18)
    run = subject.add_run(clean_text(invitation.subject))
    run.bold = True
    run.font.size = Pt(11)
    for text in invitation.paragraphs:
        para = doc.add_paragraph()
        para.paragraph_format.space_after = Pt(9)
        lines = text.split("\n")
        for n, line in enumerate(lines):
            part = para.add_run(clean_text(line))
            part.font.size = Pt(11)
            if n < len(lines) - 1:
                part.add_break()
    for block in extras:
        picture = doc.add_paragraph()
        picture.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        picture.add_run().add_picture(
            io.BytesIO(block.image), width=Mm(min(block.width_mm, MAX_WIDTH_MM))
        )
        set_alt_text(picture, block.caption or "Bild")
        if block.caption:
            caption = doc.add_paragraph(clean_text(block.caption))
            caption.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            caption.runs[0].font.size = Pt(7.5)
    footer = section.footer.paragraphs[0]
    footer_run = footer.add_run(clean_text("   ·   ".join(head.footer_lines)))
    footer_run.font.size = Pt(7)
    footer_run.font.color.rgb = GREY
    return doc


def _letterhead(doc: DocxDocument, head: Letterhead) -> None:
    header = doc.sections[0].header
    table = header.add_table(rows=1, cols=2, width=Mm(165))
    left, right = table.rows[0].cells
    left.width, right.width = Mm(120), Mm(45)
    first = left.paragraphs[0]
    name = first.add_run(clean_text(head.sender))
    name.bold = True
    name.font.size = Pt(15)
    for line in head.office_lines:
        para = left.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        para.add_run(clean_text(line)).font.size = Pt(9)
    if head.logo:
        logo = right.paragraphs[0]
        logo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        logo.add_run().add_picture(io.BytesIO(head.logo), height=Mm(18))
        set_alt_text(logo, f"Logo {head.sender}")
    header.paragraphs[0].paragraph_format.space_after = Pt(0)


def _address_table(doc: DocxDocument, head: Letterhead, address: Sequence[str]) -> None:
    """Address field (85 mm) – gap (20 mm) – information block (65 mm), from 20 mm."""
    table = doc.add_table(rows=2, cols=3)
    table.autofit = False
    table._tbl.tblPr.append(parse_xml(f'<w:tblInd {nsdecls("w")} w:w="-283" w:type="dxa"/>'))
    widths = (Mm(85), Mm(20), Mm(65))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row, height in zip(table.rows, (Mm(17.7), Mm(27.3)), strict=True):
        row.height = height
        row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    ret_cell = table.cell(0, 0)
    ret_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    ret = ret_cell.paragraphs[0].add_run(clean_text(head.return_address))
    ret.font.size = Pt(7)
    ret.underline = True
    ret.font.color.rgb = GREY
    lines = list(address) or [""]
    cell = table.cell(1, 0)
    for n, line in enumerate(lines):
        para = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        para.add_run(clean_text(line)).font.size = Pt(10)
    info = table.cell(0, 2).merge(table.cell(1, 2))
    for n, (label, value) in enumerate(head.info_lines):
        para = info.paragraphs[0] if n == 0 else info.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        key = para.add_run(clean_text(f"{label}: "))
        key.font.size = Pt(8.5)
        key.font.color.rgb = GREY
        para.add_run(clean_text(value)).font.size = Pt(8.5)


_PARAGRAPH = r"<w:p[ >](?:(?!<w:p[ >]).)*?{mark}.*?</w:p>"


class LetterFactory:
    """Builds the letter once with markers; :meth:`write` fills in one guest's text."""

    def __init__(self, head: Letterhead) -> None:
        self.head = head
        marked = Invitation(
            guest=None,  # type: ignore[arg-type]
            subject=SUBJECT_MARK,
            paragraphs=(TEXT_MARK,),
            address=(ADDRESS_MARK,),
        )
        buffer = io.BytesIO()
        letter_document(head, marked).save(buffer)
        base = io.BytesIO()
        with (
            zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
            zipfile.ZipFile(base, "w", zipfile.ZIP_DEFLATED) as out,
        ):
            for info in source.infolist():
                if info.filename == DOCUMENT_PART:
                    self.body = source.read(info).decode("utf-8")
                else:
                    out.writestr(info, _unmarked(source.read(info), info.filename))
        # every part but the text, compressed once; each letter appends its document.xml
        self.base = base.getvalue()
        self.paragraphs = {
            mark: self._paragraph(mark) for mark in (ADDRESS_MARK, SUBJECT_MARK, TEXT_MARK)
        }

    def _paragraph(self, mark: str) -> str:
        found = re.findall(_PARAGRAPH.format(mark=re.escape(mark)), self.body, re.S)
        if len(found) != 1:
            raise ValueError(f"letter skeleton: marker {mark} found {len(found)} times")
        return str(found[0])

    def document_xml(self, invitation: Invitation) -> bytes:
        body = self.body
        for mark, texts in (
            (ADDRESS_MARK, list(invitation.address) or [""]),
            (SUBJECT_MARK, [invitation.subject]),
            (TEXT_MARK, list(invitation.paragraphs)),
        ):
            template = self.paragraphs[mark]
            filled = "".join(template.replace(mark, _runs_text(text)) for text in texts)
            body = body.replace(template, filled, 1)
        return body.encode("utf-8")

    def write(
        self, target: Path, invitation: Invitation, extras: Sequence[ExtraBlock] = ()
    ) -> None:
        if extras:
            letter_document(self.head, invitation, extras).save(str(target))
            return
        buffer = io.BytesIO(self.base)
        buffer.seek(0, io.SEEK_END)
        with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as out:
            out.writestr(DOCUMENT_PART, self.document_xml(invitation))
        target.write_bytes(buffer.getvalue())


def _unmarked(data: bytes, name: str) -> bytes:
    """The skeleton's title property (the subject marker) becomes a neutral "Einladung"."""
    if name == "docProps/core.xml":
        return data.replace(SUBJECT_MARK.encode("utf-8"), b"Einladung")
    return data


def _runs_text(text: str) -> str:
    """Escaped text for inside ``<w:t>``; line breaks become ``<w:br/>`` between texts."""
    lines = [escape(clean_text(line)) for line in text.split("\n")]
    return '</w:t><w:br/><w:t xml:space="preserve">'.join(lines)

"""Certificates as editable Word files, fast: one document is built, then patched per subject.

python-docx needs tens of milliseconds to build a document; for a thousand certificates the
master document is built once with placeholder tokens, serialised, and every certificate is
the same package with its ``word/document.xml`` tokens replaced (text XML-escaped).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from xml.sax.saxutils import escape

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from ceremonykit.documents.certificates.design import Design
from ceremonykit.documents.certificates.layout import CeremonyInfo, citation, fill
from ceremonykit.documents.certificates.subjects import Subject, SubjectKind
from ceremonykit.documents.docx_tools import clean_text, new_document, set_alt_text

# Sentinel font sizes (half points) replaced per subject by the fitted size.
_NAME_SIZE = Pt(71.5)
_PROJECT_SIZE = Pt(63.5)
_TOKENS = ("PRIZE", "AMOUNT", "TO", "NAME", "ORG", "PROJECT", "CITATION")
WORD_SCALE = 0.85  # Word may substitute a wider font than the one the PDF was fitted with


def _token(name: str) -> str:
    return f"⟦{name}⟧"


def _rgb(hex_value: str) -> RGBColor:
    return RGBColor.from_string(hex_value.lstrip("#").upper())


def _para(
    doc_body: object,
    text: str,
    *,
    size: float,
    color: str,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH,
    after: float = 4,
    before: float = 0,
    spacing: float = 0,
) -> Paragraph:
    paragraph: Paragraph = doc_body.add_paragraph()  # type: ignore[attr-defined]
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_after = Pt(after)
    fmt.space_before = Pt(before)
    run = paragraph.add_run(text)
    run.font.size = Pt(size) if size else None
    run.font.bold = bold
    run.font.italic = italic
    run.font.color.rgb = _rgb(color)
    if spacing:
        rpr = run._r.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(int(spacing * 20)))
        rpr.append(sp)
    return paragraph


def _page_border(section: object, design: Design) -> None:
    sect_pr = section._sectPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:pgBorders")
    borders.set(qn("w:offsetFrom"), "page")
    sides = ("top", "left", "bottom", "right") if design.decoration == "ornament" else ("left",)
    for side in sides:
        el = OxmlElement(f"w:{side}")
        if design.decoration == "ornament":
            el.set(qn("w:val"), "thinThickThinSmallGap")
            el.set(qn("w:sz"), "24")
            el.set(qn("w:space"), str(int(design.frame_inset / 1)))
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "96")
            el.set(qn("w:space"), "24")
        el.set(
            qn("w:color"),
            (design.color_frame if design.decoration == "ornament" else design.color_accent).lstrip(
                "#"
            ),
        )
        borders.append(el)
    sect_pr.append(borders)


def _master(design: Design, info: CeremonyInfo, images: Mapping[str, bytes]) -> bytes:
    doc = new_document(title=f"Urkunde {info.award}", author=info.organiser, font=design.docx_font)
    normal = doc.styles["Normal"].paragraph_format
    normal.space_after = Pt(0)  # python-docx's default template adds 8 pt after every paragraph
    normal.line_spacing = 1.0
    section = doc.sections[0]
    width, height = design.pagesize
    section.orientation = WD_ORIENT.LANDSCAPE if design.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Pt(width), Pt(height)
    margin = Pt(design.frame_inset + design.content_inset)
    section.top_margin = section.bottom_margin = section.right_margin = margin
    section.left_margin = (
        Pt(design.band_width + design.content_inset) if design.decoration == "band" else margin
    )
    _page_border(section, design)
    align = WD_ALIGN_PARAGRAPH.CENTER if design.align == "center" else WD_ALIGN_PARAGRAPH.LEFT
    s = design.sizes
    gap = 0.7 if design.landscape else 1.6  # landscape pages have little height to spare
    if info.logo_id and info.logo_id in images:
        logo = doc.add_paragraph()
        logo.alignment = (
            WD_ALIGN_PARAGRAPH.CENTER if design.align == "center" else WD_ALIGN_PARAGRAPH.RIGHT
        )
        logo.add_run().add_picture(
            io.BytesIO(images[info.logo_id]),
            width=Pt(min(design.logo_width, design.logo_height * info.logo_aspect)),
        )
        set_alt_text(logo, f"Logo {info.organiser}")
        logo.paragraph_format.space_after = Pt(18 * gap)
    title = design.texts["title"].upper() if design.title_upper else design.texts["title"]
    _para(
        doc,
        title,
        size=s.title,
        color=design.color_accent,
        bold=True,
        align=align,
        after=0,
        spacing=design.title_tracking,
    )
    _para(doc, info.award, size=s.award, color=design.color_text, align=align, after=28 * gap)
    _para(
        doc,
        _token("PRIZE"),
        size=s.prize,
        color=design.color_accent,
        bold=True,
        align=align,
        after=2,
    )
    _para(
        doc,
        _token("AMOUNT"),
        size=s.amount,
        color=design.color_muted,
        italic=True,
        align=align,
        after=0,
    )
    _para(
        doc,
        _token("TO"),
        size=s.small,
        color=design.color_muted,
        italic=True,
        align=align,
        after=4,
        before=28 * gap,
    )
    _para(doc, _token("NAME"), size=71.5, color=design.color_text, bold=True, align=align, after=6)
    _para(doc, _token("ORG"), size=s.award, color=design.color_text, align=align, after=6)
    _para(
        doc,
        design.texts["project_intro"],
        size=s.small,
        color=design.color_muted,
        italic=True,
        align=align,
        after=2,
    )
    _para(
        doc,
        _token("PROJECT"),
        size=63.5,
        color=design.color_text,
        italic=True,
        align=align,
        after=24 * gap,
    )
    _para(
        doc, _token("CITATION"), size=s.body, color=design.color_text, align=align, after=30 * gap
    )
    _para(doc, info.place_date, size=s.small, color=design.color_text, align=align, after=14 * gap)
    sigs = info.signatures[: design.max_signatures]
    if sigs:
        table = doc.add_table(rows=3, cols=len(sigs))
        table.alignment = (
            WD_TABLE_ALIGNMENT.CENTER if design.align == "center" else WD_TABLE_ALIGNMENT.LEFT
        )
        for col, sig in enumerate(sigs):
            cells = [table.cell(row, col) for row in range(3)]
            if sig.asset_id and sig.asset_id in images:
                cells[0].paragraphs[0].add_run().add_picture(
                    io.BytesIO(images[sig.asset_id]), height=Mm(14)
                )
                set_alt_text(cells[0].paragraphs[0], f"Unterschrift {sig.name}")
            cells[0].paragraphs[0].alignment = align
            for cell, text, bold, color in (
                (cells[1], sig.name, True, design.color_text),
                (cells[2], sig.function, False, design.color_muted),
            ):
                par = cell.paragraphs[0]
                par.alignment = align
                run = par.add_run(clean_text(text))
                run.font.size = Pt(s.signature)
                run.font.bold = bold
                run.font.color.rgb = _rgb(color)
    # Word needs a paragraph after a table; keep it tiny so it never spills onto a second page
    _para(doc, "", size=1, color=design.color_text, align=align, after=0)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


class DocxCertificates:
    """Serialise the master once; :meth:`render` returns one certificate's DOCX bytes."""

    def __init__(self, design: Design, info: CeremonyInfo, images: Mapping[str, bytes]) -> None:
        self.design = design
        self.info = info
        base = io.BytesIO()
        document = b""
        with (
            zipfile.ZipFile(io.BytesIO(_master(design, info, images))) as package,
            zipfile.ZipFile(base, "w") as static,
        ):
            for item in package.infolist():
                data = package.read(item.filename)
                if item.filename == "word/document.xml":
                    document = data
                    continue
                method = (
                    zipfile.ZIP_STORED
                    if item.filename.startswith("word/media/")
                    else zipfile.ZIP_DEFLATED
                )
                static.writestr(item.filename, data, method)
        # every certificate = these parts (compressed once) + its own word/document.xml
        self._static = base.getvalue()
        self._document = document.decode("utf-8")

    def values(self, subject: Subject, name_size: float, project_size: float) -> dict[str, str]:
        design = self.design
        participation = subject.kind is SubjectKind.PARTICIPATION
        amount = ""
        if design.show_amount and subject.amount is not None and not participation:
            amount = fill(design.texts["amount"], self.info, subject)
        return {
            "PRIZE": design.texts["participation_prize"] if participation else subject.prize,
            "AMOUNT": amount,
            "TO": design.texts["participation_to" if participation else "awarded_to"],
            "NAME": subject.recipient,
            "ORG": subject.organisation,
            "PROJECT": f"„{subject.project}“" if subject.project else "",
            "CITATION": citation(design, subject, self.info),
        }

    def render(self, subject: Subject, name_size: float, project_size: float) -> bytes:
        """The DOCX of one certificate; sizes are the PDF's fitted sizes (scaled for Word)."""
        xml = self._document
        name_size *= WORD_SCALE
        project_size *= WORD_SCALE
        for key, value in self.values(subject, name_size, project_size).items():
            if not value:  # drop the whole paragraph rather than leave an empty line
                xml = re.sub(
                    rf"<w:p>(?:(?!<w:p>).)*?{_token(key)}.*?</w:p>", "", xml, count=1, flags=re.S
                )
                continue
            xml = xml.replace(_token(key), escape(clean_text(value)))
        for sentinel, size in (("143", name_size), ("127", project_size)):
            for tag in ("w:sz", "w:szCs"):
                xml = xml.replace(
                    f'<{tag} w:val="{sentinel}"/>', f'<{tag} w:val="{round(size * 2)}"/>'
                )
        out = io.BytesIO(self._static)
        out.seek(0, io.SEEK_END)
        with zipfile.ZipFile(out, "a") as package:
            package.writestr("word/document.xml", xml.encode("utf-8"), zipfile.ZIP_DEFLATED, 1)
        return out.getvalue()

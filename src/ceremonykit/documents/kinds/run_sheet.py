"""Ablaufplan: the run sheet for the stage manager (PDF and Word) and a short public programme.

The stage manager's sheet lists every item with time, duration, who, where and notes (cheque
amount, who goes on stage, photo); the guests' programme shows only the public items with
their time. Items come from :mod:`ceremonykit.documents.evening.programme`.
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Cm
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.docx_tools import clean_text, new_document
from ceremonykit.documents.evening.programme import RunItem, clock_text, run_items
from ceremonykit.documents.guestdocs.docx_table import TableWriter
from ceremonykit.documents.guestdocs.pdftext import BOLD, REGULAR, font_name, pdf_text
from ceremonykit.documents.guestdocs.selection import author, event_line, file_stem
from ceremonykit.documents.pdf.fonts import register_fonts
from ceremonykit.xml_text import escape

HEADERS = ("Zeit", "Min.", "Programmpunkt", "Wer", "Wo", "Hinweise")
WIDTHS_CM = (1.4, 1.3, 7.4, 5.0, 3.6, 7.7)


def _row(item: RunItem) -> tuple[str, ...]:
    return (clock_text(item.start), str(item.minutes), item.item, item.who, item.where, item.notes)


def _style(size: float, bold: bool = False) -> ParagraphStyle:
    return ParagraphStyle("cell", fontName=BOLD if bold else REGULAR, fontSize=size,
                          leading=size * 1.25)  # fmt: skip


def _para(text: str, size: float, bold: bool = False) -> Paragraph:
    style = _style(size, bold)
    font = font_name(text, bold=bold)
    if font != style.fontName:
        style = ParagraphStyle("cell-fallback", parent=style, fontName=font)
    return Paragraph(escape(pdf_text(text)), style)


def write_pdf(path: Path, title: str, subtitle: str, items: list[RunItem], who: str) -> None:
    register_fonts(REGULAR, BOLD)  # the fallback when a cell needs it (font_name)
    doc = SimpleDocTemplate(
        str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
        topMargin=12 * mm, bottomMargin=12 * mm, title=title, author=who,
        initialFontName=REGULAR,  # not reportlab's non-embedded Helvetica
    )  # fmt: skip
    data = [[_para(h, 9, bold=True) for h in HEADERS]]
    data += [[_para(cell, 9.5, bold=n == 2) for n, cell in enumerate(_row(i))] for i in items]
    table = Table(data, colWidths=[w * 10 * mm for w in WIDTHS_CM], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, (0.6, 0.6, 0.6)),
        ("BACKGROUND", (0, 0), (-1, 0), (0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR),  # the table's default would be Helvetica
    ]
    for n, item in enumerate(items, start=1):
        if item.prize_id:
            style.append(("BACKGROUND", (0, n), (-1, n), (0.96, 0.96, 1.0)))
    table.setStyle(TableStyle(style))
    doc.build(
        [_para(title, 15, bold=True), _para(subtitle, 9.5), Spacer(1, 5 * mm), table],
    )


def write_public_pdf(path: Path, title: str, subtitle: str, items: list[RunItem], who: str) -> None:
    """The guests' programme on A5: time and item, the speaker below."""
    register_fonts(REGULAR, BOLD)  # the fallback when a cell needs it (font_name)
    doc = SimpleDocTemplate(
        str(path), pagesize=A5, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=18 * mm,
        bottomMargin=15 * mm, title=title, author=who, initialFontName=REGULAR,
    )  # fmt: skip
    data = []
    for item in items:
        text = item.item + (f"\n{item.who}" if item.who else "")
        cell = Paragraph(
            "<br/>".join(escape(pdf_text(line)) for line in text.split("\n")), _style(11)
        )
        data.append([_para(clock_text(item.start), 11, bold=True), cell])
    table = Table(data, colWidths=[18 * mm, 100 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), REGULAR),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))  # fmt: skip
    doc.build([_para("Programm", 20, bold=True), Spacer(1, 2 * mm), _para(title, 12, bold=True),
               _para(subtitle, 10), Spacer(1, 8 * mm), table])  # fmt: skip


def public_items(items: list[RunItem]) -> list[RunItem]:
    """What the guests see: public items; the award block shortened to one line per prize."""
    shown: list[RunItem] = []
    seen_prizes: set[str] = set()
    for item in items:
        if not item.public:
            continue
        if item.prize_id:
            if item.prize_id in seen_prizes or not item.item.startswith("Bekanntgabe"):
                continue
            seen_prizes.add(item.prize_id)
            item = RunItem(item.start, item.minutes, item.item.removeprefix("Bekanntgabe "),
                           "", prize_id=item.prize_id)  # fmt: skip
        shown.append(item)
    return shown


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    items = run_items(ceremony)
    if not items:
        ctx.skip(None, "Kein Programmpunkt und keine Preise – es wird kein Ablaufplan erstellt.")
        return
    title = f"Ablaufplan {ceremony.title}".strip()
    subtitle = event_line(ceremony)
    who = author(ceremony)
    stem = file_stem(ceremony, "Ablaufplan")
    if ctx.wants("pdf"):
        with ctx.output(ctx.path(f"{stem}.pdf"), "pdf") as tmp:
            write_pdf(tmp, title, subtitle, items, who)
        ctx.progress(0.4, "Ablaufplan")
        with ctx.output(ctx.path(f"{file_stem(ceremony, 'Programm')}.pdf"), "pdf") as tmp:
            write_public_pdf(
                tmp,
                ceremony.title,
                subtitle.removeprefix(f"{ceremony.title} · "),
                public_items(items),
                who,
            )
    if ctx.wants("docx"):
        doc = new_document(title=title, author=who, landscape=True)
        for section in doc.sections:
            section.left_margin = section.right_margin = section.top_margin = Cm(1)
        doc.add_heading(clean_text(title), level=1)
        doc.add_paragraph(clean_text(subtitle))
        tables = TableWriter(doc)
        tables.add_table(HEADERS, [_row(i) for i in items], WIDTHS_CM, font_size_pt=9.5)
        with ctx.output(ctx.path(f"{stem}.docx"), "docx") as tmp:
            tables.save(tmp)

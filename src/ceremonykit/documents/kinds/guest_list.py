"""Gästeliste: every guest, grouped by category, sorted by last name (German collation).

XLSX for working with filters (frozen header, autofilter, a sheet with the counts), CSV for
other tools, DOCX and PDF for reading and printing. Every guest is listed whatever the reply,
so the list doubles as the RSVP overview; companions are counted in the totals.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from docx.shared import Cm
from xlsxwriter import Workbook

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.docx_tools import clean_text, new_document, page_footer
from ceremonykit.documents.guestdocs.cells import CellStyle, csv_text, write_value
from ceremonykit.documents.guestdocs.docx_table import TableWriter
from ceremonykit.documents.guestdocs.selection import (
    Column,
    author,
    companions_text,
    document_title,
    event_line,
    file_stem,
    grouped_by_category,
    guest_columns,
)
from ceremonykit.documents.guestdocs.tablepdf import (
    PdfColumn,
    TableLayout,
    TableRow,
    write_table_pdf,
)
from ceremonykit.documents.guestdocs.workbook import header_style, write_header, xlsx_output
from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.german.typography import apostrophes
from ceremonykit.guests.collation import sort_mode, sort_name
from ceremonykit.guests.manage import RSVP_LABELS, count_guests, persons_count

TITLE = "Gästeliste"


@dataclass
class Prepared:
    """Sorting and cell values computed once and shared by the four formats."""

    groups: list[tuple[str, list[Guest]]]
    names: dict[str, str]  # guest id -> "Heide, Jonas von der"
    columns: list[Column]
    table: list[list[str | int]]  # one row of column values per guest, in list order

    @classmethod
    def of(cls, ceremony: Ceremony) -> Prepared:
        groups = grouped_by_category(ceremony)
        mode = sort_mode(ceremony)
        names = {g.id: sort_name(g, mode) for g in ceremony.guests}
        columns = guest_columns(ceremony, names)
        table = [[c.value(g) for c in columns] for _, guests in groups for g in guests]
        return cls(groups, names, columns, table)


def _summary_lines(ceremony: Ceremony) -> list[str]:
    counts = count_guests(ceremony)
    states = ", ".join(
        f"{counts.guests_by_rsvp[s]} {RSVP_LABELS[s]}" for s in RSVP if counts.guests_by_rsvp[s]
    )
    return [
        f"{counts.total_guests} Gäste ({states}).",
        f"Mit Begleitung erwartet: {counts.expected_persons} Personen (Zusagen), "
        f"{counts.persons_by_rsvp[RSVP.OPEN]} Personen mit offener Rückmeldung.",
    ]


# ------------------------------------------------------------------------------------ XLSX
def _write_xlsx(ctx: BuildContext, relpath: str, data: Prepared) -> None:
    """Header row styled, one row per guest (streamed for long lists), frozen names, a filter
    over the table, printed landscape one page wide; a second sheet with the counts."""
    ceremony = ctx.ceremony
    columns = data.columns
    guests = data.table
    with xlsx_output(ctx, relpath, TITLE, rows=len(guests)) as wb:
        ws = wb.add_worksheet(TITLE)
        ws.freeze_panes("C2")
        ws.autofilter(0, 0, len(guests), len(columns) - 1)
        ws.repeat_rows(0)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        ws.set_row(0, 30)  # two lines: LibreOffice does not grow a row for wrapped headers
        header = header_style(wb, valign="vcenter", text_wrap=True)
        write_header(ws, [(c.header, c.width) for c in columns], header)
        plain = CellStyle.add(wb)
        for row, values in enumerate(guests, start=1):
            for col, value in enumerate(values):
                write_value(ws, row, col, value, plain)
        _write_counts_sheet(wb, ceremony, plain)


def _write_counts_sheet(wb: Workbook, ceremony: Ceremony, plain: CellStyle) -> None:
    counts = count_guests(ceremony)
    ws = wb.add_worksheet("Übersicht")
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 2, 32)
    bold = CellStyle.add(wb, bold=True)
    rows: list[tuple[str | int, ...]] = [("Rückmeldung", "Gäste", "Personen mit Begleitung")]
    rows += [(RSVP_LABELS[s], counts.guests_by_rsvp[s], counts.persons_by_rsvp[s]) for s in RSVP]
    rows += [("Summe", counts.total_guests, sum(counts.persons_by_rsvp.values())), ()]
    rows += [("Kategorie", "Gäste", "Personen (zugesagt oder offen)")]
    rows += [
        (c, n, counts.persons_by_category.get(c, 0)) for c, n in counts.guests_by_category.items()
    ]
    for row, values in enumerate(rows):
        style = bold if values and values[0] in ("Rückmeldung", "Kategorie", "Summe") else plain
        for col, value in enumerate(values):
            write_value(ws, row, col, value, style)


# ------------------------------------------------------------------------------------- CSV
def _write_csv(ctx: BuildContext, relpath: str, data: Prepared) -> None:
    """Semicolon-separated UTF-8 with BOM: what German Excel opens correctly by double-click."""
    columns = data.columns
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    for values in data.table:
        writer.writerow([csv_text(v) for v in values])
    ctx.write_bytes(relpath, "csv", buffer.getvalue().encode("utf-8-sig"))


# ----------------------------------------------------------------------------- DOCX / PDF
def _short_row(guest: Guest, names: dict[str, str]) -> list[str]:
    who = ", ".join(p for p in (guest.function, guest.organisation) if p)
    extra = companions_text(guest)
    if guest.companion_of:
        extra = f"Begleitung von {names.get(guest.companion_of, '?')}"
    name = apostrophes(names[guest.id])  # printed lists set "D’Angelo" like every text
    return [name, apostrophes(who), RSVP_LABELS[guest.rsvp], apostrophes(extra), guest.table]


SHORT_HEADERS = ("Name", "Funktion, Organisation", "Rückmeldung", "Begleitung", "Tisch")


def _group_heading(category: str, guests: list[Guest]) -> str:
    persons = sum(persons_count(g) for g in guests if g.rsvp in (RSVP.ACCEPTED, RSVP.OPEN))
    word = "Gast" if len(guests) == 1 else "Gäste"
    return f"{category} – {len(guests)} {word}, {persons} Personen zugesagt oder offen"


def _footer(ceremony: Ceremony) -> str:
    return f"{TITLE} · {ceremony.title} · vertraulich – enthält personenbezogene Daten"


def _write_docx(ctx: BuildContext, relpath: str, data: Prepared) -> None:
    ceremony = ctx.ceremony
    names = data.names
    doc = new_document(
        title=f"{TITLE} {ceremony.title}".strip(), author=author(ceremony), landscape=True
    )
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(1.8)
    page_footer(doc, _footer(ceremony))  # as the PDF: landscape, "vertraulich", page x of y
    doc.add_heading(clean_text(document_title(TITLE, ceremony)), level=1)
    doc.add_paragraph(clean_text(event_line(ceremony)))
    for line in _summary_lines(ceremony):
        doc.add_paragraph(line)
    tables = TableWriter(doc)
    for category, guests in data.groups:
        doc.add_heading(clean_text(_group_heading(category, guests)), level=2)
        tables.add_table(
            SHORT_HEADERS,
            [_short_row(g, names) for g in guests],
            (6.6, 9.0, 3.6, 4.8, 2.1),  # the landscape text width, in the PDF's proportions
        )
    with ctx.output(relpath, "docx") as tmp:
        tables.save(tmp)


def _write_pdf(ctx: BuildContext, relpath: str, data: Prepared) -> None:
    ceremony = ctx.ceremony
    names = data.names
    rows: list[TableRow] = []
    for category, guests in data.groups:
        rows.append(TableRow(heading=_group_heading(category, guests)))
        rows += [
            TableRow(cells=_short_row(g, names), shaded=i % 2 == 1) for i, g in enumerate(guests)
        ]
    layout = TableLayout(
        title=document_title(TITLE, ceremony),
        subtitle=event_line(ceremony) + "\n" + " ".join(_summary_lines(ceremony)),
        columns=[
            PdfColumn("Name", 30, bold=True),
            PdfColumn("Funktion, Organisation", 46),
            PdfColumn("Rückmeldung", 12),
            PdfColumn("Begleitung", 20),
            PdfColumn("Tisch", 7),
        ],
        landscape=True,
        footer_left=_footer(ceremony),
    )
    with ctx.output(relpath, "pdf") as tmp:
        write_table_pdf(tmp, layout, rows, author=author(ceremony))


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    if not ceremony.guests:
        ctx.skip(None, "Die Gästeliste ist leer. Bitte zuerst Gäste erfassen oder importieren.")
        return
    stem = file_stem(ceremony, "Gaesteliste")
    data = Prepared.of(ceremony)
    steps = [
        ("xlsx", _write_xlsx),
        ("csv", _write_csv),
        ("docx", _write_docx),
        ("pdf", _write_pdf),
    ]
    for index, (fmt, writer) in enumerate(steps):
        if not ctx.wants(fmt):
            continue
        ctx.progress(index / len(steps), f"Gästeliste ({fmt.upper()})")
        with ctx.attempt(None, f"Die Gästeliste ({fmt.upper()})"):
            writer(ctx, ctx.path(f"{stem}.{fmt}"), data)

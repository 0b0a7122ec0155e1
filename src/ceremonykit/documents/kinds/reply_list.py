"""Rückmeldeliste: who has not answered the invitation yet, and a sheet to collect the replies.

The PDF lists the guests whose reply is still open, by category (in the ceremony's category
order), with e-mail address and the reply date, and the counts so far. The Excel sheet lists
every invited guest with the columns the guest import recognises; staff fill in "Rückmeldung"
and "Begleitpersonen" and import it again: the import changes only the reply and the number
of companions (cells it leaves empty, and all other fields, stay as they are).
"""

from __future__ import annotations

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.guestdocs.cells import CellStyle, write_value
from ceremonykit.documents.guestdocs.selection import author, display_name, file_stem
from ceremonykit.documents.guestdocs.tablepdf import (
    PdfColumn,
    TableLayout,
    TableRow,
    write_table_pdf,
)
from ceremonykit.documents.guestdocs.workbook import header_style, write_header, xlsx_output
from ceremonykit.documents.invitations.content import invitees
from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.german.dates import date_long
from ceremonykit.guests.manage import RSVP_LABELS, category_order

OPEN_STATES = frozenset({RSVP.INVITED, RSVP.OPEN})
SHEET_COLUMNS = (
    ("Kategorie", 14), ("Titel", 8), ("Vorname", 16), ("Nachname", 22), ("Organisation", 30),
    ("E-Mail", 30), ("Rückmeldung", 14), ("Begleitpersonen", 14),
)  # fmt: skip


def by_category(ceremony: Ceremony, guests: list[Guest]) -> list[tuple[str, list[Guest]]]:
    """(category, guests by last name) in the ceremony's category order."""
    groups: dict[str, list[Guest]] = {c: [] for c in category_order(ceremony)}
    for guest in sorted(guests, key=lambda g: (g.last_name.casefold(), g.first_name.casefold())):
        groups.setdefault(guest.category, []).append(guest)
    return [(c, gs) for c, gs in groups.items() if gs]


def counts_line(ceremony: Ceremony, guests: list[Guest]) -> str:
    accepted = [g for g in guests if g.rsvp is RSVP.ACCEPTED]
    people = len(accepted) + sum(g.companions for g in accepted)
    declined = sum(1 for g in guests if g.rsvp is RSVP.DECLINED)
    missing = sum(1 for g in guests if g.rsvp in OPEN_STATES)
    until = f" · Antwort erbeten bis {date_long(ceremony.rsvp_date)}" if ceremony.rsvp_date else ""
    return (
        f"{len(accepted)} Zusagen ({people} Personen mit Begleitung) · {declined} Absagen · "
        f"{missing} ohne Antwort{until}"
    )


def _pdf(ctx: BuildContext, guests: list[Guest]) -> None:
    ceremony = ctx.ceremony
    missing = [g for g in guests if g.rsvp in OPEN_STATES]
    rows: list[TableRow] = []
    for category, members in by_category(ceremony, missing):
        rows.append(TableRow(heading=f"{category} ({len(members)})"))
        rows.extend(
            TableRow(cells=(display_name(g), g.organisation, g.email, RSVP_LABELS[g.rsvp]))
            for g in members
        )
    if not rows:
        rows.append(TableRow(heading="Alle eingeladenen Gäste haben geantwortet."))
    layout = TableLayout(
        title=f"Noch ohne Antwort – {ceremony.title}",
        subtitle=counts_line(ceremony, guests),
        columns=[
            PdfColumn("Name", 3, bold=True),
            PdfColumn("Organisation", 3.2),
            PdfColumn("E-Mail", 3),
            PdfColumn("Stand", 1.2),
        ],
        checkbox=True,
        footer_left="Rückmeldeliste",
    )
    with ctx.output(ctx.path(f"{file_stem(ceremony, 'Rueckmeldungen-offen')}.pdf"), "pdf") as tmp:
        write_table_pdf(tmp, layout, rows, author=author(ceremony))


def _sheet(ctx: BuildContext, guests: list[Guest]) -> None:
    """One row per invitee (streamed for long lists), a drop-down for the reply."""
    ceremony = ctx.ceremony
    path = ctx.path(f"{file_stem(ceremony, 'Rueckmeldungen')}.xlsx")
    with xlsx_output(ctx, path, "Rückmeldungen", rows=len(guests)) as wb:
        ws = wb.add_worksheet("Rückmeldungen")
        write_header(ws, SHEET_COLUMNS, header_style(wb))
        plain = CellStyle.add(wb)
        row = 0
        for _category, members in by_category(ceremony, guests):
            for g in members:
                row += 1
                values: tuple[str | int, ...] = (
                    g.category,
                    g.title,
                    g.first_name,
                    g.last_name,
                    g.organisation,
                    g.email,
                    RSVP_LABELS[g.rsvp],
                    g.companions,
                )
                for col, value in enumerate(values):
                    write_value(ws, row, col, value, plain)
        # a drop-down of the states; other words the import knows ("ja", "x") stay allowed
        ws.data_validation(
            1,
            6,
            max(row, 1),
            6,
            {
                "validate": "list",
                "source": [RSVP_LABELS[s] for s in RSVP],
                "ignore_blank": True,
                "show_input": False,
                "show_error": False,
                "error_message": "Bitte eingeladen, zugesagt, abgesagt oder offen wählen.",
            },
        )
        ws.freeze_panes("E2")


def build(ctx: BuildContext) -> None:
    guests = invitees(ctx.ceremony)
    if not guests:
        ctx.skip(None, "Keine Gäste in der Gästeliste – keine Rückmeldeliste.")
        return
    if ctx.wants("pdf"):
        _pdf(ctx, guests)
    if ctx.wants("xlsx"):
        _sheet(ctx, guests)

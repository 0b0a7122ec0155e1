"""Sitzplan: one page per table with its guests and companions, for the service staff.

Guests who accepted or have not answered yet are placed (open replies are marked); guests
without a table come last under "Ohne Tischzuordnung", so nobody is forgotten.
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.guestdocs.selection import (
    AT_THE_DOOR,
    author,
    companions_text,
    document_title,
    event_line,
    file_stem,
    with_rsvp,
)
from ceremonykit.documents.guestdocs.tablepdf import (
    PdfColumn,
    TableLayout,
    TableRow,
    write_table_pdf,
)
from ceremonykit.domain.model import RSVP, Guest, SeatingTable, TableShape
from ceremonykit.guests.collation import base_letters, sort_mode, sort_name
from ceremonykit.guests.manage import persons_count
from ceremonykit.guests.tables import find_table

TITLE = "Sitzplan"
NO_TABLE = "Ohne Tischzuordnung"


SHAPES = {TableShape.ROUND: "rund", TableShape.SQUARE: "eckig", TableShape.LONG: "Tafel"}


def table_key(table: str) -> tuple[int, tuple[tuple[int, str], ...]]:
    """Natural order: "2" before "10", named tables ("Ehrentisch") after numbered ones."""
    if not table:
        return (2, ())
    parts = tuple(
        (int(p), "") if p.isdigit() else (0, base_letters(p)) for p in re.findall(r"\d+|\D+", table)
    )
    return (0 if table[0].isdigit() else 1, parts)


def tables_of(guests: list[Guest]) -> list[tuple[str, list[Guest]]]:
    tables: dict[str, list[Guest]] = {}
    for guest in guests:
        tables.setdefault(guest.table.strip(), []).append(guest)
    return [(t, tables[t]) for t in sorted(tables, key=table_key)]


def table_heading(table: str, guests: list[Guest], listed: SeatingTable | None = None) -> str:
    """ "Tisch 2 – 9 Personen", with seats and shape for a table of the table list:
    "Tisch 2 – 9 Personen (rund, 10 Plätze)"."""
    persons = sum(persons_count(g) for g in guests)
    name = f"Tisch {table}" if table and not table.lower().startswith("tisch") else table
    text = f"{name or NO_TABLE} – {persons} {'Person' if persons == 1 else 'Personen'}"
    if listed is not None:
        text += f" ({SHAPES[listed.shape]}, {listed.seats} Plätze)"
    return text


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    guests = with_rsvp(ceremony, AT_THE_DOOR)
    if not guests:
        ctx.skip(None, "Keine Gäste mit Zusage oder offener Rückmeldung – kein Sitzplan.")
        return
    mode = sort_mode(ceremony)
    names = {g.id: sort_name(g, mode) for g in ceremony.guests}
    rows: list[TableRow] = []
    for table, members in tables_of(guests):
        listed = find_table(ceremony, table)
        rows.append(TableRow(heading=table_heading(table, members, listed), new_page=bool(rows)))
        for number, guest in enumerate(members, start=1):
            extra = companions_text(guest)
            if guest.companion_of:
                extra = f"Begleitung von {names.get(guest.companion_of, '?')}"
            who = ", ".join(p for p in (guest.function, guest.organisation) if p)
            state = "offen" if guest.rsvp is RSVP.OPEN else ""
            rows.append(
                TableRow(cells=[str(number), names[guest.id], who, extra, guest.category, state])
            )
    if any(not g.table.strip() for g in guests):
        ctx.warn(
            None,
            "Einige Gäste haben noch keinen Tisch; sie stehen am Ende unter „Ohne Tischzuordnung“.",
        )

    def page_label(page: list[TableRow]) -> str:
        heading = next((r.heading for r in page if r.heading), "")
        return heading.split(" – ")[0].replace(" (Fortsetzung)", "")

    layout = TableLayout(
        title=document_title(TITLE, ceremony),
        subtitle=event_line(ceremony),
        columns=[
            PdfColumn("Nr.", 5),
            PdfColumn("Name", 33, bold=True),
            PdfColumn("Funktion, Organisation", 36),
            PdfColumn("Begleitung", 19),
            PdfColumn("Kategorie", 13),
            PdfColumn("Zusage", 9),
        ],
        landscape=False,
        font_size=8.5,
        row_height=7 * mm,
        page_label=page_label,
        footer_left=f"{TITLE} · {ceremony.title} · offene Rückmeldungen sind markiert",
    )
    ctx.progress(0.2, TITLE)
    with ctx.output(ctx.path(f"{file_stem(ceremony, 'Sitzplan')}.pdf"), "pdf") as tmp:
        write_table_pdf(tmp, layout, rows, author=author(ceremony))

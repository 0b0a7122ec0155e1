"""Anwesenheitsliste: after the night, who came and when – and who was expected but did not.

Built from the check-ins at the door: the guests in the order they arrived (time, name,
category, function and organisation, table, companions, "ohne Anmeldung" for walk-ins), then
the expected guests who did not come. The summary gives the real count (persons with their
companions), which the press texts use after the event. PDF to file away, CSV for Excel.
"""

from __future__ import annotations

import csv
import io

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.guestdocs.cells import csv_text
from ceremonykit.documents.guestdocs.selection import (
    author,
    by_name,
    companions_text,
    document_title,
    event_line,
    file_stem,
)
from ceremonykit.documents.guestdocs.tablepdf import (
    PdfColumn,
    TableLayout,
    TableRow,
    write_table_pdf,
)
from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.guests.checkin import arrived_guests, door_counts, is_expected
from ceremonykit.guests.collation import sort_mode, sort_name

TITLE = "Anwesenheitsliste"
HEADERS = ["Zeit", "Name", "Kategorie", "Funktion, Organisation", "Tisch", "Begleitung", "Hinweis"]


def _row(guest: Guest, name: str) -> list[str]:
    when = f"{guest.arrived_at:%H:%M}" if guest.arrived_at else ""
    who = ", ".join(p for p in (guest.function, guest.organisation) if p)
    note = "ohne Anmeldung" if guest.walk_in else ""
    return [when, name, guest.category, who, guest.table, companions_text(guest), note]


def summary(ceremony: Ceremony) -> str:
    """ "143 Gäste eingelassen – 158 Personen mit Begleitung …; erwartet waren 170 Personen"."""
    counts = door_counts(ceremony)
    walk = f", davon {counts.walk_ins} ohne Anmeldung" if counts.walk_ins else ""
    return (
        f"{counts.guests_arrived} Gäste eingelassen – {counts.arrived} Personen mit Begleitung"
        f"{walk}; erwartet waren {counts.expected} Personen"
    )


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    came = arrived_guests(ceremony)
    if not came:
        ctx.skip(
            None, "Noch niemand wurde am Einlass eingelassen – die Anwesenheitsliste entfällt."
        )
        return
    mode = sort_mode(ceremony)
    names = {g.id: sort_name(g, mode) for g in ceremony.guests}
    missing = by_name(
        ceremony, (g for g in ceremony.guests if is_expected(g) and g.arrived_at is None)
    )
    rows = [_row(g, names[g.id]) for g in came]
    absent = [_row(g, names[g.id]) for g in missing]
    stem = file_stem(ceremony, "Anwesenheitsliste")
    ctx.progress(0.2, TITLE)
    if ctx.wants("pdf"):
        layout = TableLayout(
            title=document_title(TITLE, ceremony),
            subtitle=f"{event_line(ceremony)}\n{summary(ceremony)}",
            columns=[
                PdfColumn("Zeit", 6),
                PdfColumn("Name", 26, bold=True),
                PdfColumn("Kategorie", 11),
                PdfColumn("Funktion, Organisation", 30),
                PdfColumn("Tisch", 6),
                PdfColumn("Begleitung", 14),
                PdfColumn("Hinweis", 12),
            ],
            landscape=True,
            footer_left=f"{TITLE} · vertraulich – Frist der Gästedaten beachten",
        )
        table = [TableRow(heading=f"Eingelassen ({len(rows)})")]
        table += [TableRow(cells=r) for r in rows]
        if absent:
            table.append(TableRow(heading=f"Erwartet, nicht erschienen ({len(absent)})"))
            table += [TableRow(cells=r) for r in absent]
        with ctx.output(ctx.path(f"{stem}.pdf"), "pdf") as tmp:
            write_table_pdf(tmp, layout, table, author=author(ceremony))
    if ctx.wants("csv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow([*HEADERS, "erschienen"])
        for values, came_flag in [*((r, "ja") for r in rows), *((r, "nein") for r in absent)]:
            writer.writerow([csv_text(v) for v in values] + [came_flag])
        ctx.write_bytes(ctx.path(f"{stem}.csv"), "csv", buffer.getvalue().encode("utf-8-sig"))

"""Einlassliste: the list at the door – alphabetical, a box to tick, companions to expect.

Only guests who accepted or have not answered yet (open) are listed: declined and merely
invited guests are not expected at the door. Each page names its letters ("A–D") in the
header, so two people can check in from one printout split at the table. Once the guests have
check-in codes, each row carries the guest's QR code: a guest without invitation or badge is
found by name and scanned from the list.
"""

from __future__ import annotations

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
from ceremonykit.domain.model import RSVP
from ceremonykit.guests.collation import sort_letter, sort_mode, sort_name
from ceremonykit.guests.manage import persons_count

TITLE = "Einlassliste"


def letters_label(rows: list[TableRow]) -> str:
    """ "A–D" for a page whose guests run from A to D; "M" when all share one letter."""
    letters = [r.letter for r in rows if r.letter]
    if not letters:
        return ""
    return letters[0] if letters[0] == letters[-1] else f"{letters[0]}–{letters[-1]}"


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    guests = with_rsvp(ceremony, AT_THE_DOOR)
    if not guests:
        ctx.skip(
            None, "Keine Gäste mit Zusage oder offener Rückmeldung – die Einlassliste entfällt."
        )
        return
    mode = sort_mode(ceremony)
    names = {g.id: sort_name(g, mode) for g in ceremony.guests}
    codes = any(g.checkin_token for g in guests)  # a QR column once codes are issued
    rows: list[TableRow] = []
    current = ""
    for guest in guests:
        letter = sort_letter(guest, mode)
        if letter != current:
            rows.append(TableRow(heading=letter))
            current = letter
        extra = companions_text(guest)
        if guest.companion_of:
            extra = f"Begleitung von {names.get(guest.companion_of, '?')}"
        state = "" if guest.rsvp is RSVP.ACCEPTED else "offen"
        who = ", ".join(p for p in (guest.function, guest.organisation) if p)
        cells = [names[guest.id], guest.category, who, extra, guest.table, state]
        rows.append(
            TableRow(cells=[*cells, guest.checkin_token] if codes else cells, letter=letter)
        )
    expected = sum(persons_count(g) for g in guests if g.rsvp is RSVP.ACCEPTED)
    open_count = sum(1 for g in guests if g.rsvp is RSVP.OPEN)
    layout = TableLayout(
        title=document_title(TITLE, ceremony),
        subtitle=(
            f"{event_line(ceremony)}\n{len(guests)} Gäste, {expected} Personen mit Zusage"
            + (f", {open_count} Rückmeldungen offen" if open_count else "")
        ),
        columns=[
            PdfColumn("Name", 30, bold=True),
            PdfColumn("Kategorie", 12),
            PdfColumn("Funktion, Organisation", 34),
            PdfColumn("Begleitung", 19),
            PdfColumn("Tisch", 6),
            PdfColumn("Zusage", 7),
            *([PdfColumn("Code", 5)] if codes else []),
        ],
        landscape=True,
        row_height=(11 if codes else 7.5) * mm,  # a QR large enough to scan from paper
        qr_column=6 if codes else None,
        heading_height=8 * mm,
        font_size=9.5,
        checkbox=True,
        page_label=letters_label,
        footer_left=f"{TITLE} · vertraulich – nach der Veranstaltung vernichten",
    )
    ctx.progress(0.2, TITLE)
    with ctx.output(ctx.path(f"{file_stem(ceremony, 'Einlassliste')}.pdf"), "pdf") as tmp:
        write_table_pdf(tmp, layout, rows, author=author(ceremony))

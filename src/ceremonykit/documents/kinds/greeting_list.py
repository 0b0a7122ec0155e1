"""Begrüßungsliste: the honoured guests the host greets, in protocol order, as Word file.

Only guests with a protocol rank who accepted are greeted (never the host who gives the
speech, if she or he is on the guest list too); holders of the same office are
greeted in one sentence. Each entry gives the greeting as spoken and, small below, who the
person is and where they sit, so the host can look up. Honoured guests whose reply is still
open are listed at the end, not greeted.
"""

from __future__ import annotations

from docx.shared import Pt, RGBColor

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.docx_tools import clean_text, new_document
from ceremonykit.documents.guestdocs.selection import author, display_name, event_line, file_stem
from ceremonykit.domain.model import RSVP, Guest, Salutation
from ceremonykit.german.address import address_form
from ceremonykit.guests.collation import base_letters
from ceremonykit.guests.protocol import (
    effective_rank,
    greeting_groups,
    precedence_for,
    ranked_guests,
)

TITLE = "Begrüßungsliste"
CLOSING = "sehr geehrte Damen und Herren, liebe Gäste,"
SKIP_REASON = (
    "Kein Ehrengast mit Protokoll-Rang hat zugesagt. Bitte auf der Seite „Gäste“ die "
    "Rückmeldung der Ehrengäste eintragen oder ihnen einen Protokoll-Rang geben "
    "(die Rangfolge schlägt ihn aus der Funktion vor)."
)


def _who(guest: Guest, rank: int | None) -> str:
    parts = [display_name(guest)]
    details = ", ".join(p for p in (guest.function, guest.organisation) if p)
    if details:
        parts.append(details)
    if guest.table:
        parts.append(f"Tisch {guest.table}")
    if rank is not None:
        suggested = " (vorgeschlagen)" if guest.protocol_rank is None else ""
        parts.append(f"Protokoll-Rang {rank}{suggested}")
    return " – ".join(parts)


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    host = ceremony.host
    host_key = (base_letters(host.first_name), base_letters(host.last_name))
    is_host = [
        g
        for g in ceremony.guests
        if host.last_name and (base_letters(g.first_name), base_letters(g.last_name)) == host_key
    ]
    precedence = precedence_for(ceremony)
    groups = greeting_groups([g for g in ceremony.guests if g not in is_host], precedence)
    pending = [
        g
        for _, g in ranked_guests(ceremony.guests, precedence, accepted_only=False)
        if g.rsvp is not RSVP.ACCEPTED
    ]
    if not groups:
        ctx.skip(None, SKIP_REASON)
        return
    doc = new_document(title=f"{TITLE} {ceremony.title}".strip(), author=author(ceremony))
    doc.add_heading(clean_text(f"{TITLE} – {ceremony.title}".strip(" –")), level=1)
    intro = doc.add_paragraph(clean_text(event_line(ceremony)))
    intro.runs[0].font.size = Pt(10)
    doc.add_paragraph(
        "Reihenfolge nach Protokoll-Rang; nur Gäste mit Zusage. Gleiche Ämter werden "
        "gemeinsam begrüßt."
    ).runs[0].font.size = Pt(10)
    if is_host and any(effective_rank(g, precedence) is not None for g in is_host):
        doc.add_paragraph(
            clean_text(
                f"{host.full_name} spricht als {_host_role(host.salutation)} und wird daher "
                "nicht begrüßt."
            )
        ).runs[0].font.size = Pt(10)
    for number, group in enumerate(groups, start=1):
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(10)
        para.paragraph_format.space_after = Pt(2)
        para.paragraph_format.keep_with_next = True
        run = para.add_run(f"{number}.  ")
        run.font.size = Pt(15)
        run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        text = para.add_run(clean_text(group.text))
        text.font.size = Pt(15)
        text.bold = True
        for guest in group.guests:
            note = doc.add_paragraph(clean_text(_who(guest, effective_rank(guest, precedence))))
            note.paragraph_format.left_indent = Pt(22)
            note.paragraph_format.space_after = Pt(0)
            note.runs[0].font.size = Pt(9.5)
            note.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    closing = doc.add_paragraph()
    closing.paragraph_format.space_before = Pt(14)
    closing_run = closing.add_run(f"Anschließend: „… {CLOSING}“")
    closing_run.font.size = Pt(12)
    closing_run.italic = True
    if pending:
        doc.add_heading("Noch ohne Zusage – nicht in der Begrüßung", level=2)
        for guest in pending:
            state = guest.rsvp.value
            doc.add_paragraph(
                clean_text(
                    f"{address_form(guest, use_office=True)} ({state}) – {_who(guest, effective_rank(guest, precedence))}"
                ),
                style="List Bullet",
            )
    ctx.progress(0.5, TITLE)
    with ctx.output(ctx.path(f"{file_stem(ceremony, 'Begruessungsliste')}.docx"), "docx") as tmp:
        doc.save(str(tmp))


def _host_role(salutation: Salutation) -> str:
    return {Salutation.FRAU: "Gastgeberin", Salutation.HERR: "Gastgeber"}.get(
        salutation, "Gastgeberin bzw. Gastgeber"
    )

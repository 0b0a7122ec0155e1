"""Begrüßungsliste: the honoured guests the host greets, in protocol order, as Word file.

Only guests with a protocol rank who accepted are greeted (never the host who gives the
speech, if she or he is on the guest list too); holders of the same office are
greeted in one sentence. Each entry gives the greeting as spoken and, small below, who the
person is and where they sit, so the host can look up. Honoured guests whose reply is still
open are listed at the end, not greeted.

On the night, option ``present_only`` builds it from those checked in at the door (honoured
guests with a protocol rank who arrived, whatever they had replied) and adds the difference to
the planned list – who is missing, who is new – so protocol staff can brief the host.
"""

from __future__ import annotations

from docx.document import Document
from docx.shared import Pt, RGBColor

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.docx_tools import append_paragraph, clean_text, new_document
from ceremonykit.documents.guestdocs.selection import (
    author,
    display_name,
    document_title,
    event_line,
    file_stem,
)
from ceremonykit.domain.model import RSVP, Guest, Salutation
from ceremonykit.german.address import address_form
from ceremonykit.guests.checkin import clock
from ceremonykit.guests.collation import base_letters
from ceremonykit.guests.protocol import (
    GreetingDifference,
    Precedence,
    effective_rank,
    greeting_difference,
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
    greeted = [g for g in ceremony.guests if g not in is_host]
    present_only = ctx.option("present_only") == "1"
    precedence = precedence_for(ceremony)
    groups = greeting_groups(greeted, precedence, present_only=present_only)
    pending = [
        g
        for _, g in ranked_guests(ceremony.guests, precedence, accepted_only=False)
        if g.rsvp is not RSVP.ACCEPTED
    ]
    if present_only and not any(g.arrived_at for g in ceremony.guests):
        ctx.skip(
            None, "Noch niemand ist eingelassen – die Begrüßungsliste der Anwesenden entfällt."
        )
        return
    if not groups and not present_only:
        ctx.skip(None, SKIP_REASON)
        return
    doc = new_document(title=f"{TITLE} {ceremony.title}".strip(), author=author(ceremony))
    doc.add_heading(clean_text(document_title(TITLE, ceremony)), level=1)
    intro = append_paragraph(doc, clean_text(event_line(ceremony)))
    intro.runs[0].font.size = Pt(10)
    append_paragraph(
        doc,
        _present_note(ceremony.guests)
        if present_only
        else "Reihenfolge nach Protokoll-Rang; nur Gäste mit Zusage. Gleiche Ämter werden "
        "gemeinsam begrüßt.",
    ).runs[0].font.size = Pt(10)
    if present_only:
        _add_difference(doc, greeting_difference(greeted, precedence), precedence)
    if is_host and any(effective_rank(g, precedence) is not None for g in is_host):
        append_paragraph(
            doc,
            clean_text(
                f"{host.full_name} spricht als {_host_role(host.salutation)} und wird daher "
                "nicht begrüßt."
            ),
        ).runs[0].font.size = Pt(10)
    for number, group in enumerate(groups, start=1):
        para = append_paragraph(doc)
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
            note = append_paragraph(doc, clean_text(_who(guest, effective_rank(guest, precedence))))
            note.paragraph_format.left_indent = Pt(22)
            note.paragraph_format.space_after = Pt(0)
            note.runs[0].font.size = Pt(9.5)
            note.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    closing = append_paragraph(doc)
    closing.paragraph_format.space_before = Pt(14)
    closing_run = closing.add_run(f"Anschließend: „… {CLOSING}“")
    closing_run.font.size = Pt(12)
    closing_run.italic = True
    if pending and not present_only:
        doc.add_heading("Noch ohne Zusage – nicht in der Begrüßung", level=2)
        for guest in pending:
            state = guest.rsvp.value
            append_paragraph(
                doc,
                clean_text(
                    f"{address_form(guest, use_office=True)} ({state}) – {_who(guest, effective_rank(guest, precedence))}"
                ),
                style="List Bullet",
            )
    ctx.progress(0.5, TITLE)
    with ctx.output(ctx.path(f"{file_stem(ceremony, 'Begruessungsliste')}.docx"), "docx") as tmp:
        doc.save(str(tmp))


def _present_note(guests: list[Guest]) -> str:
    last = max((g.arrived_at for g in guests if g.arrived_at), default=None)
    when = f" (Stand: letzter Einlass {clock(last)})" if last else ""
    return (
        f"Nur Ehrengäste, die eingelassen wurden{when}; Reihenfolge nach Protokoll-Rang. "
        "Gleiche Ämter werden gemeinsam begrüßt."
    )


def _add_difference(doc: Document, diff: GreetingDifference, precedence: Precedence | None) -> None:
    """Who is missing and who is new compared with the planned list – for briefing the host."""
    doc.add_heading("Unterschied zur geplanten Begrüßung", level=2)
    if not diff.missing and not diff.new:
        append_paragraph(doc, "Keiner: Alle geplanten Ehrengäste sind da, niemand kam zusätzlich.")
        return
    for title, guests in (
        ("Fehlen (zugesagt, aber nicht eingelassen)", diff.missing),
        ("Neu (eingelassen, aber nicht geplant)", diff.new),
    ):
        if not guests:
            continue
        append_paragraph(doc).add_run(f"{title}: {len(guests)}").bold = True
        for guest in guests:
            who = _who(guest, effective_rank(guest, precedence))
            append_paragraph(doc, clean_text(who), style="List Bullet")


def _host_role(salutation: Salutation) -> str:
    return {Salutation.FRAU: "Gastgeberin", Salutation.HERR: "Gastgeber"}.get(
        salutation, "Gastgeberin bzw. Gastgeber"
    )

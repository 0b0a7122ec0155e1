"""Einladungen: a personal letter per invited guest and an e-mail draft per e-mail address.

Letters (DIN 5008 form B for a DL/C6 window envelope): one combined PDF to print and one Word
file per guest. Guests without a full postal address get no letter and are reported; guests
with an e-mail address get an ``.eml`` draft (never sent) and a row in the mail-merge CSV.
The text is the staff-editable template ``templates/invitation/einladung.txt.j2``.
"""

from __future__ import annotations

import io
from datetime import date

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.filenames import safe_filename, unique_names
from ceremonykit.documents.guestdocs.pdftext import prepare_canvas
from ceremonykit.documents.guestdocs.selection import author, display_name, file_stem
from ceremonykit.documents.invitations.content import (
    EMAIL,
    LETTER,
    Invitation,
    invitation_for,
    invitees,
    letter_date,
    phone_text,
    return_address,
)
from ceremonykit.documents.invitations.email_draft import address, draft_message, merge_csv
from ceremonykit.documents.invitations.extras import extra_blocks
from ceremonykit.documents.invitations.letter_docx import LetterFactory
from ceremonykit.documents.invitations.letter_pdf import PAGE_H, PAGE_W, Letterhead, LetterWriter
from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.errors import UserError
from ceremonykit.german.templating import TemplateProblem


def letterhead(ceremony: Ceremony, today: date | None = None) -> Letterhead:
    """The sender profile as letterhead, information block and footer."""
    s = ceremony.sender
    place = " ".join(p for p in (s.postcode, s.city) if p)
    info: list[tuple[str, str]] = []
    contact = ceremony.rsvp_email or s.contact_email or s.email
    phone = ceremony.rsvp_phone or s.contact_phone or s.phone
    if s.contact_name:
        info.append(("Kontakt", s.contact_name))
    if phone:
        info.append(("Telefon", phone_text(phone)))
    if contact:
        info.append(("E-Mail", contact))
    info.append(("Datum", letter_date(today)))
    footer = [", ".join(p for p in (s.sender_name, s.office, s.street, place) if p)]
    footer.append(" · ".join(p for p in (s.web[0] if s.web else "", s.email) if p))
    logo = ceremony.asset(s.logo_asset_id)
    return Letterhead(
        sender=s.sender_name or ceremony.organiser or "Einladung",
        office_lines=tuple(p for p in (s.office,) if p),
        return_address=return_address(s),
        info_lines=tuple(info),
        footer_lines=tuple(line for line in footer if line),
        logo=logo.data if logo and logo.data else None,
    )


def _no_address(guest: Guest) -> str:
    then = (
        "Die Einladung per E-Mail wird erstellt."
        if guest.email
        else "Ohne E-Mail-Adresse erhält dieser Gast keine Einladung."
    )
    return (
        "Keine vollständige Postanschrift (Straße, PLZ, Ort) – kein Brief. Bitte die "
        f"Anschrift in der Gästeliste ergänzen. {then}"  # the report names the guest in front
    )


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    guests = invitees(ceremony)
    if not guests:
        ctx.skip(None, "Keine Gäste in der Gästeliste – es werden keine Einladungen erstellt.")
        return
    user_dir = ctx.options.user_template_dir
    try:
        invitation_for(ceremony, guests[0], LETTER, user_dir)
    except TemplateProblem as exc:  # the same for every guest: report it once
        ctx.fail(None, str(exc))
        return
    letters: list[Invitation] = []
    mails: list[Invitation] = []
    for guest in guests:
        with ctx.attempt(guest.id, f"Die Einladung für {display_name(guest)}"):
            if guest.has_address:
                letters.append(invitation_for(ceremony, guest, LETTER, user_dir))
            else:
                ctx.skip(guest.id, _no_address(guest))
            if guest.email:
                mails.append(invitation_for(ceremony, guest, EMAIL, user_dir))
    head = letterhead(ceremony)
    stems = unique_names([safe_filename(f"Einladung {display_name(i.guest)}", "") for i in letters])
    if letters and ctx.wants("pdf"):
        _print_pdf(ctx, head, letters)
    if letters and ctx.wants("docx"):
        factory = LetterFactory(head)
        for n, (invitation, stem) in enumerate(zip(letters, stems, strict=True)):
            ctx.progress(0.4 + 0.3 * n / len(letters), "Einladungen (Word)")
            guest = invitation.guest
            with (
                ctx.attempt(guest.id, f"Der Brief an {display_name(guest)}"),
                ctx.output(ctx.path(f"briefe/{stem}.docx"), "docx", guest.id) as tmp,
            ):
                factory.write(tmp, invitation, extra_blocks(ceremony, guest))
    if mails and (ctx.wants("eml") or ctx.wants("csv")):
        _emails(ctx, head, mails)


def _print_pdf(ctx: BuildContext, head: Letterhead, letters: list[Invitation]) -> None:
    ceremony = ctx.ceremony
    with ctx.output(ctx.path(f"{file_stem(ceremony, 'Einladungen')}.pdf"), "pdf") as tmp:
        canvas = prepare_canvas(
            str(tmp),
            title=f"Einladungen {ceremony.title}",
            author=author(ceremony),
            pagesize=(PAGE_W, PAGE_H),
        )
        writer = LetterWriter(canvas, head)
        for n, invitation in enumerate(letters):
            ctx.progress(0.4 * n / len(letters), "Einladungen (PDF)")
            writer.letter(invitation, extra_blocks(ceremony, invitation.guest))
        canvas.save()


def _single_pdf(ceremony: Ceremony, head: Letterhead, invitation: Invitation) -> bytes:
    """One guest's letter as PDF bytes, to attach to the e-mail."""
    buffer = io.BytesIO()
    canvas = prepare_canvas(
        buffer, title=invitation.subject, author=author(ceremony), pagesize=(PAGE_W, PAGE_H)
    )
    LetterWriter(canvas, head).letter(invitation, extra_blocks(ceremony, invitation.guest))
    canvas.save()
    return buffer.getvalue()


def _emails(ctx: BuildContext, head: Letterhead, mails: list[Invitation]) -> None:
    ceremony = ctx.ceremony
    sender_mail = ceremony.rsvp_email or ceremony.sender.contact_email or ceremony.sender.email
    if not sender_mail:
        ctx.fail(
            None,
            "Für die E-Mail-Einladungen fehlt die Absenderadresse. Bitte unter „Antwort per "
            "E-Mail“ oder im Absenderprofil eine E-Mail-Adresse eintragen.",
        )
        return
    try:
        sender = address(head.sender, sender_mail)
    except UserError as exc:
        ctx.fail(None, str(exc))
        return
    attach = ctx.option("attach_pdf") == "1"
    done: list[Invitation] = []
    stems = unique_names([safe_filename(f"Einladung {display_name(i.guest)}", "") for i in mails])
    for n, (invitation, stem) in enumerate(zip(mails, stems, strict=True)):
        ctx.progress(0.7 + 0.3 * n / len(mails), "Einladungen (E-Mail)")
        guest = invitation.guest
        with ctx.attempt(guest.id, f"Die E-Mail an {display_name(guest)}"):
            attachment = None
            if attach and guest.has_address:
                letter = invitation_for(ceremony, guest, LETTER, ctx.options.user_template_dir)
                attachment = (f"{stem}.pdf", _single_pdf(ceremony, head, letter))
            data = draft_message(invitation, sender, attachment)
            if ctx.wants("eml"):
                ctx.write_bytes(ctx.path(f"email/{stem}.eml"), "eml", data, guest.id)
            done.append(invitation)
    if done and ctx.wants("csv"):
        name = f"{file_stem(ceremony, 'Serienmail')}.csv"
        ctx.write_bytes(ctx.path(name), "csv", merge_csv(done))

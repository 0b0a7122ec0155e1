"""Adressetiketten und Umschläge: the invited guests' postal addresses on label sheets and
printed directly on DL or C6 envelopes.

The address lines are the same as in the invitation letter's window (DIN 5008, country in
capitals); guests without a full address are reported, as for the letters. Label sheets are
templates (``templates/labels/*.json``) whose geometry is checked against gLabels' product
data; envelopes get the sender's return line at the top left and the address in the
post office's reading zone at the bottom right (15 mm from the right and bottom edges).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.guestdocs.labels import ADDRESS_LAYOUTS, LabelSheet, load_layout
from ceremonykit.documents.guestdocs.pdftext import (
    GREY,
    REGULAR,
    fit_lines,
    pdf_text,
    prepare_canvas,
)
from ceremonykit.documents.guestdocs.selection import author, display_name, file_stem
from ceremonykit.documents.invitations.content import invitees, recipient_lines, return_address
from ceremonykit.domain.model import Guest

ENVELOPES_MM = {"dl": (220.0, 110.0), "c6": (162.0, 114.0)}
ADDRESS_W, ADDRESS_H, EDGE = 85.0, 40.0, 15.0  # mm


def draw_address(
    canvas: Canvas, lines: tuple[str, ...], x: float, top: float, width: float, size: float
) -> bool:
    """Address lines from ``top`` down; each shrinks to fit ``width``. False if one was cut."""
    y = top
    whole = True
    for line in lines:
        fit = fit_lines(line, bold=False, max_size=size, min_size=size - 2, max_width=width,
                        max_lines=1)  # fmt: skip
        whole = whole and not fit.overflow
        canvas.setFont(fit.font, fit.size)
        y -= size * 1.2
        canvas.drawString(x, y, fit.lines[0] if fit.lines else "")
    return whole


def _labels(ctx: BuildContext, sheet: LabelSheet, guests: list[Guest]) -> None:
    ceremony = ctx.ceremony
    with ctx.output(ctx.path(f"{file_stem(ceremony, 'Adressetiketten')}.pdf"), "pdf") as tmp:
        canvas = prepare_canvas(str(tmp), title=f"Adressetiketten {ceremony.title}",
                                author=author(ceremony),
                                pagesize=(sheet.page_width * mm, sheet.page_height * mm))  # fmt: skip
        for start in range(0, len(guests), sheet.per_sheet):
            for index, guest in enumerate(guests[start : start + sheet.per_sheet]):
                x0, y0 = sheet.origin(index)
                pad = sheet.padding * mm
                lines = recipient_lines(guest)
                block = len(lines) * 10 * 1.2
                top = y0 * mm + (sheet.label_height * mm + block) / 2
                if not draw_address(canvas, lines, x0 * mm + pad, top,
                                    sheet.label_width * mm - 2 * pad, 10):  # fmt: skip
                    ctx.warn(guest.id, f"{display_name(guest)}: eine Adresszeile ist zu lang "
                             "für das Etikett und wurde gekürzt.")  # fmt: skip
            canvas.showPage()
        canvas.save()


def _envelopes(ctx: BuildContext, size: str, guests: list[Guest]) -> None:
    ceremony = ctx.ceremony
    width, height = ENVELOPES_MM[size]
    sender = pdf_text(return_address(ceremony.sender))
    name = f"{file_stem(ceremony, 'Umschlaege-' + size.upper())}.pdf"
    with ctx.output(ctx.path(name), "pdf") as tmp:
        canvas = prepare_canvas(str(tmp), title=f"Umschläge {size.upper()} {ceremony.title}",
                                author=author(ceremony), pagesize=(width * mm, height * mm))  # fmt: skip
        for guest in guests:
            canvas.setFont(REGULAR, 7)
            canvas.setFillColorRGB(*GREY)
            canvas.drawString(10 * mm, (height - 12) * mm, sender)
            canvas.setFillColorRGB(0, 0, 0)
            x = (width - EDGE - ADDRESS_W) * mm
            top = (EDGE + ADDRESS_H) * mm
            draw_address(canvas, recipient_lines(guest), x, top, ADDRESS_W * mm, 11)
            canvas.showPage()
        canvas.save()


def build(ctx: BuildContext) -> None:
    guests = [g for g in invitees(ctx.ceremony) if g.has_address]
    for guest in invitees(ctx.ceremony):
        if not guest.has_address:
            # the report names the guest (subject) in front of the reason
            ctx.skip(guest.id, "Keine vollständige Postanschrift – kein Etikett und kein "
                     "Umschlag. Bitte Straße, PLZ und Ort ergänzen.")  # fmt: skip
    if not guests:
        ctx.skip(None, "Kein Gast hat eine Postanschrift – keine Etiketten und Umschläge.")
        return
    layout = ctx.option("layout") or ADDRESS_LAYOUTS[0]
    _labels(ctx, load_layout(layout, ctx.options.user_template_dir, folder="labels"), guests)
    envelope = ctx.option("envelope")
    if envelope in ENVELOPES_MM:
        _envelopes(ctx, envelope, guests)

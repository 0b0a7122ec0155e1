"""Namensschilder: badges on A4 label sheets, name large, function and organisation below.

Only guests who accepted get a badge. A guest with a check-in code gets its QR code in the
lower right corner (scanned at the door if the badge is handed out before the event). Long names shrink to a minimum size and then wrap onto
a second line; a name that still does not fit is shortened with "…" and reported as a
warning, so staff can shorten it by hand. The sheet layout is a template
(``templates/badges/*.json``); option ``layout`` chooses it.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.guestdocs.labels import (
    DEFAULT_LAYOUT,
    LabelSheet,
    load_layout,
)
from ceremonykit.documents.guestdocs.pdftext import (
    GREY,
    fit_lines,
    pdf_text,
    prepare_canvas,
)
from ceremonykit.documents.guestdocs.qr import draw_qr
from ceremonykit.documents.guestdocs.selection import (
    ACCEPTED,
    author,
    display_name,
    file_stem,
    with_rsvp,
)
from ceremonykit.documents.guestdocs.sheets import draw_cut_marks
from ceremonykit.domain.model import Guest

NAME_MIN_SIZE = 12.0


def _draw_lines(
    canvas: Canvas, lines: list[str], font: str, size: float, cx: float, top: float, leading: float
) -> float:
    """Centred lines from ``top`` downwards; returns the y below the last line."""
    canvas.setFont(font, size)
    y = top
    for line in lines:
        y -= size
        canvas.drawCentredString(cx, y, line)
        y -= leading - size
    return y


def draw_badge(canvas: Canvas, sheet: LabelSheet, index: int, guest: Guest, event: str) -> bool:
    """Draw one badge at position ``index`` of the sheet; False if the name had to be cut."""
    x0, y0 = sheet.origin(index)
    x, y = x0 * mm, y0 * mm
    w, h = sheet.label_width * mm, sheet.label_height * mm
    pad = sheet.padding * mm
    inner = w - 2 * pad
    cx = x + w / 2
    if guest.checkin_token:  # the check-in code bottom right; the text beside it
        qr = min(h * 0.36, w * 0.3, 20 * mm)
        draw_qr(canvas, guest.checkin_token, x + w - pad - qr, y + pad * 0.5, qr)
        inner -= qr
        cx -= qr / 2
    canvas.setFillColorRGB(*GREY)
    event_w = w - 2 * pad
    event_fit = fit_lines(
        event, bold=False, max_size=7.5, min_size=6, max_width=event_w, max_lines=1
    )
    _draw_lines(canvas, event_fit.lines, event_fit.font, event_fit.size, x + w / 2, y + h - pad, 9)
    canvas.setStrokeColorRGB(0.75, 0.75, 0.75)
    canvas.setLineWidth(0.5)
    canvas.line(x + pad, y + h - pad - 11, x + w - pad, y + h - pad - 11)
    canvas.setFillColorRGB(0, 0, 0)
    max_name = min(22.0, h / mm * 0.42)
    name = fit_lines(
        display_name(guest),
        bold=True,
        max_size=max_name,
        min_size=NAME_MIN_SIZE,
        max_width=inner,
        max_lines=2,
    )
    details = [pdf_text(t) for t in (guest.function, guest.organisation) if pdf_text(t)]
    detail_fits = [
        fit_lines(t, bold=False, max_size=9.5, min_size=7, max_width=inner, max_lines=2)
        for t in details
    ]
    name_h = len(name.lines) * name.size * 1.12
    detail_h = sum(len(f.lines) * f.size * 1.25 for f in detail_fits)
    block = name_h + (4 if detail_fits else 0) + detail_h
    area_top = y + h - pad - 14
    area_bottom = y + pad
    top = area_bottom + (area_top - area_bottom + block) / 2
    bottom = _draw_lines(canvas, name.lines, name.font, name.size, cx, top, name.size * 1.12)
    bottom -= 4
    canvas.setFillColorRGB(0.2, 0.2, 0.2)
    for fit in detail_fits:
        bottom = _draw_lines(canvas, fit.lines, fit.font, fit.size, cx, bottom, fit.size * 1.25)
    canvas.setFillColorRGB(0, 0, 0)
    return not name.overflow


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    guests = with_rsvp(ceremony, ACCEPTED)
    if not guests:
        ctx.skip(None, "Keine Gäste mit Zusage – es werden keine Namensschilder erstellt.")
        return
    layout_name = ctx.option("layout") or ctx.design or DEFAULT_LAYOUT
    sheet = load_layout(layout_name, ctx.options.user_template_dir)
    event = ceremony.title
    with ctx.output(ctx.path(f"{file_stem(ceremony, 'Namensschilder')}.pdf"), "pdf") as tmp:
        canvas = prepare_canvas(
            str(tmp),
            title=f"Namensschilder {ceremony.title}",
            author=author(ceremony),
            pagesize=(sheet.page_width * mm, sheet.page_height * mm),
        )
        for start in range(0, len(guests), sheet.per_sheet):
            ctx.progress(start / len(guests), "Namensschilder")
            if sheet.cut_marks:
                draw_cut_marks(canvas, sheet)
            for index, guest in enumerate(guests[start : start + sheet.per_sheet]):
                if not draw_badge(canvas, sheet, index, guest, event):
                    ctx.warn(
                        guest.id,
                        f"Der Name „{display_name(guest)}“ passt auch verkleinert nicht ganz auf "
                        "das Namensschild und wurde gekürzt. Bitte kürzer schreiben "
                        "(z. B. zweiten Vornamen abkürzen).",
                    )
            canvas.showPage()
        canvas.save()

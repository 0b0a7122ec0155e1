"""Tischkarten: folded tent cards, two per A4 sheet, the name readable from both sides.

Each half of the sheet is one card with a dashed fold line across its middle; the upper face
is drawn rotated by 180°, so after folding the card stands with the name upright on both
sides. Only guests who accepted get a card.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.guestdocs.pdftext import (
    GREY,
    Fitted,
    fit_lines,
    prepare_canvas,
)
from ceremonykit.documents.guestdocs.selection import (
    ACCEPTED,
    author,
    display_name,
    file_stem,
    with_rsvp,
)
from ceremonykit.documents.guestdocs.sheets import draw_guide_line
from ceremonykit.domain.model import Guest

PAGE_W, PAGE_H = A4
CARD_H = PAGE_H / 2
FACE_H = CARD_H / 2
MARGIN = 14 * mm


@dataclass(frozen=True)
class FaceLayout:
    """What one face shows, fitted once and drawn on both faces of the card."""

    name: Fitted
    sub: Fitted | None
    event: Fitted | None

    @property
    def overflow(self) -> bool:
        return self.name.overflow


def face_layout(guest: Guest, event: Fitted | None) -> FaceLayout:
    inner = PAGE_W - 2 * MARGIN
    name = fit_lines(
        display_name(guest), bold=True, max_size=40, min_size=22, max_width=inner, max_lines=2
    )
    function = ", ".join(p for p in (guest.function, guest.organisation) if p)
    sub = (
        fit_lines(function, bold=False, max_size=13, min_size=9, max_width=inner, max_lines=1)
        if function
        else None
    )
    return FaceLayout(name, sub, event)


def draw_face(canvas: Canvas, face: FaceLayout) -> None:
    """One face (origin lower left, PAGE_W × FACE_H)."""
    name, sub = face.name, face.sub
    leading = name.size * 1.1
    block = len(name.lines) * leading + (sub.size * 1.8 if sub else 0)
    y = FACE_H / 2 + block / 2 - 2 * mm
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(name.font, name.size)
    for line in name.lines:
        y -= name.size
        canvas.drawCentredString(PAGE_W / 2, y, line)
        y -= leading - name.size
    canvas.setFillColorRGB(*GREY)
    if sub:
        y -= sub.size * 0.8
        canvas.setFont(sub.font, sub.size)
        canvas.drawCentredString(PAGE_W / 2, y - sub.size, sub.lines[0])
    if face.event:
        canvas.setFont(face.event.font, face.event.size)
        canvas.drawCentredString(PAGE_W / 2, 7 * mm, face.event.lines[0])
    canvas.setFillColorRGB(0, 0, 0)


def draw_card(canvas: Canvas, face: FaceLayout, bottom: float) -> None:
    """A tent card occupying ``bottom`` .. ``bottom + CARD_H``: front face and mirrored back."""
    canvas.saveState()
    canvas.translate(0, bottom)
    draw_face(canvas, face)
    canvas.saveState()
    canvas.translate(PAGE_W, CARD_H)
    canvas.rotate(180)  # upper face upside down: readable once folded
    draw_face(canvas, face)
    canvas.restoreState()
    draw_guide_line(canvas, FACE_H, PAGE_W, "Falzlinie – hier knicken", dashed=True)
    canvas.restoreState()


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    guests = with_rsvp(ceremony, ACCEPTED)
    if not guests:
        ctx.skip(None, "Keine Gäste mit Zusage – es werden keine Tischkarten erstellt.")
        return
    with ctx.output(ctx.path(f"{file_stem(ceremony, 'Tischkarten')}.pdf"), "pdf") as tmp:
        canvas = prepare_canvas(
            str(tmp), title=f"Tischkarten {ceremony.title}", author=author(ceremony), pagesize=A4
        )
        event = (
            fit_lines(
                ceremony.title, bold=False, max_size=8, min_size=6, max_width=PAGE_W, max_lines=1
            )
            if ceremony.title
            else None
        )
        for start in range(0, len(guests), 2):
            ctx.progress(start / len(guests), "Tischkarten")
            pair = guests[start : start + 2]
            for slot, guest in enumerate(pair):
                face = face_layout(guest, event)
                draw_card(canvas, face, CARD_H * (1 - slot))
                if face.overflow:
                    ctx.warn(
                        guest.id,
                        f"Der Name „{display_name(guest)}“ ist für die Tischkarte zu lang und "
                        "wurde gekürzt. Bitte kürzer schreiben.",
                    )
            draw_guide_line(canvas, CARD_H, PAGE_W, "Schnittlinie – hier schneiden", dashed=False)
            canvas.showPage()
        canvas.save()

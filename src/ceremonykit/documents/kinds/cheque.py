"""Giant presentation cheques: one print PDF (with bleed) per winner whose prize carries money,
and a PNG preview when the build asks for the format (not by default: the registry declares
the PDF as the default format). Prizes without money are reported as skipped."""

from __future__ import annotations

from ceremonykit.documents.cheques import messages as msg
from ceremonykit.documents.cheques.checks import logo_findings, margin_findings, safety_margin_mm
from ceremonykit.documents.cheques.content import cheque_content
from ceremonykit.documents.cheques.design import Design, load_design
from ceremonykit.documents.cheques.layout import build_layout
from ceremonykit.documents.cheques.pdf_draw import cheque_pdf
from ceremonykit.documents.cheques.sizes import (
    ChequeFormat,
    flag,
    format_from_options,
)
from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.filenames import safe_stem
from ceremonykit.domain.model import Ceremony, Prize, PrizeKind, Winner
from ceremonykit.german.amounts import amount_text
from ceremonykit.german.ordinals import ordinal_word


def build(ctx: BuildContext) -> None:
    """Write ``schecks/NN_Name_BxH.pdf`` and ``.png`` for every winner with prize money."""
    ceremony = ctx.ceremony
    options = ctx.options_dict()
    design = load_design(ctx.design, ctx.options.user_template_dir)
    fmt = format_from_options(options)
    show_number = flag(options, "number", default=True)
    subjects = _subjects(ctx, ceremony)
    for index, (winner, prize) in enumerate(subjects):
        ctx.progress(index / max(len(subjects), 1), msg.PROGRESS.format(name=winner.display_name))
        with ctx.attempt(winner.id, f"Der Scheck für „{winner.display_name}“"):
            _one_cheque(ctx, design, fmt, winner, prize, index + 1, show_number)
    ctx.progress(1.0, "Schecks fertig")


def _subjects(ctx: BuildContext, ceremony: Ceremony) -> list[tuple[Winner, Prize]]:
    """Winners with prize money in the ceremony's prize order; the others are skipped."""
    subjects = []
    for prize in ceremony.ranked_prizes():
        winners = ceremony.winners_of(prize)
        for winner in winners:
            if prize.amount is None or prize.amount <= 0:
                ctx.skip(winner.id, msg.NO_MONEY.format(prize=prize_phrase(prize)))
            elif not winner.display_name:
                ctx.skip(winner.id, msg.NO_PAYEE)
            else:
                subjects.append((winner, prize))
                if len(winners) > 1:
                    ctx.warn(
                        winner.id,
                        msg.SHARED_PRIZE.format(
                            prize=prize_phrase(prize),
                            count=len(winners),
                            amount=amount_text(prize.amount),
                        ),
                    )
    for winner in ceremony.winners:
        if ceremony.prize(winner.prize_id) is None:
            ctx.skip(winner.id, msg.NO_PRIZE)
    return subjects


def _one_cheque(
    ctx: BuildContext,
    design: Design,
    fmt: ChequeFormat,
    winner: Winner,
    prize: Prize,
    number: int,
    show_number: bool,
) -> None:
    assert prize.amount is not None
    ceremony = ctx.ceremony
    content = cheque_content(
        ceremony,
        winner,
        prize,
        prize.amount,
        number=number,
        amount_cents=design.amount_cents,
        show_number=show_number,
    )
    layout = build_layout(design, content, fmt.width_mm, fmt.height_mm)
    findings = [
        *content.notes,
        *layout.notes,
        *margin_findings(layout, safety_margin_mm(design, fmt.height_mm)),
        *logo_findings(layout),
    ]
    for finding in dict.fromkeys(findings):
        ctx.warn(winner.id, finding)
    pdf = cheque_pdf(
        layout,
        fmt,
        title=f"Scheck {content.texts['purpose']} – {winner.display_name}",
        author=ceremony.organiser or ceremony.sender.sender_name,
        subject=f"{content.texts['amount']} für {winner.display_name}",
    )
    stem = ctx.path(f"{number:02d}_{safe_stem(winner.display_name, 60)}_{fmt.label}")
    if ctx.wants("pdf"):
        ctx.write_bytes(f"{stem}.pdf", "pdf", pdf, subject=winner.id)
    if ctx.wants("png"):
        # PDFium is loaded for the preview only (0.02 s): the print PDF is the default format
        from ceremonykit.documents.cheques.png_render import render_png

        with ctx.output(f"{stem}.png", "png", subject=winner.id) as tmp:
            render_png(pdf, fmt, tmp)


def prize_phrase(prize: Prize) -> str:
    """The prize as the subject of a sentence: "Der erste Preis", "Der Ehrenpreis"."""
    if prize.label:
        return f"Der Preis „{prize.label}“"
    if prize.kind is PrizeKind.HONORARY:
        return "Der Ehrenpreis"
    if prize.kind is PrizeKind.SPECIAL:
        return "Der Sonderpreis"
    return f"Der {ordinal_word(prize.rank or 1, 'e', capital=False)} Preis"

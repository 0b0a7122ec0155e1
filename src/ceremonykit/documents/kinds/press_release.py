"""Medieninformation (press release) as DOCX and PDF, in the city's media format."""

from __future__ import annotations

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.pdf.fonts import uncovered
from ceremonykit.documents.press.facts import NO_WINNERS, has_winners
from ceremonykit.documents.press.release import (
    RECOMMENDED_CHARACTERS,
    release_content,
    release_stem,
)
from ceremonykit.documents.press.release_docx import write_release_docx
from ceremonykit.documents.press.release_pdf import write_release_pdf

SUBJECT = "medieninformation"


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    if not has_winners(ceremony):
        ctx.skip(SUBJECT, NO_WINNERS)
        return
    ctx.progress(0.05, "Medieninformation: Text aus der Vorlage")
    content = release_content(ceremony, ctx.options.user_template_dir)
    if not (ceremony.sender.sender_name and ceremony.sender.office):
        ctx.warn(
            SUBJECT,
            "Absender und Pressestelle fehlen im Absenderprofil; der Kopf ist unvollständig.",
        )
    if content.logo_problem:
        ctx.warn(SUBJECT, content.logo_problem)
    if content.characters > RECOMMENDED_CHARACTERS:
        ctx.warn(
            SUBJECT,
            f"Die Medieninformation hat {content.characters} Zeichen; Redaktionen erwarten "
            f"etwa {RECOMMENDED_CHARACTERS}. Bitte Beschreibungen kürzen.",
        )
    text = "\n".join([*content.sender.all_lines, *(b.text + b.speaker for b in content.blocks)])
    missing = uncovered(text, "Sans")
    if missing:
        ctx.warn(
            SUBJECT,
            "Diese Zeichen kann keine der mitgelieferten Schriften darstellen: "
            f"{' '.join(sorted(missing))} (im PDF als □). Bitte die Schreibweise prüfen.",
        )
    stem = ctx.path(release_stem(ceremony))
    writers = (("docx", write_release_docx), ("pdf", write_release_pdf))
    for index, (fmt, writer) in enumerate(writers):
        if not ctx.wants(fmt):
            continue
        ctx.progress(0.2 + 0.4 * index, f"Medieninformation ({fmt.upper()})")
        with (
            ctx.attempt(SUBJECT, f"Die Medieninformation ({fmt.upper()})"),
            ctx.output(f"{stem}.{fmt}", fmt, subject=SUBJECT) as tmp,
        ):
            writer(content, tmp)

"""Moderationskarten: speaker cards for the host and for each laudator.

One PDF per speaker (the host's greeting, announcements and closing; each laudator's
laudations), A5 or A6, body text at least 16 pt, numbered, one topic per card, never a sentence
split across cards, and the estimated speaking time per card.
"""

from __future__ import annotations

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.evening.cards import MIN_SIZE, draw_cards, layout_for, pack
from ceremonykit.documents.evening.speech import Topic, topics
from ceremonykit.documents.filenames import safe_stem
from ceremonykit.documents.guestdocs.pdftext import pdf_text, prepare_canvas
from ceremonykit.documents.guestdocs.selection import author


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    layout = layout_for(ctx.option("size") or "a5", float(ctx.option("font_size") or 18))
    wpm = float(ctx.option("wpm") or 110)
    by_speaker: dict[str, list[Topic]] = {}
    for topic in topics(ceremony, present_only=ctx.option("present_only") == "1"):
        by_speaker.setdefault(topic.speaker, []).append(topic)
    for n, (speaker, spoken) in enumerate(by_speaker.items()):
        ctx.progress(n / len(by_speaker), "Moderationskarten")
        with ctx.attempt(speaker, f"Die Karten für {speaker}"):
            cards, too_long = pack(spoken, layout)
            for unit in too_long:
                ctx.warn(
                    speaker,
                    f"Ein Satz passt nicht in {MIN_SIZE:g} pt auf eine Karte und ist kleiner "
                    f"gesetzt: „{unit.text[:60]}…“. Bitte den Satz teilen oder Format A5 wählen.",
                )
            name = f"Moderationskarten_{safe_stem(speaker, 50)}.pdf"
            with ctx.output(ctx.path(name), "pdf", speaker) as tmp:
                canvas = prepare_canvas(
                    str(tmp),
                    title=pdf_text(f"Moderationskarten {speaker} – {ceremony.title}"),
                    author=author(ceremony),
                    pagesize=(layout.width, layout.height),
                )
                draw_cards(canvas, cards, layout, wpm)
                canvas.save()

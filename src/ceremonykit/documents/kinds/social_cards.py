"""Social media cards: per winner one 1080×1350 (4:5) and one 1080×1080 image made from the
winner's photo, plus "Beitraege.txt" with a suggested post and alt text for each winner."""

from __future__ import annotations

import io

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.photos.metadata import publishable_jpeg
from ceremonykit.documents.photos.names import slug
from ceremonykit.documents.photos.pipeline import PhotoSource
from ceremonykit.documents.photos.published import (
    CARD_MIN_SHORT_EDGE,
    photo_label,
    photo_metadata,
    process_photos,
)
from ceremonykit.documents.social.design import load_design
from ceremonykit.documents.social.render import render_card
from ceremonykit.documents.social.texts import alt_text, card_text, place, suggested_post
from ceremonykit.domain.model import Ceremony, Photo, Winner
from ceremonykit.german.typography import apostrophes

POSTS_NAME = "Beitraege.txt"
CARD_QUALITY = 92


def winner_photo(ceremony: Ceremony, winner: Winner) -> Photo | None:
    """The winner's first photo meant for publication (the newsroom's choice first)."""
    photos = ceremony.photos_of(winner)
    return next((p for p in photos if p.use_in_article), photos[0] if photos else None)


def _ordered_winners(ceremony: Ceremony) -> list[Winner]:
    return [w for prize in ceremony.ranked_prizes() for w in ceremony.winners_of(prize)]


def posts_text(ceremony: Ceremony, entries: list[tuple[Winner, Photo, list[str]]]) -> str:
    lines = [f"Social-Media-Beiträge – {ceremony.title}", ""]
    for winner, photo, files in entries:
        lines.append(f"== {apostrophes(winner.display_name)} ==")
        lines.append("Karten: " + ", ".join(files))
        lines.append("")
        lines.append("Beitragstext:")
        lines.append(suggested_post(ceremony, winner, photo))
        lines.append("")
        lines.append("Alternativtext für die Karten:")
        lines.append(alt_text(ceremony, winner, photo))
        lines.append("")
    lines.append("Die Karten dürfen nur mit dem eingeblendeten Bildnachweis veröffentlicht werden.")
    return "\r\n".join(lines) + "\r\n"


def build(ctx: BuildContext) -> None:
    ceremony = ctx.ceremony
    winners = _ordered_winners(ceremony)
    if not winners:
        ctx.skip(None, "Es sind keine Preisträger eingetragen – keine Karten.")
        return
    design = load_design(ctx.options.user_template_dir)
    chosen: dict[str, tuple[int, Winner]] = {}  # photo id -> (number, winner)
    for index, winner in enumerate(winners, start=1):
        photo = winner_photo(ceremony, winner)
        if photo is None:
            ctx.skip(
                winner.id,
                f"Für „{winner.display_name}“ ist kein Foto zugeordnet. Bitte auf der Seite "
                "„Fotos“ ein Foto diesem Preisträger zuordnen.",
            )
            continue
        if not photo.consent:
            ctx.warn(
                photo.id,
                f"Für das Foto „{photo_label(ceremony, photo)}“ ist keine Einwilligung der "
                "abgebildeten Personen vermerkt – bitte vor dem Posten klären.",
            )
        chosen.setdefault(photo.id, (index, winner))
    photos = {p.id: p for p in ceremony.photos}

    def cards(photo: Photo, source: PhotoSource) -> list[tuple[str, bytes]]:
        index, winner = chosen[photo.id]
        meta = photo_metadata(ceremony, photo)
        text = card_text(ceremony, winner, photo)
        stem = f"{index:02d}_{slug(place(ceremony.prize(winner.prize_id)), max_words=2)}_" + (
            slug(winner.display_name, max_words=2) or "Preistraeger"
        )
        made = []
        for fmt in design.formats:
            card = render_card(source, design, fmt, text)
            buffer = io.BytesIO()
            card.image.save(buffer, "JPEG", quality=CARD_QUALITY, subsampling="4:4:4")
            made.append((f"{stem}_{fmt.name}.jpg", publishable_jpeg(buffer.getvalue(), meta, None)))
        return made

    entries: list[tuple[Winner, Photo, list[str]]] = []
    for done in process_photos(ctx, [photos[pid] for pid in chosen], cards):
        winner = chosen[done.photo.id][1]
        if min(done.size) < CARD_MIN_SHORT_EDGE:
            ctx.warn(
                done.photo.id,
                f"Foto „{photo_label(ceremony, done.photo)}“ ist mit {done.size[0]} × "
                f"{done.size[1]} Pixeln kleiner als eine Karte ({CARD_MIN_SHORT_EDGE} Pixel "
                "breit); die Karte wirkt unscharf.",
            )
        for name, data in done.result:
            ctx.write_bytes(ctx.path(name), "jpg", data, winner.id)
        entries.append((winner, done.photo, [name for name, _data in done.result]))
    if entries and ctx.wants("txt"):
        text_file = posts_text(ceremony, entries)
        ctx.write_bytes(ctx.path(POSTS_NAME), "txt", text_file.encode("utf-8"), "beitraege")
    ctx.progress(1.0, "Karten fertig")

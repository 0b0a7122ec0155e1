"""What a card says, the suggested post and the alt text – all from the one ceremony record.

Posts avoid articles before names ("geht an die/den …" depends on a grammatical gender we do
not store) and read as headline-style sentences, as the press office's channels write them.
"""

from __future__ import annotations

import re

from ceremonykit.documents.press.facts import credit_line
from ceremonykit.documents.social.render import CardText
from ceremonykit.domain.model import Ceremony, Photo, Prize, PrizeKind, Winner
from ceremonykit.german.amounts import amount_symbol, amount_text
from ceremonykit.german.ordinals import place_title
from ceremonykit.german.typography import apostrophes, join_and, quoted


def honourees(ceremony: Ceremony, winner: Winner) -> str:
    """The organisation – or, for an honorary prize with named persons (and whenever there
    is no organisation), the persons with their organisation in brackets."""
    names = join_and([p.full_name for p in winner.persons if p.full_name])
    prize = ceremony.prize(winner.prize_id)
    persons_honoured = bool(names) and (
        not winner.organisation or (prize is not None and prize.kind is PrizeKind.HONORARY)
    )
    if persons_honoured:
        return f"{names} ({winner.organisation})" if winner.organisation else names
    return winner.organisation or names


def place(prize: Prize | None) -> str:
    return place_title(prize) if prize else "Preisträger"


def card_text(ceremony: Ceremony, winner: Winner, photo: Photo) -> CardText:
    prize = ceremony.prize(winner.prize_id)
    title = place(prize)
    if prize is not None and prize.amount:
        title = f"{title} · {amount_symbol(prize.amount)}"
    project = quoted(winner.project_title.strip()) if winner.project_title.strip() else ""
    return CardText(
        kicker=ceremony.title,
        title=title,
        name=apostrophes(honourees(ceremony, winner)),
        project=project,
        credit=credit_line(photo),
    )


def _hashtag(text: str) -> str:
    words = re.findall(r"[0-9A-Za-zÄÖÜäöüß]+", text)
    return "#" + "".join(w[:1].upper() + w[1:] for w in words) if words else ""


def suggested_post(ceremony: Ceremony, winner: Winner, photo: Photo) -> str:
    prize = ceremony.prize(winner.prize_id)
    text = card_text(ceremony, winner, photo)
    sentence = f"{ceremony.title} – {place(prize)}: {text.name}"
    if text.project:
        sentence += f" mit dem Projekt {text.project}"
    lines = [sentence + "."]
    if prize is not None and prize.amount:
        lines.append(f"Das Preisgeld beträgt {amount_text(prize.amount)}.")
    lines.append("Herzlichen Glückwunsch!")
    city = (ceremony.organiser or ceremony.sender.sender_name).removeprefix("Stadt ").strip()
    tags = [t for t in (_hashtag(ceremony.title), _hashtag(city)) if t]
    if tags:
        lines.append(" ".join(tags))
    if text.credit:
        lines.append(text.credit)
    return "\n".join(lines)


def alt_text(ceremony: Ceremony, winner: Winner, photo: Photo) -> str:
    """Alt text for the card: the photo, then every word burned into the card."""
    text = card_text(ceremony, winner, photo)
    seen = apostrophes((photo.alt_text or photo.caption or "Foto von der Preisverleihung").strip())
    shown = [text.kicker, text.title.replace(" · ", ", "), text.name]
    if text.project:
        shown.append(f"Projekt {text.project}")
    written = ", ".join(s for s in shown if s)
    sentence = f"{seen.rstrip('.')}. Auf der Karte steht: {written}."
    return f"{sentence} {text.credit}." if text.credit else sentence

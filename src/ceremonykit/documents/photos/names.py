"""Readable file names for press photos: "01_Ehrenamtspreis-2026_Nachbarschaftshilfe.jpg".

Shared by the photo package (which writes the files), the newsroom article and the
Redaktionshinweis of the release (which names them), so all agree. Every published copy is a
JPEG made by the photo pipeline, whatever format was stored.
"""

from __future__ import annotations

import re

from ceremonykit.documents.filenames import transliterate
from ceremonykit.domain.model import Ceremony, Photo, Winner
from ceremonykit.german.ordinals import prize_title

_STOPWORDS = {"e", "v", "ev", "ggmbh", "gmbh", "der", "die", "das", "und", "von", "vom"}


def slug(text: str, *, max_words: int = 3) -> str:
    """ASCII words joined by "-" (safe on every file system and mail client)."""
    ascii_text = transliterate(text)
    words = [w.strip("-") for w in re.split(r"[^A-Za-z0-9-]+", ascii_text) if w.strip("-")]
    kept = [w for w in words if w.lower() not in _STOPWORDS] or words
    return "-".join(kept[:max_words])


def _subject(ceremony: Ceremony, winner: Winner) -> str:
    """First word of the organisation ("Nachbarschaftshilfe"), else the prize ("Ehrenpreis")."""
    if winner.organisation:
        return slug(winner.organisation, max_words=1)
    prize = ceremony.prize(winner.prize_id)
    return (
        slug(prize_title(prize), max_words=2) if prize else slug(winner.display_name, max_words=2)
    )


def photo_filenames(ceremony: Ceremony, photos: list[Photo]) -> dict[str, str]:
    """photo id -> file name, numbered in the given order, unique."""
    event = slug(ceremony.title, max_words=4) or "Foto"
    winners = {w.id: w for w in ceremony.winners}
    names: dict[str, str] = {}
    for index, photo in enumerate(photos, start=1):
        winner = winners.get(photo.winner_id or "")
        subject = _subject(ceremony, winner) if winner else "Gruppenbild"
        names[photo.id] = f"{index:02d}_{event}_{subject or 'Foto'}.jpg"
    return names

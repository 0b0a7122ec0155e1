"""Places in words: "Erster Platz", "Zweiter Preis", "der erste Preis"."""

from __future__ import annotations

from ceremonykit.domain.model import Prize, PrizeKind

_ORDINAL_STEMS = (
    "erst",
    "zweit",
    "dritt",
    "viert",
    "fünft",
    "sechst",
    "siebt",
    "acht",
    "neunt",
    "zehnt",
    "elft",
    "zwölft",
)


def ordinal_stem(rank: int) -> str:
    """ "erst", "zweit", …; past twelve the numeric form "13." is used by callers."""
    if 1 <= rank <= len(_ORDINAL_STEMS):
        return _ORDINAL_STEMS[rank - 1]
    raise ValueError(f"kein Ordinalwort für {rank}")


def ordinal_word(rank: int, ending: str = "er", *, capital: bool = True) -> str:
    """ordinal_word(1) -> "Erster"; ordinal_word(2, "e", capital=False) -> "zweite"."""
    if rank > len(_ORDINAL_STEMS):
        return f"{rank}."
    word = ordinal_stem(rank) + ending
    return word[0].upper() + word[1:] if capital else word


def place_heading(rank: int) -> str:
    """ "Erster Platz"."""
    return f"{ordinal_word(rank)} Platz"


def prize_title(prize: Prize) -> str:
    """ "Erster Preis", "Ehrenpreis", "Sonderpreis" – or the prize's own label."""
    if prize.label:
        return prize.label
    if prize.kind is PrizeKind.HONORARY:
        return "Ehrenpreis"
    if prize.kind is PrizeKind.SPECIAL:
        return "Sonderpreis"
    return f"{ordinal_word(prize.rank or 1)} Preis"


def place_title(prize: Prize) -> str:
    """Intertitle of the newsroom article: "Erster Platz", "Ehrenpreis"."""
    if prize.kind is PrizeKind.RANKED and not prize.label:
        return place_heading(prize.rank or 1)
    return prize_title(prize)

"""The article a name needs after "für": "Erster Preis für den Verein Kamerunischer …".

Names of organisations often begin with a common noun ("Verein …", "Initiative …",
"Förderverein …"); German then needs an article ("für den Verein …"), while a proper name
("VMDO e.V.", "CHANCENGLEICH in Europa e.V.", "Lesewelten Nordstadt gGmbH") stands without
one. We know the gender only of the nouns listed here, so only names starting with one of
them get an article; every other name is left as typed – a missing article in a rare case
is better than a wrong one.
"""

from __future__ import annotations

_ACCUSATIVE: dict[str, str] = {
    # masculine -> "den"
    "verein": "den",
    "förderverein": "den",
    "freundeskreis": "den",
    "arbeitskreis": "den",
    "kreis": "den",
    "bund": "den",
    "verband": "den",
    "landesverband": "den",
    "kulturverein": "den",
    "sportverein": "den",
    "jugendverband": "den",
    "treff": "den",
    "ausschuss": "den",
    "beirat": "den",
    "rat": "den",
    "chor": "den",
    # feminine -> "die"
    "initiative": "die",
    "bürgerinitiative": "die",
    "stiftung": "die",
    "gesellschaft": "die",
    "gemeinschaft": "die",
    "gemeinde": "die",
    "kirchengemeinde": "die",
    "gruppe": "die",
    "arbeitsgemeinschaft": "die",
    "genossenschaft": "die",
    "schule": "die",
    "grundschule": "die",
    "gesamtschule": "die",
    "werkstatt": "die",
    "nachbarschaftshilfe": "die",
    "selbsthilfegruppe": "die",
    "tafel": "die",
    # neuter -> "das"
    "netzwerk": "das",
    "bündnis": "das",
    "projekt": "das",
    "zentrum": "das",
    "forum": "das",
    "team": "das",
    "haus": "das",
    "jugendzentrum": "das",
    "familienzentrum": "das",
    "begegnungszentrum": "das",
    "kollektiv": "das",
    "orchester": "das",
    "ensemble": "das",
}

_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})


def for_name(name: str) -> str:
    """ "den Verein Kamerunischer …" for a name starting with a known noun, else ``name``."""
    words = name.split(maxsplit=1)
    if not words or words[0].lower() in _ARTICLES:
        return name
    article = _ACCUSATIVE.get(words[0].lower())
    return f"{article} {name}" if article else name

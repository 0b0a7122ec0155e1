"""The facts of the lead paragraph and the note to editors, as phrases ready for the text.

Who presented the prizes ("Oberbürgermeister Alexander Kalouti und Leonid Chraga, bisheriger
Vorsitzender des Integrationsrates,"), the edition ("Bereits zum neunten Mal"), and the people
on a photo with function and organisation where the record knows them ("Staatssekretär Dr.
Markus Kerber, Rebecca Dettling (Caritasverband Dortmund)"), as the city's format has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ceremonykit.domain.model import Ceremony, Person
from ceremonykit.domain.preflight import name_key
from ceremonykit.german.offices import office_of
from ceremonykit.german.ordinals import ordinal_word
from ceremonykit.german.typography import bracketed, join_and


def _short_function(function: str) -> bool:
    """An office that stands before the name ("Oberbürgermeister", "Staatssekretärin");
    other functions ("Vorsitzende", "bisheriger Vorsitzender des …") follow the name."""
    words = function.split()
    return len(words) == 1 and office_of(words[0]) is not None


def presenter_phrase(person: Person) -> str:
    """ "Oberbürgermeister Alexander Kalouti" or "Leonid Chraga, bisheriger Vorsitzender …,"."""
    function = person.function.strip()
    if not function or _short_function(function):
        return " ".join(p for p in (function, person.full_name) if p)
    return f"{person.full_name}, {function},"


def presenters(ceremony: Ceremony) -> list[str]:
    """The host and the co-presenters, each as :func:`presenter_phrase`."""
    people = [p for p in (ceremony.host, *ceremony.co_presenters) if p.full_name]
    return [presenter_phrase(p) for p in people]


def edition_phrase(edition: int | None) -> str:
    """ "Bereits zum neunten Mal", "Erstmals"; empty without an edition."""
    if not edition or edition < 1:
        return ""
    if edition == 1:
        return "Erstmals"
    return f"Bereits zum {ordinal_word(edition, 'en', capital=False)} Mal"


_ARTICLE = re.compile(r"^(?:der|die|das)\s", re.IGNORECASE)
_MORE_WITH_ARTICLE = re.compile(r"(?:,|\bund|\bsowie)\s+(?:der|die|das)\s", re.IGNORECASE)
_LIST = re.compile(r"\s*(?:[;\n]|,\s|\bsowie\b|\bund\b)\s*")


def organisers_phrase(organisers: str, fallback: str) -> tuple[str, str]:
    """(verb, subject) for "Bereits zum neunten Mal {verb} {subject} damit Engagement …".

    Staff may type the organisers as the sentence needs them, with articles ("das MIA-DO-…
    gemeinsam mit dem Ausschuss …" – one subject, "würdigt"; "das Integrationszentrum und
    der Integrationsrat" – two, "würdigen"), or as bare names as a list has them
    ("MIA-DO-Kommunales Integrationszentrum Dortmund und Ausschuss für …"). Bare names need
    an article we do not know, so they stand in an apposition that needs none: "würdigen
    die Veranstalter – A und B – damit …" ("der Veranstalter – A –" for one). A bare name
    with "und" inside ("Ausschuss für Chancengerechtigkeit und Integration") counts as two:
    the plural then is still grammatical, only "die Veranstalter" is one too many.
    Empty organisers: the awarding body (``fallback``, "die Stadt Dortmund")."""
    text = " ".join(organisers.replace(";", "; ").split()).strip(" ;,")
    if not text:
        return "würdigt", fallback
    if _ARTICLE.match(text):
        several = bool(_MORE_WITH_ARTICLE.search(text))
        return ("würdigen" if several else "würdigt"), text
    parts = [p.strip(" ,;") for p in re.split(r"\s*;\s*", text) if p.strip(" ,;")]
    names = join_and(parts)
    if len(parts) > 1 or len(_LIST.split(names)) > 1:
        return "würdigen", f"die Veranstalter – {names} –"
    return "würdigt", f"der Veranstalter – {names} –"


@dataclass(frozen=True)
class _Known:
    function: str
    organisation: str


def _known_people(c: Ceremony) -> dict[str, _Known]:
    """Everyone the record describes, by spelling-insensitive name."""
    known: dict[str, _Known] = {}

    def add(name: str, function: str, organisation: str) -> None:
        if name.strip():
            known.setdefault(name_key(name), _Known(function.strip(), organisation.strip()))

    for p in (c.host, *c.co_presenters):
        add(p.full_name, p.function, p.organisation)
    for w in c.winners:
        for p in w.persons:
            add(p.full_name, p.function, p.organisation or w.organisation)
    for s in c.signatories:
        add(s.name, s.function, "")
    for g in c.guests:
        add(g.full_name, g.function, g.organisation)
    return known


def photo_people(c: Ceremony, names: list[str]) -> str:
    """The people on a photo from left to right, with short titles before the name and
    longer functions and organisations in brackets; neighbours of one organisation share it:
    "Oberbürgermeister Alexander Kalouti, Pourya Solizadeh und Anahita Lotfi
    (SPARRINGPARTNERFORYOU e.V.)"."""
    known = _known_people(c)
    groups: list[tuple[list[str], str]] = []  # (names with short titles, bracket text)
    for raw in names:
        name = " ".join(raw.split())
        if not name:
            continue
        info = known.get(name_key(name))
        if info is None:
            groups.append(([name], ""))
            continue
        prefix = info.function if _short_function(info.function) else ""
        if prefix and name.startswith(prefix):
            prefix = ""
        long_function = "" if _short_function(info.function) else info.function
        bracket = ", ".join(p for p in (long_function, info.organisation) if p)
        shown = " ".join(p for p in (prefix, name) if p)
        if bracket and groups and groups[-1][1] == bracket:
            groups[-1][0].append(shown)
        else:
            groups.append(([shown], bracket))
    parts = [join_and(n) + (f" {bracketed(b)}" if b else "") for n, b in groups]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " und " + parts[-1]

"""Gender-inclusive wording: group terms per :class:`GenderStyle`, person terms per salutation.

The city prefers neutral terms ("Ausgezeichnete"), otherwise the pair form ("Preisträgerinnen
und Preisträger") or the gender star ("Preisträger*innen"). A single person is named by their
form of address: "Preisträgerin", "Preisträger", or a neutral wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from ceremonykit.domain.model import GenderStyle, Salutation


@dataclass(frozen=True)
class Term:
    """One role noun in all forms the documents need (nominative)."""

    masculine: str  # singular "Preisträger"
    feminine: str  # singular "Preisträgerin"
    neutral: str  # singular, no gender: "ausgezeichnete Person"
    plural_masculine: str  # "Preisträger"
    plural_feminine: str  # "Preisträgerinnen"
    plural_neutral: str  # "Ausgezeichnete"
    star: str  # singular with star: "Preisträger*in"
    plural_star: str  # "Preisträger*innen"


def _regular(stem: str, neutral: str, plural_neutral: str, plural_m: str = "") -> Term:
    """Nouns in -er/-ent that take -in/-innen ("Gewinner", "Referent")."""
    return Term(
        masculine=stem,
        feminine=f"{stem}in",
        neutral=neutral,
        plural_masculine=plural_m or stem,
        plural_feminine=f"{stem}innen",
        plural_neutral=plural_neutral,
        star=f"{stem}*in",
        plural_star=f"{stem}*innen",
    )


TERMS: dict[str, Term] = {
    "Preisträger": _regular("Preisträger", "ausgezeichnete Person", "Ausgezeichnete"),
    "Gewinner": _regular("Gewinner", "ausgezeichnete Person", "Ausgezeichnete"),
    "Bewerber": _regular("Bewerber", "bewerbende Person", "Bewerbende"),
    "Teilnehmer": _regular("Teilnehmer", "teilnehmende Person", "Teilnehmende"),
    "Mitarbeiter": _regular("Mitarbeiter", "mitarbeitende Person", "Mitarbeitende"),
    "Ehrenamtlicher": Term(
        "Ehrenamtlicher",
        "Ehrenamtliche",
        "ehrenamtlich engagierte Person",
        "Ehrenamtliche",
        "Ehrenamtliche",
        "Ehrenamtliche",
        "Ehrenamtliche*r",
        "Ehrenamtliche",
    ),
    "Laudator": _regular("Laudator", "laudierende Person", "Laudierende", "Laudatoren"),
    "Juror": _regular("Juror", "Jurymitglied", "Jurymitglieder", "Juroren"),
    "Gast": Term("Gast", "Gast", "Gast", "Gäste", "Gäste", "Gäste", "Gast", "Gäste"),
}


def _term(key: str) -> Term:
    try:
        return TERMS[key]
    except KeyError:
        known = ", ".join(sorted(TERMS))
        raise KeyError(f"Unbekannter Begriff „{key}“. Bekannt sind: {known}.") from None


# Plurals that are adjectives used as nouns: after "die" they take -n ("die Ausgezeichneten").
_ADJECTIVAL = {"Ausgezeichnete", "Bewerbende", "Teilnehmende", "Mitarbeitende", "Laudierende"}
_ADJECTIVAL |= {"Ehrenamtliche"}


def group_term(key: str, style: GenderStyle | str, after_article: bool = False) -> str:
    """Plural for a mixed group: "Ausgezeichnete" / "Preisträgerinnen und Preisträger" /
    "Preisträger*innen"; ``after_article`` for "die diesjährigen Ausgezeichneten"."""
    term = _term(key)
    style = GenderStyle(style)
    if style is GenderStyle.NEUTRAL or term.plural_neutral == term.plural_masculine:
        word = term.plural_neutral
        return f"{word}n" if after_article and word in _ADJECTIVAL else word
    if style is GenderStyle.STAR:
        return term.plural_star
    if term.plural_feminine == term.plural_masculine:
        return term.plural_masculine
    return f"{term.plural_feminine} und {term.plural_masculine}"


def person_term(key: str, salutation: Salutation | str, style: GenderStyle | str) -> str:
    """Singular for one person: Frau -> "Preisträgerin", Herr -> "Preisträger"; otherwise
    the neutral wording (or "Preisträger*in" in star style)."""
    term = _term(key)
    salutation = Salutation(salutation)
    if salutation is Salutation.FRAU:
        return term.feminine
    if salutation is Salutation.HERR:
        return term.masculine
    return term.star if GenderStyle(style) is GenderStyle.STAR else term.neutral


def people_term(
    key: str, salutations: list[Salutation] | list[str], style: GenderStyle | str
) -> str:
    """The term for a known set of people: one person singular; all women "Preisträgerinnen";
    all men "Preisträger"; mixed or unknown -> :func:`group_term`."""
    values = [Salutation(s) for s in salutations]
    if len(values) == 1:
        return person_term(key, values[0], style)
    term = _term(key)
    if values and all(s is Salutation.FRAU for s in values):
        return term.plural_feminine
    if values and all(s is Salutation.HERR for s in values):
        return term.plural_masculine
    return group_term(key, style)

"""German forms of address for letters and speeches.

``salutation(...)`` gives "Sehr geehrte Frau Bürgermeisterin Sonnenberg" or "Sehr geehrter
Herr Dr. Müller"; office titles (Bürgermeister, Präsident, Abgeordneter …) are recognised in
the function and put in the right grammatical gender; people without a binary form of address
get the neutral "Guten Tag Kim Schäfer". The functions take plain fields, so they serve guests,
winners' persons and the host alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from ceremonykit.domain.model import Guest, Person, Salutation

# masculine form -> feminine form, for offices used in the address ("Frau Bürgermeisterin").
_OFFICES: dict[str, str] = {
    "Oberbürgermeister": "Oberbürgermeisterin",
    "Bürgermeister": "Bürgermeisterin",
    "Bezirksbürgermeister": "Bezirksbürgermeisterin",
    "Landrat": "Landrätin",
    "Ministerpräsident": "Ministerpräsidentin",
    "Minister": "Ministerin",
    "Staatssekretär": "Staatssekretärin",
    "Präsident": "Präsidentin",
    "Vizepräsident": "Vizepräsidentin",
    "Regierungspräsident": "Regierungspräsidentin",
    "Polizeipräsident": "Polizeipräsidentin",
    "Abgeordneter": "Abgeordnete",
    "Stadtdirektor": "Stadtdirektorin",
    "Stadtrat": "Stadträtin",
    "Beigeordneter": "Beigeordnete",
    "Dezernent": "Dezernentin",
    "Ortsvorsteher": "Ortsvorsteherin",
    "Bezirksvorsteher": "Bezirksvorsteherin",
    "Botschafter": "Botschafterin",
    "Generalkonsul": "Generalkonsulin",
    "Konsul": "Konsulin",
    "Bischof": "Bischöfin",
    "Superintendent": "Superintendentin",
    "Pfarrer": "Pfarrerin",
    "Rektor": "Rektorin",
}
# Compound or abbreviated functions that are addressed with a shorter office title.
_ALIASES: dict[str, str] = {
    "landtagsabgeordneter": "Abgeordneter",
    "landtagsabgeordnete": "Abgeordneter",
    "bundestagsabgeordneter": "Abgeordneter",
    "bundestagsabgeordnete": "Abgeordneter",
    "europaabgeordneter": "Abgeordneter",
    "europaabgeordnete": "Abgeordneter",
    "abgeordnete": "Abgeordneter",
    "mdl": "Abgeordneter",
    "mdb": "Abgeordneter",
    "mdep": "Abgeordneter",
}
_LOOKUP: dict[str, str] = {
    **{m.casefold(): m for m in _OFFICES},
    **{f.casefold(): m for m, f in _OFFICES.items()},
    **_ALIASES,
}


def office_of(function: str) -> str | None:
    """The office title (masculine base form) in a function, e.g. "Bürgermeister".

    Only the first word counts ("Präsident der TU Dortmund" -> "Präsident"); functions that are
    not offices used in addresses ("Jury-Mitglied", "Redakteurin") give None.
    """
    words = function.replace(",", " ").split()
    if not words:
        return None
    return _LOOKUP.get(words[0].casefold())


def office_form(office: str, salutation: Salutation) -> str:
    """The office in the person's gender: "Bürgermeisterin" for Frau."""
    if salutation is Salutation.FRAU:
        return _OFFICES.get(office, office)
    return office


def spoken_title(title: str, salutation: Salutation) -> str:
    """Academic title as addressed: "Prof. Dr." -> "Professorin"/"Professor"; "Dr." stays."""
    cleaned = " ".join(title.split())
    if cleaned.startswith(("Prof.", "Professor")):
        return "Professorin" if salutation is Salutation.FRAU else "Professor"
    if cleaned.startswith("Dr."):
        return "Dr."
    return cleaned


@dataclass(frozen=True)
class Addressee:
    """The parts of a person that decide the form of address."""

    salutation: Salutation
    title: str
    first_name: str
    last_name: str
    function: str = ""

    @classmethod
    def of(cls, person: Guest | Person) -> Addressee:
        return cls(
            person.salutation, person.title, person.first_name, person.last_name, person.function
        )


def address_name(
    person: Addressee | Guest | Person, *, use_office: bool = True, spoken: bool = False
) -> str:
    """ "Frau Bürgermeisterin Sonnenberg", "Herr Dr. Müller", "Kim Schäfer" (neutral).

    ``spoken`` writes "Professor" instead of "Prof. Dr." (for speeches, where titles are
    read out). Office and academic title combine: "Frau Oberbürgermeisterin Dr. Albers".
    """
    p = person if isinstance(person, Addressee) else Addressee.of(person)
    title = spoken_title(p.title, p.salutation) if spoken else " ".join(p.title.split())
    if p.salutation not in (Salutation.FRAU, Salutation.HERR):
        return " ".join(x for x in (title, p.first_name, p.last_name) if x)
    word = "Frau" if p.salutation is Salutation.FRAU else "Herr"
    office = office_of(p.function) if use_office else None
    parts = [word]
    if office:
        parts.append(office_form(office, p.salutation))
    parts += [title, p.last_name]
    return " ".join(x for x in parts if x)


def salutation(
    person: Addressee | Guest | Person,
    *,
    use_office: bool = True,
    spoken: bool = False,
    capitalise: bool = True,
) -> str:
    """The full greeting: "Sehr geehrte Frau Bürgermeisterin Sonnenberg".

    Neutral or unknown form of address: "Guten Tag Kim Schäfer" (the wording the city uses
    when no gender is given). ``capitalise=False`` for the second and later greetings of a
    group: "…, sehr geehrter Herr Müller".
    """
    p = person if isinstance(person, Addressee) else Addressee.of(person)
    name = address_name(p, use_office=use_office, spoken=spoken)
    if p.salutation is Salutation.FRAU:
        text = f"Sehr geehrte {name}"
    elif p.salutation is Salutation.HERR:
        text = f"Sehr geehrter {name}"
    else:
        text = f"Guten Tag {name}" if name else "Guten Tag"
    return text if capitalise else text[0].lower() + text[1:]


def joined_salutations(persons: list[Addressee | Guest | Person], *, spoken: bool = True) -> str:
    """One greeting line for a protocol group, separated by commas, ending with a comma."""
    parts = [salutation(p, spoken=spoken, capitalise=index == 0) for index, p in enumerate(persons)]
    return ", ".join(parts) + ","

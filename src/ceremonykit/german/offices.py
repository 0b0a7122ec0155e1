"""Offices used in German forms of address, in the person's grammatical gender.

"Frau Bürgermeisterin Sonnenberg", "Herr Abgeordneter Demir": the office is recognised in the
first word of a function and put in the right gender; spoken titles read "Professorin" for
"Prof. Dr.".
"""

from __future__ import annotations

from ceremonykit.domain.model import Salutation

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

"""The fields each import target fills, with their German and English header synonyms.

Headers are compared after :func:`header_key` (case, spaces, hyphens, dots and brackets do
not count), so "E-Mail", "e mail" and "EMAIL" are the same header.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Target(StrEnum):
    WINNERS = "winners"
    GUESTS = "guests"
    APPLICANTS = "applicants"


TARGET_LABELS = {
    Target.WINNERS: "eine Preisträgerliste",
    Target.GUESTS: "eine Gästeliste",
    Target.APPLICANTS: "eine Bewerbungsliste",
}


@dataclass(frozen=True)
class FieldSpec:
    name: str  # internal name, also accepted in --map
    label: str  # German label for reports and the GUI
    synonyms: tuple[str, ...]


_KEY_DROP = re.compile(r"[\s\-_.:;*/()\[\]'\"„“”]+")


def header_key(text: str) -> str:
    """ "Preis (€)" -> "preis€", "E-Mail" -> "email": the form headers are compared in."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _KEY_DROP.sub("", text)


WINNER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "place",
        "Platz",
        (
            "Platz",
            "Platzierung",
            "Rang",
            "Preis",
            "Auszeichnung",
            "Preiskategorie",
            "Kategorie",
            "Place",
            "Rank",
            "Prize",
            "Award",
        ),
    ),
    FieldSpec(
        "organisation",
        "Preisträger",
        (
            "Preisträger",
            "Preisträgerin",
            "Preisträger*in",
            "Preisträger/in",
            "Preisträger:in",
            "Organisation",
            "Organization",
            "Verein",
            "Träger",
            "Institution",
            "Einrichtung",
            "Initiative",
            "Name",
            "Winner",
            "Gewinner",
        ),
    ),
    FieldSpec(
        "project_title",
        "Projekt",
        (
            "Projekt",
            "Projekttitel",
            "Projektname",
            "Titel",
            "Project",
            "Project title",
            "Projekt/Titel",
        ),
    ),
    FieldSpec(
        "amount",
        "Preisgeld",
        (
            "Preisgeld",
            "Betrag",
            "Dotierung",
            "Summe",
            "Preis (€)",
            "Preis in €",
            "Preis (EUR)",
            "Preis in Euro",
            "Preisgeld (€)",
            "Preisgeld in €",
            "Preisgeld (EUR)",
            "Betrag (€)",
            "Betrag in €",
            "Betrag (EUR)",
            "Euro",
            "€",
            "Amount",
            "Prize money",
        ),
    ),
    FieldSpec(
        "persons",
        "Personen",
        (
            "Personen",
            "Person",
            "Ansprechpartner",
            "Ansprechpartnerin",
            "Ansprechpartner*in",
            "Ansprechperson",
            "Vertreter",
            "Vertreterin",
            "Vertreter*innen",
            "Vertreten durch",
            "Kontaktperson",
            "Persons",
            "Contact",
            "Representatives",
        ),
    ),
    FieldSpec(
        "laudation",
        "Laudatio",
        ("Laudatio", "Begründung", "Jurybegründung", "Würdigung", "Laudation", "Jury statement"),
    ),
    FieldSpec(
        "laudator",
        "Laudator",
        ("Laudator", "Laudatorin", "Laudator*in", "Laudatio von", "Laudator/in"),
    ),
    FieldSpec(
        "description",
        "Beschreibung",
        ("Beschreibung", "Kurzbeschreibung", "Projektbeschreibung", "Description"),
    ),
    FieldSpec(
        "credit",
        "Bildnachweis",
        (
            "Bildnachweis",
            "Foto-Credit",
            "Fotocredit",
            "Bildcredit",
            "Fotograf",
            "Fotografin",
            "Copyright",
            "Credit",
            "Bildrechte",
            "Foto",
        ),
    ),
)

GUEST_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("salutation", "Anrede", ("Anrede", "Salutation")),
    FieldSpec("title", "Titel", ("Titel", "Akad. Titel", "Akademischer Titel", "Title")),
    FieldSpec(
        "first_name", "Vorname", ("Vorname", "Vornamen", "First name", "Firstname", "Given name")
    ),
    FieldSpec(
        "last_name",
        "Nachname",
        (
            "Nachname",
            "Familienname",
            "Name",
            "Last name",
            "Lastname",
            "Surname",
            "Vor- und Nachname",
            "Gast",
            "Full name",
        ),
    ),
    FieldSpec("function", "Funktion", ("Funktion", "Position", "Amt", "Function", "Role")),
    FieldSpec(
        "organisation",
        "Organisation",
        (
            "Institution",
            "Organisation",
            "Organization",
            "Firma",
            "Unternehmen",
            "Verein",
            "Behörde",
            "Einrichtung",
            "Company",
        ),
    ),
    FieldSpec(
        "email",
        "E-Mail",
        ("E-Mail", "Email", "Mail", "E-Mail-Adresse", "Mailadresse", "Emailadresse"),
    ),
    FieldSpec(
        "category",
        "Kategorie",
        ("Kategorie", "Gruppe", "Gästegruppe", "Gastgruppe", "Category", "Group"),
    ),
    FieldSpec(
        "rsvp",
        "Rückmeldung",
        (
            "Zusage",
            "Status",
            "Rückmeldung",
            "Antwort",
            "Teilnahme",
            "RSVP",
            "Zu-/Absage",
            "Zusage/Absage",
        ),
    ),
    FieldSpec(
        "companions",
        "Begleitung",
        (
            "Begleitung",
            "Begleitperson",
            "Begleitpersonen",
            "Anzahl Begleitung",
            "Anzahl Begleitpersonen",
            "Companions",
            "+1",
        ),
    ),
    FieldSpec("table", "Tisch", ("Tisch", "Tischnummer", "Tisch-Nr.", "Tischnr", "Table")),
    FieldSpec(
        "protocol_rank",
        "Protokollrang",
        (
            "Rang",
            "Protokoll",
            "Protokollrang",
            "Protokollarischer Rang",
            "Reihenfolge",
            "Begrüßung",
            "Rank",
        ),
    ),
    FieldSpec(
        "notes",
        "Bemerkung",
        (
            "Bemerkung",
            "Bemerkungen",
            "Anmerkung",
            "Anmerkungen",
            "Notiz",
            "Notizen",
            "Hinweis",
            "Kommentar",
            "Notes",
            "Comment",
        ),
    ),
    FieldSpec(
        "street",
        "Straße",
        ("Straße", "Strasse", "Str.", "Straße und Hausnummer", "Anschrift", "Adresse", "Street"),
    ),
    FieldSpec("postcode", "PLZ", ("PLZ", "Postleitzahl", "Zip", "Postcode", "Postal code")),
    FieldSpec("city", "Ort", ("Ort", "Wohnort", "Stadt", "Town", "City")),
    FieldSpec("country", "Land", ("Land", "Staat", "Country")),
    FieldSpec(
        "pronunciation",
        "Aussprache",
        ("Aussprache", "Aussprachehinweis", "Lautschrift", "Pronunciation"),
    ),
    FieldSpec(
        "photo_consent",
        "Fotoeinwilligung",
        (
            "Fotoeinwilligung",
            "Foto-Einwilligung",
            "Fotoerlaubnis",
            "Fotos erlaubt",
            "Einwilligung Foto",
            "Photo consent",
        ),
    ),
)

APPLICANT_FIELDS: tuple[FieldSpec, ...] = tuple(
    f for f in WINNER_FIELDS if f.name in {"organisation", "project_title", "persons"}
)

FIELDS: dict[Target, tuple[FieldSpec, ...]] = {
    Target.WINNERS: WINNER_FIELDS,
    Target.GUESTS: GUEST_FIELDS,
    Target.APPLICANTS: APPLICANT_FIELDS,
}

IGNORE = "-"
"""Field name meaning "do not import this column" (also "ignorieren" in --map)."""


def synonym_index(target: Target) -> dict[str, str]:
    """Normalised header -> field name; the first field listing a synonym wins."""
    index: dict[str, str] = {}
    for spec in FIELDS[target]:
        for synonym in (spec.name, *spec.synonyms):
            index.setdefault(header_key(synonym), spec.name)
    return index


def field_for_name(target: Target, name: str) -> str | None:
    """Field named in a --map entry: internal name, German label or synonym; ``IGNORE``."""
    key = header_key(name)
    if key in {"", "ignorieren", "ignore", "nicht"} or name.strip() == IGNORE:
        return IGNORE
    for spec in FIELDS[target]:
        if key in {header_key(spec.name), header_key(spec.label)}:
            return spec.name
    return synonym_index(target).get(key)


def expected_headers(target: Target) -> str:
    """ "„Platz“, „Preisträger“, „Projekt“ oder „Preisgeld“" for messages."""
    labels = [f"„{spec.label}“" for spec in FIELDS[target][:4]]
    return ", ".join(labels[:-1]) + " oder " + labels[-1] if len(labels) > 1 else labels[0]


def field_label(target: Target, name: str) -> str:
    return next((s.label for s in FIELDS[target] if s.name == name), name)

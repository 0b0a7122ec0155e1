"""The stored data of one person as the Art. 15 DSGVO answer shows it to that person.

The answer goes to a citizen, not to a program: keys are German labels ("Vorname",
"E-Mail-Adresse"), values are German words ("zugesagt", "ja"), and internal ids (guest,
signatory, photo and file ids) are left out – they mean nothing to the reader and are not
data about the person. The structure stays machine-readable (JSON objects with fixed keys);
empty fields are left out, because nothing is stored there.
"""

from __future__ import annotations

from typing import Any

from ceremonykit.domain.model import (
    Ceremony,
    Guest,
    Person,
    Photo,
    ProgrammeItem,
    Quote,
    Salutation,
    Signatory,
)

_SALUTATIONS = {
    Salutation.FRAU: "Frau",
    Salutation.HERR: "Herr",
    Salutation.NEUTRAL: "ohne „Frau“/„Herr“ (neutrale Anrede)",
    Salutation.NONE: "",
}


def yes_no(value: bool | None, unknown: str = "nicht erfasst") -> str:
    return unknown if value is None else "ja" if value else "nein"


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    """The record without empty fields (nothing is stored there)."""
    return {k: v for k, v in record.items() if v not in ("", None, [])}


def person_record(person: Person) -> dict[str, Any]:
    return _compact(
        {
            "Anrede": _SALUTATIONS[person.salutation],
            "Titel": person.title,
            "Vorname": person.first_name,
            "Nachname": person.last_name,
            "Funktion": person.function,
            "Organisation": person.organisation,
        }
    )


GUEST_LABELS = {
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "pronunciation": "Aussprache des Namens",
    "function": "Funktion",
    "organisation": "Organisation",
    "email": "E-Mail-Adresse",
    "street": "Straße",
    "postcode": "Postleitzahl",
    "city": "Ort",
    "country": "Land",
    "category": "Gästegruppe",
    "rsvp": "Rückmeldung zur Einladung",
    "companions": "Anzahl Begleitpersonen",
    "companion_of": "Begleitung von",
    "table": "Tisch",
    "protocol_rank": "Platz in der Begrüßungsreihenfolge",
    "notes": "Notiz",
    "photo_consent": "Einwilligung zu Fotos",
    "checkin_token": "Einlass-Code",
    "previous_tokens": "Frühere, ersetzte Einlass-Codes",
    "arrived_at": "Eingelassen am",
    "walk_in": "Ohne Anmeldung gekommen",
}
"""Every stored field of a guest with its German label (``id`` is internal and left out); a
test fails when the guest gets a field that is missing here, so the answer stays complete."""


def guest_record(guest: Guest, accompanies: Guest | None) -> dict[str, Any]:
    """Every field of the guest list entry, in German."""
    shown: dict[str, Any] = {
        "salutation": _SALUTATIONS[guest.salutation],
        "rsvp": guest.rsvp.value,
        "companions": guest.companions or None,
        "companion_of": accompanies.full_name if accompanies else "",
        "photo_consent": yes_no(guest.photo_consent),
        "previous_tokens": ", ".join(guest.previous_tokens),
        "arrived_at": f"{guest.arrived_at:%d.%m.%Y, %H:%M} Uhr" if guest.arrived_at else "",
        "walk_in": "ja" if guest.walk_in else "",
    }
    return _compact(
        {label: shown.get(name, getattr(guest, name)) for name, label in GUEST_LABELS.items()}
    )


def programme_record(item: ProgrammeItem) -> dict[str, Any]:
    return _compact(
        {
            "Programmpunkt": item.item,
            "Mitwirkende": item.who,
            "Beginn": f"{item.start:%H:%M} Uhr" if item.start else "",
            "Ort": item.where,
            "Notiz": item.notes,
        }
    )


def quote_record(quote: Quote) -> dict[str, Any]:
    return _compact(
        {
            "Zitat": quote.text,
            "Sprecher/in": quote.speaker,
            "Funktion": quote.speaker_function,
            "Hinweis": "Es gilt das gesprochene Wort (vor der Rede zitiert)"
            if quote.before_delivery
            else "",
        }
    )


def signatory_record(ceremony: Ceremony, signatory: Signatory) -> dict[str, Any]:
    return _compact(
        {
            "Name": signatory.name,
            "Funktion": signatory.function,
            "Unterschrift als Bild gespeichert": yes_no(
                ceremony.asset(signatory.signature_asset_id) is not None
            ),
        }
    )


def photo_label(ceremony: Ceremony, photo: Photo) -> str:
    """The photo as staff and the person recognise it: its file name, else its place in the
    project's photo list."""
    asset = ceremony.asset(photo.asset_id)
    if asset is not None and asset.filename:
        return f"Foto „{asset.filename}“"
    return f"Foto Nr. {ceremony.photos.index(photo) + 1}"


def photo_record(photo: Photo) -> dict[str, Any]:
    return _compact(
        {
            "Personen von links nach rechts": list(photo.persons_left_to_right),
            "Bildunterschrift": photo.caption,
            "Alternativtext": photo.alt_text,
            "Bildnachweis": photo.credit,
            "Einwilligung zur Veröffentlichung": yes_no(photo.consent),
        }
    )

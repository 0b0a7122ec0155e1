"""The stored data of one person as the Art. 15 DSGVO answer shows it to that person.

The answer goes to a citizen, not to a program: keys are German labels ("Vorname",
"E-Mail-Adresse"), values are German words ("zugesagt", "ja"), and internal ids (guest,
signatory, photo and file ids) are left out – they mean nothing to the reader and are not
data about the person. The structure stays machine-readable (JSON objects with fixed keys);
empty fields are left out, because nothing is stored there.
"""

from __future__ import annotations

from typing import Any

from ceremonykit.domain.model import Ceremony, Guest, Person, Photo, Quote, Salutation, Signatory

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


def guest_record(guest: Guest, accompanies: Guest | None) -> dict[str, Any]:
    """Every field of the guest list entry, in German."""
    return _compact(
        {
            "Anrede": _SALUTATIONS[guest.salutation],
            "Titel": guest.title,
            "Vorname": guest.first_name,
            "Nachname": guest.last_name,
            "Funktion": guest.function,
            "Organisation": guest.organisation,
            "E-Mail-Adresse": guest.email,
            "Gästegruppe": guest.category,
            "Rückmeldung zur Einladung": guest.rsvp.value,
            "Anzahl Begleitpersonen": guest.companions or None,
            "Begleitung von": accompanies.full_name if accompanies else "",
            "Tisch": guest.table,
            "Platz in der Begrüßungsreihenfolge": guest.protocol_rank,
            "Notiz": guest.notes,
            "Einwilligung zu Fotos": yes_no(guest.photo_consent),
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

"""The Art. 15 answer is written for the person asking: German labels and values, no internal
ids, and still a fixed JSON structure a program can read."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from datetime import time
from typing import Any

from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import (
    RSVP,
    Ceremony,
    Guest,
    Photo,
    ProgrammeItem,
    Quote,
    Salutation,
    Signatory,
)
from ceremonykit.guests.person_export import export_person
from ceremonykit.guests.person_records import GUEST_LABELS

ENGLISH = {
    "id", "salutation", "title", "first_name", "last_name", "function", "organisation",
    "email", "category", "rsvp", "companions", "companion_of", "table", "protocol_rank",
    "notes", "photo_consent", "name", "signature_asset_id", "position", "text", "speaker",
    "speaker_function", "before_delivery", "asset_id", "caption", "consent",
}  # fmt: skip


def _ceremony() -> Ceremony:
    c = demo_ceremony()
    c.guests += [
        Guest(
            id="g-quast",
            salutation=Salutation.FRAU,
            first_name="Henrike",
            last_name="Quast",
            email="h.quast@example.org",
            rsvp=RSVP.DECLINED,
            companions=1,
            photo_consent=False,
            notes="vegetarisch",
        ),
        Guest(id="g-begleit", first_name="Tom", last_name="Berger", companion_of="g-quast"),
    ]
    c.winners[2].quotes.append(Quote(text="Wir helfen gern.", speaker="Henrike Quast"))
    c.photos.append(Photo(id="ph-quast", asset_id="img-ph-1", caption="Henrike Quast, links"))
    c.signatories.append(Signatory(id="s-quast", name="Henrike Quast", signature_asset_id="sig-ob"))
    return c


def _keys_and_texts(data: Any) -> Iterator[tuple[str, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield "key", key
            yield from _keys_and_texts(value)
    elif isinstance(data, list):
        for value in data:
            yield from _keys_and_texts(value)
    elif isinstance(data, str):
        yield "text", data


def test_answer_has_german_labels_and_no_internal_ids() -> None:
    ceremony = _ceremony()
    data = export_person(ceremony, "h.quast@example.org")
    json.loads(json.dumps(data, ensure_ascii=False))  # machine-readable as it is
    kinds = [r["art"] for r in data["fundstellen"]]
    assert {"Gast", "Begleitung", "Zitat", "Fotoerwähnung", "Unterzeichner"} <= set(kinds)

    found = list(_keys_and_texts(data))
    keys = {v for kind, v in found if kind == "key"}
    assert not keys & ENGLISH, keys & ENGLISH
    record_keys = {k for r in data["fundstellen"] for k in r["daten"]}
    assert all(re.fullmatch(r"[A-ZÄÖÜ][\w äöüßÄÖÜ/„“()-]*", k) for k in record_keys), record_keys

    ids = {g.id for g in ceremony.guests} | {w.id for w in ceremony.winners}
    ids |= {p.id for p in ceremony.photos} | {s.id for s in ceremony.signatories}
    ids |= set(ceremony.assets)
    texts = [v for kind, v in found if kind == "text"]
    assert not ids & set(texts)
    assert not any(re.search(r"\bID\b", r["fundstelle"]) for r in data["fundstellen"])
    text = json.dumps(data, ensure_ascii=False)
    for internal in ("g-quast", "g-begleit", "s-quast", "ph-quast", "img-ph-1", "sig-ob"):
        assert internal not in text

    guest = next(r for r in data["fundstellen"] if r["art"] == "Gast")
    assert guest["fundstelle"] == "Gästeliste, Gast „Henrike Quast“"
    assert guest["daten"] == {
        "Anrede": "Frau",
        "Vorname": "Henrike",
        "Nachname": "Quast",
        "E-Mail-Adresse": "h.quast@example.org",
        "Gästegruppe": "Gast",
        "Rückmeldung zur Einladung": "abgesagt",
        "Anzahl Begleitpersonen": 1,
        "Notiz": "vegetarisch",
        "Einwilligung zu Fotos": "nein",
    }
    photo = next(r for r in data["fundstellen"] if r["fundstelle"] == "Foto „ph-1.jpg“")
    assert photo["daten"]["Einwilligung zur Veröffentlichung"] == "nein"
    signatory = next(r for r in data["fundstellen"] if r["art"] == "Unterzeichner")
    assert signatory["daten"]["Unterschrift als Bild gespeichert"] == "ja"


def test_every_stored_guest_field_has_a_german_label() -> None:
    stored = {f.name for f in dataclasses.fields(Guest)} - {"id"}
    assert stored == set(GUEST_LABELS), stored ^ set(GUEST_LABELS)


def test_address_and_programme_are_part_of_the_answer() -> None:
    c = _ceremony()
    quast = next(g for g in c.guests if g.id == "g-quast")
    quast.street, quast.postcode, quast.city = "Friedensplatz 1", "44135", "Dortmund"
    c.programme.append(ProgrammeItem(item="Grußwort", who="Henrike Quast", start=time(18, 5)))
    data = export_person(c, "Henrike Quast")
    guest = next(r for r in data["fundstellen"] if r["art"] == "Gast")["daten"]
    assert (guest["Straße"], guest["Postleitzahl"], guest["Ort"]) == (
        "Friedensplatz 1",
        "44135",
        "Dortmund",
    )
    item = next(r for r in data["fundstellen"] if r["art"] == "Programmpunkt")
    assert item["fundstelle"] == "Ablaufplan, Programmpunkt „Grußwort“"
    assert item["daten"] == {
        "Programmpunkt": "Grußwort",
        "Mitwirkende": "Henrike Quast",
        "Beginn": "18:05 Uhr",
    }

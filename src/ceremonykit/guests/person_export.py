"""Auskunft nach Art. 15 DSGVO: every place a project file mentions one person.

The person is asked for by name ("Sonnenberg", "Birgit Sonnenberg") or e-mail address. A
guest found that way widens the search to the guest's own name variants and address, so a
search by e-mail also finds the notes, photo captions and texts that only name the person,
and a search by name finds notes that only quote the address. Name fields (guests, persons,
signatories, jury, speakers) match word by word; free texts (notes, descriptions, laudations,
quotes, captions) match by the whole name or address anywhere in the text. Accents and case
never matter (folded as in the guest list's sort order).

The answer is written for the person asking: German labels, no internal ids (see
:mod:`ceremonykit.guests.person_records`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ceremonykit.domain.model import Ceremony, Guest, Person, Quote
from ceremonykit.guests.collation import base_letters
from ceremonykit.guests.person_records import (
    guest_record,
    person_record,
    photo_label,
    photo_record,
    programme_record,
    quote_record,
    signatory_record,
)


def _words(text: str) -> list[str]:
    return base_letters(text).replace(",", " ").split()


def _is_email(text: str) -> bool:
    return "@" in text.strip()


@dataclass
class Search:
    """The names and addresses that identify the person, grown from the query."""

    names: set[str] = field(default_factory=set)  # normalised, space-joined words
    emails: set[str] = field(default_factory=set)  # casefolded
    surnames: set[str] = field(default_factory=set)  # found guests' last names, for free texts

    def add_name(self, name: str) -> None:
        words = _words(name)
        if words:
            self.names.add(" ".join(words))

    def add_email(self, email: str) -> None:
        if email.strip():
            self.emails.add(email.strip().casefold())

    def name_matches(self, *candidates: str) -> bool:
        """A name field holds one of the names (all of its words, in any order)."""
        for candidate in candidates:
            words = _words(candidate)
            if words and any(all(w in words for w in n.split()) for n in self.names):
                return True
        return False

    def email_matches(self, *candidates: str) -> bool:
        return any(c.strip().casefold() in self.emails for c in candidates if c.strip())

    def mentioned_in(self, *texts: str) -> bool:
        """A free text names the person or quotes one of the addresses.

        Names of several words match as a word sequence; a single word ("Sonnenberg") only
        where the text writes it with a capital, so "niemand" in a quote is not Herr Niemand.
        """
        single = {n for n in self.names if " " not in n} | self.surnames
        several = {n for n in self.names if " " in n}
        for text in texts:
            if not text:
                continue
            if any(e in text.casefold() for e in self.emails):
                return True
            padded = f" {' '.join(_words(text))} "
            if any(f" {n} " in padded for n in several):
                return True
            capitalised = {
                base_letters(w) for w in re.findall(r"\w[\w'’-]*", text) if w[0].isupper()
            }
            if single & capitalised:
                return True
        return False


def _search_for(ceremony: Ceremony, query: str) -> tuple[Search, list[Guest]]:
    """The search for ``query`` and the guests it identifies (by name or e-mail)."""
    search = Search()
    if _is_email(query):
        search.add_email(query)
    else:
        search.add_name(query)
    guests = [
        g
        for g in ceremony.guests
        if search.email_matches(g.email)
        or search.name_matches(g.full_name, f"{g.first_name} {g.last_name}")
    ]
    for guest in guests:
        if guest.last_name:
            search.add_name(f"{guest.first_name} {guest.last_name}")
            search.surnames.update(_words(guest.last_name))
        search.add_email(guest.email)
    return search, guests


class _Records:
    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def add(self, where: str, kind: str, data: Any) -> None:
        self.items.append({"fundstelle": where, "art": kind, "daten": data})


def _guest_label(guest: Guest) -> str:
    """ "Gast „Anna Müller“ (Stadt Dortmund)" – the organisation tells namesakes apart."""
    label = f"Gast „{guest.full_name}“"
    return f"{label} ({guest.organisation})" if guest.organisation else label


def _guests(ceremony: Ceremony, search: Search, found: list[Guest], out: _Records) -> None:
    found_ids = {g.id for g in found}
    by_id = {g.id: g for g in ceremony.guests}
    for guest in ceremony.guests:
        label = _guest_label(guest)
        host = by_id.get(guest.companion_of or "")
        if guest.id in found_ids:
            out.add(f"Gästeliste, {label}", "Gast", guest_record(guest, host))
            if host is not None:
                out.add(
                    f"Gästeliste, {label}: Begleitung von „{host.full_name}“",
                    "Begleitung",
                    {"Begleitung von": host.full_name},
                )
        elif guest.companion_of in found_ids:
            out.add(
                f"Gästeliste, {label}: als Begleitung eingetragen",
                "Begleitung",
                {"Begleitperson": guest.full_name},
            )
        elif search.mentioned_in(guest.notes, guest.function, guest.organisation):
            out.add(
                f"Gästeliste, Angaben zu {label}",
                "Erwähnung",
                {
                    k: v
                    for k, v in (
                        ("Notiz", guest.notes),
                        ("Funktion", guest.function),
                        ("Organisation", guest.organisation),
                    )
                    if search.mentioned_in(v)
                },
            )


def _person(search: Search, person: Person) -> bool:
    return search.name_matches(person.full_name, f"{person.first_name} {person.last_name}")


def _quotes(search: Search, where: str, quotes: Iterable[Quote], out: _Records) -> None:
    for quote in quotes:
        if search.name_matches(quote.speaker) or search.mentioned_in(quote.text):
            out.add(f"{where}, Zitat", "Zitat", quote_record(quote))


def _ceremony_people(ceremony: Ceremony, search: Search, out: _Records) -> None:
    if _person(search, ceremony.host):
        out.add("Verleihung, Gastgeber/in", "Person", person_record(ceremony.host))
    if ceremony.host_quote:
        _quotes(search, "Verleihung, Gastgeber/in", [ceremony.host_quote], out)
    sender = ceremony.sender
    if search.name_matches(sender.responsible, sender.contact_name) or search.email_matches(
        sender.email, sender.contact_email
    ):
        out.add(
            "Absender (Pressestelle), verantwortlich bzw. Ansprechperson",
            "Absender",
            {
                "Verantwortlich": sender.responsible,
                "Ansprechperson": sender.contact_name,
                "Telefon": sender.contact_phone,
                "E-Mail-Adresse": sender.contact_email or sender.email,
            },
        )
    if search.mentioned_in(ceremony.release_headline):
        out.add("Medieninformation, Überschrift", "Erwähnung", ceremony.release_headline)
    for name in ceremony.jury:
        if search.name_matches(name):
            out.add("Verleihung, Jury", "Name", name)
    for signatory in ceremony.signatories:
        if search.name_matches(signatory.name):
            out.add(
                "Unterzeichnende der Urkunden",
                "Unterzeichner",
                signatory_record(ceremony, signatory),
            )


def _winners(ceremony: Ceremony, search: Search, out: _Records) -> None:
    for winner in ceremony.winners:
        where = f"Preisträger „{winner.display_name}“"
        for person in winner.persons:
            if _person(search, person):
                out.add(f"{where}, Person", "Person", person_record(person))
        if search.name_matches(winner.laudator):
            out.add(f"{where}, Laudator/in", "Name", winner.laudator)
        texts = {
            "Organisation": winner.organisation,
            "Projekt": winner.project_title,
            "Beschreibung": winner.description,
            "Laudatio": winner.laudation,
        }
        mentioned = {k: v for k, v in texts.items() if search.mentioned_in(v)}
        if mentioned:
            out.add(f"{where}, Texte", "Erwähnung", mentioned)
        _quotes(search, where, winner.quotes, out)
    for applicant in ceremony.applicants:
        title = applicant.project_title or applicant.organisation
        where = f"Bewerbung „{title}“" if title else "Bewerbung"
        for person in applicant.persons:
            if _person(search, person):
                out.add(f"{where}, Person", "Person", person_record(person))
        if search.mentioned_in(applicant.organisation, applicant.project_title):
            out.add(
                f"{where}, Texte",
                "Erwähnung",
                {"Organisation": applicant.organisation, "Projekt": applicant.project_title},
            )


def _photos(ceremony: Ceremony, search: Search, out: _Records) -> None:
    for photo in ceremony.photos:
        if search.name_matches(*photo.persons_left_to_right) or search.mentioned_in(
            photo.caption, photo.alt_text, photo.credit
        ):
            out.add(photo_label(ceremony, photo), "Fotoerwähnung", photo_record(photo))


def _programme(ceremony: Ceremony, search: Search, out: _Records) -> None:
    for item in ceremony.programme:
        if search.name_matches(item.who) or search.mentioned_in(item.who, item.item, item.notes):
            out.add(
                f"Ablaufplan, Programmpunkt „{item.item}“", "Programmpunkt", programme_record(item)
            )


def export_person(ceremony: Ceremony, query: str, *, source: Path | None = None) -> dict[str, Any]:
    """Everything stored about the person ``query`` names (name or e-mail address).

    Each record says where it was found, so staff can answer a request under Art. 15 DSGVO
    and correct or delete the data.
    """
    search, guests = _search_for(ceremony, query)
    out = _Records()
    if search.names or search.emails:
        _guests(ceremony, search, guests, out)
        _ceremony_people(ceremony, search, out)
        _winners(ceremony, search, out)
        _photos(ceremony, search, out)
        _programme(ceremony, search, out)
    return {
        "anfrage": query,
        "erstellt": datetime.now().isoformat(timespec="seconds"),
        "projektdatei": str(source) if source else "",
        "verleihung": ceremony.title,
        "gesucht_nach": sorted(search.names) + sorted(search.emails),
        "anzahl_fundstellen": len(out.items),
        "fundstellen": out.items,
        "hinweis": (
            "Auskunft nach Art. 15 DSGVO: alle in dieser Projektdatei gespeicherten Angaben "
            "zu der gesuchten Person. Ausgegebene Dokumente (PDF, Word, Excel) außerhalb der "
            "Projektdatei sind nicht erfasst."
        ),
    }

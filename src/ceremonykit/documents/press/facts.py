"""The facts the press texts are written from, as plain data for the text templates.

Templates never see domain objects: they get dicts of strings, numbers, dates and Decimals, so
that a template cannot call methods and every name it may use is listed in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ceremonykit.documents.photos.names import photo_filenames
from ceremonykit.documents.press.finalize import release_number
from ceremonykit.documents.press.lead import (
    edition_phrase,
    organisers_phrase,
    photo_people,
    presenters,
)
from ceremonykit.domain.model import Ceremony, Person, Photo, Prize, PrizeKind, Quote, Winner
from ceremonykit.german.address import address_form
from ceremonykit.german.amounts import amount_text
from ceremonykit.german.articles import for_name
from ceremonykit.german.gender import group_term, people_term
from ceremonykit.german.ordinals import ordinal_word, place_title, prize_title
from ceremonykit.german.typography import bracketed, join_and, project_named, quoted, typeset
from ceremonykit.guests.checkin import attendance_count, press_guest_count

NO_WINNERS = (
    "Es sind noch keine Preisträgerinnen oder Preisträger einem Preis zugeordnet. "
    "Bitte zuerst Preise und Preisträger erfassen."
)


def has_winners(c: Ceremony) -> bool:
    """Press texts speak about winners; without one there is nothing to announce."""
    return any(c.winners_of(p) for p in c.prizes)


def credit_line(photo: Photo) -> str:
    """ "Bild: Stadt Dortmund / Lena Brückner" – the credit as every document prints it."""
    credit = photo.credit.strip()
    if credit.lower().startswith(("bild:", "foto:")):
        return credit
    return f"Bild: {credit}" if credit else ""


def release_photos(ceremony: Ceremony) -> list[Photo]:
    """Photos attached to the Medieninformation, in their order."""
    return sorted((p for p in ceremony.photos if p.use_in_release), key=lambda p: p.position)


def _person(p: Person) -> dict[str, Any]:
    return {
        "name": p.full_name,
        "address_form": address_form(p),
        "function": p.function,
        "organisation": p.organisation,
        "salutation": str(p.salutation),
        "with_function": " ".join(x for x in (p.function, p.full_name) if x),
    }


def _quote(q: Quote | None) -> dict[str, Any] | None:
    if q is None or not q.text.strip():
        return None
    return {
        "text": q.text.strip(),
        "speaker": q.speaker,
        "function": q.speaker_function,
        "speaker_with_function": " ".join(x for x in (q.speaker_function, q.speaker) if x),
        "before_delivery": q.before_delivery,
    }


def _with_host_as_speaker(q: Quote | None, host: Person) -> Quote | None:
    """The host's quote names the host when staff left the speaker empty."""
    if q is None or q.speaker.strip():
        return q
    return Quote(q.text, host.full_name, q.speaker_function or host.function, q.before_delivery)


def _photo(p: Photo, index: int, filename: str = "", people: str = "") -> dict[str, Any]:
    return {
        "id": p.id,
        "number": index,
        "filename": filename,
        "caption": p.caption,
        "credit": credit_line(p),
        "people": list(p.persons_left_to_right),
        "people_text": people or join_and(p.persons_left_to_right),
        "alt": p.alt_text,
    }


def _target(w: Winner) -> str:
    """Whom "… geht an" names: the persons with their organisation, the project with its
    organisation, or the organisation alone."""
    project = f"das {project_named(w.project_title)}" if w.project_title.strip() else ""
    if w.persons_honoured:
        return w.honourees + (f" für {project}" if project else "")
    if project and w.organisation.strip():
        return f"{project} {bracketed(w.organisation)}"
    return project or w.display_name


def _subject(w: Winner) -> str:
    """The subject a description typed without one gets: "Das Projekt „Ankoppeln“"."""
    if w.project_title.strip() and not w.persons_honoured:
        return f"Das {project_named(w.project_title)}"
    return w.person_names if w.persons_honoured else w.display_name


def _announcement(prize: Prize, first_of_prize: bool) -> str:
    """ "Der erste Preis und damit 5.000 Euro gehen an", "Der zweite Preis (3.000 Euro) geht an"."""
    ranked = prize.kind is PrizeKind.RANKED
    amount = amount_text(prize.amount) if prize.amount else ""
    if ranked and prize.rank and not prize.label:
        words = f"Der {ordinal_word(prize.rank, 'e', capital=False)} Preis"
        if amount and prize.rank == 1 and first_of_prize:
            return f"{words} und damit {amount} gehen an"
    else:
        title = prize_title(prize)
        words = f"Der {title}" if title.lower().endswith("preis") else title
    return f"{words} ({amount}) geht an" if amount else f"{words} geht an"


def _winner(c: Ceremony, w: Winner, prize: Prize, index: int) -> dict[str, Any]:
    names = [p.full_name for p in w.persons if p.full_name]
    return {
        "id": w.id,
        "name": w.display_name,
        "honourees": w.honourees,
        # after "für" in the headline: "den Verein …" where the name begins with a known noun
        "honourees_after_for": for_name(w.honourees),
        "persons_honoured": w.persons_honoured,
        "organisation": w.organisation,
        "persons": [_person(p) for p in w.persons],
        "person_names": join_and(names),
        "project": w.project_title,
        "description": w.description.strip(),
        "announcement": _announcement(prize, index == 0),
        "target": _target(w),
        "subject": _subject(w),
        "quotes": [q for q in (_quote(q) for q in w.quotes) if q],
        "photos": [_photo(p, i + 1) for i, p in enumerate(c.photos_of(w)) if p.use_in_article],
        "plural": len(names) > 1 and w.persons_honoured,
    }


def _prize(c: Ceremony, prize: Prize) -> dict[str, Any]:
    winners = [_winner(c, w, prize, i) for i, w in enumerate(c.winners_of(prize))]
    ranked = prize.kind is PrizeKind.RANKED
    return {
        "id": prize.id,
        "kind": str(prize.kind),
        "ranked": ranked,
        "honorary": prize.kind is PrizeKind.HONORARY,
        "rank": prize.rank,
        "title": prize_title(prize),  # "Erster Preis", "Ehrenpreis"
        "place": place_title(prize),  # "Erster Platz"
        # "erste" as in "der erste Preis"; empty for prizes without a rank
        "ordinal": ordinal_word(prize.rank, "e", capital=False) if ranked and prize.rank else "",
        "amount": prize.amount if prize.amount else None,
        "winners": winners,
        "several": len(winners) > 1,
    }


def _organiser_phrase(c: Ceremony) -> str:
    """Who awards the prize when no host is named: "die Stadt Dortmund" (mid-sentence form)."""
    organiser = c.organiser.strip() or "die Stadt"
    if organiser.lower().startswith("stadt "):
        return f"die {organiser}"
    return organiser


def _award_accusative(c: Ceremony) -> str:
    """ "den Ehrenamtspreis 2026" for a …preis, else "die Auszeichnung „Stadtmedaille 2026“"."""
    if c.award_stem.lower().endswith("preis"):
        return f"den {c.title}"
    return f"die Auszeichnung {quoted(c.title)}"


@dataclass(frozen=True)
class PressFacts:
    """The template context plus the bits code needs directly (photos, warnings)."""

    context: dict[str, Any]
    photos: list[Photo]


def press_facts(c: Ceremony) -> PressFacts:
    """Everything the press templates may use, derived from the ceremony."""
    prizes = [_prize(c, p) for p in c.ranked_prizes() if c.winners_of(p)]
    photos = release_photos(c)
    filenames = photo_filenames(c, photos)
    style = c.sender.gender_style
    all_people = [p.salutation for w in c.winners for p in w.persons]
    quotes = [q for q in [c.host_quote, *(q for w in c.winners for q in w.quotes)] if q]
    host = _person(c.host)
    presenting = presenters(c)
    tribute = organisers_phrase(c.organisers, _organiser_phrase(c))
    context: dict[str, Any] = {
        "award": c.award_name,
        "year": c.year,
        "title": c.title,
        "organiser": c.organiser,
        "date": c.ceremony_date,
        "time": c.ceremony_time,
        "venue": c.venue,
        "city": c.city,
        "host": host,
        "presenter": join_and(presenting) or _organiser_phrase(c),
        "presenters_plural": len(presenting) > 1,
        "edition": c.edition,
        "edition_phrase": edition_phrase(c.edition),
        "organisers": c.organisers.strip() or _organiser_phrase(c),
        # "würdigt das Zentrum gemeinsam mit …" / "würdigen die Veranstalter – A und B –"
        "tribute_verb": tribute[0],
        "tribute_subject": tribute[1],
        "host_quote": _quote(_with_host_as_speaker(c.host_quote, c.host)),
        "total": c.total_prize_money,
        "applications": c.applications_count,
        "guests_expected": c.guest_count_expected,
        "guests_actual": attendance_count(c),  # counted at the door or stated afterwards
        "guests": press_guest_count(c),  # the real count after the event, else the expected
        "jury": list(c.jury),
        "prizes": prizes,
        "winner_count": sum(len(p["winners"]) for p in prizes),
        "money_prizes": [p for p in prizes if p["amount"]],
        "embargo": c.embargo,
        "spoken_word": any(q.before_delivery for q in quotes),
        "more_info_url": c.more_info_url,
        "release_number": release_number(c),
        "final": c.release_final,
        "headline": c.release_headline.strip(),
        "release_photos": [
            _photo(p, i + 1, filenames[p.id], photo_people(c, p.persons_left_to_right))
            for i, p in enumerate(photos)
        ],
        "general_photos": [
            _photo(p, i + 1) for i, p in enumerate(c.photos) if p.use_in_article and not p.winner_id
        ],
        "award_acc": _award_accusative(c),
        "contact": c.sender.contact_name,
        "contact_phone": c.sender.contact_phone,
        "contact_email": c.sender.contact_email,
        "winners_term": group_term("Preisträger", style),
        "winners_term_def": group_term("Preisträger", style, after_article=True),
        "applicants_term": group_term("Bewerber", style),
        "winners_term_known": people_term("Preisträger", all_people, style)
        if all_people
        else group_term("Preisträger", style),
        "gender_style": str(style),
    }
    return PressFacts(_clean(context), photos)


_MARKUP = re.compile(r"\*\*|\[\[|\]\]")


def _clean(value: Any) -> Any:
    """Data from staff is text, never markup: line breaks become spaces (a line of its own
    could start a heading or quote block), the markers ``**``, ``[[``, ``]]`` are removed, and
    straight quotes and apostrophes become German typography („…“, ’), and no-break spaces
    keep "Dr. Name", "e. V." and "Bild: Stadt Dortmund /" on one line."""
    if isinstance(value, str):
        return typeset(_MARKUP.sub("", " ".join(value.split())))
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value

"""The words of one invitation: recipient address, subject, salutation and paragraphs.

The text comes from the staff-editable template ``templates/invitation/einladung.txt.j2``
(rendered in the sandbox of :mod:`ceremonykit.german.templating`), so letter, Word file and
e-mail say the same. Template format: a line ``# …`` is the subject; paragraphs are separated
by a blank line; single line breaks inside a paragraph are kept (signature lines).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ceremonykit.domain.model import Ceremony, Guest, Salutation, SenderProfile
from ceremonykit.german.address import salutation_line
from ceremonykit.german.dates import date_with_weekday
from ceremonykit.german.phone import PhoneFormatError, phone_din5008
from ceremonykit.german.templating import TextTemplates
from ceremonykit.german.typography import apostrophes, quoted
from ceremonykit.guests.protocol import is_host

TEMPLATE = "invitation/einladung.txt.j2"
LETTER, EMAIL = "brief", "email"
HOME_COUNTRIES = frozenset({"", "deutschland", "germany", "de", "d", "brd"})


@dataclass(frozen=True)
class Invitation:
    """What one guest's invitation says (the same text in every format)."""

    guest: Guest
    subject: str
    paragraphs: tuple[str, ...]  # the first is the salutation line with its comma
    address: tuple[str, ...]  # recipient lines for the window ("" for guests without address)


@lru_cache(maxsize=8)
def text_templates(user_dir: Path | None) -> TextTemplates:
    """One template environment per staff folder (compiled templates are reused)."""
    return TextTemplates(user_dir)


def invitees(ceremony: Ceremony) -> list[Guest]:
    """Everyone who gets an invitation, in list order: the guests, not their named companions
    and not the host who signs the invitation."""
    return [g for g in ceremony.guests if g.companion_of is None and not is_host(ceremony, g)]


def organiser_phrase(ceremony: Ceremony) -> str:
    """Who awards the prize, mid-sentence: "die Stadt Dortmund"."""
    organiser = ceremony.organiser.strip() or "die Stadt"
    return f"die {organiser}" if organiser.lower().startswith("stadt ") else organiser


def award_genitive(ceremony: Ceremony) -> str:
    """ "des Ehrenamtspreises 2026" for a …preis, else "der Auszeichnung „Stadtmedaille 2026“"."""
    stem = ceremony.award_stem
    if stem.lower().endswith("preis"):
        return f"des {ceremony.title.replace(stem, stem + 'es', 1)}"
    return f"der Auszeichnung {quoted(ceremony.title)}"


def recipient_lines(guest: Guest) -> tuple[str, ...]:
    """The address as DIN 5008 writes it: organisation, "Frau Dr. Anna Müller" ("Herrn" for
    men), street, postcode and city, and the country in capitals when it is not Germany."""
    if not guest.has_address:
        return ()
    prefix = {Salutation.FRAU: "Frau", Salutation.HERR: "Herrn"}.get(Salutation(guest.salutation))
    name = " ".join(p for p in (prefix, guest.full_name) if p)
    lines = [guest.organisation, name, guest.street, f"{guest.postcode} {guest.city}"]
    if guest.country.strip().casefold() not in HOME_COUNTRIES:
        lines.append(guest.country.strip().upper())
    return tuple(apostrophes(" ".join(line.split())) for line in lines if line.strip())


def return_address(sender: SenderProfile) -> str:
    """The small sender line above the window: "Stadt Dortmund · Friedensplatz 1 · 44122 Dortmund"."""
    place = " ".join(p for p in (sender.postcode, sender.city) if p)
    return " · ".join(p for p in (sender.sender_name, sender.street, place) if p.strip())


def phone_text(text: str) -> str:
    try:
        return phone_din5008(text)
    except PhoneFormatError:
        return text.strip()


def template_context(ceremony: Ceremony, guest: Guest, channel: str) -> dict[str, Any]:
    """Everything the invitation template may use (README.txt in the template folder)."""
    host = ceremony.host
    return {
        "channel": channel,
        "salutation": apostrophes(salutation_line(guest, use_office=True)),
        "guest_name": apostrophes(guest.full_name),
        "title": ceremony.title,
        "award_gen": award_genitive(ceremony),
        "organiser_phrase": organiser_phrase(ceremony),
        "date": ceremony.ceremony_date,
        "weekday_date": date_with_weekday(ceremony.ceremony_date) if ceremony.ceremony_date else "",
        "time": ceremony.ceremony_time,
        "venue": ceremony.venue,
        "rsvp_date": ceremony.rsvp_date,
        "rsvp_email": ceremony.rsvp_email,
        "rsvp_phone": phone_text(ceremony.rsvp_phone) if ceremony.rsvp_phone else "",
        "rsvp_url": ceremony.rsvp_url,
        "companions_allowed": ceremony.companions_allowed,
        "signer": host.full_name or ceremony.sender.contact_name,
        "signer_function": host.function if host.full_name else ceremony.sender.office,
    }


def parse_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Subject (the ``# `` line) and the paragraphs of a rendered template."""
    subject = ""
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("# ") and not subject:
            subject = line[2:].strip()
            continue
        if not line.strip():
            if current:
                paragraphs.append("\n".join(current))
                current = []
            continue
        current.append(" ".join(line.split()))
    if current:
        paragraphs.append("\n".join(current))
    return subject, tuple(paragraphs)


def invitation_for(
    ceremony: Ceremony, guest: Guest, channel: str, user_dir: Path | None = None
) -> Invitation:
    """Render the template for one guest (raises a German TemplateProblem if it cannot)."""
    rendered = text_templates(user_dir).render(TEMPLATE, template_context(ceremony, guest, channel))
    subject, paragraphs = parse_text(rendered)
    return Invitation(
        guest, subject or f"Einladung: {ceremony.title}", paragraphs, recipient_lines(guest)
    )


def letter_date(today: date | None = None) -> str:
    """The date line of the letter: "Dortmund, 4. November 2026" is built by the caller."""
    from ceremonykit.german.dates import date_long

    return date_long(today or date.today())

"""The sender block of the Medieninformation, from the sender profile, in the city's order.

Order as in the city's format: sender name, MEDIENINFORMATION, office, responsible person
"(verantwortlich)", street with postcode and city, Telefon, Telefax, E-Mail, Web.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ceremonykit.domain.model import Ceremony, SenderProfile
from ceremonykit.german.dates import date_in_style
from ceremonykit.german.phone import PhoneFormatError, phone_din5008

DOCUMENT_LABEL = "MEDIENINFORMATION"


@dataclass(frozen=True)
class SenderBlock:
    name: str  # "Stadt Dortmund"
    label: str  # "MEDIENINFORMATION"
    office_lines: list[str]  # office, responsible, address
    contact_lines: list[str]  # Telefon, Telefax, E-Mail, Web …

    @property
    def all_lines(self) -> list[str]:
        return [self.name, self.label, *self.office_lines, *self.contact_lines]


def _phone(text: str) -> str:
    try:
        return phone_din5008(text)
    except PhoneFormatError:
        return text.strip()  # shown as typed; the preflight reports it


def sender_block(sender: SenderProfile) -> SenderBlock:
    """The header lines; empty fields are left out, never printed as blanks."""
    office = [sender.office]
    if sender.responsible:
        office.append(f"{sender.responsible} (verantwortlich)")
    place = " ".join(p for p in (sender.postcode, sender.city) if p)
    office.append(", ".join(p for p in (sender.street, place) if p))
    contact = []
    if sender.phone:
        contact.append(f"Telefon: {_phone(sender.phone)}")
    if sender.fax:
        contact.append(f"Telefax: {_phone(sender.fax)}")
    if sender.email:
        contact.append(f"E-Mail: {sender.email}")
    webs = [w for w in sender.web if w.strip()]
    if webs:
        contact.append(f"Web: {webs[0]}")
        contact.extend(webs[1:])
    return SenderBlock(
        sender.sender_name,
        DOCUMENT_LABEL,
        [line for line in office if line],
        contact,
    )


def release_date_text(ceremony: Ceremony, today: date | None = None) -> str:
    """The date line in the sender's style; the release date, else today."""
    day = ceremony.release_date or today or date.today()
    return date_in_style(day, ceremony.sender.date_style)

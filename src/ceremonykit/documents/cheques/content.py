"""What one cheque says: the texts for the design's placeholders and the pictures it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ceremonykit.documents.cheques import messages as msg
from ceremonykit.domain.model import Ceremony, Prize, Signatory, Winner
from ceremonykit.german.amounts import amount_symbol, amount_words
from ceremonykit.german.dates import date_long
from ceremonykit.german.ordinals import prize_title


@dataclass
class ChequeContent:
    """Texts keyed by placeholder name, plus logo and signature (image bytes or None)."""

    texts: dict[str, str]
    logo: bytes | None = None
    logo_name: str = ""
    signatory_name: str = ""
    signatory_function: str = ""
    signature: bytes | None = None
    notes: list[str] = field(default_factory=list)  # German warnings found while collecting

    def fill(self, template: str) -> str:
        """``template`` with its {placeholders} replaced (unknown ones stay visible)."""
        text = template
        for key, value in self.texts.items():
            text = text.replace("{" + key + "}", value)
        return text


def cheque_payee(winner: Winner) -> str:
    """The organisation receives the money, also when its persons are honoured – unless
    staff chose the persons as payees on the winner editor."""
    if winner.cheque_to_persons and winner.person_names:
        return winner.person_names
    return winner.display_name


def first_signatory(ceremony: Ceremony) -> Signatory | None:
    """The person who signs cheques: the first in the ceremony's order."""
    return min(ceremony.signatories, key=lambda s: s.position, default=None)


def cheque_content(
    ceremony: Ceremony,
    winner: Winner,
    prize: Prize,
    amount: Decimal,
    *,
    number: int,
    amount_cents: bool,
    show_number: bool = True,
) -> ChequeContent:
    """Collect the cheque's texts for ``winner`` (who received ``prize`` worth ``amount``)."""
    notes: list[str] = []
    place = ceremony.city or ceremony.sender.city
    when = date_long(ceremony.ceremony_date) if ceremony.ceremony_date else ""
    if not when:
        notes.append(msg.NO_DATE)
    prefix = str(ceremony.year) + "-" if ceremony.year else ""
    texts = {
        "payee": cheque_payee(winner),
        "amount": amount_symbol(amount, always_cents=amount_cents),
        "amount_words": amount_words(amount),
        "award": ceremony.title,
        "prize": prize_title(prize),
        "purpose": " – ".join(p for p in (ceremony.title, prize_title(prize)) if p),
        "place": place,
        "date": when,
        "place_date": ", ".join(p for p in (place, when) if p),
        "number": f"{prefix}{number:03d}" if show_number else "",
        "organiser": ceremony.organiser or ceremony.sender.sender_name,
    }
    logo_asset = ceremony.asset(ceremony.sender.logo_asset_id)
    if logo_asset is None or not logo_asset.data:
        notes.append(msg.LOGO_MISSING)
    content = ChequeContent(
        texts=texts,
        logo=logo_asset.data if logo_asset and logo_asset.data else None,
        logo_name=logo_asset.filename if logo_asset else "",
        notes=notes,
    )
    signer = first_signatory(ceremony)
    if signer is None:
        notes.append(msg.SIGNATURE_MISSING)
        return content
    content.signatory_name = signer.name
    content.signatory_function = signer.function
    signature = ceremony.asset(signer.signature_asset_id)
    if signature is None or not signature.data:
        notes.append(msg.SIGNATURE_IMAGE_MISSING.format(name=signer.name))
    else:
        content.signature = signature.data
    return content

"""Extra image blocks on an invitation letter (the check-in QR code of issue 21 goes here).

:func:`extra_blocks` is the one hook: it returns what to print for one guest, and the letter
(PDF and Word) places each block at the right margin beside the closing, with its caption
below. A guest with a check-in code gets its QR code there, captioned with the code as text
(for the door, and for typing when a phone screen will not scan).
"""

from __future__ import annotations

from dataclasses import dataclass

from ceremonykit.domain.model import Ceremony, Guest

MAX_WIDTH_MM = 40.0
"""The reserved column at the right margin: blocks wider than this are scaled down."""


@dataclass(frozen=True)
class ExtraBlock:
    """One image for the letter: PNG or JPEG bytes, printed ``width_mm`` wide (square
    images keep their aspect), with an optional German caption below ("Ihr Einlass-Code")."""

    image: bytes
    width_mm: float = 30.0
    caption: str = ""


CODE_CAPTION = "Einlass-Code"


def extra_blocks(ceremony: Ceremony, guest: Guest) -> list[ExtraBlock]:
    """The extra blocks for ``guest``'s letter: the check-in QR code, if the guest has a code."""
    del ceremony
    if not guest.checkin_token:
        return []
    from ceremonykit.documents.guestdocs.qr import qr_png

    return [
        ExtraBlock(
            qr_png(guest.checkin_token, scale=8),
            width_mm=34.0,  # the caption below fits this width
            caption=f"{CODE_CAPTION} {guest.checkin_token}",
        )
    ]

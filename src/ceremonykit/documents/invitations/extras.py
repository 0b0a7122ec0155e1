"""Extra image blocks on an invitation letter (the check-in QR code of issue 21 goes here).

:func:`extra_blocks` is the one hook: it returns what to print for one guest, and the letter
(PDF and Word) places each block at the right margin beside the closing, with its caption
below. It returns nothing today; the check-in feature adds its QR code by returning a block.
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


def extra_blocks(ceremony: Ceremony, guest: Guest) -> list[ExtraBlock]:
    """The extra blocks for ``guest``'s letter (none yet; see the module docstring)."""
    del ceremony, guest
    return []

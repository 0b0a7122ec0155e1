"""Telephone numbers per DIN 5008: "+49 231 50-23022", glued with no-break characters.

Staff type numbers in every historical style ("+49 (0)231/50-2 30 22", "0231 / 50 23 022");
documents show them in one form. Groups are joined with a no-break space; the extension keeps
an ordinary hyphen (U+2011 would break copying the number into a dialer) – the writers keep
it from breaking (reportlab never breaks at a hyphen, the DOCX uses Word's no-break hyphen).
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NB_HYPHEN = "\u2011"

_ALLOWED = re.compile(r"^[+\d\s()/\-.\u00a0\u2011]+$")


class PhoneFormatError(ValueError):
    """The text is not a telephone number (letters, no digits, no area code)."""


def phone_din5008(text: str, *, no_break: bool = True) -> str:
    """ "+49 (0)231/50-2 30 22" -> "+49 231 50-23022"; "0231 5023022" -> "0231 5023022".

    The area code must be separated from the subscriber number in the input (space, slash or
    brackets) – it cannot be guessed. With ``no_break`` the spaces do not wrap.
    """
    raw = text.strip()
    if not raw:
        return ""
    if not _ALLOWED.match(raw) or not re.search(r"\d", raw):
        raise PhoneFormatError(f"„{text}“ ist keine Telefonnummer.")
    s = raw.replace(NBSP, " ").replace(NB_HYPHEN, "-").replace(".", " ")
    s = re.sub(r"^00(?=\d)", "+", s)
    s = re.sub(r"\(0\)", " ", s)  # trunk prefix written as (0) after the country code
    s = re.sub(r"[()/]", " ", s)
    s = re.sub(r"\s*-\s*", "-", s)
    groups = s.split()
    prefix: list[str] = []
    if groups[0].startswith("+"):
        if len(groups) < 3:
            raise PhoneFormatError(
                f"„{text}“: Ländervorwahl, Ortsvorwahl und Rufnummer bitte mit Leerzeichen trennen."
            )
        prefix = [groups[0], groups[1].lstrip("0")]
        rest = groups[2:]
    elif len(groups) >= 2 and groups[0].startswith("0"):
        prefix = [groups[0]]
        rest = groups[1:]
    else:
        rest = groups
    subscriber = "".join(rest)
    if "-" in subscriber:
        main, _, extension = subscriber.rpartition("-")
        subscriber = f"{main.replace('-', '')}-{extension}"
    if not subscriber.replace("-", "").isdigit():
        raise PhoneFormatError(f"„{text}“ ist keine Telefonnummer.")
    space = NBSP if no_break else " "
    return space.join([*prefix, subscriber])

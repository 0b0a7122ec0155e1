"""Cell values to domain values: places, amounts, persons, RSVP, companions, clean text.

Each parser takes a raw cell value and returns the domain value, or raises
:class:`ValueProblem` with a German explanation that the row report shows beside the cell.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from ceremonykit.domain.cleaning import LINE_BREAKS
from ceremonykit.domain.model import RSVP, Person, PrizeKind, Salutation
from ceremonykit.importing.cells import CellError, CellValue


class ValueProblem(ValueError):
    """A cell holds something the field cannot take; ``str(exc)`` is the German reason."""


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\ufeff]")


_NEEDS_CLEANING = re.compile(
    r"^\s|\s$|\s\s|[^\S ]|_x000D_|[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\ufeff]"
)


LOST_CHARACTERS = (
    "Zeichen ging beim Speichern verloren – bitte als UTF-8 oder Excel-Datei speichern"
)
_LOST_IN_WORD = re.compile(r"\ufffd|\w\?+\w")
_LOST_AT_WORD = re.compile(r"\ufffd|\w\?|\?\w")


def lost_characters(text: str, *, person: bool = False) -> bool:
    """Whether ``text`` shows the traces of an encoding that could not hold a character:
    U+FFFD anywhere, or "?" inside a word ("Ma?gorzata" – Windows-1252 has no "ł"). A person's
    name never holds a "?", so there one at a word's start or end counts too ("?ubomír",
    "Kova?"); an organisation may ask ("Was geht?! e.V.") or hold a web address ("…/?d=")."""
    if "?" not in text and "\ufffd" not in text:
        return False  # the common case, without a regular expression
    return (_LOST_AT_WORD if person else _LOST_IN_WORD).search(text) is not None


def clean_text(value: CellValue, *, multiline: bool = False) -> str:
    """Trimmed, NFC-normalised text without control characters (line breaks only if asked)."""
    if value is None:
        return ""
    if (
        type(value) is str
        and not _NEEDS_CLEANING.search(value)
        and unicodedata.is_normalized("NFC", value)
    ):
        return value  # the common case, checked cheaply
    if isinstance(value, CellError):
        raise ValueProblem(f"Fehlerwert {value.code} in der Zelle")
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float):
        text = _float_text(value)
    elif isinstance(value, datetime):
        text = value.strftime("%d.%m.%Y %H:%M") if value.time() else value.strftime("%d.%m.%Y")
    elif isinstance(value, date):
        text = value.strftime("%d.%m.%Y")
    else:
        text = str(value)
    text = unicodedata.normalize("NFC", text.replace("_x000D_", "").replace("\r\n", "\n"))
    text = LINE_BREAKS.sub("\n", text).replace("\u00a0", " ")  # U+000B: Excel's Alt+Enter
    text = _CONTROL.sub("", text.replace("\t", " "))
    if multiline:
        lines = [" ".join(line.split()) for line in text.split("\n")]
        return "\n".join(lines).strip("\n")
    return " ".join(text.split())


def _float_text(value: float) -> str:
    """3000.0 -> "3000", 19.99 -> "19.99" (shortest round-trip form, never 19.989999…)."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


# ------------------------------------------------------------------------------- places
_ORDINALS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6,
    "siebt": 7, "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10,
}  # fmt: skip
_PLACE_NUMBER = re.compile(
    r"^(?:platz|preis|rang|place|prize)?\s*(\d{1,2})\s*\.?\s*(?:platz|preis|rang|place|prize)?$"
)
_PLACE_WORD = re.compile(r"^(?:der\s+|die\s+)?([a-zäöü]+?)(?:e|er|es|en)?\s+(?:platz|preis|rang)$")


def parse_place(value: CellValue) -> tuple[PrizeKind, int | None, str]:
    """ "1", "1.", "Platz 1", "Erster Platz", "Ehrenpreis", "Sonderpreis der Jury" -> kind, rank, label."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and 1 <= value <= 99:
            return PrizeKind.RANKED, int(value), ""
        raise ValueProblem(f"Platz „{clean_text(value)}“ ist keine ganze Zahl von 1 bis 99")
    text = clean_text(value)
    low = text.casefold()
    if match := _PLACE_NUMBER.match(low):
        rank = int(match.group(1))
        if rank >= 1:
            return PrizeKind.RANKED, rank, ""
    if match := _PLACE_WORD.match(low):
        stem = match.group(1)
        for word, rank in _ORDINALS.items():
            if stem in {word, word.rstrip("t")} or stem.startswith(word):
                return PrizeKind.RANKED, rank, ""
    if low.startswith(("ehrenpreis", "ehrenauszeichnung", "ehrung")):
        return PrizeKind.HONORARY, None, "" if low == "ehrenpreis" else text
    if low.startswith(("sonderpreis", "anerkennung", "sonderauszeichnung")):
        return PrizeKind.SPECIAL, None, "" if low == "sonderpreis" else text
    raise ValueProblem(
        f"Platz „{text}“ nicht erkannt – erwartet z. B. „1“, „1. Platz“, „Erster Platz“, "
        "„Ehrenpreis“ oder „Sonderpreis“"
    )


# ------------------------------------------------------------------------------ amounts
MAX_AMOUNT_DIGITS = 26
"""Digits before the comma: two places after it must still fit Decimal's 28-digit precision."""
_CURRENCY = re.compile(r"(?i)\s*(€|eur(?:o)?|euro)\s*")


def parse_amount(value: CellValue) -> Decimal | None:
    """ "5.000 €", "2000,00", "5.000,50 EUR", 3000.0, 19.99 -> Decimal with two places."""
    if value is None or value == "":
        return None
    if isinstance(value, CellError):
        raise ValueProblem(f"Fehlerwert {value.code} statt eines Betrags")
    if isinstance(value, bool):
        raise ValueProblem("„WAHR/FALSCH“ ist kein Betrag")
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(_float_text(value))  # shortest repr: 19.99 stays 19.99
    else:
        parsed = _amount_from_text(clean_text(value))
        if parsed is None:
            return None
        amount = parsed
    if not amount.is_finite() or amount.adjusted() >= MAX_AMOUNT_DIGITS:
        raise ValueProblem(
            f"Betrag „{value}“ ist zu groß – höchstens {MAX_AMOUNT_DIGITS} Stellen vor dem Komma"
        )
    if amount < 0:
        raise ValueProblem(f"Betrag {amount} ist negativ")
    return amount.quantize(Decimal("0.01"))


def _amount_from_text(text: str) -> Decimal | None:
    raw = _CURRENCY.sub("", text).replace(" ", "").replace("\u202f", "").replace("'", "")
    raw = raw.removesuffix(",-").removesuffix(".-").removesuffix(",—")
    if raw in {"", "-", "–", "—", "0,-"}:
        return None
    if "," in raw and "." in raw:
        decimal_sep = "," if raw.rfind(",") > raw.rfind(".") else "."
    elif "," in raw:
        decimal_sep = "," if not re.fullmatch(r"\d{1,3}(,\d{3})+", raw) else "."
    elif "." in raw:
        decimal_sep = "," if re.fullmatch(r"\d{1,3}(\.\d{3})+", raw) else "."
    else:
        decimal_sep = "."
    thousands = "." if decimal_sep == "," else ","
    normal = raw.replace(thousands, "").replace(decimal_sep, ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", normal):
        raise ValueProblem(
            f"Betrag „{text}“ nicht erkannt – erwartet z. B. „5.000 €“ oder „2000,00“"
        )
    try:
        return Decimal(normal)
    except InvalidOperation:
        raise ValueProblem(f"Betrag „{text}“ nicht erkannt") from None


# ------------------------------------------------------------------------------ persons
_SALUTATIONS = {
    "frau": Salutation.FRAU, "fr": Salutation.FRAU, "ms": Salutation.FRAU, "mrs": Salutation.FRAU,
    "herr": Salutation.HERR, "herrn": Salutation.HERR, "hr": Salutation.HERR, "mr": Salutation.HERR,
    "divers": Salutation.NEUTRAL, "neutral": Salutation.NEUTRAL, "mx": Salutation.NEUTRAL,
}  # fmt: skip
_TITLES = (
    "prof.",
    "dr.",
    "dr.-ing.",
    "dipl.-ing.",
    "mag.",
    "pd",
    "dres.",
    "h.c.",
    "med.",
    "phil.",
    "rer.",
    "nat.",
    "jur.",
)
_PARTICLES = {
    "von",
    "van",
    "de",
    "der",
    "den",
    "zu",
    "zur",
    "vom",
    "di",
    "da",
    "del",
    "della",
    "la",
    "le",
    "du",
    "ten",
    "ter",
    "al",
    "el",
    "bin",
    "ibn",
}


def parse_salutation(value: CellValue) -> Salutation:
    text = clean_text(value).casefold().rstrip(".")
    if not text:
        return Salutation.NONE
    if text in _SALUTATIONS:
        return _SALUTATIONS[text]
    raise ValueProblem(
        f"Anrede „{clean_text(value)}“ nicht erkannt – erwartet „Frau“, „Herr“ oder „Divers“"
    )


def parse_person(text: str) -> Person:
    """ "Frau Dr. Anna von der Heide" or "Müller, Anna" -> Person."""
    text = " ".join(text.split())
    if _is_reversed_name(text):
        last, first = (p.strip() for p in text.split(","))
        text = f"{first} {last}"
    words = text.split()
    person = Person()
    if words and words[0].casefold().rstrip(".") in _SALUTATIONS:
        person.salutation = _SALUTATIONS[words.pop(0).casefold().rstrip(".")]
    titles = []
    while len(words) > 1 and words[0].casefold() in _TITLES:
        titles.append(words.pop(0))
    person.title = " ".join(titles)
    if not words:
        return person
    last_start = len(words) - 1
    while last_start > 1 and words[last_start - 1].casefold() in _PARTICLES:
        last_start -= 1
    person.first_name = " ".join(words[:last_start])
    person.last_name = " ".join(words[last_start:])
    return person


def _is_first_name(text: str) -> bool:
    """ "Anna" or "Anna Maria" after a comma: a first name, not a second person."""
    words = text.split()
    return 1 <= len(words) <= 2 and all(
        w[:1].isupper()
        and w.casefold().rstrip(".") not in _SALUTATIONS
        and w.casefold() not in _TITLES
        for w in words
    )


def _is_last_name(text: str) -> bool:
    """ "Müller" or "von der Heide": a last name before a comma."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(w.casefold() in _PARTICLES for w in words[:-1])


def _is_reversed_name(text: str) -> bool:
    parts = text.split(",")
    return len(parts) == 2 and _is_last_name(parts[0]) and _is_first_name(parts[1])


def split_persons(value: CellValue) -> list[Person]:
    """ "A; B", "A und B", "A, B", "A & B", one per line; "Müller, Anna" stays one person."""
    text = clean_text(value, multiline=True)
    if not text:
        return []
    parts = [p for chunk in re.split(r"[;\n]", text) for p in _split_chunk(chunk.strip())]
    return [parse_person(p) for p in parts if p]


def _split_chunk(chunk: str) -> list[str]:
    if not chunk:
        return []
    pieces = [p.strip() for p in re.split(r"\s+(?:und|&|sowie|and)\s+|\s*&\s*", chunk) if p.strip()]
    result: list[str] = []
    for piece in pieces:
        if _is_reversed_name(piece):
            result.append(piece)  # "Müller, Anna": last name, first name
        else:
            result.extend(c.strip() for c in piece.split(",") if c.strip())
    return result


# --------------------------------------------------------------------------- guest values
_YES = {
    "ja",
    "j",
    "x",
    "yes",
    "y",
    "zugesagt",
    "zusage",
    "kommt",
    "1",
    "✓",
    "✔",
    "wahr",
    "true",
    "teilnahme",
    "nimmt teil",
}
_NO = {
    "nein",
    "n",
    "no",
    "abgesagt",
    "absage",
    "kommt nicht",
    "0",
    "falsch",
    "false",
    "-",
    "—",
    "–",
}
_OPEN = {
    "offen",
    "?",
    "vielleicht",
    "unklar",
    "unbekannt",
    "ausstehend",
    "keine rückmeldung",
    "eingeladen",
    "evtl.",
    "evtl",
}


def parse_rsvp(value: CellValue) -> RSVP | None:
    """ "ja"/"x"/"zugesagt" -> accepted, "nein"/"abgesagt" -> declined, "offen" -> open; blank -> None."""
    if isinstance(value, bool):
        return RSVP.ACCEPTED if value else RSVP.DECLINED
    text = clean_text(value).casefold().rstrip(".!")
    if not text:
        return None
    if text in _YES:
        return RSVP.ACCEPTED if text != "eingeladen" else RSVP.INVITED
    if text in _NO:
        return RSVP.DECLINED
    if text in _OPEN:
        return RSVP.INVITED if text == "eingeladen" else RSVP.OPEN
    raise ValueProblem(
        f"Zusage „{clean_text(value)}“ nicht erkannt – erwartet „ja“, „x“, „zugesagt“, „nein“, „abgesagt“ oder „offen“"
    )


def parse_companions(value: CellValue) -> int:
    """ "1", "+1", 2.0, "mit Begleitung" -> number of accompanying persons; blank/"nein" -> 0."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        if float(value).is_integer() and 0 <= value <= 20:
            return int(value)
        raise ValueProblem(f"Begleitung „{clean_text(value)}“ ist keine Anzahl von 0 bis 20")
    text = clean_text(value).casefold()
    if not text or text in _NO or text.startswith("ohne") or text == "keine":
        return 0
    if match := re.fullmatch(r"\+?\s*(\d{1,2})(?:\s*(?:person(?:en)?|pers\.?|begleit\w*))?", text):
        return int(match.group(1))
    if text in _YES or text.startswith(("mit ", "+ ", "plus")) or text == "mit":
        return 1
    raise ValueProblem(
        f"Begleitung „{clean_text(value)}“ nicht erkannt – erwartet eine Zahl, „+1“ oder „mit Begleitung“"
    )


def parse_int(value: CellValue, what: str) -> int | None:
    if value is None or value == "":
        return None
    if (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and float(value).is_integer()
    ):
        return int(value)
    text = clean_text(value).rstrip(".")
    if text.isdigit():
        return int(text)
    raise ValueProblem(f"{what} „{clean_text(value)}“ ist keine ganze Zahl")


def parse_bool(value: CellValue, what: str) -> bool | None:
    if isinstance(value, bool):
        return value
    text = clean_text(value).casefold()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueProblem(f"{what} „{clean_text(value)}“ nicht erkannt – erwartet „ja“ oder „nein“")


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_email(value: CellValue) -> str:
    text = clean_text(value).removeprefix("mailto:").strip("<> ")
    if text and not _EMAIL.match(text):
        raise ValueProblem(f"E-Mail-Adresse „{text}“ ist ungültig")
    return text.lower() if text else ""

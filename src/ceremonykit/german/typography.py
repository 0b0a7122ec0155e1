"""German typography: quotation marks „…“ and ‚…‘, lists joined with "und"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from ceremonykit.german.amounts import format_number

OPEN, CLOSE = "\u201e", "\u201c"  # „ “
OPEN_INNER, CLOSE_INNER = "\u201a", "\u2018"  # ‚ ‘
_STRAIGHT_DOUBLE = re.compile(r'"([^"]*)"')
_STRAIGHT_SINGLE = re.compile(r"(?<![\w])'([^']*)'(?![\w])")
_ENGLISH_DOUBLE = re.compile("\u201c([^\u201c\u201d]*)\u201d")


def german_quotes(text: str) -> str:
    """Replace straight or English quotation marks by German ones ("x" -> „x“, 'x' -> ‚x‘).

    Apostrophes inside words ("D'Angelo", "geht's") stay untouched.
    """
    text = _ENGLISH_DOUBLE.sub(lambda m: f"{OPEN}{m.group(1)}{CLOSE}", text)
    text = _STRAIGHT_DOUBLE.sub(lambda m: f"{OPEN}{m.group(1)}{CLOSE}", text)
    return _STRAIGHT_SINGLE.sub(lambda m: f"{OPEN_INNER}{m.group(1)}{CLOSE_INNER}", text)


def quoted(text: str) -> str:
    """„text“ – quotation marks already inside become the inner pair ‚…‘."""
    inner = german_quotes(text.strip())
    inner = inner.replace(OPEN, OPEN_INNER).replace(CLOSE, CLOSE_INNER)
    return f"{OPEN}{inner}{CLOSE}"


_PROJECT_WORD = re.compile(r"^(?:das\s+)?projekt\b[\s:–-]*", re.IGNORECASE)


def project_named(title: str) -> str:
    """ "Projekt „KULSA – Kultursensible Seniorenarbeit“" – the word "Projekt" once, also
    when staff typed the title as "Projekt KULSA – …" (jury lists often do); a title that
    merely starts with the word ("Projektwerkstatt Nord") is left whole."""
    title = " ".join(title.split())
    rest = _PROJECT_WORD.sub("", title, count=1)
    return f"Projekt {quoted(rest or title)}"


_INNER_BRACKETS = re.compile(r"\s*\(([^()]*)\)")


def bracketed(text: str) -> str:
    """ "(text)" without brackets inside brackets: "Verein … e.V. (VKII)" becomes
    "(Verein … e.V., VKII)", as the city's texts write an abbreviation in a bracket."""
    inner = " ".join(text.split())
    inner = _INNER_BRACKETS.sub(lambda m: f", {m.group(1).strip()},", inner)
    inner = re.sub(r",\s*,", ",", inner).strip().rstrip(",").strip()
    return f"({inner})"


def quoted_said(text: str) -> str:
    """„text“ before ", sagt …": a closing full stop is dropped, ? and ! stay."""
    body = text.strip()
    if body.endswith(".") and not body.endswith(".."):
        body = body[:-1]
    return quoted(body)


def quoted_inner(text: str) -> str:
    """‚text‘ – for a title quoted inside a quotation."""
    return f"{OPEN_INNER}{german_quotes(text.strip())}{CLOSE_INNER}"


def join_and(items: Iterable[str], conjunction: str = "und") -> str:
    """ "A", "A und B", "A, B und C" (no Oxford comma in German)."""
    parts = [i for i in items if i]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"


_SMALL_NUMBERS = (
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
)
# Venue words that are feminine: "in der Westfalenhalle", "in der Zeche Zollern".
_FEMININE_ENDINGS = (
    "halle",
    "kirche",
    "schule",
    "bibliothek",
    "akademie",
    "galerie",
    "villa",
    "burg",
    "fabrik",
    "arena",
    "aula",
    "kantine",
    "mensa",
    "bühne",
    "scheune",
    "hochschule",
    "universität",
    "kaserne",
    "stube",
    "zeche",
    "kulturwerkstatt",
    "werkstatt",
    "station",
)
_FEMININE_WORDS = ("zeche", "kokerei", "messe", "oper", "philharmonie", "residenz", "orangerie")
_PREPOSITIONS = ("in ", "im ", "auf ", "an ", "am ", "bei ", "beim ", "vor ", "über ")


def count_text(number: int) -> str:
    """Counts in running text: words up to twelve ("vier Projekte"), digits beyond ("37")."""
    if 0 <= number < len(_SMALL_NUMBERS):
        return "ein" if number == 1 else _SMALL_NUMBERS[number]  # before neuter nouns
    return format_number(Decimal(number))


def at_venue(venue: str) -> str:
    """The venue after "fand … statt": "im Rathaus", "in der Westfalenhalle", "auf Zeche Zollern".

    Staff may write the preposition themselves; otherwise the article decides, "im" by default
    (Rathaus, Saal, Haus, Zentrum – the usual venues).
    """
    v = venue.strip()
    low = v.lower()
    if not v or low.startswith(_PREPOSITIONS):
        return v
    if low.startswith("die "):
        return f"in der {v[4:]}"
    if low.startswith(("der ", "das ")):
        return f"im {v[4:]}"
    first_word = low.split()[0].rstrip(",")
    if first_word.endswith(_FEMININE_ENDINGS) or first_word in _FEMININE_WORDS:
        return f"in der {v}"
    return f"im {v}"


def capfirst(text: str) -> str:
    """First letter upper case, the rest untouched ("die Stadt" -> "Die Stadt")."""
    return text[:1].upper() + text[1:]


NBSP = "\u00a0"
APOSTROPHE = "\u2019"
_WORD_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)|(?<=\w)'(?=s\b)")
_EV = re.compile(r"\be\.\s+V\.")
_TITLE_BEFORE_NAME = re.compile(r"\b(Dr|Prof|Dipl|med|rer|nat|phil|jur)\.\s+(?=\S)")
_CREDIT = re.compile(r"\b(Bild|Foto):\s+([^/\n]{1,60}?)\s*/\s+")


def apostrophes(text: str) -> str:
    """ "D'Angelo" -> "D’Angelo": the typographic apostrophe inside words."""
    return _WORD_APOSTROPHE.sub(APOSTROPHE, text) if "'" in text else text


def no_breaks(text: str) -> str:
    """No-break spaces where a line must not break: inside "e. V.", after "Dr."/"Prof.",
    and inside a credit up to its slash ("Bild: Stadt Dortmund / …")."""
    text = _EV.sub(f"e.{NBSP}V.", text)
    text = _TITLE_BEFORE_NAME.sub(lambda m: f"{m.group(1)}.{NBSP}", text)
    return _CREDIT.sub(
        lambda m: f"{m.group(1)}:{NBSP}{m.group(2).strip().replace(' ', NBSP)}{NBSP}/ ", text
    )


def typeset(text: str) -> str:
    """Staff text as documents print it: German quotes, apostrophes, no-break rules."""
    return no_breaks(german_quotes(apostrophes(text)))

"""Money in German: "5.000 Euro" in text, "5.000 €" on graphics, "fünftausend Euro" in words.

Babel formats the digits (de_DE grouping); num2words supplies the cardinal words, which we
assemble ourselves because its currency mode reads integers as cents.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal

NBSP = "\u00a0"
_CENTS = Decimal("0.01")


def _split(amount: Decimal) -> tuple[int, int]:
    value = amount.quantize(_CENTS, rounding=ROUND_HALF_UP)
    if value < 0:
        raise ValueError("negative Beträge werden nicht ausgeschrieben")
    euros = int(value)
    cents = int((value - euros) * 100)
    return euros, cents


def format_number(amount: Decimal, *, always_cents: bool = False) -> str:
    """ "5.000" or "5.000,50"; with ``always_cents`` "5.000,00"."""
    euros, cents = _split(amount)
    if cents or always_cents:
        return format_decimal(Decimal(euros) + Decimal(cents) / 100, "#,##0.00", locale="de_DE")
    return format_decimal(euros, "#,##0", locale="de_DE")


def amount_text(amount: Decimal) -> str:
    """For running text: "5.000 Euro", "2.500,50 Euro" (no-break space before the unit)."""
    return f"{format_number(amount)}{NBSP}Euro"


def amount_symbol(amount: Decimal, *, always_cents: bool = False) -> str:
    """For graphics and tables: "5.000 €" or, with ``always_cents``, "5.000,00 €"."""
    return f"{format_number(amount, always_cents=always_cents)}{NBSP}€"


def cardinal_words(number: int) -> str:
    """German cardinal as written on a cheque: 1001 -> "eintausendeins", 1_200_000 -> "eine
    Million zweihunderttausend" (joined below a million, millions stand apart)."""
    if number < 0:
        raise ValueError("negative Zahl")
    # imported here: the package loads all its ~50 languages (0.015 s), and most documents
    # never write an amount in words
    from num2words import num2words

    # num2words writes 101_000 as "einhunderteinstausend"; before "tausend" it is "ein"
    return str(num2words(number, lang="de")).replace("einstausend", "eintausend")


def amount_words(amount: Decimal) -> str:
    """ "fünftausend Euro", "ein Euro", "eintausendeins Euro", "zehn Euro und fünfzig Cent"."""
    euros, cents = _split(amount)
    parts = []
    if euros or not cents:
        parts.append(f"{_count_word(euros)} Euro")
    if cents:
        parts.append(f"{_count_word(cents)} Cent")
    return " und ".join(parts)


def _count_word(number: int) -> str:
    """The cardinal used before a noun: "ein Euro", not "eins Euro"."""
    words = cardinal_words(number)
    if words == "eins" or words.endswith(" eins"):  # "ein Euro", "eine Million ein Euro"
        return words[:-1]
    return words

from decimal import Decimal

import pytest

from ceremonykit.german.amounts import amount_symbol, amount_text, amount_words, cardinal_words

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("1", "ein Euro"),
        ("21", "einundzwanzig Euro"),
        ("101", "einhunderteins Euro"),
        ("1000", "eintausend Euro"),
        ("1001", "eintausendeins Euro"),
        ("5000", "fünftausend Euro"),
        ("10000", "zehntausend Euro"),
        ("100000", "einhunderttausend Euro"),
        ("101000", "einhunderteintausend Euro"),
        ("201001", "zweihunderteintausendeins Euro"),
        ("1000001", "eine Million ein Euro"),
        ("1000000", "eine Million Euro"),
        ("1200000", "eine Million zweihunderttausend Euro"),
        ("2000000", "zwei Millionen Euro"),
        ("2500000", "zwei Millionen fünfhunderttausend Euro"),
        ("10.50", "zehn Euro und fünfzig Cent"),
        ("1.01", "ein Euro und ein Cent"),
        ("0.99", "neunundneunzig Cent"),
        ("0", "null Euro"),
    ],
)
def test_amount_in_words(value: str, words: str) -> None:
    assert amount_words(Decimal(value)) == words


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("5000", "5.000"),
        ("10000", "10.000"),
        ("2500.5", "2.500,50"),
        ("1234567.89", "1.234.567,89"),
        ("3000.00", "3.000"),
    ],
)
def test_amount_text_shows_cents_only_when_not_zero(value: str, text: str) -> None:
    assert amount_text(Decimal(value)) == f"{text}{NBSP}Euro"


def test_amount_symbol_with_and_without_cents() -> None:
    assert amount_symbol(Decimal("5000")) == f"5.000{NBSP}€"
    assert amount_symbol(Decimal("5000"), always_cents=True) == f"5.000,00{NBSP}€"


def test_negative_amounts_are_refused() -> None:
    with pytest.raises(ValueError):
        cardinal_words(-1)
    with pytest.raises(ValueError):
        amount_words(Decimal("-5"))

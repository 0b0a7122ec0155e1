"""Amounts as the cheque prints them: in words and in digits (the German amounts module)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.cheques.content import cheque_content
from ceremonykit.german.amounts import amount_symbol, amount_words

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
        ("1000000", "eine Million Euro"),
        ("2500000", "zwei Millionen fünfhunderttausend Euro"),
        ("0.50", "fünfzig Cent"),
        ("1.01", "ein Euro und ein Cent"),
        ("5000.99", "fünftausend Euro und neunundneunzig Cent"),
        ("2500.5", "zweitausendfünfhundert Euro und fünfzig Cent"),
    ],
)
def test_amount_in_words(value: str, words: str) -> None:
    assert amount_words(Decimal(value)) == words


def test_amount_in_words_one_before_thousand() -> None:
    assert amount_words(Decimal("101000")) == "einhunderteintausend Euro"


@pytest.mark.parametrize(
    ("value", "cents", "digits"),
    [
        ("5000", True, "5.000,00 €"),
        ("5000", False, "5.000 €"),
        ("2500.5", False, "2.500,50 €"),
        ("1000000", True, "1.000.000,00 €"),
    ],
)
def test_amount_in_digits(value: str, cents: bool, digits: str) -> None:
    assert amount_symbol(Decimal(value), always_cents=cents).replace(NBSP, " ") == digits


def test_cheque_texts_of_first_prize() -> None:
    ceremony = demo_ceremony()
    winner = ceremony.winners[0]
    prize = ceremony.prizes[0]
    assert prize.amount is not None
    content = cheque_content(ceremony, winner, prize, prize.amount, number=3, amount_cents=True)
    texts = content.texts
    assert texts["payee"] == "Nachbarschaftshilfe Hörde-Süd e.V."
    assert texts["amount"].replace(NBSP, " ") == "5.000,00 €"
    assert texts["amount_words"] == "fünftausend Euro"
    assert texts["purpose"] == "Ehrenamtspreis 2026 – Erster Preis"
    assert texts["place_date"] == "Dortmund, 4. Dezember 2026"
    assert texts["number"] == "2026-003"
    assert content.signatory_name == "Dr. Henrike Albers"
    assert content.signature and content.logo
    assert content.notes == []


def test_persons_as_payee_and_no_number() -> None:
    ceremony = demo_ceremony()
    winner = next(w for w in ceremony.winners if w.id == "w-ehrenpreis")
    prize = ceremony.prizes[0]
    content = cheque_content(
        ceremony, winner, prize, Decimal("750"), number=1, amount_cents=False, show_number=False
    )
    assert content.texts["payee"] == "Aylin D'Angelo und Sven Økland"
    assert content.texts["amount_words"] == "siebenhundertfünfzig Euro"
    assert content.texts["number"] == ""

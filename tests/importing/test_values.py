"""Value parsing: places, amounts, persons, RSVP, companions, text clean-up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ceremonykit.domain.model import RSVP, PrizeKind, Salutation
from ceremonykit.importing.cells import (
    CellError,
    CellValue,
    column_index,
    column_letter,
    error_from_text,
)
from ceremonykit.importing.values import (
    ValueProblem,
    clean_text,
    parse_amount,
    parse_companions,
    parse_email,
    parse_place,
    parse_rsvp,
    parse_salutation,
    split_persons,
)


@pytest.mark.parametrize(
    ("cell", "rank"),
    [
        ("1", 1), ("1.", 1), ("Platz 1", 1), ("1. Platz", 1), ("Erster Platz", 1),
        ("erster Preis", 1), ("2. Preis", 2), ("Zweiter Platz", 2), ("Dritter Platz", 3),
        ("3", 3), (2, 2), (3.0, 3), ("  Platz  4 ", 4), ("Fünfter Platz", 5),
    ],
)  # fmt: skip
def test_ranked_places(cell: CellValue, rank: int) -> None:
    assert parse_place(cell) == (PrizeKind.RANKED, rank, "")


def test_honorary_and_special_places() -> None:
    assert parse_place("Ehrenpreis") == (PrizeKind.HONORARY, None, "")
    assert parse_place("Sonderpreis") == (PrizeKind.SPECIAL, None, "")
    assert parse_place("Sonderpreis der Jury") == (PrizeKind.SPECIAL, None, "Sonderpreis der Jury")


@pytest.mark.parametrize("cell", ["x", "Platz", "erste Reihe", 0, 1.5, -2])
def test_unknown_places_are_explained(cell: CellValue) -> None:
    with pytest.raises(ValueProblem) as info:
        parse_place(cell)
    assert "Platz" in str(info.value)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("5.000 €", "5000.00"), ("5000", "5000.00"), ("2000,00", "2000.00"),
        ("5.000,50 EUR", "5000.50"), (3000.0, "3000.00"), (19.99, "19.99"), (0.1 + 0.2, "0.30"),
        (5000, "5000.00"), ("1.234.567", "1234567.00"), ("5.000,-", "5000.00"),
        ("€ 750", "750.00"), ("1,5", "1.50"), ("19.99", "19.99"), ("10.000 Euro", "10000.00"),
        ("2,500.75", "2500.75"),
    ],
)  # fmt: skip
def test_amounts_are_exact_decimals(cell: CellValue, expected: str) -> None:
    amount = parse_amount(cell)
    assert amount == Decimal(expected)
    assert str(amount) == expected  # no 19.989999…


def test_float_amount_never_goes_through_binary_fraction() -> None:
    assert str(parse_amount(19.99)) == "19.99"
    assert Decimal(19.99) != Decimal("19.99")  # noqa: RUF032 - the trap the parser avoids


@pytest.mark.parametrize("cell", [None, "", "-", "–"])
def test_empty_amounts(cell: CellValue) -> None:
    assert parse_amount(cell) is None


@pytest.mark.parametrize("cell", ["abc", "-500", "5 Tausend", True, CellError("#NV")])
def test_bad_amounts(cell: CellValue) -> None:
    with pytest.raises(ValueProblem):
        parse_amount(cell)


def _names(cell: str) -> list[tuple[str, str]]:
    return [(p.first_name, p.last_name) for p in split_persons(cell)]


def test_person_lists() -> None:
    assert _names("Anna Müller; Ben Schmidt") == [("Anna", "Müller"), ("Ben", "Schmidt")]
    assert _names("Anna Müller und Ben Schmidt") == [("Anna", "Müller"), ("Ben", "Schmidt")]
    assert _names("Anna Müller, Ben Schmidt") == [("Anna", "Müller"), ("Ben", "Schmidt")]
    assert _names("Anna Müller, Ben Schmidt und Carla Weber") == [
        ("Anna", "Müller"), ("Ben", "Schmidt"), ("Carla", "Weber"),
    ]  # fmt: skip
    assert _names("Anna Müller & Ben Schmidt") == [("Anna", "Müller"), ("Ben", "Schmidt")]
    assert _names("Anna Müller\nBen Schmidt") == [("Anna", "Müller"), ("Ben", "Schmidt")]


def test_last_name_comma_first_name_is_one_person() -> None:
    assert _names("Müller, Anna") == [("Anna", "Müller")]
    assert _names("von der Heide, Anna") == [("Anna", "von der Heide")]
    assert _names("Müller, Anna; Schmidt, Ben") == [("Anna", "Müller"), ("Ben", "Schmidt")]


def test_person_salutation_title_and_particles() -> None:
    [person] = split_persons("Frau Prof. Dr. Małgorzata von der Heide")
    assert person.salutation is Salutation.FRAU
    assert person.title == "Prof. Dr."
    assert (person.first_name, person.last_name) == ("Małgorzata", "von der Heide")
    assert person.full_name == "Prof. Dr. Małgorzata von der Heide"
    assert _names("Luca D'Angelo") == [("Luca", "D'Angelo")]


@pytest.mark.parametrize(
    ("cell", "rsvp"),
    [
        ("ja", RSVP.ACCEPTED), ("x", RSVP.ACCEPTED), ("X", RSVP.ACCEPTED),
        ("zugesagt", RSVP.ACCEPTED), ("Zusage", RSVP.ACCEPTED), (True, RSVP.ACCEPTED),
        ("nein", RSVP.DECLINED), ("abgesagt", RSVP.DECLINED), ("offen", RSVP.OPEN),
        ("?", RSVP.OPEN), (None, None), ("", None),
    ],
)  # fmt: skip
def test_rsvp(cell: CellValue, rsvp: RSVP | None) -> None:
    assert parse_rsvp(cell) is rsvp


def test_unknown_rsvp_is_explained() -> None:
    with pytest.raises(ValueProblem, match="Zusage „kommt später“ nicht erkannt"):
        parse_rsvp("kommt später")


@pytest.mark.parametrize(
    ("cell", "count"),
    [
        ("1", 1), ("+1", 1), ("+2", 2), (2, 2), (1.0, 1), ("mit Begleitung", 1),
        ("ja", 1), ("x", 1), ("nein", 0), ("ohne", 0), (None, 0), ("", 0), ("2 Personen", 2),
    ],
)  # fmt: skip
def test_companions(cell: CellValue, count: int) -> None:
    assert parse_companions(cell) == count


def test_bad_companions() -> None:
    with pytest.raises(ValueProblem, match="Begleitung"):
        parse_companions("viele")


def test_text_is_trimmed_nfc_and_free_of_control_characters() -> None:
    decomposed = "Mu\u0308ller\x07  \t e.V.\u200b "
    assert clean_text(decomposed) == "Müller e.V."
    assert clean_text("ABC_x000D_\r\nDEF", multiline=True) == "ABC\nDEF"
    assert clean_text("Zeile 1\nZeile 2") == "Zeile 1 Zeile 2"
    assert clean_text(3000.0) == "3000"
    assert clean_text(date(2026, 3, 1)) == "01.03.2026"
    with pytest.raises(ValueProblem, match="#DIV/0!"):
        clean_text(CellError("#DIV/0!"))


def test_salutation_and_email() -> None:
    assert parse_salutation("Herrn") is Salutation.HERR
    assert parse_salutation("Frau") is Salutation.FRAU
    assert parse_salutation("divers") is Salutation.NEUTRAL
    assert parse_email(" mailto:Anna.Mueller@Example.org ") == "anna.mueller@example.org"
    with pytest.raises(ValueProblem, match="ungültig"):
        parse_email("anna.mueller at example")


def test_error_texts_and_column_letters() -> None:
    for text in ("#NV", "#N/A", "#DIV/0!", "#WERT!", "#REF!", "Err:502"):
        assert error_from_text(text) == CellError(text)
    assert error_from_text("#1 Verein") is None
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
    assert column_index("AA") == 26

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from ceremonykit.gui import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5.000", Decimal("5000.00")),
        ("5000", Decimal("5000.00")),
        ("2.500,50", Decimal("2500.50")),
        ("5.000 €", Decimal("5000.00")),
        ("", None),
        ("1,5", Decimal("1.50")),
        ("5,000", Decimal("5000.00")),  # as the import reads it
    ],
)
def test_parse_money(text: str, expected: Decimal | None) -> None:
    assert values.parse_money(text) == expected


def test_invalid_values_say_what_to_type() -> None:
    with pytest.raises(ValueError, match="kein Betrag"):
        values.parse_money("fünf")
    for bad in ("nan", "Infinity", "1e400", "-5"):
        with pytest.raises(ValueError, match="kein Betrag"):
            values.parse_money(bad)
    with pytest.raises(ValueError, match=r"TT\.MM\.JJJJ"):
        values.parse_date("31.02.2026")
    with pytest.raises(ValueError, match="Uhrzeit"):
        values.parse_time("25:00")


def test_dates_round_trip() -> None:
    assert values.parse_date("4.12.26") == date(2026, 12, 4)
    assert values.show_date(date(2026, 12, 4)) == "04.12.2026"
    assert values.parse_time("18 Uhr") == time(18, 0)
    assert values.parse_datetime("10.11.2026 12:30") == datetime(2026, 11, 10, 12, 30)
    assert values.show_datetime(datetime(2026, 11, 10, 12, 30)) == "10.11.2026 12:30"
    assert values.show_money(Decimal("5000")) == "5.000"
    assert values.parse_lines(" a \n\n b ") == ["a", "b"]

import pytest

from ceremonykit.german.phone import NB_HYPHEN, NBSP, PhoneFormatError, phone_din5008


@pytest.mark.parametrize(
    ("typed", "din"),
    [
        ("+49 (0)231/50-2 30 22", "+49 231 50-23022"),
        ("+49 (0)231/50-2 21 67", "+49 231 50-22167"),
        ("+49 231 50-23022", "+49 231 50-23022"),
        ("0049 231 5023022", "+49 231 5023022"),
        ("0231 / 50 23 022", "0231 5023022"),
        ("(0231) 50-23022", "0231 50-23022"),
        ("0171 1234567", "0171 1234567"),
        ("+49 0231 9990", "+49 231 9990"),
        ("", ""),
    ],
)
def test_din5008(typed: str, din: str) -> None:
    assert phone_din5008(typed, no_break=False) == din


def test_no_break_characters_keep_the_number_together() -> None:
    result = phone_din5008("+49 (0)231/50-2 30 22")
    assert result == f"+49{NBSP}231{NBSP}50-23022"  # an ordinary hyphen: dialers accept it
    assert " " not in result and NB_HYPHEN not in result


@pytest.mark.parametrize("bad", ["Pressestelle", "+49", "keine 123", "---"])
def test_not_a_number_is_reported_in_german(bad: str) -> None:
    with pytest.raises(PhoneFormatError, match=r"Telefonnummer|Ländervorwahl"):
        phone_din5008(bad)

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.codec import from_dict, to_dict
from ceremonykit.domain.model import RSVP, Ceremony, Guest, Prize, Quote, Salutation


def test_round_trip_of_the_demo_keeps_everything_but_bytes() -> None:
    c = demo_ceremony()
    c.embargo = datetime(2026, 12, 4, 18, 30)
    data = to_dict(c)
    back = from_dict(Ceremony, data)
    assert to_dict(back) == data
    assert back.host_quote == c.host_quote
    assert back.ceremony_time == time(18, 0)


def test_money_is_a_decimal_string_never_float() -> None:
    data = to_dict(Prize(amount=Decimal("19.99")))
    assert data["amount"] == "19.99"
    assert from_dict(Prize, data).amount == Decimal("19.99")
    assert to_dict(Prize(amount=Decimal("5000")))["amount"] == "5000.00"


def test_unknown_keys_are_ignored_and_missing_take_defaults() -> None:
    g = from_dict(Guest, {"last_name": "Öztürk", "future_field": 1})
    assert g.last_name == "Öztürk" and g.companions == 0
    q = from_dict(Quote, {})
    assert q == Quote()
    assert from_dict(Ceremony, {"ceremony_date": "2026-12-04"}).ceremony_date == date(2026, 12, 4)


def test_fast_paths_keep_coercion_and_errors() -> None:
    """Values of the wrong JSON type still go through the decoder (as before the fast path)."""
    g = from_dict(Guest, {"last_name": 5, "companions": True, "protocol_rank": None})
    assert g.last_name == "5" and g.companions == 1 and type(g.companions) is int
    assert g.protocol_rank is None
    assert from_dict(Guest, {"rsvp": "zugesagt", "salutation": "frau"}).rsvp is RSVP.ACCEPTED
    assert from_dict(Guest, {"salutation": "frau"}).salutation is Salutation.FRAU
    with pytest.raises(ValueError):
        from_dict(Guest, {"rsvp": "vielleicht"})
    with pytest.raises(ValueError):
        from_dict(Guest, {"rsvp": ["zugesagt"]})


def test_bad_amounts_are_value_errors_not_crashes() -> None:
    import pytest

    for bad in ("5.000,00", "NaN", "Infinity", "abc"):
        with pytest.raises(ValueError):
            from_dict(Prize, {"amount": bad})

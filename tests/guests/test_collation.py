"""German collation of guest names."""

from __future__ import annotations

from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.domain.settings_keys import GUEST_SORT
from ceremonykit.guests.collation import (
    SORT_BY_PARTICLE,
    base_letters,
    sort_letter,
    sort_mode,
    sort_name,
    sorted_guests,
    split_particles,
)


def _g(last: str, first: str = "") -> Guest:
    return Guest(first_name=first, last_name=last)


def _lasts(guests: list[Guest]) -> list[str]:
    return [g.last_name for g in guests]


def test_umlauts_sort_with_their_base_letter() -> None:
    names = [
        "Zander",
        "Äppelbaum",
        "Adler",
        "Öztürk",
        "Otto",
        "Bußmann",
        "Busse",
        "Ulrich",
        "Überschär",
    ]
    result = _lasts(sorted_guests(_g(n) for n in names))
    assert result.index("Äppelbaum") < result.index("Bußmann")
    assert result.index("Adler") < result.index("Äppelbaum")  # "adler" < "appelbaum"
    assert result.index("Otto") < result.index("Öztürk") < result.index("Ulrich")
    assert result.index("Überschär") < result.index("Ulrich") < result.index("Zander")  # ub < ul
    assert result.index("Busse") < result.index("Bußmann")  # busse < bussmann


def test_letters_without_decomposition() -> None:
    assert base_letters("Łukasz Økland Þór Straße") == "lukasz okland thor strasse"
    assert base_letters("Yılmaz") == "yilmaz"
    assert base_letters("Nguyễn") == "nguyen"


def test_particles_ignored_by_default_and_configurable() -> None:
    guests = [_g("von der Heide", "Jonas"), _g("Hoffmann"), _g("Vogel"), _g("Demir")]
    assert _lasts(sorted_guests(guests)) == ["Demir", "von der Heide", "Hoffmann", "Vogel"]
    assert _lasts(sorted_guests(guests, SORT_BY_PARTICLE)) == [
        "Demir",
        "Hoffmann",
        "Vogel",
        "von der Heide",
    ]
    assert sort_letter(guests[0]) == "H"
    assert sort_letter(guests[0], SORT_BY_PARTICLE) == "V"
    assert sort_name(guests[0]) == "Heide, Jonas von der"
    assert sort_name(guests[0], SORT_BY_PARTICLE) == "von der Heide, Jonas"


def test_split_particles_only_lowercase_leading_words() -> None:
    assert split_particles("von der Heide") == ("von der", "Heide")
    assert split_particles("Van Dijk") == ("", "Van Dijk")
    assert split_particles("van") == ("", "van")
    assert split_particles("Schmidt-Rüdesheimer von Hohenstein") == (
        "",
        "Schmidt-Rüdesheimer von Hohenstein",
    )


def test_sort_mode_from_settings() -> None:
    ceremony = Ceremony()
    assert sort_mode(ceremony) == "name"
    ceremony.settings[GUEST_SORT] = SORT_BY_PARTICLE
    assert sort_mode(ceremony) == SORT_BY_PARTICLE
    ceremony.settings[GUEST_SORT] = "quatsch"
    assert sort_mode(ceremony) == "name"


def test_first_name_breaks_ties_and_title_in_sort_name() -> None:
    guests = [_g("Müller", "Stefan"), _g("Müller", "Anna"), _g("Mueller", "Zoe")]
    guests[0].title = "Dr."
    result = sorted_guests(guests)
    assert [g.first_name for g in result] == ["Zoe", "Anna", "Stefan"]  # mue < mul
    assert sort_name(guests[0]) == "Müller, Dr. Stefan"
    assert sort_letter(_g("4Kids e.V.")) == "#"

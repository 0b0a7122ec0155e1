import pytest

from ceremonykit.domain.model import GenderStyle, Guest, Person, Salutation
from ceremonykit.german.address import (
    GENERIC_SALUTATION,
    address_form,
    salutation_line,
)
from ceremonykit.german.gender import group_term, people_term, person_term

F, H, N, X = Salutation.FRAU, Salutation.HERR, Salutation.NEUTRAL, Salutation.NONE


@pytest.mark.parametrize(
    ("style", "text"),
    [
        (GenderStyle.NEUTRAL, "Ausgezeichnete"),
        (GenderStyle.PAIR, "Preisträgerinnen und Preisträger"),
        (GenderStyle.STAR, "Preisträger*innen"),
    ],
)
def test_group_term_per_style(style: GenderStyle, text: str) -> None:
    assert group_term("Preisträger", style) == text


def test_group_term_after_article() -> None:
    assert group_term("Preisträger", GenderStyle.NEUTRAL, after_article=True) == "Ausgezeichneten"
    assert group_term("Ehrenamtlicher", GenderStyle.PAIR, after_article=True) == "Ehrenamtlichen"
    assert group_term("Juror", GenderStyle.NEUTRAL, after_article=True) == "Jurymitglieder"
    assert (
        group_term("Preisträger", GenderStyle.PAIR, after_article=True)
        == "Preisträgerinnen und Preisträger"
    )


def test_group_term_other_words() -> None:
    assert group_term("Bewerber", GenderStyle.NEUTRAL) == "Bewerbende"
    assert group_term("Teilnehmer", "star") == "Teilnehmer*innen"
    assert group_term("Gast", GenderStyle.PAIR) == "Gäste"
    with pytest.raises(KeyError, match="Unbekannter Begriff"):
        group_term("Sieger", GenderStyle.PAIR)


@pytest.mark.parametrize(
    ("salutation", "style", "text"),
    [
        (F, GenderStyle.PAIR, "Preisträgerin"),
        (H, GenderStyle.PAIR, "Preisträger"),
        (N, GenderStyle.PAIR, "ausgezeichnete Person"),
        (X, GenderStyle.NEUTRAL, "ausgezeichnete Person"),
        (N, GenderStyle.STAR, "Preisträger*in"),
    ],
)
def test_person_term(salutation: Salutation, style: GenderStyle, text: str) -> None:
    assert person_term("Preisträger", salutation, style) == text


def test_people_term_uses_what_is_known() -> None:
    assert people_term("Preisträger", [F, F], GenderStyle.PAIR) == "Preisträgerinnen"
    assert people_term("Preisträger", [H, H], GenderStyle.STAR) == "Preisträger"
    assert people_term("Preisträger", [F, H], GenderStyle.STAR) == "Preisträger*innen"
    assert people_term("Preisträger", [F], GenderStyle.PAIR) == "Preisträgerin"


def test_salutations() -> None:
    mueller = Person(F, "Dr.", "Anna", "Müller")
    weber = Person(H, "", "Max", "Weber")
    kim = Person(N, "", "Alex", "Kim")
    assert salutation_line(mueller) == "Sehr geehrte Frau Dr. Müller"
    assert salutation_line(weber) == "Sehr geehrter Herr Weber"
    assert salutation_line(kim) == "Guten Tag Alex Kim"
    assert salutation_line(weber, formal=False) == "Lieber Herr Weber"
    assert salutation_line(None) == GENERIC_SALUTATION
    assert salutation_line(Person()) == GENERIC_SALUTATION
    assert address_form(mueller) == "Frau Dr. Müller"
    assert address_form(mueller, first_name=True) == "Frau Dr. Anna Müller"


def test_salutations_work_for_guests_and_groups() -> None:
    guest = Guest(salutation=H, title="Prof. Dr.", first_name="Piotr", last_name="Kowalczyk")
    assert salutation_line(guest) == "Sehr geehrter Herr Prof. Dr. Kowalczyk"


def test_irregular_plurals_in_pair_form() -> None:
    from ceremonykit.german.gender import group_term

    assert group_term("Juror", GenderStyle.PAIR) == "Jurorinnen und Juroren"
    assert group_term("Laudator", GenderStyle.PAIR) == "Laudatorinnen und Laudatoren"

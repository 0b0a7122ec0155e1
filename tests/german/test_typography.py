import pytest

from ceremonykit.german.typography import (
    at_venue,
    count_text,
    german_quotes,
    join_and,
    quoted,
    quoted_inner,
    quoted_said,
)


def test_quoted_uses_german_marks_and_nests_inner_quotes() -> None:
    assert quoted("lokal willkommen") == "„lokal willkommen“"
    assert (
        quoted("Der Preis geht an „lokal willkommen“.") == "„Der Preis geht an ‚lokal willkommen‘.“"
    )
    assert quoted_inner("Ankoppeln") == "‚Ankoppeln‘"


def test_quoted_said_drops_the_full_stop_only() -> None:
    assert quoted_said("Das ist gut.") == "„Das ist gut“"
    assert quoted_said("Ist das gut?") == "„Ist das gut?“"


def test_straight_quotes_become_german_but_apostrophes_stay() -> None:
    assert german_quotes('Projekt "Ankoppeln" von D\'Angelo') == "Projekt „Ankoppeln“ von D'Angelo"
    assert german_quotes("das 'kleine' Wort") == "das ‚kleine‘ Wort"
    assert german_quotes("“English”") == "„English“"


@pytest.mark.parametrize(
    ("items", "text"),
    [([], ""), (["A"], "A"), (["A", "B"], "A und B"), (["A", "B", "C"], "A, B und C")],
)
def test_join_and(items: list[str], text: str) -> None:
    assert join_and(items) == text


@pytest.mark.parametrize(
    ("n", "text"), [(1, "ein"), (4, "vier"), (12, "zwölf"), (37, "37"), (1200, "1.200")]
)
def test_count_text(n: int, text: str) -> None:
    assert count_text(n) == text


@pytest.mark.parametrize(
    ("venue", "phrase"),
    [
        ("Rathaus Dortmund", "im Rathaus Dortmund"),
        ("Die Westfalenhalle", "in der Westfalenhalle"),
        ("das Dietrich-Keuning-Haus", "im Dietrich-Keuning-Haus"),
        ("auf Zeche Zollern", "auf Zeche Zollern"),
        ("Westfalenhalle", "in der Westfalenhalle"),
        ("Zeche Zollern", "in der Zeche Zollern"),
        ("Kulturwerkstatt Hörde", "in der Kulturwerkstatt Hörde"),
    ],
)
def test_at_venue(venue: str, phrase: str) -> None:
    assert at_venue(venue) == phrase

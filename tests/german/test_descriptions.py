"""Descriptions typed three ways are woven into the announcement as German prose."""

from __future__ import annotations

import pytest

from ceremonykit.german.descriptions import DescriptionForm, description_form, weave

LEAD = "Der zweite Preis (3.000 Euro) geht an das Projekt „KULSA“ (VMDO e.V.)"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("", DescriptionForm.EMPTY),
        ("Der Verein stärkt Frauen.", DescriptionForm.SENTENCE),
        ("„Kochpioniere“ kochen einmal pro Woche.", DescriptionForm.SENTENCE),
        ("das älteren Menschen Teilhabe ermöglicht", DescriptionForm.RELATIVE),
        ("mit dem Jugendliche eigene Formate entwickeln", DescriptionForm.RELATIVE),
        ("die seit 2015 Frauen stärken", DescriptionForm.RELATIVE),
        ("vermittelt jungen Menschen Teilhabe.", DescriptionForm.PREDICATE),
        ("und bietet Beratung an", DescriptionForm.UNPLACEABLE),
        ("für Kinder aus dem Quartier", DescriptionForm.UNPLACEABLE),
    ],
)
def test_forms(text: str, form: DescriptionForm) -> None:
    assert description_form(text) is form


def test_relative_clause_joins_with_a_comma() -> None:
    assert weave(LEAD, "das älteren Menschen Teilhabe ermöglicht", "Das Projekt „KULSA“") == (
        f"{LEAD}, das älteren Menschen Teilhabe ermöglicht."
    )


def test_predicate_gets_the_project_as_subject() -> None:
    assert weave(LEAD, "vermittelt Teilhabe.", "Das Projekt „KULSA“") == (
        f"{LEAD}. Das Projekt „KULSA“ vermittelt Teilhabe."
    )


def test_sentence_follows_and_stop_after_abbreviation_is_not_doubled() -> None:
    lead = "Der dritte Preis geht an CHANCENGLEICH in Europa e.V."
    assert weave(lead, "Der Verein stärkt Frauen", "x") == (
        "Der dritte Preis geht an CHANCENGLEICH in Europa e.V. Der Verein stärkt Frauen."
    )
    assert weave(lead, "", "x") == lead


def test_unplaceable_fragment_never_starts_a_sentence_in_lower_case() -> None:
    text = weave(LEAD, "und bietet Beratung an", "Das Projekt")
    assert text == f"{LEAD}. Und bietet Beratung an."


def test_quotation_at_the_end_keeps_its_own_stop() -> None:
    lead = "Der Ehrenpreis geht an A für das Projekt „Schwimmen“"
    assert weave(lead, "Seit zehn Jahren „eine Familie“.", "A") == (
        f"{lead}. Seit zehn Jahren „eine Familie“."
    )

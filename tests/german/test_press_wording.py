"""German wording of the press texts for a ceremony like the second seed, typed as staff do.

The reviewer entered the seed by hand: a project title "Projekt KULSA – …" (jury lists write
it so), organisers as bare names ("MIA-DO-… und Ausschuss für …"), a club whose name ends in
an abbreviation in brackets, and an Ehrenpreis for two persons of a club. The texts must not
say "Projekt „Projekt …“", must make the verb agree, must not nest brackets, and every
document must name the same honourees.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ceremonykit.documents.press.lead import organisers_phrase
from ceremonykit.documents.press.release import ReleaseContent, release_content
from ceremonykit.documents.press.texts import ARTICLE_TEMPLATE, render_text
from ceremonykit.documents.social.texts import alt_text, card_text, suggested_post
from ceremonykit.domain.model import (
    Ceremony,
    Person,
    Photo,
    Prize,
    PrizeKind,
    Salutation,
    Winner,
    with_honour_default,
)
from ceremonykit.german.articles import for_name
from ceremonykit.german.typography import bracketed, project_named

VKII = "Verein Kamerunischer Ingenieur*innen und Informatiker*innen Ruhrbezirk e.V. (VKII)"


def _ceremony(organisers: str) -> Ceremony:
    prizes = [
        Prize(id="p1", kind=PrizeKind.RANKED, rank=1, amount=Decimal(5000)),
        Prize(id="p2", kind=PrizeKind.RANKED, rank=2, amount=Decimal(3000)),
        Prize(id="h", kind=PrizeKind.HONORARY, rank=None, amount=None),
    ]
    honorary = with_honour_default(
        Ceremony(prizes=prizes),
        Winner(
            id="w3",
            prize_id="h",
            organisation="SPARRINGPARTNERFORYOU e.V.",
            persons=[
                Person(Salutation.HERR, "", "Pourya", "Solizadeh", "Trainer"),
                Person(Salutation.FRAU, "", "Anahita", "Lotfi", "Trainerin"),
            ],
            description="Die beiden bringen Kindern kostenlos das Schwimmen bei.",
        ),
    )
    return Ceremony(
        award_name="Integrationspreis",
        year=2025,
        organiser="Stadt Dortmund",
        organisers=organisers,
        edition=9,
        host=Person(Salutation.HERR, "", "Alexander", "Kalouti", "Oberbürgermeister"),
        prizes=prizes,
        winners=[
            Winner(
                id="w1",
                prize_id="p1",
                organisation=VKII,
                project_title="Ankoppeln",
                description="Das Modellprojekt setzt neue Maßstäbe.",
            ),
            Winner(
                id="w2",
                prize_id="p2",
                organisation="VMDO e.V.",
                project_title="Projekt KULSA – Kultursensible Seniorenarbeit",
                description="das älteren Migrantinnen und Migranten Teilhabe ermöglicht",
                position=0,
            ),
            honorary,
        ],
    )


def _text(content: ReleaseContent) -> str:
    return " ".join(" ".join(b.text for b in content.blocks).split())


def _article(c: Ceremony) -> str:
    return " ".join(" ".join(b.text for b in render_text(c, ARTICLE_TEMPLATE, None)).split())


BARE = "MIA-DO-Kommunales Integrationszentrum Dortmund und Ausschuss für Chancengerechtigkeit"


@pytest.fixture(scope="module")
def seedlike() -> Ceremony:
    return _ceremony(BARE)


def test_project_is_said_once(seedlike: Ceremony) -> None:
    for text in (_text(release_content(seedlike)), _article(seedlike)):
        assert "Projekt „Projekt" not in text
        assert "das Projekt „KULSA – Kultursensible Seniorenarbeit“ (VMDO e.V.), das älteren" in (
            text
        )
    w2 = seedlike.winners[1]
    photo = Photo(id="f", winner_id="w2", credit="Stadt Dortmund")
    for text in (suggested_post(seedlike, w2, photo), alt_text(seedlike, w2, photo)):
        assert "Projekt „KULSA – Kultursensible Seniorenarbeit“" in text
        assert "Projekt „Projekt" not in text


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Projekt KULSA", "Projekt „KULSA“"),
        ("Das Projekt: Brücken", "Projekt „Brücken“"),
        ("Ankoppeln", "Projekt „Ankoppeln“"),
        ("Projektwerkstatt Nord", "Projekt „Projektwerkstatt Nord“"),
    ],
)
def test_project_named(title: str, named: str) -> None:
    assert project_named(title) == named


def test_bare_organisers_stand_in_an_apposition_with_a_plural_verb(seedlike: Ceremony) -> None:
    text = _text(release_content(seedlike))
    assert f"Bereits zum neunten Mal würdigen die Veranstalter – {BARE} – damit Engagement" in text
    assert "würdigt MIA-DO" not in text
    assert f"würdigen die Veranstalter – {BARE} – damit" in _article(seedlike)


@pytest.mark.parametrize(
    ("typed", "verb", "subject"),
    [
        (
            "das MIA-DO-Kommunale Integrationszentrum gemeinsam mit dem Ausschuss für "
            "Chancengerechtigkeit und Integration",
            "würdigt",
            "das MIA-DO-Kommunale Integrationszentrum gemeinsam mit dem Ausschuss für "
            "Chancengerechtigkeit und Integration",
        ),
        ("das Integrationszentrum und der Integrationsrat", "würdigen", None),
        ("Kulturbüro Dortmund", "würdigt", "der Veranstalter – Kulturbüro Dortmund –"),
        (
            "Kulturbüro; Integrationsrat",
            "würdigen",
            "die Veranstalter – Kulturbüro und Integrationsrat –",
        ),
        ("", "würdigt", "die Stadt Dortmund"),
    ],
)
def test_organisers_phrase(typed: str, verb: str, subject: str | None) -> None:
    got = organisers_phrase(typed, "die Stadt Dortmund")
    assert got == (verb, subject if subject is not None else typed)


def test_no_brackets_inside_brackets(seedlike: Ceremony) -> None:
    for text in (_text(release_content(seedlike)), _article(seedlike)):
        assert "(VKII))" not in text
        assert "„Ankoppeln“ (Verein Kamerunischer" in text and "Ruhrbezirk e.V., VKII)" in text
    assert bracketed("A e.V. (AB)") == "(A e.V., AB)"
    assert bracketed("A (B) C") == "(A, B, C)"


def test_headline_puts_an_article_before_a_known_noun(seedlike: Ceremony) -> None:
    content = release_content(seedlike)
    headline = " ".join(content.blocks[0].text.split())
    assert "Erster Preis für den Verein Kamerunischer" in headline
    assert for_name("Initiative Nordstadt") == "die Initiative Nordstadt"
    assert for_name("Netzwerk X") == "das Netzwerk X"
    assert for_name("VMDO e.V.") == "VMDO e.V."
    assert for_name("die Tafel Dortmund") == "die Tafel Dortmund"


def test_honorary_persons_are_named_alike_everywhere(seedlike: Ceremony) -> None:
    honorary = seedlike.winners[2]
    assert honorary.honour_persons is True  # derived: Ehrenpreis with club and persons
    named = "Pourya Solizadeh und Anahita Lotfi (SPARRINGPARTNERFORYOU e.V.)"
    assert f"Der Ehrenpreis geht an {named}" in _text(release_content(seedlike))
    assert named in _article(seedlike)
    photo = Photo(id="f", winner_id="w3", credit="Stadt Dortmund")
    assert card_text(seedlike, honorary, photo).name == named
    assert named in suggested_post(seedlike, honorary, photo)


def test_an_explicit_choice_of_the_organisation_holds_in_every_text() -> None:
    c = _ceremony("")
    chosen = c.winners[2]
    chosen.honour_persons = False  # staff chose the club on the winner editor
    assert with_honour_default(c, chosen) is chosen
    text = _text(release_content(c))
    assert "Der Ehrenpreis geht an SPARRINGPARTNERFORYOU e.V." in text
    photo = Photo(id="f", winner_id="w3", credit="Stadt Dortmund")
    assert card_text(c, chosen, photo).name == "SPARRINGPARTNERFORYOU e.V."


def test_a_ranked_prize_with_club_and_persons_honours_the_club_by_default() -> None:
    c = _ceremony("")
    w = Winner(
        prize_id="p1", organisation="Chor e.V.", persons=[Person(first_name="A", last_name="B")]
    )
    assert with_honour_default(c, w).honour_persons is False
    assert with_honour_default(c, Winner(prize_id="h", organisation="X")).honour_persons is None

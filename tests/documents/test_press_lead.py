"""Lead facts and the note to editors: presenters, edition, people on a photo, links."""

from __future__ import annotations

from ceremonykit.documents.press.lead import edition_phrase, photo_people, presenters
from ceremonykit.documents.press.links import href, split_links
from ceremonykit.domain.model import Ceremony, Person, Salutation, Winner


def _ceremony() -> Ceremony:
    return Ceremony(
        host=Person(Salutation.HERR, "", "Alexander", "Kalouti", "Oberbürgermeister"),
        co_presenters=[
            Person(first_name="Leonid", last_name="Chraga", function="bisheriger Vorsitzender")
        ],
        winners=[
            Winner(
                organisation="SPARRINGPARTNERFORYOU e.V.",
                persons=[
                    Person(first_name="Pourya", last_name="Solizadeh"),
                    Person(first_name="Anahita", last_name="Lotfi", function="Vorstandsmitglied"),
                ],
                honour_persons=True,
            )
        ],
    )


def test_presenters_offices_before_names_other_functions_as_apposition() -> None:
    assert presenters(_ceremony()) == [
        "Oberbürgermeister Alexander Kalouti",
        "Leonid Chraga, bisheriger Vorsitzender,",
    ]


def test_edition() -> None:
    assert edition_phrase(9) == "Bereits zum neunten Mal"
    assert edition_phrase(1) == "Erstmals"
    assert edition_phrase(15) == "Bereits zum 15. Mal"
    assert edition_phrase(None) == ""


def test_photo_people_with_function_and_organisation_as_the_city_writes_them() -> None:
    c = _ceremony()
    text = photo_people(c, ["Alexander Kalouti", "Pourya Solizadeh", "Jana Unbekannt"])
    assert text == (
        "Oberbürgermeister Alexander Kalouti, Pourya Solizadeh (SPARRINGPARTNERFORYOU e.V.) "
        "und Jana Unbekannt"
    )
    both = photo_people(c, ["Pourya Solizadeh", "Anahita Lotfi"])
    assert both == (
        "Pourya Solizadeh (SPARRINGPARTNERFORYOU e.V.) und Anahita Lotfi "
        "(Vorstandsmitglied, SPARRINGPARTNERFORYOU e.V.)"
    )


def test_links_without_www_or_scheme_and_e_mail() -> None:
    parts = split_links("Mehr: dortmund.de/preis-2025. Mail: presse@stadtdo.de, VKII e.V. 5.000")
    assert [p for p, link in parts if link] == ["dortmund.de/preis-2025", "presse@stadtdo.de"]
    assert href("dortmund.de/preis-2025") == "https://dortmund.de/preis-2025"
    assert href("presse@stadtdo.de") == "mailto:presse@stadtdo.de"
    assert (
        href("www.dortmund-überrascht-dich.de") == "https://www.xn--dortmund-berrascht-dich-kpc.de"
    )

"""Purge (deleted names unreadable in the raw file) and the Art. 15 export."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import Ceremony, Guest, Person, Photo, Quote, Signatory
from ceremonykit.guests.person_export import export_person
from ceremonykit.guests.privacy import REDACTED, plan_purge
from ceremonykit.operations.privacy import purge_guests
from ceremonykit.store import ProjectFile

# private guests only (not winners, host or jury); umlauts and other non-ASCII letters on purpose
DELETED = ["Äppelbaum", "Wiśniewska", "Guðmundsson", "Überschär", "Großkopf", "Şahin"]


def _ceremony_with_guest_photo() -> Ceremony:
    ceremony = demo_ceremony()
    ceremony.photos.append(
        Photo(
            id="p-guests",
            caption="Jürgen Äppelbaum und Zofia Wiśniewska mit Małgorzata Nowak-Schulte",
            persons_left_to_right=[
                "Jürgen Äppelbaum",
                "Małgorzata Nowak-Schulte",
                "Zofia Wiśniewska",
            ],
            alt_text="Gäste im Bürgersaal: Jürgen Äppelbaum",
            consent=True,
        )
    )
    return ceremony


def _raw(path: Path) -> bytes:
    data = path.read_bytes()
    journal = path.with_name(path.name + "-journal")
    if journal.exists():
        data += journal.read_bytes()
    return data


def test_plan_lists_guests_and_scrubs_only_private_names() -> None:
    ceremony = _ceremony_with_guest_photo()
    plan = plan_purge(ceremony)
    assert len(plan.guests) == 48
    [photo] = plan.photos
    assert photo.persons_left_to_right == [REDACTED, "Małgorzata Nowak-Schulte", REDACTED]
    assert "Äppelbaum" not in photo.caption and "Nowak-Schulte" in photo.caption
    assert photo.alt_text == f"Gäste im Bürgersaal: {REDACTED}"
    assert plan.names == ["Jürgen Äppelbaum", "Zofia Wiśniewska"]
    # the ceremony itself is untouched by planning
    assert ceremony.photos[-1].persons_left_to_right[0] == "Jürgen Äppelbaum"


def test_purge_leaves_no_deleted_name_in_the_raw_file(tmp_path: Path) -> None:
    path = tmp_path / "p.ceremony"
    ProjectFile.create(path, _ceremony_with_guest_photo()).close()
    before = _raw(path)
    for name in DELETED:
        assert name.encode("utf-8") in before, name  # the test can fail
    with ProjectFile.open(path) as project:
        ceremony = project.load()
        changes = purge_guests(project, ceremony)
    assert changes.message == "48 Gäste gelöscht." and "guest" in changes.kinds
    assert ceremony.guests == []  # the in-memory ceremony matches the file
    assert (
        next(p for p in ceremony.photos if p.id == "p-guests").persons_left_to_right[0] == REDACTED
    )
    after = _raw(path)
    for name in DELETED:
        assert name.encode("utf-8") not in after, name
        assert name.encode("utf-16-le") not in after, name
    assert b"gast01@example.org" not in after
    reloaded = ProjectFile.open(path, readonly=True)
    try:
        ceremony = reloaded.load()
    finally:
        reloaded.close()
    assert ceremony.guests == []
    assert ceremony.winners and ceremony.winners[0].persons  # winners stay
    assert b"Nowak-Schulte" in after
    photo = next(p for p in ceremony.photos if p.id == "p-guests")
    assert photo.persons_left_to_right[0] == REDACTED


def test_export_person_finds_every_place(demo: Ceremony) -> None:
    demo.photos.append(Photo(id="px", persons_left_to_right=["Birgit Sonnenberg"], caption="x"))
    data = export_person(demo, "birgit sonnenberg")
    places = [r["fundstelle"] for r in data["fundstellen"]]
    assert data["anzahl_fundstellen"] == 2
    assert places[0].startswith("Gästeliste")
    assert data["fundstellen"][0]["daten"]["E-Mail-Adresse"].endswith("@example.org")
    assert places[1] == "Foto Nr. 6"


def test_export_winner_person_and_quotes(demo: Ceremony) -> None:
    data = export_person(demo, "Nowak-Schulte")
    kinds = {r["art"] for r in data["fundstellen"]}
    assert {"Gast", "Person", "Fotoerwähnung"} <= kinds
    assert export_person(demo, "Niemand Unbekannt")["anzahl_fundstellen"] == 0
    host = export_person(demo, "Albers")
    assert any(r["art"] == "Zitat" for r in host["fundstellen"])


def _mentioned_everywhere() -> Ceremony:
    """Henrike Quast in every place a project can hold a person."""
    c = demo_ceremony()
    c.guests += [
        Guest(id="g-q", first_name="Henrike", last_name="Quast", email="H.Quast@Example.org"),
        Guest(id="g-comp", first_name="Tom", last_name="Berger", companion_of="g-q"),
        Guest(id="g-note", first_name="Ida", last_name="Lenz", notes="sitzt neben Frau Quast"),
        Guest(id="g-mail", first_name="Ole", last_name="Voss", notes="Fragen: h.quast@example.org"),
    ]
    c.winners[0].description += " Gegründet von Henrike Quast."
    c.winners[1].persons.append(Person(first_name="Henrike", last_name="Quast"))
    c.winners[2].quotes.append(Quote(text="Wir helfen gern.", speaker="Henrike Quast"))
    c.photos.append(Photo(id="p-q", caption="Henrike Quast (links) im Bürgersaal"))
    c.signatories.append(Signatory(id="s-q", name="Dr. Henrike Quast"))
    c.host = Person(first_name="Henrike", last_name="Quast")
    c.jury.append("Henrike Quast")
    return c


EVERY_PLACE = [
    "Gast „Henrike Quast“",
    "Gast „Tom Berger“: als Begleitung",
    "Angaben zu Gast „Ida Lenz“",
    "Angaben zu Gast „Ole Voss“",
    "Preisträger „Nachbarschaftshilfe Hörde-Süd e.V.“, Texte",
    "Preisträger „Lesewelten Nordstadt gGmbH“, Person",
    "Preisträger „Repair-Café Westerfilde“, Zitat",
    "Foto Nr. 6",
    "Unterzeichnende der Urkunden",
    "Verleihung, Gastgeber/in",
    "Verleihung, Jury",
]


@pytest.mark.parametrize("query", ["h.quast@example.org", "Henrike Quast", "QUAST"])
def test_export_by_name_or_email_finds_every_mention(query: str) -> None:
    data = export_person(_mentioned_everywhere(), query)
    places = "\n".join(r["fundstelle"] for r in data["fundstellen"])
    missing = [p for p in EVERY_PLACE if p not in places]
    assert missing == [], places
    assert "Ehrenamtspreis" not in places  # no unrelated records
    assert data["anzahl_fundstellen"] == len(EVERY_PLACE)


def test_export_of_a_companion_names_the_guest_it_accompanies() -> None:
    data = export_person(_mentioned_everywhere(), "Tom Berger")
    places = [r["fundstelle"] for r in data["fundstellen"]]
    assert any("Begleitung von „Henrike Quast“" in p for p in places)

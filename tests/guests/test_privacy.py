"""Purge (deleted names unreadable in the raw file) and the Art. 15 export."""

from __future__ import annotations

from pathlib import Path

from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import Ceremony, Photo
from ceremonykit.guests.privacy import REDACTED, export_person, plan_purge
from ceremonykit.operations.privacy import purge_guest_data
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
        changes = purge_guest_data(project, ceremony)
        assert ceremony.guests == [] and changes.message.startswith("48 Gäste gelöscht")
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
    assert data["fundstellen"][0]["daten"]["email"].endswith("@example.org")
    assert places[1].startswith("Foto (ID px")


def test_export_winner_person_and_quotes(demo: Ceremony) -> None:
    data = export_person(demo, "Nowak-Schulte")
    kinds = {r["art"] for r in data["fundstellen"]}
    assert {"Gast", "Person", "Fotoerwähnung"} <= kinds
    assert export_person(demo, "Niemand Unbekannt")["anzahl_fundstellen"] == 0
    host = export_person(demo, "Albers")
    assert any(r["art"] == "Zitat" for r in host["fundstellen"])

"""Postal address columns of a guest list ("Straße", "PLZ", "Ort", "Land") and replies sheets."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from import_sheets import sheet_file

from ceremonykit.domain.model import RSVP, Ceremony, Guest
from ceremonykit.importing import RowStatus, commit, preview
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectFile

ADDRESSES = [
    ["Anrede", "Vorname", "Nachname", "E-Mail", "Str.", "Postleitzahl", "Wohnort", "Staat",
     "Aussprache", "Kategorie", "Zusage", "Tisch"],
    ["Frau", "Birgit", "Sonnenberg", "bs@example.org", "Friedensplatz 1", "44135", "Dortmund",
     None, None, "Ehrengast", "eingeladen", "1"],
    ["Herr", "Þórður", "Guðmundsson", "tg@example.org", "Laugavegur 12", "101", "Reykjavík",
     "Island", "Tor-dur", "Gast", "eingeladen", None],
    ["Herr", "Kim", "Ohneadresse", "ko@example.org", None, None, None, None, None, "Presse",
     "offen", None],
]  # fmt: skip


def test_address_columns_are_recognised_by_their_german_headers(tmp_path: Path) -> None:
    plan = preview(sheet_file(tmp_path, ADDRESSES), "guests")
    fields = [c.field for c in plan.mapping.columns]
    assert fields[4:9] == ["street", "postcode", "city", "country", "pronunciation"]
    birgit, thordur, kim = (g for g in plan.changes if isinstance(g, Guest))
    assert (birgit.street, birgit.postcode, birgit.city, birgit.country) == (
        "Friedensplatz 1", "44135", "Dortmund", "",
    )  # fmt: skip
    assert birgit.has_address and thordur.has_address and not kim.has_address
    assert (thordur.country, thordur.pronunciation) == ("Island", "Tor-dur")


def test_plain_headers_strasse_plz_ort(tmp_path: Path) -> None:
    rows = [
        ["Name", "Straße", "PLZ", "Ort"],
        ["Anna Beispiel", "Hohe Straße 3", "44139", "Dortmund"],
    ]
    plan = preview(sheet_file(tmp_path, rows), "guests")
    [anna] = plan.changes
    assert isinstance(anna, Guest)
    assert (anna.street, anna.postcode, anna.city) == ("Hohe Straße 3", "44139", "Dortmund")


def test_reply_sheet_changes_only_rsvp_and_companions(tmp_path: Path) -> None:
    """The importer's re-import rule: cells the reply sheet leaves empty keep their value, so
    a sheet with name, e-mail, reply and companions touches nothing else."""
    project = ProjectFile.create(tmp_path / "p.ceremony", Ceremony())
    ceremony = project.load()
    commit(preview(sheet_file(tmp_path, ADDRESSES, name="a.xlsx"), "guests", ceremony=ceremony),
           project, ceremony)  # fmt: skip
    before = {g.id: dataclasses.replace(g) for g in ceremony.guests}
    replies = [
        ["Name", "E-Mail", "Kategorie", "Rückmeldung", "Begleitpersonen"],
        ["Birgit Sonnenberg", "bs@example.org", "Ehrengast", "zugesagt", 1],
        ["Þórður Guðmundsson", "TG@example.org", "Gast", "abgesagt", 0],
        ["Kim Ohneadresse", "ko@example.org", "Presse", None, None],
    ]
    plan = preview(
        sheet_file(tmp_path, replies, name="antworten.xlsx"), "guests", ceremony=ceremony
    )
    assert [r.status for r in plan.rows] == [
        RowStatus.UPDATED,
        RowStatus.UPDATED,
        RowStatus.UNCHANGED,
    ]
    commit(plan, project, ceremony)
    project.close()
    stored = {g.id: g for g in read_ceremony(project.path).guests}
    assert len(stored) == 3
    expected = {"Sonnenberg": (RSVP.ACCEPTED, 1), "Guðmundsson": (RSVP.DECLINED, 0),
                "Ohneadresse": (RSVP.OPEN, 0)}  # fmt: skip
    for guest_id, old in before.items():
        new = stored[guest_id]
        assert (new.rsvp, new.companions) == expected[old.last_name]
        unchanged = dataclasses.replace(new, rsvp=old.rsvp, companions=old.companions)
        assert unchanged == old, old.last_name

"""Guest import: synonyms, RSVP/companions, name splitting, re-import keeps table plans."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from import_sheets import sheet_file, write_ods

from ceremonykit.domain.model import RSVP, Ceremony, Guest, Salutation
from ceremonykit.importing import ImportPreview, RowStatus, commit, preview
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectFile

HEADER = ["Anrede", "Titel", "Vorname", "Nachname", "Funktion", "Institution", "E-Mail",
          "Gruppe", "Zusage", "Begleitperson", "Tisch", "Protokoll", "Bemerkung"]  # fmt: skip
ROWS = [
    HEADER,
    ["Frau", "Dr.", "Anna", "Müller", "Bürgermeisterin", "Stadt Dortmund", "anna@example.org", "Ehrengast", "x", "+1", 3, 1, None],
    ["Herr", None, "Ömer", "Yılmaz", None, "Verein A", None, "Gast", "abgesagt", None, None, None, "Rollstuhl"],
    ["Herr", None, "Luca", "D'Angelo", None, None, None, "Presse", "offen", "mit Begleitung", None, None, None],
    [None, None, "Anna", "Müller", None, "Stadt Dortmund", "ANNA@example.org", None, "ja", None, None, None, None],
    [None, None, None, None, None, "Gesamt: 3 Gäste", None, None, None, None, None, None, None],
]  # fmt: skip


def guests(plan: ImportPreview) -> list[Guest]:
    """The guests a guest import would add or change (the plan holds any kind of object)."""
    found = [change for change in plan.changes if isinstance(change, Guest)]
    assert len(found) == len(plan.changes)
    return found


def test_guest_fields(tmp_path: Path) -> None:
    plan = preview(sheet_file(tmp_path, ROWS), "guests")
    assert [c.field for c in plan.mapping.columns] == [
        "salutation", "title", "first_name", "last_name", "function", "organisation", "email",
        "category", "rsvp", "companions", "table", "protocol_rank", "notes",
    ]  # fmt: skip
    anna, oemer, luca = guests(plan)[:3]
    assert (anna.salutation, anna.title, anna.full_name) == (
        Salutation.FRAU,
        "Dr.",
        "Dr. Anna Müller",
    )
    assert (anna.rsvp, anna.companions, anna.table, anna.protocol_rank) == (
        RSVP.ACCEPTED,
        1,
        "3",
        1,
    )
    assert (oemer.rsvp, oemer.notes, oemer.category) == (RSVP.DECLINED, "Rollstuhl", "Gast")
    assert (luca.rsvp, luca.companions) == (RSVP.OPEN, 1)
    by_row = {r.row: r for r in plan.rows}
    # same e-mail as row 2: a suspected duplicate – reported, kept by default (issue 15)
    assert by_row[5].status is RowStatus.IMPORTED
    assert by_row[5].duplicate is not None and by_row[5].duplicate.earlier_row == 2
    assert "mögliches Duplikat (gleiche E-Mail-Adresse wie Zeile 2)" in by_row[5].text()
    assert by_row[6].status is RowStatus.SKIPPED


def test_full_name_column_is_split(tmp_path: Path) -> None:
    plan = preview(
        sheet_file(
            tmp_path,
            [["Name", "Organisation"], ["Müller, Anna", "A"], ["Prof. Dr. Jan von der Heide", "B"]],
        ),
        "guests",
    )
    names = [(g.title, g.first_name, g.last_name) for g in guests(plan)]
    assert names == [("", "Anna", "Müller"), ("Prof. Dr.", "Jan", "von der Heide")]


def test_reimport_updates_rsvp_and_keeps_table(tmp_path: Path) -> None:
    project = ProjectFile.create(tmp_path / "p.ceremony", Ceremony())
    ceremony = project.load()
    commit(
        preview(sheet_file(tmp_path, ROWS[:4], name="a.xlsx"), "guests", ceremony=ceremony),
        project,
        ceremony,
    )
    oemer = next(g for g in ceremony.guests if g.last_name == "Yılmaz")
    oemer.table = "Tisch 7"  # seating done in the app
    project.put(oemer)
    update = [HEADER[:], ROWS[1][:], ROWS[2][:]]
    update[2][8] = "zugesagt"
    update[2][10] = "Tisch 1"
    update[1][6] = "ANNA@Example.org"
    plan = preview(sheet_file(tmp_path, update, name="b.xlsx"), "guests", ceremony=ceremony)
    assert [r.status for r in plan.rows] == [RowStatus.UNCHANGED, RowStatus.UPDATED]
    assert "Tisch „Tisch 7“ aus CeremonyKit bleibt" in plan.rows[1].text()
    commit(plan, project, ceremony)
    project.close()
    stored = read_ceremony(project.path)
    assert len(stored.guests) == 3
    again = next(g for g in stored.guests if g.id == oemer.id)
    assert (again.rsvp, again.table) == (RSVP.ACCEPTED, "Tisch 7")


def test_hidden_rows_are_reported_and_optional(tmp_path: Path) -> None:
    path = write_ods(
        tmp_path / "g.ods",
        [["Vorname", "Nachname"], ["Anna", "Müller"], ["Ben", "Schmidt"]],
        hidden_rows=frozenset({3}),
    )
    plan = preview(path, "guests")
    assert plan.rows[1].hidden
    assert "ausgeblendet" in plan.rows[1].text()
    assert any("Ausgeblendete Zeilen übernommen: 3" in n for n in plan.notes)
    without = preview(path, "guests", include_hidden=False)
    assert without.rows[1].status is RowStatus.SKIPPED
    assert len(without.changes) == 1


def test_new_category_is_added(tmp_path: Path) -> None:
    project = ProjectFile.create(tmp_path / "p.ceremony", Ceremony())
    ceremony = project.load()
    plan = preview(
        sheet_file(tmp_path, [["Vorname", "Nachname", "Kategorie"], ["A", "B", "Sponsoren"]]),
        "guests",
        ceremony=ceremony,
    )
    assert "neue Kategorie „Sponsoren“" in plan.rows[0].text()
    commit(plan, project, ceremony)
    project.close()
    assert "Sponsoren" in read_ceremony(project.path).guest_categories


def test_csv_guest_list_from_german_excel(tmp_path: Path) -> None:
    path = tmp_path / "gaeste.csv"
    text = 'E-Mail;Vorname;Nachname;Zusage\r\nj.weiss@example.org;Jürgen;Weiß;"ja"\r\n;Zoë;Straße;nein\r\n'
    path.write_bytes(text.encode("cp1252"))
    plan = preview(path, "guests")
    assert [g.full_name for g in guests(plan)] == ["Jürgen Weiß", "Zoë Straße"]
    assert "Windows-1252" in plan.notes[0]


def test_repeated_values_parse_alike_in_every_row(tmp_path: Path) -> None:
    """Values parse once per sheet; a bad value still marks every row that holds it."""
    rows = [
        ["Vorname", "Nachname", "Zusage", "Begleitung", "Protokoll"],
        ["Anna", "Eins", "vielleicht", 1, "erster"],
        ["Bernd", "Zwei", "vielleicht", True, "erster"],
        ["Clara", "Drei", "ja", 1, 2],
        ["Dora", "Vier", "ja", "+1", 2],
    ]
    plan = preview(sheet_file(tmp_path, rows), "guests")
    statuses = [r.status for r in plan.rows]
    assert statuses[:2] == [RowStatus.ERROR, RowStatus.ERROR]
    for report in plan.rows[:2]:
        assert [n.column for n in report.notes if "erster" in n.text] == ["E"], report.notes
    clara, dora = guests(plan)
    assert (clara.rsvp, clara.companions, clara.protocol_rank) == (RSVP.ACCEPTED, 1, 2)
    assert (dora.rsvp, dora.companions, dora.protocol_rank) == (RSVP.ACCEPTED, 1, 2)


def test_guest_fields_are_immutable_values() -> None:
    """Re-import copies guests shallowly; a list or dict field would need a deep copy."""
    import dataclasses
    import typing

    from ceremonykit.domain.model import Guest

    allowed = {str, int, bool, type(None), Salutation, RSVP, datetime}
    for f in dataclasses.fields(Guest):
        hint = typing.get_type_hints(Guest)[f.name]
        if typing.get_origin(hint) is tuple:  # tuple[str, ...]: immutable as well
            hint = typing.get_args(hint)[0]
        parts = typing.get_args(hint) or (hint,)
        assert set(parts) <= allowed, (f.name, hint)

"""Tables of a ceremony and the suggested protocol order (operations and queries, no GUI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import RSVP, Guest, SeatingTable, TableShape
from ceremonykit.errors import UserError
from ceremonykit.guests.protocol import (
    PRECEDENCE_SETTING,
    bundled_precedence,
    honoured_guests,
    precedence_for,
    suggested_rank,
)
from ceremonykit.guests.tables import table_loads
from ceremonykit.operations import protocol, tables
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectFile


@pytest.fixture
def project(tmp_path: Path) -> ProjectFile:
    path = tmp_path / "p.ceremony"
    return ProjectFile.create(path, demo_ceremony())


@pytest.mark.parametrize(
    ("function", "rank"),
    [
        ("Oberbürgermeister der Stadt Dortmund", 20),
        ("Bürgermeisterin", 30),
        ("Bezirksbürgermeisterin Innenstadt-West", 75),
        ("Mitglied des Landtags NRW", 50),
        ("MdB", 40),
        ("Konsulin der Republik Polen", 60),
        ("Ratsfrau", 85),
        ("Dezernentin für Soziales", 70),
        ("Ehrenbürger der Stadt", 65),
        ("Redakteurin", None),
    ],
)
def test_precedence_table_ranks_functions(function: str, rank: int | None) -> None:
    assert bundled_precedence().rank_for(function) == rank


def test_only_honoured_categories_get_suggestions() -> None:
    mayor = Guest(function="Bürgermeister", category="Ehrengast", rsvp=RSVP.ACCEPTED)
    press = Guest(function="Bürgermeister", category="Presse", rsvp=RSVP.ACCEPTED)
    assert suggested_rank(mayor, bundled_precedence()) == 30
    assert suggested_rank(press, bundled_precedence()) is None
    assert honoured_guests([press, mayor], bundled_precedence()) == [mayor]
    assert honoured_guests([press, mayor]) == []  # typed ranks only


def test_projects_own_precedence_copy_wins() -> None:
    ceremony = demo_ceremony()
    own = json.loads(bundled_precedence().to_json())
    own["kategorien"] = ["Presse"]
    ceremony.settings[PRECEDENCE_SETTING] = json.dumps(own)
    press = Guest(function="Bürgermeister", category="Presse")
    assert suggested_rank(press, precedence_for(ceremony)) == 30
    ceremony.settings[PRECEDENCE_SETTING] = "{kaputt"
    with pytest.raises(UserError, match="Rangfolge"):
        precedence_for(ceremony)


def test_set_tables_refuses_duplicates_and_writes_nothing(project: ProjectFile) -> None:
    ceremony = project.load()
    before = list(ceremony.tables)
    with pytest.raises(UserError, match="zweimal"):
        tables.set_tables(project, ceremony, [SeatingTable("1"), SeatingTable(" 1 ")])
    with pytest.raises(UserError, match="Plätze"):
        tables.set_tables(project, ceremony, [SeatingTable("1", seats=0)])
    assert project.load().tables == before and ceremony.tables == before


def test_renamed_table_takes_its_guests_in_one_transaction(project: ProjectFile) -> None:
    ceremony = project.load()
    at_one = {g.id for g in ceremony.guests if g.table == "1"}
    assert at_one
    changes = tables.set_tables(
        project, ceremony, [SeatingTable("Ehrentisch", 12, TableShape.LONG)], {"1": "Ehrentisch"}
    )
    assert "guest" in changes.kinds and changes.ids == frozenset(at_one)
    stored = read_ceremony(project.path)
    assert stored.tables == [SeatingTable("Ehrentisch", 12, TableShape.LONG)]
    assert {g.table for g in stored.guests if g.id in at_one} == {"Ehrentisch"}
    loads = {load.name: load for load in table_loads(stored)}
    assert loads["Ehrentisch"].seats == 12 and loads["Ehrentisch"].people >= len(at_one)
    assert loads["2"].seats is None  # still carried by guests, not in the table list


def test_protocol_order_assigns_ranks_in_steps(project: ProjectFile) -> None:
    ceremony = project.load()
    ids = [g.id for g in ceremony.guests[:3]]
    protocol.set_protocol_order(project, ceremony, list(reversed(ids)))
    ranks = {g.id: g.protocol_rank for g in read_ceremony(project.path).guests}
    assert [ranks[i] for i in reversed(ids)] == [10, 20, 30]
    with pytest.raises(UserError):
        protocol.set_protocol_order(project, ceremony, ["weg"])


def test_check_hints_at_overbooked_and_unknown_tables() -> None:
    from ceremonykit.documents.checks import preflight

    ceremony = demo_ceremony()
    assert not [f for f in preflight(ceremony) if f.field == "table" and f.object_type == "guest"]
    ceremony.tables = [t for t in ceremony.tables if t.name != "8"]
    ceremony.tables[0].seats = 3
    found = {f.label: f for f in preflight(ceremony) if f.field == "table"}
    assert "nur 3 Plätze" in found["Tisch 1"].message
    assert "Tischliste nicht" in found["Tisch 8"].message
    at_eight = found["Tisch 8"].object_id
    assert next(g for g in ceremony.guests if g.id == at_eight).table == "8"

"""Table models without a window: qtmodeltester, editing through the callback, speed."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt

from ceremonykit.domain.model import RSVP, Ceremony, Guest, Person
from ceremonykit.domain.preflight import run_preflight
from ceremonykit.gui.models import guests as gm
from ceremonykit.gui.models.base import ObjectRole
from ceremonykit.gui.models.findings import FindingTableModel
from ceremonykit.gui.models.nested import Column, NestedListModel
from ceremonykit.gui.models.photos import PhotoListModel
from ceremonykit.gui.models.prizes import PrizeTableModel, WinnerTableModel
from ceremonykit.gui.models.signatories import SignatoryTableModel


def many_guests(n: int) -> list[Guest]:
    return [
        Guest(
            first_name=f"Vorname{i}",
            last_name=f"Nachname{i}",
            organisation=f"Verein {i % 97}",
            category="Presse" if i % 5 == 0 else "Gast",
            rsvp=RSVP.ACCEPTED if i % 3 else RSVP.OPEN,
            companions=i % 2,
        )
        for i in range(n)
    ]


def test_every_model_passes_qtmodeltester(qtmodeltester: Any, demo: Ceremony) -> None:
    edits: list[Any] = []
    record = lambda obj, attr, value: edits.append((obj, attr, value))  # noqa: E731
    guest_model = gm.GuestTableModel(demo.guests, record)
    proxy = gm.GuestFilterProxy()
    proxy.setSourceModel(guest_model)
    proxy.set_filters("dortmund", "", RSVP.ACCEPTED.value)
    findings = FindingTableModel(run_preflight(Ceremony()))
    nested = NestedListModel(
        [Column("first_name", "Vorname"), Column("last_name", "Nachname")], lambda items: None
    )
    nested.set_items(demo.winners[0].persons)
    models = [
        guest_model,
        proxy,
        PrizeTableModel(demo.prizes, record),
        WinnerTableModel(demo),
        PhotoListModel(demo),
        findings,
        SignatoryTableModel(demo.signatories, record),
        nested,
    ]
    for model in models:
        qtmodeltester.check(model, force_py=True)
    assert findings.rowCount() > 0


def test_guest_model_shows_fields_and_edits_through_callback(demo: Ceremony) -> None:
    edits: list[Any] = []
    model = gm.GuestTableModel(
        demo.guests, lambda obj, attr, value: edits.append((obj.id, attr, value))
    )
    first = demo.guests[0]
    assert model.data(model.index(0, gm.LAST)) == first.last_name
    assert model.data(model.index(0, gm.RSVP_COL)) == "zugesagt"
    assert model.data(model.index(0, gm.RSVP_COL), Qt.ItemDataRole.EditRole) == "zugesagt"
    assert model.setData(model.index(0, gm.COMPANIONS), "3")
    assert model.setData(model.index(0, gm.RSVP_COL), RSVP.DECLINED.value)
    assert not model.setData(model.index(0, gm.LAST), first.last_name)  # unchanged: no command
    assert not model.setData(model.index(0, gm.COMPANIONS), "drei")
    assert edits == [(first.id, "companions", 3), (first.id, "rsvp", RSVP.DECLINED)]
    assert first.companions != 3  # the model never changes the object itself


def test_guest_filters_combine_words_category_and_rsvp() -> None:
    guests = many_guests(300)
    model = gm.GuestTableModel(guests)
    proxy = gm.GuestFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters("verein 5", "", "")
    shown = {proxy.index(r, 0).data(ObjectRole).id for r in range(proxy.rowCount())}
    expected = {g.id for g in guests if "5" in f"{g.first_name} {g.last_name} {g.organisation}"}
    assert shown == expected and 0 < len(shown) < len(guests)
    proxy.set_filters("", "Presse", RSVP.OPEN.value)
    rows = [proxy.index(r, 0).data(ObjectRole) for r in range(proxy.rowCount())]
    assert rows and all(g.category == "Presse" and g.rsvp is RSVP.OPEN for g in rows)
    assert len(rows) == sum(1 for g in guests if g.category == "Presse" and g.rsvp is RSVP.OPEN)


def test_guest_model_is_fast_with_ten_thousand_guests() -> None:
    guests = many_guests(10_000)
    model = gm.GuestTableModel(guests)
    indexes = [
        model.index(row, column)
        for row in range(0, 10_000, 5)
        for column in range(model.columnCount())
    ]
    started = time.perf_counter()
    for index in indexes:
        model.data(index)
    per_cell = (time.perf_counter() - started) / len(indexes)
    proxy = gm.GuestFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters("vorname", "", "")  # first search builds the search texts once
    started = time.perf_counter()
    proxy.set_filters("nachname99", "", "")
    filter_time = time.perf_counter() - started
    assert proxy.rowCount() == sum(1 for g in guests if "nachname99" in g.last_name.casefold())
    assert per_cell < 15e-6, f"{per_cell * 1e6:.1f} µs per cell"
    assert filter_time < 0.25, f"filter took {filter_time:.3f} s"


def test_winner_and_prize_tables_show_german_amounts(demo: Ceremony) -> None:
    winners = WinnerTableModel(demo)
    row = next(n for n, w in enumerate(demo.winners) if w.id == "w-nachbarschaft")
    assert winners.data(winners.index(row, WinnerTableModel.PRIZE)) == "Erster Preis"
    assert winners.data(
        winners.index(row, WinnerTableModel.AMOUNT)
    ) == "5.000\u00a0€" or "5.000" in winners.data(winners.index(row, WinnerTableModel.AMOUNT))
    assert "Zeichen" in winners.data(winners.index(row, WinnerTableModel.LAUDATION))
    edits: list[Any] = []
    prizes = PrizeTableModel(demo.prizes, lambda obj, attr, value: edits.append((attr, value)))
    assert prizes.setData(prizes.index(0, PrizeTableModel.AMOUNT), "6.000")
    assert not prizes.setData(prizes.index(0, PrizeTableModel.AMOUNT), "sechs")
    assert str(edits[0][1]) == "6000.00"


def test_nested_list_model_hands_back_a_changed_copy() -> None:
    persons = [Person(first_name="Anna", last_name="Muster")]
    changes: list[list[Person]] = []
    model = NestedListModel(
        [Column("first_name", "Vorname"), Column("last_name", "Nachname")], changes.append
    )
    model.set_items(persons)
    assert model.setData(model.index(0, 1), "Müller")
    assert changes[0][0].last_name == "Müller" and persons[0].last_name == "Muster"
    model.append(Person(last_name="Neu"))
    assert [p.last_name for p in changes[1]] == ["Muster", "Neu"]


def test_filter_follows_edits_after_caching() -> None:
    guests = many_guests(50)
    model = gm.GuestTableModel(guests)
    proxy = gm.GuestFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters("", "Presse", "")
    before = proxy.rowCount()
    guests[1].category = "Presse"  # what Session.put does, then the model hears of it
    model.object_changed(guests[1].id)
    assert proxy.rowCount() == before + 1


def test_sorting_ten_thousand_guests_is_quick_and_keeps_filters() -> None:
    guests = many_guests(10_000)
    model = gm.GuestTableModel(guests)
    proxy = gm.GuestFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters("", "Presse", "")
    started = time.process_time()  # CPU time: a busy machine must not fail this test
    proxy.sort(gm.LAST, Qt.SortOrder.DescendingOrder)
    elapsed = time.process_time() - started
    names = [proxy.index(r, gm.LAST).data() for r in range(proxy.rowCount())]
    assert len(names) == 2000 and all(
        proxy.index(r, 0).data(ObjectRole).category == "Presse" for r in range(0, 2000, 97)
    )
    assert names == sorted(names, key=str.casefold, reverse=True)
    # a guard against quadratic sorting (≈ 0.02 s CPU), not the benchmark (bench/bench_gui.py)
    assert elapsed < 0.5, f"sort took {elapsed:.3f} s CPU"
    proxy.sort(-1)
    assert proxy.index(0, gm.LAST).data() == "Nachname0"


def test_name_column_sorts_like_the_printed_lists() -> None:
    from ceremonykit.guests.collation import SORT_BY_PARTICLE, sorted_guests

    guests = [
        Guest(first_name="Jonas", last_name="von der Heide"),
        Guest(first_name="Özlem", last_name="Özdemir"),
        Guest(first_name="Anna", last_name="Oz"),
        Guest(first_name="Jürgen", last_name="Äppelbaum"),
        Guest(first_name="Paul", last_name="Abel"),
        Guest(first_name="Eva", last_name="de Vries"),
        Guest(first_name="", last_name="", organisation="Zoo Dortmund"),
        Guest(first_name="ben", last_name="heide"),
    ]
    for mode in ("name", SORT_BY_PARTICLE):
        model = gm.GuestTableModel(guests, sort_mode=lambda mode=mode: mode)
        model.sort(gm.LAST, Qt.SortOrder.AscendingOrder)
        shown = [model.object_at(r).id for r in range(model.rowCount())]
        assert shown == [g.id for g in sorted_guests(guests, mode)], mode


def test_rsvp_labels_are_the_ones_the_printed_lists_use() -> None:
    from ceremonykit.guests.manage import RSVP_LABELS

    assert set(gm._FOR_LUPDATE) == set(RSVP_LABELS.values())
    assert dict(gm.rsvp_labels()) == RSVP_LABELS  # German: untranslated source strings

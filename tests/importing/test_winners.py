"""Winner import: header search, synonyms, prizes, row report, re-import, one transaction."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from import_sheets import sheet_file

from ceremonykit.domain.model import Asset, Ceremony, Photo, PrizeKind, Winner
from ceremonykit.importing import ImportMappingError, RowStatus, commit, preview
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectFile

JURY = [
    ["Platzierung", "Preisträger", "Projekttitel", "Preisgeld (€)", "Ansprechpartner"],
    ["1. Platz", "VKII Ruhrbezirk e.V.", "Ankoppeln", 5000, "Müller, Anna"],
    ["2", "Nachbarschaft Nord", "Brücken bauen", "3.000 €", "Anna Schmidt und Ben Yılmaz"],
    ["Dritter Platz", "Kulturverein Süd", "Musik", 1999.99, "Dr. Eva von der Heide; Jan Kowalski"],
    ["Ehrenpreis", None, None, None, "Małgorzata Nowak, Luca D'Angelo"],
]


def _titled(path: Path, rows: list[list[object]]) -> Path:
    """A hand-made list: merged title, blank row, header in row 3, totals and notes below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Ergebnis"
    ws["A1"] = "Ehrenamtspreis 2026 – Ergebnis der Jury"
    ws.merge_cells("A1:E1")
    ws.append([])
    for row in rows:
        ws.append(row)
    ws.append([])
    ws.append(["Summe", None, None, "=SUM(D4:D6)", None])
    ws.append(["Stand: 1. Oktober 2026"])
    other = wb.create_sheet("Notizen", 0)  # a first sheet that is not the list
    other["A1"] = "Bitte bis Freitag prüfen"
    wb.save(path)
    return path


@pytest.fixture
def project(tmp_path: Path) -> ProjectFile:
    return ProjectFile.create(tmp_path / "p.ceremony", Ceremony(award_name="Ehrenamtspreis"))


def test_preview_finds_sheet_header_and_columns(tmp_path: Path) -> None:
    plan = preview(_titled(tmp_path / "jury.xlsx", JURY), "winners")
    assert plan.sheet == "Ergebnis"
    assert plan.mapping.header_row == 3
    assert {c.letter: c.field for c in plan.mapping.columns} == {
        "A": "place", "B": "organisation", "C": "project_title", "D": "amount", "E": "persons",
    }  # fmt: skip
    statuses = {r.row: r.status for r in plan.rows}
    assert statuses == {
        4: RowStatus.IMPORTED, 5: RowStatus.IMPORTED, 6: RowStatus.IMPORTED,
        7: RowStatus.IMPORTED, 8: RowStatus.SKIPPED, 9: RowStatus.SKIPPED, 10: RowStatus.SKIPPED,
    }  # fmt: skip
    texts = {r.row: r.text() for r in plan.rows}
    assert texts[9] == "Blatt „Ergebnis“, Zeile 9: übersprungen – Summenzeile"
    assert "Hinweiszeile" in texts[10]


def test_commit_writes_prizes_and_winners(tmp_path: Path, project: ProjectFile) -> None:
    ceremony = project.load()
    plan = preview(_titled(tmp_path / "jury.xlsx", JURY), "winners", ceremony=ceremony)
    result = commit(plan, project, ceremony)
    project.close()
    assert (result.imported, result.errors) == (4, 0)
    stored = read_ceremony(project.path)
    prizes = stored.ranked_prizes()
    assert [(p.kind, p.rank, p.amount) for p in prizes] == [
        (PrizeKind.RANKED, 1, Decimal("5000.00")),
        (PrizeKind.RANKED, 2, Decimal("3000.00")),
        (PrizeKind.RANKED, 3, Decimal("1999.99")),
        (PrizeKind.HONORARY, None, None),
    ]
    first = stored.winners_of(prizes[0])[0]
    assert first.organisation == "VKII Ruhrbezirk e.V."
    assert first.project_title == "Ankoppeln"
    assert [p.full_name for p in first.persons] == ["Anna Müller"]
    honorary = stored.winners_of(prizes[3])[0]
    assert honorary.display_name == "Małgorzata Nowak und Luca D'Angelo"
    third = stored.winners_of(prizes[2])[0]
    assert [p.full_name for p in third.persons] == ["Dr. Eva von der Heide", "Jan Kowalski"]
    assert stored.import_mappings["winners"]["Preisgeld (€)"] == "amount"
    assert stored.winners == ceremony.winners  # in-memory ceremony follows the file


def test_reimport_updates_and_keeps_staff_edits(tmp_path: Path, project: ProjectFile) -> None:
    ceremony = project.load()
    commit(
        preview(_titled(tmp_path / "a.xlsx", JURY), "winners", ceremony=ceremony), project, ceremony
    )
    winner = next(w for w in ceremony.winners if w.organisation == "Nachbarschaft Nord")
    winner.laudation = "Von Hand geschriebene Laudatio."
    asset = Asset(filename="foto.jpg", data=b"\xff\xd8")
    photo = Photo(asset_id=asset.id, winner_id=winner.id, caption="Bei der Arbeit")
    ceremony.photos.append(photo)
    project.put_many([winner, asset, photo])

    corrected = [row[:] for row in JURY]
    corrected[0].append("Laudatio")
    corrected[0].append("Bildnachweis")
    corrected[2] = ["2", "nachbarschaft  NORD", "Brücken bauen 2.0", "3.500 €", "Anna Schmidt", "Alter Text", "Stadt Dortmund / Lena Fotografin"]  # fmt: skip
    for row in corrected[1:]:
        row.extend([None] * (7 - len(row)))
    plan = preview(_titled(tmp_path / "b.xlsx", corrected), "winners", ceremony=ceremony)
    by_row = {r.row: r for r in plan.rows}
    assert by_row[5].status is RowStatus.UPDATED
    assert by_row[4].status is RowStatus.UNCHANGED
    assert any(
        "Laudatio in CeremonyKit schon vorhanden" in n.text and n.column == "F"
        for n in by_row[5].notes
    )
    commit(plan, project, ceremony)
    project.close()
    stored = read_ceremony(project.path)
    assert len(stored.winners) == 4
    again = next(w for w in stored.winners if w.id == winner.id)
    assert again.project_title == "Brücken bauen 2.0"
    assert again.laudation == "Von Hand geschriebene Laudatio."
    assert [p.full_name for p in again.persons] == ["Anna Schmidt"]
    prize = stored.prize(again.prize_id)
    assert prize is not None and prize.amount == Decimal("3500.00")
    [kept] = stored.photos
    assert (kept.id, kept.caption, kept.credit) == (
        photo.id,
        "Bei der Arbeit",
        "Stadt Dortmund / Lena Fotografin",
    )
    assert len(stored.prizes) == 4


def test_errors_name_row_and_column_and_good_rows_still_count(tmp_path: Path) -> None:
    rows = [
        JURY[0],
        ["1", "Verein A", "P", "5.000 €", None],
        ["x", "Verein B", "P", "abc", None],
        ["2", "Verein A", "P", "3000", None],
        [None, "Verein C", "P", "100", None],
        ["3", "#NV", "P", "#DIV/0!", None],
    ]
    path = tmp_path / "fehler.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    plan = preview(path, "winners")
    by_row = {r.row: r for r in plan.rows}
    assert by_row[2].status is RowStatus.IMPORTED
    assert by_row[3].status is RowStatus.ERROR
    assert {n.column for n in by_row[3].notes} == {"A", "D"}
    assert "doppelt: derselbe Preisträger wie in Zeile 2" in by_row[4].text()
    assert "Spalte A: Platz fehlt" in by_row[5].text()
    assert "Spalte B: Fehlerwert #NV in Zelle B6" in by_row[6].text()
    assert "Spalte D: Fehlerwert #DIV/0! in Zelle D6" in by_row[6].text()
    assert plan.has_errors
    assert len([c for c in plan.changes if getattr(c, "organisation", None)]) == 1


@pytest.mark.parametrize(
    ("headers", "fields"),
    [
        (["Rang", "Organisation", "Projektname", "Dotierung", "Vertreter"], None),
        (["PLATZ", "  verein ", "Projekt", "Betrag", "Personen"], None),
        (["Preis", "Institution", "Projekt", "Summe", "Ansprechpartnerin"], None),
        (["Place", "Name", "Project", "Amount", "Contact"], None),
        (["Platz", "Träger", "Projekt", "Preis in €", "Personen"], None),
    ],
)
def test_header_synonyms(tmp_path: Path, headers: list[str], fields: None) -> None:
    plan = preview(
        sheet_file(tmp_path, [headers, ["1", "Verein A", "Projekt X", "5000", "Anna Müller"]]),
        "winners",
    )
    assert [c.field for c in plan.mapping.columns] == [
        "place",
        "organisation",
        "project_title",
        "amount",
        "persons",
    ]
    assert plan.rows[0].status is RowStatus.IMPORTED


def test_explicit_and_remembered_mapping(tmp_path: Path, project: ProjectFile) -> None:
    path = sheet_file(
        tmp_path, [["Rang", "Wer", "Was", "Geld"], ["1", "Verein A", "Projekt X", "5000"]]
    )
    with pytest.raises(ImportMappingError, match="Preisträger"):
        preview(path, "winners")
    ceremony = project.load()
    plan = preview(
        path,
        "winners",
        mapping={"Wer": "organisation", "D": "Preisgeld", "Was": "projekt"},
        ceremony=ceremony,
    )
    assert plan.mapping.index_of("organisation") == 1
    assert plan.mapping.index_of("amount") == 3
    commit(plan, project, ceremony)
    again = preview(path, "winners", ceremony=ceremony)  # remembered in the project
    assert again.mapping.index_of("organisation") == 1
    assert again.rows[0].status is RowStatus.UNCHANGED
    with pytest.raises(ImportMappingError, match="Zuordnung „Wer=farbe“ nicht verstanden"):
        preview(path, "winners", mapping={"Wer": "farbe"})


def test_sheet_by_name_and_missing_sheet(tmp_path: Path) -> None:
    path = _titled(tmp_path / "jury.xlsx", JURY)
    assert preview(path, "winners", sheet=" ergebnis ").sheet == "Ergebnis"
    with pytest.raises(Exception, match=r"kein Tabellenblatt „Preise“.*„Notizen“, „Ergebnis“"):
        preview(path, "winners", sheet="Preise")
    with pytest.raises(ImportMappingError, match="Blatt „Notizen“: Keine Kopfzeile"):
        preview(path, "winners", sheet="Notizen")


def test_amount_conflict_within_one_place_is_reported(tmp_path: Path) -> None:
    plan = preview(
        sheet_file(
            tmp_path, [["Platz", "Verein", "Preisgeld"], ["1", "A", "2500"], ["1", "B", "3000"]]
        ),
        "winners",
    )
    assert plan.rows[1].status is RowStatus.IMPORTED
    assert "weicht von Zeile 2 ab" in plan.rows[1].text()


def test_applicants(tmp_path: Path, project: ProjectFile) -> None:
    rows = [
        ["Verein", "Projekt", "Ansprechpartner"],
        ["Verein A", "Lesepaten", "Anna Müller"],
        ["Verein B", "Sport", None],
        ["verein a", "Doppelt", None],
    ]
    ceremony = project.load()
    plan = preview(sheet_file(tmp_path, rows), "applicants", ceremony=ceremony)
    assert [r.status for r in plan.rows] == [
        RowStatus.IMPORTED,
        RowStatus.IMPORTED,
        RowStatus.ERROR,
    ]
    commit(plan, project, ceremony)
    project.close()
    stored = read_ceremony(project.path)
    assert [(a.organisation, a.project_title) for a in stored.applicants] == [
        ("Verein A", "Lesepaten"),
        ("Verein B", "Sport"),
    ]
    assert stored.applicants[0].persons[0].full_name == "Anna Müller"


def test_place_merged_over_two_rows_counts_for_both(tmp_path: Path) -> None:
    path = tmp_path / "geteilt.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["Platz", "Preisträger", "Preisgeld"],
        ["1", "Verein A", 2500],
        [None, "Verein B", 2500],
        ["2", "Verein C", 1000],
    ):
        ws.append(row)
    ws.merge_cells("A2:A3")
    wb.save(path)
    plan = preview(path, "winners")
    assert [r.status for r in plan.rows] == [RowStatus.IMPORTED] * 3
    winners = [c for c in plan.changes if isinstance(c, Winner) and c.organisation]
    assert winners[0].prize_id == winners[1].prize_id != winners[2].prize_id
    assert [w.position for w in winners[:2]] == [0, 1]

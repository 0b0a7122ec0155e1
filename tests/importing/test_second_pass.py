"""Issue 15, points 1–6: nothing lost silently, headers as people write them, errors are
errors, the right diagnosis, duplicates as a question, lost characters noticed.

Every test writes the workbook it reads (openpyxl, odfpy, raw zip members; LibreOffice where
the real client matters)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from import_sheets import patch_xlsx, write_ods, write_xlsx
from tests.office_convert import soffice_convert

from ceremonykit.domain.model import Ceremony, Photo, Prize, Winner
from ceremonykit.importing import ImportFileError, ImportMappingError, RowStatus, preview
from ceremonykit.importing import read_workbook as read
from ceremonykit.importing.report import DuplicateChoice
from ceremonykit.importing.values import LOST_CHARACTERS
from ceremonykit.project import read_ceremony
from conftest import run_cli

# ---------------------------------------------------------------- 1. nothing lost silently


def test_more_than_100000_rows_all_arrive(tmp_path: Path) -> None:
    """The old reader stopped at 100,000 rows without a word; every row arrives now."""
    path = tmp_path / "gross.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Gäste")
    ws.append(["Vorname", "Nachname"])
    for i in range(100_010):
        ws.append(["Anna", f"Müller {i}"])
    wb.save(path)
    plan = preview(path, "guests")
    assert plan.count(RowStatus.IMPORTED) == 100_010
    assert plan.rows[-1].row == 100_011 and plan.rows[-1].subject == "Anna Müller 100009"


def test_more_rows_than_excel_allows_is_refused_naming_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "riesig.csv"
    path.write_text("Name\n" + "x\n" * 1_048_576, encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read(path)
    assert "mehr als 1.048.576 Zeilen" in info.value.message
    assert "riesig.csv" in info.value.message


# ---------------------------------------------------------------- 2. headers as people write them


def _two_row_header_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Gästeliste Sommerfest"])
    ws.append(["Anrede", "Name", None, "E-Mail"])
    ws.append([None, "Vorname", "Nachname", None])
    ws.append(["Frau", "Anna", "Müller", "anna@example.org"])
    ws.append(["Herr", "Jürgen", "Weiß", "j@example.org"])
    ws.merge_cells("B2:C2")
    ws.merge_cells("A2:A3")
    ws.merge_cells("D2:D3")
    wb.save(path)
    return path


def _assert_two_row_header(path: Path) -> None:
    plan = preview(path, "guests")
    assert plan.mapping.header_rows_text == "2–3"
    assert [(c.letter, c.field) for c in plan.mapping.columns] == [
        ("A", "salutation"), ("B", "first_name"), ("C", "last_name"), ("D", "email"),
    ]  # fmt: skip
    assert [g.full_name for g in plan.changes] == ["Anna Müller", "Jürgen Weiß"]  # type: ignore[union-attr]
    assert plan.rows[0].row == 4  # no guest called "Vorname Nachname"


def test_two_row_header_with_merged_group_is_one_header(tmp_path: Path) -> None:
    _assert_two_row_header(_two_row_header_xlsx(tmp_path / "zweizeilig.xlsx"))


@pytest.mark.libreoffice
@pytest.mark.slow
def test_two_row_header_and_merged_place_from_ods_written_by_libreoffice(tmp_path: Path) -> None:
    """LibreOffice writes the merges as table spans: the .ods reads like the .xlsx."""
    guests = _two_row_header_xlsx(tmp_path / "gaeste.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [["Platz", "Preisträger"], ["1", "Verein A"], [None, "Verein B"], ["2", "C"]]:
        ws.append(row)
    ws.merge_cells("A2:A3")
    wb.save(tmp_path / "preise.xlsx")
    soffice_convert([guests, tmp_path / "preise.xlsx"], "ods", tmp_path / "out")
    _assert_two_row_header(tmp_path / "out" / "gaeste.ods")
    plan = preview(tmp_path / "out" / "preise.ods", "winners")
    assert [r.status for r in plan.rows] == [RowStatus.IMPORTED] * 3
    assert [r.values["Platz"] for r in plan.rows] == [
        "Erster Preis",
        "Erster Preis",
        "Zweiter Preis",
    ]


def test_vertically_merged_place_is_filled_in_ods_written_by_odfpy(tmp_path: Path) -> None:
    pytest.importorskip("odf.opendocument")
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Preise")
    for place, name in (("Platz", "Preisträger"), ("1. Platz", "Verein A"), (None, "Verein B")):
        tr = TableRow()
        if place == "1. Platz":
            cell = TableCell(valuetype="string", numberrowsspanned=2)
            cell.addElement(P(text=place))
            tr.addElement(cell)
        elif place is None:
            tr.addElement(CoveredTableCell())
        else:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=place))
            tr.addElement(cell)
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=name))
        tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    path = tmp_path / "preise.ods"
    doc.save(str(path))
    plan = preview(path, "winners")
    assert [(r.subject, r.values.get("Platz")) for r in plan.rows] == [
        ("Verein A", "Erster Preis"),
        ("Verein B", "Erster Preis"),
    ]


def test_header_row_chosen_by_hand(tmp_path: Path) -> None:
    """Unknown words in the header: --header-row names it, --map assigns by letter."""
    rows = [["Stand 1.12."], ["Wer", "Woher", "Post"], ["Anna Müller", "Dortmund", "a@x.de"]]
    path = write_xlsx(tmp_path / "liste.xlsx", rows)
    plan = preview(path, "guests", mapping={"A": "last_name", "C": "email"}, header_row=2)
    assert plan.mapping.header_row == 2
    assert [(g.full_name, g.email) for g in plan.changes] == [("Anna Müller", "a@x.de")]  # type: ignore[union-attr]
    with pytest.raises(ImportMappingError, match="Kopfzeile 9 gibt es nicht"):
        preview(path, "guests", mapping={"A": "last_name"}, header_row=9)


def test_single_map_below_a_title_block(tmp_path: Path) -> None:
    """One --map naming a header below a title block finds that header (two were needed)."""
    rows = [
        ["Gästeliste Neujahrsempfang 2027"],
        [None],
        ["Gast-Zuname", "Gast-Vorname", "Haus"],
        ["Müller", "Anna", "Rathaus"],
    ]
    path = write_xlsx(tmp_path / "titel.xlsx", rows)
    plan = preview(path, "guests", mapping={"Gast-Zuname": "last_name"})
    assert plan.mapping.header_row == 3
    assert [r.subject for r in plan.rows] == ["Müller"]


def test_duplicate_header_names_reported_and_letter_decides(tmp_path: Path) -> None:
    rows = [["id", "id", "id", "Vorname"], [1, "Müller", "x", "Anna"], [2, "Weiß", "y", "Jürgen"]]
    path = write_xlsx(tmp_path / "ids.xlsx", rows)
    with pytest.raises(ImportMappingError) as info:
        preview(path, "guests", mapping={"id": "last_name"})
    assert "„id“ steht in mehreren Spalten (A, B, C)" in info.value.message
    plan = preview(path, "guests", mapping={"B": "last_name"})
    assert [g.full_name for g in plan.changes] == ["Anna Müller", "Jürgen Weiß"]  # type: ignore[union-attr]
    assert any("„id“ steht in mehreren Spalten (A, B, C)" in n for n in plan.notes)


def test_cli_header_row_and_column_letter(tmp_path: Path) -> None:
    project = tmp_path / "p.ceremony"
    assert run_cli("new", str(project)).returncode == 0
    rows = [["Liste"], ["a", "b", "c"], ["Anna", "x", "Müller"]]
    sheet = write_xlsx(tmp_path / "l.xlsx", rows)
    args = ["--map", "A=first_name", "--map", "C=last_name", "--header-row", "2"]
    result = run_cli("import", str(project), "--guests", str(sheet), *args)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Kopfzeile 2" in result.stdout
    assert [g.full_name for g in read_ceremony(project).guests] == ["Anna Müller"]


# ---------------------------------------------------------------- 3. errors are errors


def _with_error_cell(path: Path, cell: str, code: str) -> None:
    """Turn the text cell ``cell`` into an Excel error value (as Excel stores #DIV/0!)."""
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml").decode()
    start = xml.index(f'<c r="{cell}"')
    end = xml.index("</c>", start) + 4
    patch_xlsx(
        path, "xl/worksheets/sheet1.xml", xml[start:end], f'<c r="{cell}" t="e"><v>{code}</v></c>'
    )


def test_error_value_in_winner_project_is_a_row_error(tmp_path: Path) -> None:
    rows = [["Platz", "Preisträger", "Projekt"], ["1", "Verein A", "x"], ["2", "Verein B", "y"]]
    path = write_xlsx(tmp_path / "preise.xlsx", rows)
    _with_error_cell(path, "C2", "#DIV/0!")
    plan = preview(path, "winners")
    first, second = plan.rows
    assert first.status is RowStatus.ERROR
    assert "Spalte C: Fehlerwert #DIV/0! in Zelle C2" in first.text()
    assert first.values == {"Platz": "Erster Preis"}  # what was read, shown with the error
    assert second.status is RowStatus.IMPORTED
    assert [p.rank for p in plan.changes if isinstance(p, Prize)] == [2]  # none for row 2


def test_error_value_in_guest_note_is_a_row_error(tmp_path: Path) -> None:
    rows = [["Vorname", "Nachname", "Bemerkung"], ["Anna", "Müller", "x"]]
    path = write_xlsx(tmp_path / "g.xlsx", rows)
    _with_error_cell(path, "C2", "#N/A")
    (row,) = preview(path, "guests").rows
    assert row.status is RowStatus.ERROR and "Fehlerwert #N/A in Zelle C2" in row.text()


def _strict(path: Path) -> Path:
    """The same workbook in strict OOXML (Excel's "Strict Open XML"): other namespaces."""
    with zipfile.ZipFile(path) as zf:
        items = {i.filename: zf.read(i.filename).decode() for i in zf.infolist()}
    swaps = {
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "http://purl.oclc.org/ooxml/spreadsheetml/main",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "http://purl.oclc.org/ooxml/officeDocument/relationships",
    }  # fmt: skip
    strict = path.with_name("strict.xlsx")
    with zipfile.ZipFile(strict, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in items.items():
            for old, new in swaps.items():
                text = text.replace(old, new)
            zf.writestr(name, text)
    return strict


def test_strict_ooxml_is_scanned_for_errors_and_hidden_rows(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [["Platz", "Preisträger", "Projekt"], ["1", "A", "x"], ["2", "B", "y"]]:
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    wb.save(tmp_path / "t.xlsx")
    _with_error_cell(tmp_path / "t.xlsx", "C2", "#REF!")
    strict = _strict(tmp_path / "t.xlsx")
    assert b"purl.oclc.org" in zipfile.ZipFile(strict).read("xl/workbook.xml")
    plan = preview(strict, "winners")
    assert plan.rows[0].status is RowStatus.ERROR and "#REF!" in plan.rows[0].text()
    assert plan.rows[1].hidden


# ---------------------------------------------------------------- 4. the right diagnosis

WINNERS = [["Platz", "Preisträger"], ["1. Platz", "Verein A"], ["2. Platz", "Verein B"]]


def _rezip(
    source: Path, target: Path, rename: dict[str, str] | None = None, **replace: str
) -> Path:
    """Copy an archive, renaming members (None drops one) and replacing text in content.xml."""
    with zipfile.ZipFile(source) as zf:
        items = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            new_name = (rename or {}).get(name, name)
            if new_name == "":
                continue
            if name == "content.xml":
                text = data.decode()
                for old, new in replace.items():
                    text = text.replace(old.replace("_", ":"), new.replace("_", ":"))
                data = text.encode()
            zf.writestr(new_name, data)
    return target


def _names(path: Path) -> list[str]:
    return [r.subject for r in preview(path, "winners").rows]


def test_ods_without_mimetype_is_read(tmp_path: Path) -> None:
    ods = write_ods(tmp_path / "a.ods", WINNERS)
    bare = _rezip(ods, tmp_path / "ohne.ods", {"mimetype": ""})
    assert _names(bare) == ["Verein A", "Verein B"]


def test_ods_with_other_namespace_prefixes_is_read(tmp_path: Path) -> None:
    """Writers other than LibreOffice (Excel among them) may choose other prefixes; the XML
    is the same, calamine finds nothing, the own reader finds the table."""
    ods = write_ods(tmp_path / "a.ods", WINNERS)
    other = _rezip(
        ods,
        tmp_path / "excel.ods",
        **{"xmlns_table=": "xmlns_tb=", "<table_": "<tb_", "</table_": "</tb_", " table_": " tb_"},
    )
    assert b"<tb:table-row" in zipfile.ZipFile(other).read("content.xml")
    assert _names(other) == ["Verein A", "Verein B"]


def test_zip_with_backslash_paths_is_read(tmp_path: Path) -> None:
    xlsx = write_xlsx(tmp_path / "a.xlsx", WINNERS)
    with zipfile.ZipFile(xlsx) as zf:
        names = zf.namelist()
    windows = _rezip(xlsx, tmp_path / "win.xlsx", {n: n.replace("/", "\\") for n in names})
    assert "xl\\workbook.xml" in zipfile.ZipFile(windows).namelist()
    assert _names(windows) == ["Verein A", "Verein B"]


def test_reader_output_never_reaches_the_user(tmp_path: Path) -> None:
    """A damaged .ods: calamine's English complaint goes to the log, the user reads German."""
    project = tmp_path / "p.ceremony"
    assert run_cli("new", str(project)).returncode == 0
    ods = write_ods(tmp_path / "a.ods", WINNERS)
    broken = _rezip(ods, tmp_path / "kaputt.ods", **{"</table_table>": "</table_tabel>"})
    result = run_cli("import", str(project), "--winners", str(broken))
    assert result.returncode == 1
    assert "„kaputt.ods“ ist beschädigt" in result.stderr
    assert "calamine" not in result.stderr and "WARNING" not in result.stderr
    assert "Traceback" not in result.stderr


def test_native_crash_output_goes_to_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A far cell behind a lying <dimension> makes calamine abort with "memory allocation of …
    failed" on stderr; the user sees the import (read again by openpyxl), the log the line."""
    project = tmp_path / "p.ceremony"
    monkeypatch.setenv("CEREMONYKIT_LOG_DIR", str(tmp_path / "log"))
    assert run_cli("new", str(project)).returncode == 0
    path = write_xlsx(tmp_path / "weit.xlsx", [["Vorname", "Nachname"], ["Anna", "Müller"]])
    patch_xlsx(
        path,
        "xl/worksheets/sheet1.xml",
        "</sheetData>",
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    )
    result = run_cli("import", str(project), "--guests", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr.strip() == ""
    assert "Anna Müller" in result.stdout
    logged = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "log").glob("*.log*"))
    assert "memory allocation of" in logged


# ---------------------------------------------------------------- 5. duplicates as a question

SAME_NAMES = [
    ["Vorname", "Nachname", "Institution", "E-Mail", "Funktion"],
    ["Anna", "Müller", "Stadt", "anna.mueller@stadt.de", "Amtsleiterin"],
    ["Anna", "Müller", "Stadt", "a.mueller@web.de", "Bürgerin"],
    ["Jürgen", "Weiß", "Verein", "jw@example.org", None],
    ["Jürgen", "Weiß", "Verein", "jw@example.org", None],
    ["Jutta", "Weiß", None, "jw@example.org", None],
]


def test_same_name_different_mail_is_two_guests(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "g.xlsx", SAME_NAMES)
    plan = preview(path, "guests")
    rows = {r.row: r for r in plan.rows}
    assert rows[3].status is RowStatus.IMPORTED and rows[3].duplicate is None
    assert "gleichnamig mit Zeile 2" in rows[3].text()
    annas = [g for g in plan.changes if g.first_name == "Anna"]  # type: ignore[union-attr]
    assert len(annas) == 2
    assert "gleichnamig" in annas[1].notes  # type: ignore[union-attr]
    # identical row and shared e-mail: suspected duplicates, kept (and said) by default
    assert rows[5].duplicate is not None and rows[5].duplicate.reason == "identische Zeile"
    assert rows[6].duplicate is not None and rows[6].duplicate.reason == "gleiche E-Mail-Adresse"
    assert rows[5].status is rows[6].status is RowStatus.IMPORTED
    assert plan.count(RowStatus.ERROR) == 0


def test_staff_decide_per_duplicate(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "g.xlsx", SAME_NAMES)
    plan = preview(path, "guests", duplicates={5: DuplicateChoice.SKIP, 6: DuplicateChoice.MERGE})
    rows = {r.row: r for r in plan.rows}
    assert rows[5].status is RowStatus.SKIPPED and "übersprungen" in rows[5].text()
    assert rows[6].status is RowStatus.UPDATED and rows[6].object_id == rows[4].object_id
    names = sorted(g.full_name for g in plan.changes)  # type: ignore[union-attr]
    assert names == ["Anna Müller", "Anna Müller", "Jutta Weiß"]  # merged: row 6 wins the name


def test_reimport_keeps_two_people_of_the_same_name_apart(tmp_path: Path) -> None:
    from ceremonykit.importing import commit
    from ceremonykit.store import ProjectFile

    rows = [["Vorname", "Nachname", "Funktion"], ["Anna", "Müller", "A"], ["Anna", "Müller", "B"]]
    path = write_xlsx(tmp_path / "g.xlsx", rows)
    project = ProjectFile.create(tmp_path / "p.ceremony", Ceremony())
    ceremony = project.load()
    commit(preview(path, "guests", ceremony=ceremony), project, ceremony)
    again = preview(path, "guests", ceremony=ceremony)
    assert [r.status for r in again.rows] == [RowStatus.UNCHANGED, RowStatus.UNCHANGED]
    project.close()


def test_cli_reports_duplicates_and_keeps_both(tmp_path: Path) -> None:
    project = tmp_path / "p.ceremony"
    assert run_cli("new", str(project)).returncode == 0
    sheet = write_xlsx(tmp_path / "g.xlsx", SAME_NAMES)
    result = run_cli("import", str(project), "--guests", str(sheet))
    assert result.returncode == 0, result.stdout
    assert "2 mögliche(s) Duplikat(e)" in result.stdout
    assert len(read_ceremony(project).guests) == 5
    skip = run_cli(
        "import", str(project), "--guests", str(sheet), "--duplicates", "überspringen", "--dry-run"
    )
    assert "doppelt (identische Zeile wie Zeile 4) – übersprungen" in skip.stdout


# ---------------------------------------------------------------- 6. lost characters noticed


def test_question_marks_from_a_lossy_csv_are_flagged_per_row(tmp_path: Path) -> None:
    """Excel saved the list as Windows-1252: "ł", "ľ", "ễ" and "ş" became "?"."""
    names = [("Małgorzata", "Nowak"), ("Ľubomír", "Kováč"), ("Nguyễn", "Thị"), ("Ayşe", "Yılmaz")]
    text = "Vorname;Nachname\n" + "".join(f"{a};{b}\n" for a, b in names) + "Anna;Müller\n"
    path = tmp_path / "gaeste.csv"
    path.write_bytes(text.encode("cp1252", errors="replace"))
    assert b"Ma?gorzata" in path.read_bytes()
    plan = preview(path, "guests")
    errors = [r for r in plan.rows if r.status is RowStatus.ERROR]
    assert [r.row for r in errors] == [2, 3, 4, 5]
    assert f"Spalte A: „Ma?gorzata“: {LOST_CHARACTERS}" in errors[0].text()
    assert plan.rows[-1].status is RowStatus.IMPORTED


def test_replacement_character_in_a_winner_name_is_flagged(tmp_path: Path) -> None:
    rows = [["Platz", "Preisträger"], ["1", "Verein \ufffdst e.V."], ["2", "Was geht?! e.V."]]
    plan = preview(write_xlsx(tmp_path / "w.xlsx", rows), "winners")
    assert plan.rows[0].status is RowStatus.ERROR and LOST_CHARACTERS in plan.rows[0].text()
    assert plan.rows[1].status is RowStatus.IMPORTED  # a "?" at a word's end is punctuation


# ---------------------------------------------------------------- 7. (import side) credits wait


def test_credit_waits_on_the_winner_until_a_photo_exists(tmp_path: Path) -> None:
    rows = [["Preisträger", "Bildnachweis"], ["Verein A", "Stadt Dortmund / Foto Schmidt"]]
    plan = preview(write_xlsx(tmp_path / "w.xlsx", rows), "winners")
    (winner,) = plan.changes
    assert isinstance(winner, Winner) and winner.photo_credit == "Stadt Dortmund / Foto Schmidt"
    assert "Bildnachweis vorgemerkt" in plan.rows[0].text()
    # with a photo without credit, the credit goes to the photo
    ceremony = Ceremony(winners=[winner], photos=[Photo(winner_id=winner.id)])
    plan = preview(write_xlsx(tmp_path / "w2.xlsx", rows), "winners", ceremony=ceremony)
    photos = [c for c in plan.changes if isinstance(c, Photo)]
    assert [p.credit for p in photos] == ["Stadt Dortmund / Foto Schmidt"]


def test_row_report_is_kept_beside_the_project(tmp_path: Path) -> None:
    """What the CLI and the wizard save after an import, read back for the Import menu."""
    from ceremonykit.importing.report_file import load_report, report_path

    project = tmp_path / "p.ceremony"
    assert run_cli("new", str(project)).returncode == 0
    rows = [["Vorname", "Nachname", "Zusage"], ["@Anna", "Müller", "ja"], [None, None, "x"]]
    sheet = write_xlsx(tmp_path / "g.xlsx", rows)
    result = run_cli("import", str(project), "--guests", str(sheet))
    assert "Zeilenbericht: „p – Importbericht.csv“" in result.stdout
    raw = report_path(project).read_text(encoding="utf-8-sig")
    assert "'@Anna Müller" in raw  # a formula-like name stays text in Excel
    source, reports = load_report(project)
    assert source == "g.xlsx"
    assert [(r.row, r.status, r.subject) for r in reports] == [
        (2, RowStatus.IMPORTED, "@Anna Müller"),
        (3, RowStatus.SKIPPED, ""),
    ]
    assert reports[0].values == {"Zusage": "zugesagt"}


def test_lost_characters_in_applicant_persons_are_flagged(tmp_path: Path) -> None:
    rows = [
        ["Organisation", "Personen"],
        ["Verein A", "Ma?gorzata Nowak"],
        ["Verein B", "Jan Berg"],
    ]
    plan = preview(write_xlsx(tmp_path / "b.xlsx", rows), "applicants")
    assert [r.status for r in plan.rows] == [RowStatus.ERROR, RowStatus.IMPORTED]
    assert LOST_CHARACTERS in plan.rows[0].text()


@pytest.mark.parametrize(
    ("header", "name", "expected"),
    [
        (["Vorname", "Nachname", "E-Mail", "Zusage"], "Tabelle1", "guests"),
        (["Name", "Institution", "Tisch"], "Tabelle1", "guests"),
        (["Platz", "Preisträger", "Preisgeld"], "Tabelle1", "winners"),
        (["Organisation", "Projekt"], "Bewerbungen 2026", "applicants"),
        (["Organisation", "Projekt"], "Jury", "winners"),
        (["Spalte 1", "Spalte 2"], "Tabelle1", None),
    ],
)
def test_target_is_detected_from_the_headers(
    header: list[str], name: str, expected: str | None
) -> None:
    """What the wizard preselects; the choice stays open there."""
    from ceremonykit.importing.cells import Sheet
    from ceremonykit.importing.proposal import detect_target

    sheet = Sheet(name=name, rows=[["Liste"], list(header), ["x"] * len(header)])
    found = detect_target(sheet)
    assert (found.value if found else None) == expected


def test_proposed_mapping_lists_every_column_even_without_header(tmp_path: Path) -> None:
    from ceremonykit.importing.fields import Target
    from ceremonykit.importing.proposal import propose_mapping

    path = write_xlsx(tmp_path / "n.xlsx", [["Anna Müller", "a@x.de", None, "3"]])
    info = read(path)
    mapping = propose_mapping(info, Target.GUESTS, info.sheet_names[0], header_row=0)
    assert mapping.header_row == 0
    assert [c.letter for c in mapping.columns] == ["A", "B", "C", "D"]  # no header: all of them

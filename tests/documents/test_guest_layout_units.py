"""Small building blocks of the guest documents: clean text, label layouts, table order (safe
spreadsheet cells: test_guest_xlsx_cells.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceremonykit.documents.docx_tools import clean_text
from ceremonykit.documents.guestdocs.labels import BUNDLED_LAYOUTS, load_layout
from ceremonykit.documents.guestdocs.pdftext import clean, fit_lines, wrap
from ceremonykit.documents.guestdocs.tablepdf import TableRow
from ceremonykit.documents.kinds.checkin_list import letters_label
from ceremonykit.documents.kinds.seating_plan import table_key
from ceremonykit.errors import UserError


def test_clean_matches_docx_tools() -> None:
    sample = "".join(chr(i) for i in range(0, 300)) + "\ufffe\uffff€"
    assert clean(sample) == clean_text(sample)


@pytest.mark.parametrize("name", BUNDLED_LAYOUTS)
def test_bundled_layouts_fit_on_a4(name: str) -> None:
    sheet = load_layout(name)
    # plain paper is cut along marks; a pre-cut label product (Avery …) needs none
    assert sheet.page_width == 210 and (sheet.cut_marks or name.startswith("avery"))
    x, y = sheet.origin(sheet.per_sheet - 1)
    assert x + sheet.label_width <= 210 and y >= 0


def test_user_layout_and_errors(tmp_path: Path) -> None:
    (tmp_path / "badges").mkdir()
    (tmp_path / "badges" / "eigen.json").write_text(
        '{"columns": 3, "rows": 8, "label_width_mm": 63.5, "label_height_mm": 33.9,'
        ' "margin_left_mm": 7.2, "margin_top_mm": 12.9, "gap_x_mm": 2.5, "cut_marks": false}',
        encoding="utf-8",
    )
    sheet = load_layout("eigen", tmp_path)
    assert sheet.per_sheet == 24 and not sheet.cut_marks
    (tmp_path / "badges" / "kaputt.json").write_text(
        '{"columns": 9, "rows": 1, "label_width_mm": 90, "label_height_mm": 50, "margin_left_mm": 0, "margin_top_mm": 0}',
        encoding="utf-8",
    )
    with pytest.raises(UserError, match="passen nicht"):
        load_layout("kaputt", tmp_path)
    (tmp_path / "badges" / "leer.json").write_text("{", encoding="utf-8")
    with pytest.raises(UserError, match="fehlerhaft"):
        load_layout("leer", tmp_path)
    with pytest.raises(UserError, match="gibt es nicht"):
        load_layout("fehlt", tmp_path)


def test_wrap_breaks_after_hyphen() -> None:
    lines = wrap("Schmidt-Rüdesheimer von Hohenstein", "Sans-Bold", 14, 150)
    assert lines[0].endswith("-") or " " in lines[0]
    assert "".join(lines).replace(" ", "") == "Schmidt-RüdesheimervonHohenstein"


def test_fit_uses_fallback_font_for_uncovered_letters() -> None:
    fit = fit_lines("Þórður ☃", bold=False, max_size=12, min_size=8, max_width=300, max_lines=1)
    assert fit.font in ("Sans", "Fallback")


def test_letters_label_and_table_order() -> None:
    rows = [
        TableRow(heading="A"),
        TableRow(cells=["x"], letter="A"),
        TableRow(cells=["y"], letter="D"),
    ]
    assert letters_label(rows) == "A–D"
    assert letters_label(rows[:2]) == "A"
    assert sorted(["10", "2", "Ehrentisch", "", "1"], key=table_key) == [
        "1",
        "2",
        "10",
        "Ehrentisch",
        "",
    ]

"""ODS cells whose value sits in an attribute: ``office:string-value`` is read, a number
attribute that is no number is a problem of that one cell (row and column named), not of the
whole file."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ceremonykit.importing import CellError, RowStatus, preview, read_workbook

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Gäste">'
)
_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"


def _text(value: str) -> str:
    return (
        f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    )


def _row(*cells: str) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def _ods(path: Path, rows: list[str], *, mimetype: bool) -> Path:
    """An .ods as small export scripts write it (``mimetype`` optional, so both readers run)."""
    with zipfile.ZipFile(path, "w") as zf:
        if mimetype:
            zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", _HEAD + "".join(rows) + _TAIL)
    return path


HEADER = _row(_text("Nachname"), _text("Vorname"), _text("E-Mail"), _text("Begleitpersonen"))
INA = _row(
    _text("Lange"),
    _text("Ina"),
    _text("ina@example.org"),
    '<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>',
)


def test_string_value_attribute_is_the_cell_text(tmp_path: Path) -> None:
    olaf = _row(
        '<table:table-cell office:value-type="string" office:string-value="Krause"/>',
        _text("Olaf"),
        _text("olaf@example.org"),
    )
    for mimetype in (False, True):
        path = _ods(tmp_path / f"g{mimetype}.ods", [HEADER, olaf, INA], mimetype=mimetype)
        assert read_workbook(path).sheets[0].rows[1][:3] == ["Krause", "Olaf", "olaf@example.org"]
        plan = preview(path, "guests")
        names = [(g.first_name, g.last_name) for g in plan.changes]  # type: ignore[attr-defined]
        assert names == [("Olaf", "Krause"), ("Ina", "Lange")]


def test_a_bad_number_attribute_is_a_cell_error_naming_row_and_column(tmp_path: Path) -> None:
    olaf = _row(
        _text("Krause"),
        _text("Olaf"),
        _text("olaf@example.org"),
        '<table:table-cell office:value-type="float" office:value="abc"><text:p>1</text:p>'
        "</table:table-cell>",
    )
    path = _ods(tmp_path / "g.ods", [HEADER, olaf, INA], mimetype=False)
    assert read_workbook(path).sheets[0].rows[1][3] == CellError("„abc“ (keine gültige Zahl)")
    plan = preview(path, "guests")
    by_row = {r.row: r for r in plan.rows}
    assert by_row[2].status is RowStatus.ERROR
    assert by_row[2].sheet == "Gäste"
    assert "Spalte D" in by_row[2].text() and "Zelle D2" in by_row[2].text()
    assert "„abc“" in by_row[2].text()
    assert by_row[3].status is RowStatus.IMPORTED  # the rest of the file is read

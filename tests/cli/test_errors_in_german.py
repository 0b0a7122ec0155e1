"""Cases that once ended in "Unerwarteter Fehler": each now has a German message and exit 1
(data or file) or 2 (bad call), never a traceback."""

from __future__ import annotations

import gzip
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.project import read_ceremony
from ceremonykit.store import ProjectFile
from conftest import REPO, cli_env, run_cli

LONG_NAME = "ä" * 140  # 280 bytes in UTF-8: more than any file system allows for one name


def _no_traceback(result: subprocess.CompletedProcess[str], code: int) -> str:
    text = result.stdout + result.stderr
    assert result.returncode == code, text
    assert "Traceback" not in text and "Unerwarteter Fehler" not in text
    return text


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "Preis.ceremony"
    ProjectFile.create(path, demo_ceremony()).close()
    return path


def test_amount_over_26_digits_is_a_row_error_not_an_abort(project: Path, tmp_path: Path) -> None:
    table = tmp_path / "jury.csv"
    table.write_text(
        "Organisation;Projekt;Platz;Preisgeld\n"
        "Verein Riesig;Projekt A;1;123456789012345678901234567890\n"
        "Verein Normal;Projekt B;2;500\n",
        encoding="utf-8",
    )
    result = run_cli("import", str(project), "--winners", str(table))
    text = _no_traceback(result, 1)
    assert "Zeile 2: Fehler (Verein Riesig)" in text and "ist zu groß" in text
    names = {w.organisation for w in read_ceremony(project).winners}
    assert "Verein Normal" in names and "Verein Riesig" not in names


def test_empty_table_path_is_a_bad_call(project: Path) -> None:
    text = _no_traceback(run_cli("import", str(project), "--guests", ""), 2)
    assert "Der Pfad ist leer" in text


@pytest.mark.parametrize(
    "args",
    [
        ["show", f"{LONG_NAME}.ceremony"],
        ["check", f"{LONG_NAME}/x.ceremony"],
        ["new", f"{LONG_NAME}.ceremony"],
        ["import", "{project}", "--guests", f"{LONG_NAME}.csv"],
        ["build", "{project}", "--out", f"{LONG_NAME}/out"],
        ["export-person", "{project}", "Sonnenberg", "--out", f"{LONG_NAME}.json"],
    ],
)
def test_names_over_255_bytes_are_a_bad_call(project: Path, args: list[str]) -> None:
    result = run_cli(*[a.replace("{project}", str(project)) for a in args])
    text = _no_traceback(result, 2)
    assert "ist zu lang (" in text and "Byte, höchstens 255 je Datei- oder Ordnername" in text


def test_path_too_long_as_a_whole_is_a_file_error(tmp_path: Path) -> None:
    deep = str(tmp_path) + "/ordner" * 700 + "/x.ceremony"  # every name short, 4,900 bytes
    text = _no_traceback(run_cli("show", deep), 1)
    assert "Der Pfad ist zu lang" in text


def test_damaged_file_whose_check_report_is_not_utf8(tmp_path: Path) -> None:
    """A bit-flipped file where SQLite's quick_check quotes bytes that are not UTF-8."""
    path = tmp_path / "Kaputt.ceremony"
    path.write_bytes(
        gzip.decompress((REPO / "tests/data/unicode-damaged.ceremony.gz").read_bytes())
    )
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for command in ("show", "check", "purge"):
        text = _no_traceback(run_cli(command, str(path)), 1)
        assert "„Kaputt.ceremony“ ist beschädigt" in text
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """``ceremonykit show … --json | head -1``: no traceback, no "Exception ignored"."""
    path = tmp_path / "Gross.ceremony"
    guests = [Guest(last_name=f"Gast {i}", notes="x" * 100) for i in range(3000)]
    ProjectFile.create(path, Ceremony(award_name="Preis", guests=guests)).close()
    child = subprocess.Popen(
        [sys.executable, "-m", "ceremonykit", "show", str(path), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(),
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.readline().strip() == b"{"
    child.stdout.close()  # what "head -1" does after its line
    errors = child.stderr.read().decode()
    assert child.wait(timeout=60) == 1
    assert errors == ""


def test_headline_over_255_characters_keeps_the_docx(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.release_headline = "Ehrenamt verbindet: " + "Nachbarschaft hilft " * 20
    ceremony.award_name = "Ehrenamtspreis der Stadt " + "für besonderes Engagement " * 10
    report = build_ceremony(
        ceremony, tmp_path, only=["press_release", "certificate", "guest_list", "greeting_list"]
    )
    assert report.failed == []
    files = [tmp_path / f.path for f in report.files if f.format == "docx"]
    kinds = {f.kind for f in report.files if f.format == "docx"}
    assert kinds == {"press_release", "certificate", "guest_list", "greeting_list"}
    for path in files:
        title = Document(str(path)).core_properties.title
        assert len(title) <= 255
    release = next(tmp_path / f.path for f in report.files if f.kind == "press_release")
    doc = Document(str(release))
    assert doc.core_properties.title.endswith("…")
    text = "\n".join(p.text for p in doc.paragraphs)
    assert ceremony.release_headline.strip() in text  # the document keeps the whole headline


def test_dry_run_reads_without_the_write_lock(project: Path, tmp_path: Path) -> None:
    table = tmp_path / "gaeste.csv"
    table.write_text("Vorname;Nachname\nAnna;Probe\n", encoding="utf-8")
    with ProjectFile.open(project):  # someone edits the file right now
        dry = run_cli("import", str(project), "--guests", str(table), "--dry-run")
        assert "Probelauf" in _no_traceback(dry, 0)
        real = run_cli("import", str(project), "--guests", str(table))
        assert "bearbeitet" in _no_traceback(real, 1)
    assert not any(g.last_name == "Probe" for g in read_ceremony(project).guests)

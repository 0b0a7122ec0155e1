"""``ceremonykit --selftest``: proves an installed or frozen copy is complete (for IT).

Checks that every bundled file is found through :mod:`ceremonykit.resources`, every font loads,
the data files of the libraries are present, every registered document kind builds the demo,
a project file can be written and read back, and the Qt libraries load (offscreen). Prints a
German summary; exit code 0 when everything passed, 1 otherwise. A windowed build has no
console, so the summary is also written to ``selftest.txt`` next to the log file.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from ceremonykit import __version__
from ceremonykit.logs import log_file
from ceremonykit.resources import resources_dir, templates_dir

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
REPORT_NAME = "selftest.txt"


class CheckFailed(Exception):
    """A check found a problem; the message (German) names what is missing."""


@dataclass(frozen=True)
class Result:
    title: str
    ok: bool
    detail: str


def _files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith((".", "__")))


def check_fonts() -> str:
    """Every bundled font loads with reportlab and has a licence file beside it."""
    from reportlab.pdfbase.ttfonts import TTFont

    from ceremonykit.documents.pdf.fonts import register_fonts
    from ceremonykit.resources import resource_path

    fonts_dir = resource_path("fonts")
    fonts = sorted(p for p in fonts_dir.glob("*") if p.suffix.lower() in {".ttf", ".otf"})
    if not fonts:
        raise CheckFailed(f"keine Schriftdateien in {fonts_dir}")
    licences = [p.name for p in fonts_dir.glob("LICENSE*")]
    for font in fonts:
        TTFont(font.stem, str(font))
        if not any(font.name.startswith(lic.split("-", 1)[-1].split(".")[0]) for lic in licences):
            raise CheckFailed(f"Lizenzdatei zur Schrift {font.name} fehlt")
    register_fonts()
    return f"{len(fonts)} Schriften geladen, {len(licences)} Lizenzdateien"


def check_templates() -> str:
    """Every bundled template is found via ``template_path`` and is readable in its format."""
    from ceremonykit.resources import template_path

    root = templates_dir()
    files = _files_under(root)
    for file in files:
        relative = file.relative_to(root).as_posix()
        found = template_path(relative)
        data = found.read_bytes()
        if found.suffix == ".json":
            json.loads(data.decode("utf-8"))
        elif found.suffix in {".docx", ".xlsx", ".odt"} and not zipfile.is_zipfile(found):
            raise CheckFailed(f"Vorlage {relative} ist beschädigt")
    return f"{len(files)} Vorlagen gefunden" if files else "keine Vorlagen gebündelt"


def check_resources() -> str:
    """Every file under resources/ is found via ``resource_path``; .qm files are real Qt files."""
    from ceremonykit.resources import resource_path

    root = resources_dir()
    files = _files_under(root)
    translations = [f for f in files if f.suffix == ".qm"]
    for file in files:
        if not resource_path(file.relative_to(root).as_posix()).is_file():
            raise CheckFailed(f"Ressource {file.name} nicht auffindbar")
    for qm in translations:
        if not qm.read_bytes().startswith(QM_MAGIC):
            raise CheckFailed(f"Übersetzungsdatei {qm.name} ist keine Qt-Übersetzung")
    return f"{len(files)} Dateien, davon {len(translations)} Übersetzungen (.qm)"


def check_libraries() -> str:
    """Data files the libraries load at run time (locale data, ICC profile, default templates)."""
    import babel.dates
    import babel.numbers
    import docx
    import jinja2
    import openpyxl
    import pikepdf
    import xlsxwriter
    from num2words import num2words
    from reportlab.pdfbase.pdfmetrics import getFont

    if babel.numbers.format_decimal(1234.5, locale="de_DE") != "1.234,5":
        raise CheckFailed("Babel: deutsche Zahlenformate fehlen")
    if "November" not in babel.dates.format_date(date(2025, 11, 10), "long", locale="de_DE"):
        raise CheckFailed("Babel: deutsche Monatsnamen fehlen")
    if num2words(21, lang="de") != "einundzwanzig":
        raise CheckFailed("num2words: deutsche Zahlwörter fehlen")
    section = docx.Document().sections[0]  # reads docx/templates/default.docx
    section.header.is_linked_to_previous = False  # reads default-header.xml via docx/parts/..
    section.footer.is_linked_to_previous = False
    openpyxl.Workbook()  # the importer reads with openpyxl, the guest lists are written with:
    book = xlsxwriter.Workbook(io.BytesIO(), {"in_memory": True})
    book.add_worksheet().write_string(0, 0, "Test")
    book.close()
    getFont("Helvetica").stringWidth("Test", 10)  # reportlab's bundled font metrics
    jinja2.Environment(autoescape=True).from_string("{{ x }}").render(x=1)
    icc = Path(pikepdf.__file__).parent / "pdfa" / "data" / "sRGB.icc"
    if not icc.is_file():
        raise CheckFailed(f"pikepdf: ICC-Profil fehlt ({icc})")
    check_rl_accel()
    return (
        "Babel (de), num2words, python-docx, openpyxl, XlsxWriter, reportlab (+ _rl_accel), "
        "Jinja2, pikepdf"
    )


def check_rl_accel() -> None:
    """reportlab's C speed-ups are bundled: without them reportlab silently falls back to Python
    (guest documents for 5,000 guests get slower), so only this check notices."""
    import importlib

    from reportlab.lib import rl_accel

    try:
        importlib.import_module("_rl_accel")  # the C extension of the rl_accel distribution
    except ImportError:
        raise CheckFailed("reportlab: C-Beschleunigung _rl_accel fehlt") from None
    if type(rl_accel.fp_str).__name__ != "builtin_function_or_method":
        raise CheckFailed("reportlab: _rl_accel wird nicht benutzt (Python-Ersatz aktiv)")


def check_project_file(work: Path) -> str:
    """A project file can be created, reopened and read back completely."""
    from ceremonykit.demo import demo_ceremony
    from ceremonykit.project import read_ceremony
    from ceremonykit.store import ProjectFile

    demo = demo_ceremony()
    path = work / "Selbsttest.ceremony"
    ProjectFile.create(path, demo).close()
    loaded = read_ceremony(path)
    if (len(loaded.prizes), len(loaded.guests)) != (len(demo.prizes), len(demo.guests)):
        raise CheckFailed("Projektdatei: gelesene Daten weichen von den geschriebenen ab")
    return f"angelegt und gelesen ({len(loaded.prizes)} Preise, {len(loaded.guests)} Gäste)"


def check_documents(work: Path) -> str:
    """Every registered document kind builds the demo without failures."""
    from ceremonykit.build import build_ceremony
    from ceremonykit.demo import demo_ceremony
    from ceremonykit.documents.registry import all_kinds

    kinds = all_kinds()
    if not kinds:
        return "keine Dokumentarten registriert – nichts zu erzeugen"
    out = work / "ausgabe"
    ceremony = demo_ceremony()
    for guest in ceremony.guests[:5]:  # as after the door opened: the attendance list needs them
        guest.arrived_at = datetime(2026, 12, 4, 17, 45)
    report = build_ceremony(ceremony, out)
    problems = [f"{p.kind}: {p.reason}" for p in report.failed]
    missing = [f.path for f in report.files if not (out / f.path).is_file()]
    empty = [
        f.path
        for f in report.files
        if (out / f.path).is_file() and not (out / f.path).stat().st_size
    ]
    problems += [f"Datei fehlt: {p}" for p in missing] + [f"Datei leer: {p}" for p in empty]
    without_output = [k.label for k in kinds if not any(f.kind == k.name for f in report.files)]
    problems += [f"{label}: keine Datei erzeugt" for label in without_output]
    if problems:
        raise CheckFailed("; ".join(problems))
    counts = ", ".join(f"{k.label} {sum(f.kind == k.name for f in report.files)}" for k in kinds)
    return f"{len(kinds)} Dokumentarten, {len(report.files)} Dateien ({counts})"


def check_qt(work: Path) -> str:
    """The Qt libraries and the application's windows load (see ``gui.selftest_qt``)."""
    from ceremonykit.gui.selftest_qt import check_qt as check_gui

    return check_gui(work)


CHECKS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("Ressourcen und Übersetzungen", lambda _w: check_resources()),
    ("Schriften", lambda _w: check_fonts()),
    ("Vorlagen", lambda _w: check_templates()),
    ("Bibliotheken und ihre Daten", lambda _w: check_libraries()),
    ("Projektdatei", check_project_file),
    ("Dokumente der Demo-Verleihung", check_documents),
    ("Oberfläche (Qt)", check_qt),
)


def run_checks() -> list[Result]:
    """Run every check in a fresh temporary folder; one failing check does not stop the rest."""
    results = []
    with tempfile.TemporaryDirectory(prefix="ceremonykit-selbsttest-") as tmp:
        for title, check in CHECKS:
            try:
                results.append(Result(title, True, check(Path(tmp))))
            except CheckFailed as exc:
                results.append(Result(title, False, str(exc)))
            except Exception as exc:  # report, never crash: this runs on IT's machines
                tb = traceback.extract_tb(exc.__traceback__)[-1]
                where = f"{Path(tb.filename).name}:{tb.lineno}"
                results.append(Result(title, False, f"{type(exc).__name__}: {exc} ({where})"))
    return results


def format_report(results: list[Result]) -> str:
    failed = [r for r in results if not r.ok]
    lines = [f"CeremonyKit {__version__} – Selbsttest ({_installation()})", ""]
    lines += [f"[{'OK' if r.ok else 'FEHLER'}] {r.title}: {r.detail}" for r in results]
    lines.append("")
    if failed:
        lines.append(f"Ergebnis: {len(failed)} von {len(results)} Prüfungen fehlgeschlagen.")
        lines.append("Bitte die Installation wiederholen oder die IT-Betreuung informieren.")
    else:
        lines.append(f"Ergebnis: alle {len(results)} Prüfungen bestanden.")
    return "\n".join(lines) + "\n"


def _installation() -> str:
    if getattr(sys, "frozen", False):
        return f"installiert in {Path(sys.executable).parent}"
    return f"Python-Paket in {Path(__file__).parent}"


def _emit(text: str, stream: TextIO | None) -> None:
    if stream is not None:
        try:
            stream.write(text)
            stream.flush()
        except UnicodeEncodeError:
            stream.write(text.encode("ascii", "replace").decode("ascii"))
    try:
        target = log_file().with_name(REPORT_NAME)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError:
        pass  # the console output is the primary report


def run_selftest(stream: TextIO | None = None) -> int:
    """Run all checks, print the summary (stdout, and ``selftest.txt``); 0 if all passed."""
    results = run_checks()
    _emit(format_report(results), stream if stream is not None else sys.stdout)
    return 0 if all(r.ok for r in results) else 1

"""Benchmark: import a 10,000-row guest list (.xlsx) into a fresh project, then a
300,000-row × 3-column list (issue 15: no row limit any more).

Prints the time of read + preview + commit (targets: ≤ 1 s for 10,000 rows; ≤ 15 s and
≤ 1 GB peak memory for 300,000 rows) and compares the reading step (python-calamine in the
sandbox child, process start included) with openpyxl in read-only mode on the same file
(target: at least 2× faster).

Wall-clock figures depend on machine load, so every phase also shows its CPU time (the read
phase: parent + reading child). Heavy imports live inside the functions: the spawned child
runs this script's top level again (as ``__mp_main__``), like it would not for
``python -m ceremonykit`` – the real entry point.
Run: python bench/bench_import.py [ROWS [BIG_ROWS]]   (BIG_ROWS 0 skips the big list)
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

# this checkout's code, not the copy installed in the environment (the spawned reader inherits it)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

HEADER = ["Anrede", "Titel", "Vorname", "Nachname", "Funktion", "Institution", "E-Mail",
          "Kategorie", "Zusage", "Begleitung", "Tisch", "Rang", "Bemerkung"]  # fmt: skip
FIRST = ["Anna", "Jürgen", "Małgorzata", "Ömer", "Zoë", "Luca", "Nguyễn", "Ľubomír"]
LAST = ["Müller", "Weiß", "Nowak", "Yılmaz", "D'Angelo", "von der Heide", "Schmidt", "Kovač"]


def make_guest_list(path: Path, rows: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Gäste")
    ws.append(HEADER)
    for i in range(rows):
        ws.append([
            "Frau" if i % 2 else "Herr", "Dr." if i % 7 == 0 else None,
            FIRST[i % len(FIRST)], f"{LAST[i % len(LAST)]} {i}", "Vorstand",
            f"Verein {i % 300}", f"gast{i}@example.org", "Gast",
            ("ja", "nein", "offen", "x")[i % 4], "+1" if i % 5 == 0 else None,
            i % 40 + 1, None, "vegetarisch" if i % 9 == 0 else None,
        ])  # fmt: skip
    wb.save(path)


def make_big_list(path: Path, rows: int) -> None:
    """Three columns, as a long export from a registration system looks."""
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Anmeldungen")
    ws.append(["Vorname", "Nachname", "E-Mail"])
    for i in range(rows):
        ws.append([FIRST[i % len(FIRST)], f"{LAST[i % len(LAST)]} {i}", f"g{i}@example.org"])
    wb.save(path)


def _peak_mb() -> tuple[float, float]:
    """Peak resident memory (MB) of this process and of the largest finished child (Linux)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def read_with_openpyxl(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return count


def _cpu() -> float:
    """CPU seconds of this process plus its finished children (the reading child)."""
    own = time.process_time()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + kids.ru_utime + kids.ru_stime


def timed_import(sheet: Path, project_path: Path) -> tuple[list[tuple[float, float]], int]:
    """read + preview + commit of ``sheet`` into a new project: (wall, CPU) marks, rows."""
    from ceremonykit.domain.model import Ceremony
    from ceremonykit.importing import RowStatus, commit, preview, read_workbook
    from ceremonykit.store import ProjectFile

    project = ProjectFile.create(project_path, Ceremony(award_name="Benchmark"))
    ceremony = project.load()
    marks = [(time.perf_counter(), _cpu())]
    info = read_workbook(sheet)
    marks.append((time.perf_counter(), _cpu()))
    plan = preview(info, "guests", ceremony=ceremony)
    marks.append((time.perf_counter(), _cpu()))
    commit(plan, project, ceremony)
    marks.append((time.perf_counter(), _cpu()))
    project.close()
    return marks, plan.count(RowStatus.IMPORTED)


def print_phases(marks: list[tuple[float, float]], target: str) -> None:
    labels = ["lesen (Kindprozess, calamine)", "Vorschau (Zuordnung, Prüfung)",
              "speichern (eine Transaktion)"]  # fmt: skip
    print(f"  {'Phase':32s} {'Wand':>8s} {'CPU':>8s}")
    for label, (w0, c0), (w1, c1) in zip(labels, marks, marks[1:], strict=False):
        print(f"  {label:32s} {w1 - w0:6.3f} s {c1 - c0:6.3f} s")
    total_wall = marks[-1][0] - marks[0][0]
    total_cpu = marks[-1][1] - marks[0][1]
    print(f"  {'gesamt':32s} {total_wall:6.3f} s {total_cpu:6.3f} s  (Ziel {target})")


def big(rows: int) -> None:
    """The 300,000-row list in a fresh interpreter state: peak memory is this import's own."""
    with tempfile.TemporaryDirectory() as tmp:
        sheet = Path(tmp) / "anmeldungen.xlsx"
        make_big_list(sheet, rows)
        before, _ = _peak_mb()
        marks, imported = timed_import(sheet, Path(tmp) / "gross.ceremony")
        assert imported == rows, imported
        own, child = _peak_mb()
        print(f"Große Liste: {rows} Zeilen × 3 Spalten, {sheet.stat().st_size / 1024:.0f} KB")
        print_phases(marks, "≤ 15 s")
        print(f"  Spitzenspeicher: Hauptprozess {own:.0f} MB (vor dem Import {before:.0f} MB), "
              f"Lese-Kindprozess {child:.0f} MB  (Ziel ≤ 1024 MB)")  # fmt: skip


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    big_rows = int(sys.argv[2]) if len(sys.argv) > 2 else 300_000
    small(rows)
    if big_rows:
        import subprocess

        # its own process: the peak memory figure must not include the small run
        subprocess.run([sys.executable, __file__, "--big", str(big_rows)], check=True)


def small(rows: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = folder / "gaeste.xlsx"
        make_guest_list(sheet, rows)
        marks, imported = timed_import(sheet, folder / "bench.ceremony")
        assert imported == rows, imported

        start = time.perf_counter()
        counted = read_with_openpyxl(sheet)
        t_openpyxl = time.perf_counter() - start
        assert counted == rows + 1

        print(f"Gästeliste: {rows} Zeilen, {sheet.stat().st_size / 1024:.0f} KB")
        print_phases(marks, "≤ 1 s")
        t_read = marks[1][0] - marks[0][0]
        print(f"openpyxl read-only, nur lesen:     {t_openpyxl:6.3f} s")
        print(f"Verhältnis openpyxl / unser Lesen: {t_openpyxl / t_read:6.2f}×  (Ziel ≥ 2×)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--big"]:
        big(int(sys.argv[2]))
    else:
        main()

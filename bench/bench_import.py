"""Benchmark: import a 10,000-row guest list (.xlsx) into a fresh project.

Prints the time of read + preview + commit (target ≤ 1 s) and compares the reading step
(python-calamine in the sandbox child, process start included) with openpyxl in read-only
mode on the same file (target: at least 2× faster).

Wall-clock figures depend on machine load, so every phase also shows its CPU time (the read
phase: parent + reading child). Heavy imports live inside the functions: the spawned child
runs this script's top level again (as ``__mp_main__``), like it would not for
``python -m ceremonykit`` – the real entry point.
Run: python bench/bench_import.py [ROWS]
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


def main() -> None:
    from ceremonykit.domain.model import Ceremony
    from ceremonykit.importing import commit, preview, read_workbook
    from ceremonykit.store import ProjectFile

    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = folder / "gaeste.xlsx"
        make_guest_list(sheet, rows)
        project = ProjectFile.create(folder / "bench.ceremony", Ceremony(award_name="Benchmark"))
        ceremony = project.load()

        marks = [(time.perf_counter(), _cpu())]
        info = read_workbook(sheet)
        marks.append((time.perf_counter(), _cpu()))
        plan = preview(info, "guests", ceremony=ceremony)
        marks.append((time.perf_counter(), _cpu()))
        result = commit(plan, project, ceremony)
        marks.append((time.perf_counter(), _cpu()))
        project.close()
        assert result.imported == rows, plan.summary()

        start = time.perf_counter()
        counted = read_with_openpyxl(sheet)
        t_openpyxl = time.perf_counter() - start
        assert counted == rows + 1

        labels = ["lesen (Kindprozess, calamine)", "Vorschau (Zuordnung, Prüfung)",
                  "speichern (eine Transaktion)"]  # fmt: skip
        print(f"Gästeliste: {rows} Zeilen, {sheet.stat().st_size / 1024:.0f} KB")
        print(f"  {'Phase':32s} {'Wand':>8s} {'CPU':>8s}")
        for label, (w0, c0), (w1, c1) in zip(labels, marks, marks[1:], strict=False):
            print(f"  {label:32s} {w1 - w0:6.3f} s {c1 - c0:6.3f} s")
        total_wall = marks[-1][0] - marks[0][0]
        total_cpu = marks[-1][1] - marks[0][1]
        print(f"  {'gesamt':32s} {total_wall:6.3f} s {total_cpu:6.3f} s  (Ziel ≤ 1 s)")
        t_read = marks[1][0] - marks[0][0]
        print(f"openpyxl read-only, nur lesen:     {t_openpyxl:6.3f} s")
        print(f"Verhältnis openpyxl / unser Lesen: {t_openpyxl / t_read:6.2f}×  (Ziel ≥ 2×)")


if __name__ == "__main__":
    main()

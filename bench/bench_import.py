"""Benchmark: import a 10,000-row guest list (.xlsx) into a fresh project.

Prints the time of read + preview + commit (target ≤ 1 s) and compares the reading step
(python-calamine in the sandbox child, process start included) with openpyxl in read-only
mode on the same file (target: at least 2× faster).

Wall-clock figures depend on machine load; the parent's CPU time is printed as well.
Run: python bench/bench_import.py [ROWS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from ceremonykit.domain.model import Ceremony
from ceremonykit.importing import commit, preview, read_workbook
from ceremonykit.store import ProjectFile

HEADER = ["Anrede", "Titel", "Vorname", "Nachname", "Funktion", "Institution", "E-Mail",
          "Kategorie", "Zusage", "Begleitung", "Tisch", "Rang", "Bemerkung"]  # fmt: skip
FIRST = ["Anna", "Jürgen", "Małgorzata", "Ömer", "Zoë", "Luca", "Nguyễn", "Ľubomír"]
LAST = ["Müller", "Weiß", "Nowak", "Yılmaz", "D'Angelo", "von der Heide", "Schmidt", "Kovač"]


def make_guest_list(path: Path, rows: int) -> None:
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
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return count


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = folder / "gaeste.xlsx"
        make_guest_list(sheet, rows)
        project = ProjectFile.create(folder / "bench.ceremony", Ceremony(award_name="Benchmark"))

        start = time.perf_counter()
        cpu_start = time.process_time()
        info = read_workbook(sheet)
        t_read = time.perf_counter() - start
        plan = preview(info, "guests", ceremony=(ceremony := project.load()))
        t_preview = time.perf_counter() - start - t_read
        result = commit(plan, project, ceremony)
        t_total = time.perf_counter() - start
        t_commit = t_total - t_read - t_preview
        cpu_parent = time.process_time() - cpu_start
        project.close()
        assert result.imported == rows, plan.summary()

        start = time.perf_counter()
        counted = read_with_openpyxl(sheet)
        t_openpyxl = time.perf_counter() - start
        assert counted == rows + 1

        print(f"Gästeliste: {rows} Zeilen, {sheet.stat().st_size / 1024:.0f} KB")
        print(f"  lesen (Kindprozess, calamine): {t_read:6.3f} s")
        print(f"  Vorschau (Zuordnung, Prüfung):  {t_preview:6.3f} s")
        print(f"  speichern (eine Transaktion):   {t_commit:6.3f} s")
        print(f"  gesamt:                          {t_total:6.3f} s  (Ziel ≤ 1 s)")
        print(f"  CPU-Zeit im Hauptprozess:        {cpu_parent:6.3f} s  (ohne Kindprozess)")
        print(f"openpyxl read-only, nur lesen:     {t_openpyxl:6.3f} s")
        print(f"Verhältnis openpyxl / unser Lesen: {t_openpyxl / t_read:6.2f}×  (Ziel ≥ 2×)")


if __name__ == "__main__":
    main()

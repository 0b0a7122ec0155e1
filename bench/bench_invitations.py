"""Benchmark: 150 invitations as one print PDF + 150 Word letters + 150 e-mail drafts.

Target: ≤ 3 s for all three (issue 20). Font registration happens once per process and is
timed separately (it is shared with every other PDF kind). Issue 19: first the CPU of the
invitation kind on the demo (43 letters, 47 drafts; warm, in one process, see ``kind_cpu.py``),
with ``--src DIR`` also of another checkout for a before/after.
Run:  /work/main/.venv/bin/python bench/bench_invitations.py [count] [--src DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildOptions
from ceremonykit.documents.pdf.fonts import register_fonts
from ceremonykit.documents.registry import all_kinds
from ceremonykit.domain.model import Ceremony
from kind_cpu import baseline_argument, print_kind_cpu

TARGET_S = 3.0


def ceremony_with(count: int) -> Ceremony:
    """The demo with ``count`` invited guests, every one with postal and e-mail address."""
    ceremony = demo_ceremony()
    base = [g for g in ceremony.guests if g.has_address]
    guests = []
    for n in range(count):
        g = base[n % len(base)]
        guests.append(
            dataclasses.replace(
                g,
                id=f"b{n:04d}",
                last_name=f"{g.last_name}{'' if n < len(base) else n}",
                email=f"gast{n:04d}@example.org",
            )
        )
    ceremony.guests = guests
    ceremony.host.last_name = "Gastgeberin-nicht-in-der-Liste"
    return ceremony


def main() -> None:
    parser = argparse.ArgumentParser(description="Einladungen: CPU je Art und 150 Gäste")
    parser.add_argument("count", type=int, nargs="?", default=150)
    baseline_argument(parser)
    args = parser.parse_args()
    print_kind_cpu(["invitation"], args.src)
    count = args.count
    ceremony = ceremony_with(count)
    start = time.perf_counter()
    all_kinds()
    register_fonts()
    setup = time.perf_counter() - start
    out = Path(tempfile.mkdtemp(prefix="bench-invitations-"))
    try:
        options = BuildOptions(formats={"invitation": ("pdf", "docx", "eml")})
        start = time.perf_counter()
        report = build_ceremony(ceremony, out, options=options, only=("invitation",))
        took = time.perf_counter() - start
        assert not report.failed, report.failed
        by_format: dict[str, int] = {}
        for f in report.files:
            by_format[f.format] = by_format.get(f.format, 0) + 1
        print(f"Einladungen für {count} Gäste: {by_format}")
        print(f"  Schriften laden (einmal je Programmstart): {setup:.2f} s")
        print(f"  Druck-PDF + {count} DOCX + {count} .eml: {took:.2f} s (Ziel ≤ {TARGET_S:.0f} s)")
        print("  OK" if took <= TARGET_S else "  ZU LANGSAM")
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()

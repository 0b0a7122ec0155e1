"""Benchmark: build the three press kinds for the demo ceremony (target ≤ 0.5 s).

Run: python bench/bench_press.py   (prints the figures; no assertions)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.press.release import release_content

KINDS = ["press_release", "newsroom_article", "photo_package"]
TARGET = 0.5
RUNS = 7


def main() -> None:
    t0 = time.perf_counter()
    import ceremonykit.documents.kinds.newsroom_article
    import ceremonykit.documents.kinds.photo_package
    import ceremonykit.documents.kinds.press_release  # noqa: F401
    from ceremonykit.documents.pdf.fonts import register_fonts

    imported = time.perf_counter() - t0
    t0 = time.perf_counter()
    register_fonts()
    fonts = time.perf_counter() - t0
    ceremony = demo_ceremony()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        build_ceremony(ceremony, Path(tmp) / "cold", only=KINDS)
        cold = time.perf_counter() - start
        per_kind: dict[str, list[float]] = {k: [] for k in KINDS}
        totals = []
        for run in range(RUNS):
            t0 = time.perf_counter()
            for kind in KINDS:
                k0 = time.perf_counter()
                report = build_ceremony(ceremony, Path(tmp) / f"run{run}", only=[kind])
                per_kind[kind].append(time.perf_counter() - k0)
                assert not report.failed, report.failed
            totals.append(time.perf_counter() - t0)
    print(f"press materials for the demo ({', '.join(KINDS)})")
    print(f"  once per process: imports {imported:.3f} s, font registration {fonts:.3f} s")
    print(f"  first build (templates compiled, styles prepared): {cold:.3f} s")
    for kind, values in per_kind.items():
        print(f"  {kind:18s} median {statistics.median(values):.3f} s")
    median = statistics.median(totals)
    print(f"  all three          median {median:.3f} s, max {max(totals):.3f} s over {RUNS} runs")
    print(f"  release length: {release_content(ceremony).characters} characters")
    print(f"  target ≤ {TARGET} s: {'OK' if median <= TARGET else 'TOO SLOW'}")


if __name__ == "__main__":
    main()

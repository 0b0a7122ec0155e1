"""Benchmark: the tagged PDF/UA-1 Medieninformation (Typst), after the first build in a process.

Target: ≤ 0.2 s per release PDF once the compiler has loaded its fonts. Prints the first
build, the median and maximum of later builds (text from the template + PDF written), and
the PDF alone. Run: python bench/bench_release_pdf.py   (prints the figures; no assertions)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.press.release import release_content
from ceremonykit.documents.press.release_pdf import write_release_pdf

TARGET = 0.2
RUNS = 15


def main() -> None:
    ceremony = demo_ceremony()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "Medieninformation.pdf"
        t0 = time.perf_counter()
        write_release_pdf(release_content(ceremony), target)
        first = time.perf_counter() - t0
        whole, pdf_only = [], []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            content = release_content(ceremony)
            t1 = time.perf_counter()
            write_release_pdf(content, target)
            t2 = time.perf_counter()
            whole.append(t2 - t0)
            pdf_only.append(t2 - t1)
        size = target.stat().st_size
    median = statistics.median(whole)
    print("Medieninformation as tagged PDF/UA-1 (Typst), demo ceremony, 2 pages")
    print(f"  first build in the process (fonts indexed): {first:.3f} s")
    print(
        f"  later builds: median {median:.3f} s, max {max(whole):.3f} s over {RUNS} runs "
        f"(PDF alone median {statistics.median(pdf_only):.3f} s); file {size / 1024:.0f} KiB"
    )
    print(
        f"  target ≤ {TARGET} s after the first build: {'OK' if median <= TARGET else 'TOO SLOW'}"
    )


if __name__ == "__main__":
    main()

"""Benchmark of the cheque kind: print PDF and PNG times, peak memory of a huge PNG.

Targets (issue 6): PDF of one 900 × 450 mm cheque ≤ 0.2 s; its PNG at 150 dpi ≤ 1 s; peak
memory while rendering 1200 × 600 mm at 300 dpi ≤ 500 MB (measured in a fresh child process
as the growth of its maximum resident set size, plus tracemalloc for Python allocations).

Issue 19: first the CPU of the whole cheque kind on the demo (3 print PDFs, warm, in one
process; see ``kind_cpu.py``), with ``--src DIR`` also of another checkout for a before/after.

Run: python bench/bench_cheques.py [--src DIR]   (prints wall and CPU times: the CPU time is the
figure to trust on a busy machine).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ceremonykit.demo import demo_ceremony  # noqa: E402
from ceremonykit.documents.cheques.content import cheque_content  # noqa: E402
from ceremonykit.documents.cheques.design import load_design  # noqa: E402
from ceremonykit.documents.cheques.layout import build_layout  # noqa: E402
from ceremonykit.documents.cheques.pdf_draw import cheque_pdf  # noqa: E402
from ceremonykit.documents.cheques.png_render import render_png  # noqa: E402
from ceremonykit.documents.cheques.sizes import ChequeFormat  # noqa: E402
from ceremonykit.domain.model import Ceremony  # noqa: E402
from kind_cpu import baseline_argument, print_kind_cpu  # noqa: E402

RUNS = 5


@cache
def _demo() -> Ceremony:
    return demo_ceremony()


def make_pdf(fmt: ChequeFormat, design_name: str = "classic") -> bytes:
    """Everything the kind does for one cheque's PDF: content, layout, drawing."""
    ceremony = _demo()
    winner, prize = ceremony.winners[0], ceremony.prizes[0]
    assert prize.amount is not None
    design = load_design(design_name)
    content = cheque_content(
        ceremony, winner, prize, prize.amount, number=1, amount_cents=design.amount_cents
    )
    layout = build_layout(design, content, fmt.width_mm, fmt.height_mm)
    return cheque_pdf(layout, fmt, title="Bench", author="Bench", subject="Bench")


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def report(name: str, action: Callable[[], object], limit: float) -> None:
    first = timed(action)
    runs = [timed(action) for _ in range(RUNS)]
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] for r in runs)
    verdict = "ok" if min(wall, cpu) <= limit else "TOO SLOW"
    print(
        f"{name:<38} first {first[0]:.3f} s | median wall {wall:.3f} s, CPU {cpu:.3f} s"
        f" (limit {limit} s) {verdict}"
    )


BIG = ChequeFormat(1200, 600, bleed_mm=10, png_dpi=300)


def child_memory(pdf_path: Path) -> None:
    """Run in a fresh child process: render the 1200 × 600 mm PDF at 300 dpi, print memory
    figures (the child only loads the PDF, so its memory is the renderer's)."""
    import resource
    import tracemalloc

    fmt = BIG
    pdf = pdf_path.read_bytes()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    current = _proc_status_kib("VmRSS") or before
    tracemalloc.start()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "big.png"
        wall = time.perf_counter()
        size = render_png(pdf, fmt, target)
        wall = time.perf_counter() - wall
        file_size = target.stat().st_size
    traced = tracemalloc.get_traced_memory()[1]
    # ru_maxrss survives exec on Linux (it may show the parent's peak); VmHWM is this
    # process's own high-water mark, so prefer it where /proc exists
    after = _proc_status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    print(
        json.dumps(
            {
                "pixels": size,
                "seconds": wall,
                "png_mb": file_size / 1e6,
                "maxrss_before_mb": before * scale / 1e6,
                "rss_before_mb": current * (1024 if _proc_status_kib("VmRSS") else scale) / 1e6,
                "maxrss_after_mb": after * (1024 if _proc_status_kib("VmHWM") else scale) / 1e6,
                "python_peak_mb": traced / 1e6,
            }
        )
    )


def _proc_status_kib(field: str) -> int:
    status = Path("/proc/self/status")
    if not status.exists():
        return 0
    for line in status.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description="Schecks: CPU je Art, PDF- und PNG-Zeiten")
    baseline_argument(parser)
    print_kind_cpu(["cheque"], parser.parse_args().src)
    fmt = ChequeFormat(900, 450, bleed_mm=3, png_dpi=150)
    make_pdf(ChequeFormat(100, 50))  # demo data, font loading and imports are not timed
    report("PDF 900×450 mm (classic)", lambda: make_pdf(fmt), 0.2)
    report("PDF 900×450 mm (bold)", lambda: make_pdf(fmt, "bold"), 0.2)
    pdf = make_pdf(fmt)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "cheque.png"
        report("PNG 900×450 mm at 150 dpi (5315×2657)", lambda: render_png(pdf, fmt, target), 1.0)
    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / "big.pdf"
        pdf_path.write_bytes(make_pdf(BIG))
        child = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(pdf_path)],
            capture_output=True,
            text=True,
            check=True,
        )
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    peak = figures["maxrss_after_mb"]
    growth = peak - figures["rss_before_mb"]
    verdict = "ok" if peak <= 500 else "TOO MUCH"
    print(
        f"PNG 1200×600 mm at 300 dpi ({figures['pixels'][0]}×{figures['pixels'][1]}): "
        f"{figures['seconds']:.2f} s, file {figures['png_mb']:.1f} MB; peak RSS of the whole "
        f"process {peak:.0f} MB (RSS {figures['rss_before_mb']:.0f} MB before rendering, so "
        f"rendering adds {growth:.0f} MB; Python allocations "
        f"peak {figures['python_peak_mb']:.0f} MB) (limit 500 MB) {verdict}"
    )


if __name__ == "__main__":
    if "--memory-child" in sys.argv:
        child_memory(Path(sys.argv[-1]))
    else:
        main()

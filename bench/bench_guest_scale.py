"""Benchmark: the guest documents at 1,000 / 10,000 / 50,000 / 100,000 guests – CPU time, the
growth exponent between 10k and 100k, and the peak memory of each kind.

Run: ``python bench/bench_guest_scale.py [--src DIR] [--repeat N] [COUNTS…]``. Each kind is built
in a fresh process (so the peak resident memory is that kind's own, including the 100,000 guests
in memory); the CPU time is that of the build alone (``process_time``), the minimum of N runs.
Targets (issue 19): exponent ≤ 1.05 between 10k and 100k, ≤ 500 MB peak for every kind.
``--src`` measures another checkout (e.g. ``main``) for a before/after table in the same run.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_guests import KINDS  # noqa: E402 - the same kinds as the 5,000-guest benchmark

EXPONENT_TARGET = 1.05
PEAK_TARGET_MB = 500

CHILD = """
import resource, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
from bench_guests import make_ceremony
from ceremonykit.build import build_ceremony
ceremony = make_ceremony(int(sys.argv[3]))
with tempfile.TemporaryDirectory() as tmp:
    start = time.process_time()
    report = build_ceremony(ceremony, Path(tmp), only=[sys.argv[4]])
    cpu = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"RESULT {cpu} {peak} {len(report.failed)}")
"""


def measure(src: Path, count: int, kind: str, repeat: int) -> tuple[float, float, int]:
    best = (math.inf, 0.0, 0)
    for _ in range(repeat):
        env = dict(os.environ, PYTHONPATH=str(src), CEREMONYKIT_BUILD_WORKERS="0")
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(HERE), str(src), str(count), kind],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        cpu, peak, failed = done.stdout.rsplit("RESULT ", 1)[1].split()
        if float(cpu) < best[0]:
            best = (float(cpu), float(peak), int(failed))
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", type=Path, default=HERE.parent / "src")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("counts", nargs="*", type=int, default=[1000, 10000, 50000, 100000])
    args = parser.parse_args()
    kinds = args.kinds.split(",")
    print(f"Code: {args.src}; CPU-Sekunden des Builds (bestes von {args.repeat}), Spitze in MB")
    print(f"{'Art':<14}" + "".join(f"{n:>17,}" for n in args.counts) + "   Exponent 10k→100k")
    ok = True
    totals = dict.fromkeys(args.counts, 0.0)
    for kind in kinds:
        cells, cpus = [], {}
        for count in args.counts:
            cpu, peak, failed = measure(args.src, count, kind, args.repeat)
            cpus[count] = cpu
            totals[count] += cpu
            ok &= peak <= PEAK_TARGET_MB and not failed
            cells.append(f"{cpu:7.2f} s {peak:5.0f} MB" + ("!" if failed else ""))
        line = f"{kind:<14}" + "".join(f"{c:>17}" for c in cells)
        if 10000 in cpus and 100000 in cpus and cpus[10000] > 0:
            exponent = math.log(cpus[100000] / cpus[10000]) / math.log(10)
            line += f"   {exponent:.2f}"
        print(line, flush=True)
    line = f"{'Summe':<14}" + "".join(f"{totals[n]:7.2f} s{'':>9}" for n in args.counts)
    if totals.get(10000) and totals.get(100000):
        exponent = math.log(totals[100000] / totals[10000]) / math.log(10)
        good = exponent <= EXPONENT_TARGET
        ok &= good
        line += f"   {exponent:.2f} (Ziel ≤ {EXPONENT_TARGET}: {'erfüllt' if good else 'VERFEHLT'})"
    print(line)
    print(f"Spitze je Art: Ziel ≤ {PEAK_TARGET_MB} MB ({'erfüllt' if ok else 'siehe Tabelle'})")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

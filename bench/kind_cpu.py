"""CPU time of building one document kind of the demo, warm, in one process (issue 19).

What a kind itself costs once imports, fonts and first-use caches are paid: the child process
builds the kind twice untimed, then REPEAT times timed with ``time.process_time()``. Used by
``bench_cheques.py`` and ``bench_invitations.py``; with ``--src DIR`` they measure another
checkout too (e.g. ``git archive main | tar -x -C /tmp/main`` and ``--src /tmp/main/src``),
so before and after come from the same sitting on the same (shared, noisy) machine.

Run on its own: ``python bench/kind_cpu.py KIND… [--src DIR] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

CHILD = """
import sys, tempfile, time
from pathlib import Path
from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
kind, repeat = sys.argv[1], int(sys.argv[2])
ceremony = demo_ceremony()
with tempfile.TemporaryDirectory() as tmp:
    def once():
        report = build_ceremony(ceremony, Path(tmp) / "out", only=(kind,))
        assert not report.failed, report.failed
        return len(report.files)
    once(), once()
    times = []
    for _ in range(repeat):
        start = time.process_time()
        files = once()
        times.append(time.process_time() - start)
print(files, *times)
"""


def kind_cpu(kind: str, src: Path = SRC, repeat: int = 7) -> tuple[float, float, int]:
    """(minimum, median) CPU seconds of a warm build of ``kind`` and the files it writes."""
    env = dict(os.environ, PYTHONPATH=str(src), CEREMONYKIT_BUILD_WORKERS="0")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(repeat)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    files, *times = done.stdout.split()
    cpu = [float(t) for t in times]
    return min(cpu), statistics.median(cpu), int(files)


def print_kind_cpu(kinds: Sequence[str], baseline: Path | None, repeat: int = 7) -> None:
    """One line per kind: CPU now and, with ``baseline``, CPU of that checkout and the ratio."""
    print(f"CPU je Art, warm im Prozess (Demo, bestes/Median von {repeat} Läufen):")
    for kind in kinds:
        now, now_median, files = kind_cpu(kind, SRC, repeat)
        line = f"  {kind:<14} {files:3d} Dateien  {now:.3f} s ({now_median:.3f} s)"
        if baseline is not None:
            before, before_median, _ = kind_cpu(kind, baseline, repeat)
            line += (
                f"  | Vergleich {before:.3f} s ({before_median:.3f} s)"
                f" → {now / before:.2f}× ({(before - now) * 1000:+.0f} ms gespart)"
            )
        print(line)


def baseline_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--src",
        type=Path,
        default=None,
        help="src-Ordner eines anderen Stands (z. B. main) für den Vorher-Nachher-Vergleich",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kinds", nargs="+")
    parser.add_argument("--repeat", type=int, default=7)
    baseline_argument(parser)
    args = parser.parse_args()
    print_kind_cpu(args.kinds, args.src, args.repeat)


if __name__ == "__main__":
    main()

"""Benchmark: full demo exports as the window makes them – one after another in one process,
with the worker process started fresh for every export (``spawn``, as before) against the
worker the window keeps (``keep_worker``), and kept *and* prepared in the background at
start-up (what ``gui/app.py`` does).

Run: ``python bench/bench_window_export.py [EXPORTS]``. Each variant runs in its own process
with PySide6 loaded (so the worker is spawned, as in the window); prints the seconds of each
export and the median of the repeated ones.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, tempfile, time
from pathlib import Path

def main():
    import PySide6.QtCore  # noqa: F401 - as in the window: the worker is spawned, not forked
    from ceremonykit.build import build_ceremony
    from ceremonykit.build.resident import prepare_resident_worker, stop_resident_worker
    from ceremonykit.demo import demo_ceremony
    variant, exports = sys.argv[1], int(sys.argv[2])
    ceremony = demo_ceremony()
    if variant == "vorbereitet":
        prepare_resident_worker()
        time.sleep(3)  # the window does this seconds before anyone exports
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(exports):
            start = time.perf_counter()
            build_ceremony(ceremony, Path(tmp) / str(number), keep_worker=variant != "neu")
            times.append(time.perf_counter() - start)
    stop_resident_worker()
    print("RESULT", " ".join(f"{t:.3f}" for t in times))

if __name__ == "__main__":
    main()
"""

LABELS = {
    "neu": "Arbeitsprozess je Export neu (bisher)",
    "behalten": "Arbeitsprozess behalten",
    "vorbereitet": "behalten und beim Start vorbereitet",
}


def main() -> int:
    exports = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen")
    env.pop("CEREMONYKIT_BUILD_WORKERS", None)
    print(f"{exports} Exporte der Demo nacheinander in einem Prozess (Sekunden je Export)")
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "child.py"
        script.write_text(CHILD, encoding="utf-8")
        for variant, label in LABELS.items():
            done = subprocess.run(
                [sys.executable, str(script), variant, str(exports)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            times = [float(t) for t in done.stdout.rsplit("RESULT", 1)[1].split()]
            rest = statistics.median(times[1:]) if len(times) > 1 else times[0]
            print(
                f"  {label:<38} erster {times[0]:.3f} s, danach Median {rest:.3f} s "
                f"({' '.join(f'{t:.2f}' for t in times)})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

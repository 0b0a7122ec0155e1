"""Benchmark: opening a project with 10,000 / 50,000 / 100,000 guests in the GUI.

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_gui_open.py [--src DIR] [COUNTS…]``. For
each size a fresh process opens the project and shows the guest page, and prints: how long
``open_path`` held the GUI thread (the window is usable again after that), the longest stall
of the event loop while the file is read and then while the guest page is built (a 10 ms timer
measures them), and the time until the guest page shows the guests. ``--src`` measures another checkout (before/after table).
Target (issue 19): the window usable at once – large projects are read off the GUI thread.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

MAKE = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import RSVP, Guest
from ceremonykit.store import ProjectFile
ceremony = demo_ceremony()
ceremony.guests = [
    Guest(first_name=f"Vorname {i}", last_name=f"Nachname {i}", organisation=f"Verein {i % 300}",
          function="Mitglied", category="Gast", rsvp=RSVP.ACCEPTED if i % 3 else RSVP.OPEN,
          email=f"gast{i}@example.org")
    for i in range(int(sys.argv[3]))
]
ProjectFile.create(Path(sys.argv[2]), ceremony).close()
"""

CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from ceremonykit.gui.app import create_app
from ceremonykit.gui.main_window import MainWindow
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, sys.argv[3])
app = create_app()
window = MainWindow()
window.show()
app.processEvents()
gaps = [0.0]
last = [time.perf_counter()]
def tick():
    now = time.perf_counter()
    gaps.append(now - last[0])
    last[0] = now
timer = QTimer()
timer.timeout.connect(tick)
timer.start(10)
start = time.perf_counter()
last[0] = start
window.open_path(Path(sys.argv[2]))
held = time.perf_counter() - start
while window.session is None:
    app.processEvents()
    time.sleep(0.001)
tick()
reading = max(gaps)  # the longest stall while the file was read (and the session made)
gaps[:] = [0.0]
window.show_page("guests")
app.processEvents()
done = time.perf_counter() - start
tick()
print(f"RESULT {held} {reading} {max(gaps)} {done}")
window.close()
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", type=Path, default=HERE.parent / "src")
    parser.add_argument("counts", nargs="*", type=int, default=[10000, 50000, 100000])
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(args.src))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"Code: {args.src}")
    print(
        f"{'Gäste':>8} {'open_path blockiert':>20} {'Stillstand beim Lesen':>22} "
        f"{'Gästeseite aufbauen':>20} {'bis Gästeseite':>15}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.counts:
            path = Path(tmp) / f"g{count}.ceremony"
            subprocess.run(
                [sys.executable, "-c", MAKE, str(args.src), str(path), str(count)],
                env=env,
                check=True,
            )
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(args.src), str(path), tmp],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            held, reading, page, total = (
                float(v) for v in done.stdout.rsplit("RESULT ", 1)[1].split()
            )
            print(
                f"{count:>8,} {held:>18.3f} s {reading:>20.3f} s {page:>18.3f} s {total:>13.3f} s",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""GUI timings: cold start to a usable window on the demo, and 10,000 guests on screen.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py`` (offscreen is set if no
display is available). Each figure is the median of several runs; targets are printed beside.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from ceremonykit.gui.app import create_app
from ceremonykit.gui.main_window import MainWindow

app = create_app()
window = MainWindow()
window.show()
window.open_path(Path(sys.argv[1]))

def ready():
    print("READY", flush=True)
    window.close()
    app.quit()

QTimer.singleShot(0, ready)  # runs once the event loop is idle after the first paint
app.exec()
"""


BASELINE = r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT / "src")
    e.setdefault("QT_QPA_PLATFORM", "offscreen")
    e["CEREMONYKIT_CONFIG_DIR"] = tempfile.mkdtemp(prefix="bench-config-")
    e["XDG_CONFIG_HOME"] = e["CEREMONYKIT_CONFIG_DIR"]
    e.pop("PYTHONDONTWRITEBYTECODE", None)  # installed builds start from compiled bytecode
    return e


def cold_start(project: Path, runs: int = 5, script: str = CHILD) -> float:
    times = []
    for run in range(runs + 1):  # run 0 only compiles the bytecode, as an installation has it
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", script, str(project)],
            stdout=subprocess.PIPE,
            text=True,
            env=env(),
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                if run:
                    times.append(time.perf_counter() - started)
                break
        proc.wait(timeout=60)
    return statistics.median(times)


def ten_thousand_guests(folder: Path, runs: int = 3) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from ceremonykit.demo import demo_ceremony
    from ceremonykit.domain.model import RSVP, Guest
    from ceremonykit.gui.app import create_app
    from ceremonykit.gui.main_window import MainWindow
    from ceremonykit.store import ProjectFile

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    ceremony = demo_ceremony()
    ceremony.guests = [
        Guest(
            first_name=f"Vorname {i}",
            last_name=f"Nachname {i}",
            organisation=f"Verein {i % 300}",
            function="Mitglied",
            category="Gast",
            rsvp=RSVP.ACCEPTED if i % 3 else RSVP.OPEN,
            email=f"gast{i}@example.org",
        )
        for i in range(10_000)
    ]
    path = folder / "zehntausend.ceremony"
    ProjectFile.create(path, ceremony).close()
    app = create_app()
    window = MainWindow()
    window.show()
    app.processEvents()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        window.open_path(path)
        window.show_page("guests")
        app.processEvents()
        times.append(time.perf_counter() - started)
        window.close_project()
        app.processEvents()
    window.close()
    return statistics.median(times)


def main() -> None:
    from ceremonykit.demo import demo_ceremony
    from ceremonykit.store import ProjectFile

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = folder / "demo.ceremony"
        ProjectFile.create(demo, demo_ceremony()).close()
        baseline = cold_start(demo, script=BASELINE)
        start = cold_start(demo)
        guests = ten_thousand_guests(folder)
    print(f"(for comparison: empty PySide6 window:        {baseline:.2f} s on this machine)")
    print(f"cold start to usable window (demo):          {start:.2f} s   (target ≤ 1.0 s)")
    print(f"open project with 10,000 guests + guest page: {guests:.2f} s   (target ≤ 0.5 s)")


if __name__ == "__main__":
    main()

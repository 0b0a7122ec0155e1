"""Benchmark: what a build costs as a whole process – per kind against ``show``, and the full
demo build in one process against the build that uses both cores.

Run: ``python bench/bench_build.py [REPEAT] [--nur-ganz]`` (``--nur-ganz``: only the full
build). Every figure is the minimum of REPEAT runs (the machine may be shared); CPU time is the child's user + system time (``getrusage``), which
a busy machine disturbs much less than the wall time. Targets (issue 19): ``build --only KIND``
of a small kind within 2.5× of ``show``; the full demo build ≤ 1.0 s wall on an idle machine.
Also prints the sizes of the certificate Word files (no unused template parts).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SHOW_RATIO_TARGET = 2.5
SMALL_KINDS = ("greeting_list", "checkin_list", "seating_plan", "photo_package")
FULL_BUILD_TARGET = 1.0


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT / "src")
    e.update(extra)
    return e


# runs the command like ``python -m ceremonykit`` and then reports the CPU time of the process
# itself and of its worker process separately: the larger is the wall time on an idle machine
CHILD = """
import atexit, resource, sys
from ceremonykit.cli import run
def cpu(who):
    u = resource.getrusage(who)
    return u.ru_utime + u.ru_stime
def report():  # at exit: the worker process has been joined by then
    print(f"CPU {cpu(resource.RUSAGE_SELF)} {cpu(resource.RUSAGE_CHILDREN)}", file=sys.stderr)
atexit.register(report)
run(sys.argv[1:])  # exactly the ceremonykit program (GC tuning, freeze before exit)
"""


def run(args: list[str], repeat: int, **extra: str) -> tuple[float, float, float]:
    """(wall, cpu, critical path) seconds of ``ceremonykit ARGS``, each the minimum of the runs.

    The critical path is the CPU time of the busier of the build's process and its worker:
    what the wall time comes to on an idle machine with two cores."""
    walls, cpus, paths = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, *args],
            env=env(**extra),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        walls.append(time.perf_counter() - start)
        own, worker = (float(v) for v in done.stderr.rsplit("CPU ", 1)[1].split())
        cpus.append(own + worker)
        paths.append(max(own, worker))
    return min(walls), min(cpus), min(paths)


def busy() -> bool:
    return os.getloadavg()[0] > (os.cpu_count() or 1)


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeat = int(args[0]) if args else 5
    full_only = "--nur-ganz" in sys.argv  # only the full demo build (quick check)
    from ceremonykit.documents.registry import kind_names

    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "demo.ceremony"
        subprocess.run(
            [sys.executable, "-m", "ceremonykit", "new", "--demo", str(project)],
            env=env(),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        run(["show", str(project)], 1)  # compile the bytecode once, as an installation has it
        show_wall, show_cpu, _ = run(["show", str(project)], repeat)
        print(f"Grundlinie `show`: {show_wall:.3f} s Uhrzeit, CPU {show_cpu:.3f} s")
        print(f"{'build --only':<20} {'Uhrzeit':>8} {'CPU':>7} {'CPU/show':>9}")
        for kind in () if full_only else kind_names():
            out = Path(tmp) / f"out-{kind}"
            wall, cpu, _ = run(["build", str(project), "--out", str(out), "--only", kind], repeat)
            ratio = cpu / show_cpu
            mark = ""
            if kind in SMALL_KINDS:
                good = ratio <= SHOW_RATIO_TARGET
                ok &= good
                mark = f"  (Ziel ≤ {SHOW_RATIO_TARGET}×: {'erfüllt' if good else 'VERFEHLT'})"
            print(f"  {kind:<18} {wall:8.3f} {cpu:7.3f} {ratio:8.2f}×{mark}")

        out = Path(tmp) / "out-all"
        build = ["build", str(project), "--out", str(out)]
        seq_wall, seq_cpu, seq_path = run(build, repeat, CEREMONYKIT_BUILD_WORKERS="0")
        par_wall, par_cpu, par_path = run(build, repeat)
        idle = par_wall if not busy() else par_path
        print(
            "Ganze Demo (`build`, ein Prozess je Lauf; kritischer Pfad = CPU des busiesten Prozesses):"
        )
        print(
            f"  nacheinander (ein Kern)  {seq_wall:6.3f} s Uhrzeit, CPU {seq_cpu:.3f} s, "
            f"kritischer Pfad {seq_path:.3f} s"
        )
        print(
            f"  parallel (zwei Kerne)    {par_wall:6.3f} s Uhrzeit, CPU {par_cpu:.3f} s, "
            f"kritischer Pfad {par_path:.3f} s = {par_path / seq_path:.2f}× nacheinander"
        )
        good = idle <= FULL_BUILD_TARGET
        print(
            f"  Ziel ≤ {FULL_BUILD_TARGET:.1f} s Uhrzeit: {idle:.3f} s "
            f"({'Uhrzeit' if not busy() else 'kritischer Pfad, Rechner ausgelastet'}) – "
            f"{'erfüllt' if good else 'VERFEHLT'}"
        )
        ok &= good
        docx = sorted((out / "urkunden").rglob("*.docx"))
        if docx:
            sizes = [p.stat().st_size for p in docx]
            print(
                f"Urkunden-Word-Dateien: {len(docx)}, je {min(sizes) / 1024:.1f}–"
                f"{max(sizes) / 1024:.1f} KB, zusammen {sum(sizes) / 1024:.0f} KB"
            )
    load = os.getloadavg()[0]
    if busy():
        print(
            f"Hinweis: Rechner ausgelastet (Load {load:.1f}); die CPU-Zeiten sind aussagekräftiger."
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

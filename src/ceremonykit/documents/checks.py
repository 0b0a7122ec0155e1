"""The whole check before an export: the domain's rules plus the ones that look into the
pictures (size, colour space, readability) and the seating (tables against their seats). ``ceremonykit check``, ``final`` and the GUI's
Prüfung page call this one function."""

from __future__ import annotations

from datetime import date

from ceremonykit.documents.photos.checks import image_findings
from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.preflight import Finding, Severity, run_preflight
from ceremonykit.guests.tables import table_findings


def preflight(ceremony: Ceremony, today: date | None = None) -> list[Finding]:
    """All findings, errors first."""
    findings = run_preflight(ceremony, today) + image_findings(ceremony) + table_findings(ceremony)
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)

"""Ask the document kinds what a build would skip or warn about, before the user exports.

The only reliable answer is the kinds' own: :func:`probe_build` runs the real build into a
throw-away folder and keeps the report's problems (nothing else is written; the folder is
removed). :func:`problem_findings` turns them into check findings – German, with the document
kind's German name and the object and field to jump to – so the check page shows everything the
export report would, before the export.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from ceremonykit.build.runner import build_ceremony
from ceremonykit.documents.context import BuildOptions, BuildReport, CancelToken
from ceremonykit.documents.registry import all_kinds
from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.preflight import Finding, Severity
from ceremonykit.german.ordinals import prize_title

# kind -> (object type, field) to jump to when the kind names no subject
_WHERE: dict[str, tuple[str, str]] = {
    "greeting_list": ("guest", "protocol_rank"),
    "seating_plan": ("guest", "table"),
    "place_cards": ("guest", "table"),
    "name_badges": ("guest", "rsvp"),
    "checkin_list": ("guest", "rsvp"),
    "guest_list": ("guest", "last_name"),
    "certificate": ("signatory", "signature_asset_id"),
    "cheque": ("winner", "prize_id"),
    "press_release": ("ceremony", "release_date"),
    "newsroom_article": ("winner", "description"),
    "photo_package": ("photo", "credit"),
}
_FIELD_BY_TYPE = {
    "winner": "organisation",
    "photo": "credit",
    "guest": "last_name",
    "signatory": "signature_asset_id",
    "applicant": "organisation",
    "prize": "amount",
}


def probe_build(
    ceremony: Ceremony,
    options: BuildOptions | None = None,
    cancel: CancelToken | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> BuildReport:
    """The report a build of all kinds would give (its files are already deleted again)."""
    with tempfile.TemporaryDirectory(prefix="ceremonykit-probe-") as folder:
        return build_ceremony(
            ceremony, Path(folder), options=options, cancel=cancel, progress=progress
        )


def problem_findings(ceremony: Ceremony, report: BuildReport) -> list[Finding]:
    """Findings for the check page: the kind's German name, the subject's name, where to fix.

    Failures are errors; skipped documents and warnings are hints. Repeats are dropped."""
    labels = {k.name: k.label for k in all_kinds()}
    subjects = _subjects(ceremony)
    failed = {id(p) for p in report.failed}
    findings: dict[tuple[str, str], Finding] = {}
    for problem in [*report.failed, *report.skipped, *report.warnings]:
        kind_label = labels.get(problem.kind, "Dokumente")
        object_type, field = _WHERE.get(problem.kind, ("ceremony", "award_name"))
        object_id = None
        label = kind_label
        found = subjects.get(problem.subject or "")
        if found is not None:
            object_type, object_id, name = found
            field = _FIELD_BY_TYPE.get(object_type, field)
            label = f"{kind_label} – {name}" if name else kind_label
        severity = Severity.ERROR if id(problem) in failed else Severity.WARNING
        findings.setdefault(
            (label, problem.reason),
            Finding(severity, object_type, object_id, field, label, problem.reason),
        )
    return list(findings.values())


def _subjects(ceremony: Ceremony) -> dict[str, tuple[str, str, str]]:
    """id -> (object type, id, German name) for everything a kind may name as subject."""
    found: dict[str, tuple[str, str, str]] = {}
    for w in ceremony.winners:
        found[w.id] = ("winner", w.id, f"„{w.display_name}“" if w.display_name else "")
    for p in ceremony.photos:
        found[p.id] = ("photo", p.id, f"Foto „{p.caption}“" if p.caption else "Foto")
    for g in ceremony.guests:
        found[g.id] = ("guest", g.id, g.full_name or g.organisation)
    for s in ceremony.signatories:
        found[s.id] = ("signatory", s.id, s.name)
    for a in ceremony.applicants:
        found[a.id] = ("applicant", a.id, a.organisation or a.project_title)
    for prize in ceremony.prizes:
        found[prize.id] = ("prize", prize.id, prize_title(prize))
    return found

"""Run document kinds one after another, with progress, cancellation and a report.

A kind that raises is recorded as failed with a German reason and the build goes on with the
next kind; only cancellation stops the whole build. ``manifest.json`` is written atomically at
the end, also after a cancellation (listing what was written until then).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterable
from pathlib import Path

from ceremonykit.atomic import write_text_atomic
from ceremonykit.documents.context import (
    BuildContext,
    BuildOptions,
    BuildReport,
    CancelToken,
    OutputFile,
    Problem,
    ProgressCallback,
)
from ceremonykit.documents.registry import DocumentKind, all_kinds, get_kind
from ceremonykit.domain.codec import money
from ceremonykit.domain.model import Ceremony
from ceremonykit.errors import Cancelled, UserError

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"


def select_kinds(only: Iterable[str] | None) -> list[DocumentKind]:
    """The kinds to build: all registered ones, or those named (unknown names are an error)."""
    if not only:
        return list(all_kinds())
    try:
        return [get_kind(name.strip()) for name in only if name.strip()]
    except KeyError as exc:
        raise UserError(str(exc.args[0])) from None


def build_ceremony(
    ceremony: Ceremony,
    out_dir: Path,
    *,
    only: Iterable[str] | None = None,
    options: BuildOptions | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> BuildReport:
    """Build the selected kinds into ``out_dir`` and write its ``manifest.json``."""
    kinds = select_kinds(only)
    options = options or BuildOptions()
    cancel = cancel or CancelToken()
    report = BuildReport()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            f"Der Ausgabeordner „{out_dir}“ kann nicht angelegt werden ({exc.strerror}).",
            hint="Bitte einen anderen Ordner wählen.",
        ) from None
    previous = _read_manifest_files(out_dir)
    total = max(len(kinds), 1)
    try:
        for index, kind in enumerate(kinds):
            cancel.raise_if_cancelled()

            def kind_progress(fraction: float, text: str, index: int = index) -> None:
                if progress:
                    progress((index + fraction) / total, text)

            ctx = BuildContext(
                ceremony,
                kind.name,
                out_dir,
                options,
                report,
                kind_progress,
                cancel,
                folder=kind.folder,
                defaults={o.name: o.default for o in kind.options if o.default},
            )
            ctx.progress(0.0, kind.label)
            _run_kind(kind, ctx)
        if progress:
            progress(1.0, "Fertig")
    except Cancelled:
        report.skipped.append(Problem("build", None, "Vom Benutzer abgebrochen."))
        write_manifest(ceremony, out_dir, report)
        raise
    _tidy_previous_build(out_dir, previous, report, {k.name for k in kinds})
    write_manifest(ceremony, out_dir, report)
    return report


def _read_manifest_files(out_dir: Path) -> list[OutputFile]:
    """The files an earlier build into this folder listed (none if there is no manifest)."""
    try:
        data = json.loads((out_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
        return [
            OutputFile(str(f["path"]), str(f["kind"]), str(f["format"]), f.get("subject"))
            for f in data.get("files", [])
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []


def _tidy_previous_build(
    out_dir: Path, previous: list[OutputFile], report: BuildReport, built: set[str]
) -> None:
    """Keep the folder and its manifest in step: files an earlier build wrote for a kind built
    again now but not rewritten (e.g. a winner was renamed) are removed, so nobody sends an
    outdated certificate; files of kinds not built this time stay listed."""
    written = {f.path for f in report.files}
    root = out_dir.resolve()
    kept = []
    for old in previous:
        if old.path in written:
            continue
        path = (out_dir / old.path).resolve()
        if not path.is_relative_to(root) or path == root:
            continue  # a manifest edited by hand must not reach outside the folder
        if old.kind in built:
            with contextlib.suppress(OSError):
                path.unlink()
        elif path.is_file():
            kept.append(old)
    report.files[:0] = kept


def _run_kind(kind: DocumentKind, ctx: BuildContext) -> None:
    try:
        kind.build(ctx)
    except Cancelled:
        raise
    except UserError as exc:
        ctx.fail(None, str(exc))
    except OSError as exc:
        log.exception("building %s failed", kind.name)
        ctx.fail(None, f"Datei konnte nicht geschrieben werden: {exc.strerror or exc}.")
    except Exception as exc:  # one broken kind must not stop the others
        log.exception("building %s failed", kind.name)
        ctx.fail(
            None, f"Interner Fehler ({type(exc).__name__}); Details stehen in der Protokolldatei."
        )


def manifest_data(ceremony: Ceremony, report: BuildReport) -> dict[str, object]:
    def problems(items: list[Problem]) -> list[dict[str, str | None]]:
        return [{"kind": p.kind, "subject": p.subject, "reason": p.reason} for p in items]

    return {
        "ceremony": {
            "title": ceremony.title,
            "award_name": ceremony.award_name,
            "year": ceremony.year,
            "date": ceremony.ceremony_date.isoformat() if ceremony.ceremony_date else None,
            "venue": ceremony.venue,
            "total_prize_money": money(ceremony.total_prize_money)
            if ceremony.total_prize_money is not None
            else None,
        },
        "files": [
            {"path": f.path, "kind": f.kind, "format": f.format, "subject": f.subject}
            for f in report.files
        ],
        "report": {
            "done": len(report.files),
            "skipped": problems(report.skipped),
            "failed": problems(report.failed),
            "warnings": problems(report.warnings),
        },
    }


def write_manifest(ceremony: Ceremony, out_dir: Path, report: BuildReport) -> Path:
    target = out_dir / MANIFEST_NAME
    text = json.dumps(manifest_data(ceremony, report), ensure_ascii=False, indent=2)
    write_text_atomic(target, text + "\n")
    return target

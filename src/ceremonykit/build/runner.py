"""Run document kinds one after another, with progress, cancellation and a report.

A kind that raises is recorded as failed with a German reason and the build goes on with the
next kind. Everything is written into a staging folder first (:mod:`ceremonykit.build.staging`)
and swapped into the output folder at the end, so two things stop the whole build without
touching the earlier documents: cancellation (the folder stays exactly as it was) and a failing
disk or folder (full, read-only, gone – a German message naming the folder and the cause, and
``manifest.json`` saying what happened if it can still be written). ``manifest.json`` is
written atomically.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from concurrent.futures import Future
from pathlib import Path

from ceremonykit.atomic import write_text_atomic
from ceremonykit.build.kind_run import KindResult, run_kind
from ceremonykit.build.parallel import KindWorker, share_out
from ceremonykit.build.staging import OutputFolderError, Staging
from ceremonykit.build.stamps import file_stamp
from ceremonykit.documents.context import (
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
from ceremonykit.errors import UserError

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
    """Build the selected kinds into ``out_dir`` and write its ``manifest.json``.

    Raises :class:`Cancelled` (folder unchanged) and :class:`OutputFolderError` (disk or folder
    failed; earlier documents unchanged).
    """
    kinds = select_kinds(only)
    options = options or BuildOptions()
    cancel = cancel or CancelToken()
    report = BuildReport()
    staging = Staging.create(out_dir)
    try:
        previous = _read_manifest_files(out_dir)
        _build_kinds(ceremony, kinds, staging, options, report, progress, cancel)
        staging.swap_in(report, previous, {k.name for k in kinds})
    except _DiskFailed as failed:
        report.files = [f for f in previous if (out_dir / f.path).is_file()]
        report.failed[:] = [p for p in report.failed if p.kind != failed.kind]
        error = OutputFolderError(out_dir, failed.cause)
        kept = "Die bisherigen Dokumente bleiben unverändert."
        report.failed.insert(0, Problem("build", None, f"{error.message} {kept}"))
        written = _try_write_manifest(ceremony, out_dir, report)
        raise OutputFolderError(out_dir, failed.cause, manifest_written=written) from None
    finally:
        staging.discard()
    if progress:
        progress(1.0, "Fertig")
    if not _try_write_manifest(ceremony, out_dir, report):
        report.failed.append(
            Problem("build", None, f"„{out_dir / MANIFEST_NAME}“ konnte nicht geschrieben werden.")
        )
    return report


class _DiskFailed(Exception):
    """A kind's write failed because of the disk or folder: stop and swap nothing in."""

    def __init__(self, kind: str, cause: OSError) -> None:
        super().__init__(kind)
        self.kind = kind
        self.cause = cause


def _build_kinds(
    ceremony: Ceremony,
    kinds: list[DocumentKind],
    staging: Staging,
    options: BuildOptions,
    report: BuildReport,
    progress: ProgressCallback | None,
    cancel: CancelToken,
) -> None:
    """Build every kind into the staging folder – some in a worker process when that pays
    (:mod:`ceremonykit.build.parallel`) – and add their results to ``report`` in kind order."""
    here, there = share_out(kinds)
    results: dict[str, KindResult] = {}
    done = [0]  # kinds finished, for the progress of the whole build
    total = max(len(kinds), 1)

    def run_here(kind: DocumentKind) -> None:
        cancel.raise_if_cancelled()

        def kind_progress(fraction: float, text: str) -> None:
            if progress:
                progress(min((done[0] + fraction) / total, 1.0), text)

        results[kind.name] = run_kind(
            kind, ceremony, staging.out_dir, staging.path, options, kind_progress, cancel
        )
        done[0] += 1
        _stop_on_disk_failure(kind, results[kind.name])

    if not there:
        for kind in here:
            run_here(kind)
    else:
        worker = KindWorker()
        futures = {
            k.name: worker.submit(k, ceremony, staging.out_dir, staging.path, options)
            for k in there
        }
        cancelled = True
        try:
            for kind in here:
                run_here(kind)
            for kind in there:
                result = _worker_result(kind, futures[kind.name])
                if result is None:
                    run_here(kind)  # the worker could not build it
                    continue
                results[kind.name] = result
                done[0] += 1
                if progress:
                    progress(min(done[0] / total, 1.0), kind.label)
                cancel.raise_if_cancelled()
            cancelled = False
        finally:
            worker.close(cancel=cancelled)
    for kind in kinds:
        _stop_on_disk_failure(kind, results[kind.name])
        _merge(report, results[kind.name].report)


def _worker_result(kind: DocumentKind, future: Future[KindResult] | None) -> KindResult | None:
    """The worker's result for ``kind``; None if the worker could not build it."""
    if future is None:
        return None
    try:
        return future.result()
    except Exception as exc:  # a dead worker (BrokenProcessPool), a result it cannot send …
        log.warning("worker process failed for %s, building it here: %r", kind.name, exc)
        return None


def _stop_on_disk_failure(kind: DocumentKind, result: KindResult) -> None:
    if result.storage_error is not None:
        raise _DiskFailed(kind.name, result.storage_error)


def _merge(report: BuildReport, part: BuildReport) -> None:
    report.files += part.files
    report.skipped += part.skipped
    report.failed += part.failed
    report.warnings += part.warnings


def _try_write_manifest(ceremony: Ceremony, out_dir: Path, report: BuildReport) -> bool:
    """Write ``manifest.json``; False (logged) if the folder cannot take it either."""
    try:
        write_manifest(ceremony, out_dir, report)
    except (OSError, UserError) as exc:
        log.warning("writing the manifest in %s failed: %r", out_dir, exc)
        return False
    return True


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


def manifest_data(
    ceremony: Ceremony, report: BuildReport, out_dir: Path | None = None
) -> dict[str, object]:
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
        "files": [_file_entry(f, out_dir) for f in report.files],
        "report": {
            "done": len(report.files),
            "skipped": problems(report.skipped),
            "failed": problems(report.failed),
            "warnings": problems(report.warnings),
        },
    }


def _file_entry(f: OutputFile, out_dir: Path | None) -> dict[str, object]:
    entry: dict[str, object] = {
        "path": f.path,
        "kind": f.kind,
        "format": f.format,
        "subject": f.subject,
    }
    if out_dir is not None:  # what was written, so a later export sees files edited since
        entry.update(file_stamp(out_dir / f.path))
    if f.not_rebuilt:
        entry["not_rebuilt"] = True  # an earlier build's file; its kind did not finish cleanly
    return entry


def write_manifest(ceremony: Ceremony, out_dir: Path, report: BuildReport) -> Path:
    target = out_dir / MANIFEST_NAME
    text = json.dumps(manifest_data(ceremony, report, out_dir), ensure_ascii=False, indent=2)
    write_text_atomic(target, text + "\n")
    return target

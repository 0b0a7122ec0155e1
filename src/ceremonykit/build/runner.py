"""Run document kinds one after another, with progress, cancellation and a report.

A kind that raises is recorded as failed with a German reason and the build goes on with the
next kind. Everything is written into a staging folder first (:mod:`ceremonykit.build.staging`)
and swapped into the output folder at the end, so two things stop the whole build without
touching the earlier documents: cancellation (the folder stays exactly as it was) and a failing
disk or folder (full, read-only, gone – a German message naming the folder and the cause, and
``manifest.json`` saying what happened if it can still be written). ``manifest.json`` is
written atomically. While it runs, a build holds the output folder's lock
(:mod:`ceremonykit.build.folder_lock`): a second build into the same folder stops at once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from concurrent.futures import Future
from concurrent.futures import wait as wait_for
from dataclasses import replace
from pathlib import Path

from ceremonykit.atomic import write_text_atomic
from ceremonykit.build.folder_lock import output_folder_lock
from ceremonykit.build.kind_run import KindResult, run_kind
from ceremonykit.build.parallel import (
    KindQueue,
    KindWorker,
    WorkerFeed,
    WorkerJob,
    worth_sharing,
)
from ceremonykit.build.resident import forget_job, resident_worker
from ceremonykit.build.staging import OutputFolderError, Staging
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
from ceremonykit.file_stamps import file_stamp

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"


def select_kinds(only: Iterable[str] | None) -> list[DocumentKind]:
    """The kinds to build: all registered ones, or those named (unknown names are an error)."""
    if not only:
        return list(all_kinds())
    names = dict.fromkeys(name.strip() for name in only if name.strip())  # each once, in order
    try:
        return [get_kind(name) for name in names]
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
    keep_worker: bool = False,
) -> BuildReport:
    """Build the selected kinds into ``out_dir`` and write its ``manifest.json``.

    ``keep_worker``: the worker process that takes half of a full build is kept for the next
    build (the window, :mod:`ceremonykit.build.resident`) instead of made for this one.

    Raises :class:`Cancelled` (folder unchanged), :class:`OutputFolderError` (disk or folder
    failed; earlier documents unchanged) and :class:`OutputFolderBusy` (another build writes
    into the folder; nothing written).
    """
    kinds = select_kinds(only)
    options = options or BuildOptions()
    cancel = cancel or CancelToken()
    report = BuildReport()
    staging = Staging.create(out_dir)
    try:
        with output_folder_lock(out_dir):
            _build_and_swap(
                ceremony, kinds, out_dir, staging, options, report, progress, cancel, keep_worker
            )
    finally:
        staging.discard()
    return report


def _build_and_swap(
    ceremony: Ceremony,
    kinds: list[DocumentKind],
    out_dir: Path,
    staging: Staging,
    options: BuildOptions,
    report: BuildReport,
    progress: ProgressCallback | None,
    cancel: CancelToken,
    keep_worker: bool,
) -> None:
    """Build into the staging folder, swap the result in and write the manifest."""
    try:
        previous, stamps = _read_manifest(out_dir)
        _build_kinds(ceremony, kinds, staging, options, report, progress, cancel, keep_worker)
        staging.swap_in(report, previous, built_formats(kinds, options))
    except _DiskFailed as failed:
        report.files = [f for f in previous if (out_dir / f.path).is_file()]
        report.failed[:] = [p for p in report.failed if p.kind != failed.kind]
        error = OutputFolderError(out_dir, failed.cause)
        kept = "Die bisherigen Dokumente bleiben unverändert."
        report.failed.insert(0, Problem("build", None, f"{error.message} {kept}"))
        written = _try_write_manifest(ceremony, out_dir, report, stamps)
        raise OutputFolderError(out_dir, failed.cause, manifest_written=written) from None
    if progress:
        progress(1.0, "Fertig")
    if not _try_write_manifest(ceremony, out_dir, report, stamps):
        report.failed.append(
            Problem("build", None, f"„{out_dir / MANIFEST_NAME}“ konnte nicht geschrieben werden.")
        )


def built_formats(
    kinds: Iterable[DocumentKind], options: BuildOptions
) -> dict[str, tuple[str, ...]]:
    """The formats a build writes for each kind: those asked for, else the kind's default."""
    return {k.name: options.formats.get(k.name) or k.formats_by_default() for k in kinds}


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
    keep_worker: bool = False,
) -> None:
    """Build every kind into the staging folder – sharing them with a worker process when that
    pays (:mod:`ceremonykit.build.parallel`) – and add their results to ``report`` in kind
    order."""
    run = _KindsRun(ceremony, staging, options, progress, cancel, len(kinds), keep_worker)
    if worth_sharing(kinds):
        run.shared(kinds)
    else:
        for kind in kinds:
            run.here(kind)
    for kind in kinds:
        _merge(report, run.results[kind.name].report)


class _KindsRun:
    """The kinds of one build: run here or taken over from the worker, with progress."""

    def __init__(
        self,
        ceremony: Ceremony,
        staging: Staging,
        options: BuildOptions,
        progress: ProgressCallback | None,
        cancel: CancelToken,
        count: int,
        keep_worker: bool = False,
    ) -> None:
        self.keep_worker = keep_worker
        self.ceremony = ceremony
        self.staging = staging
        self.options = options
        self.progress = progress
        self.cancel = cancel
        self.total = max(count, 1)
        self.results: dict[str, KindResult] = {}

    def here(self, kind: DocumentKind) -> None:
        self.cancel.raise_if_cancelled()
        done = len(self.results)

        def kind_progress(fraction: float, text: str) -> None:
            if self.progress:
                self.progress(min((done + fraction) / self.total, 1.0), text)

        out, staged = self.staging.out_dir, self.staging.path
        result = run_kind(
            kind, self.ceremony, out, staged, self.options, kind_progress, self.cancel
        )
        self._finished(kind, result)

    def _finished(self, kind: DocumentKind, result: KindResult) -> None:
        self.results[kind.name] = result
        _stop_on_disk_failure(kind, result)

    def shared(self, kinds: list[DocumentKind]) -> None:
        """Build ``kinds`` here and in a worker process, each taking the next when free."""
        queue = KindQueue(kinds)
        staging = self.staging
        alone = self.options
        self.options = replace(alone, threads=1)  # two processes, one core each
        job = WorkerJob(self.ceremony, staging.out_dir, staging.path, self.options)
        worker = resident_worker(job) if self.keep_worker else KindWorker(job)
        feed = WorkerFeed(worker, queue, lambda: self.cancel.cancelled)
        cancelled = True
        try:
            feed.start()
            while (kind := queue.take()) is not None:
                if feed.done:  # the worker gets nothing more: this process may use every core
                    self.options = alone
                self.here(kind)
                self._collect(feed, wait=False)
            feed.wait_done()
            self.options = alone
            for kind in queue.rest():  # those the worker could not take
                self.here(kind)
            self._collect(feed, wait=True)
            self.cancel.raise_if_cancelled()
            cancelled = False
        finally:
            feed.close()  # a failed build (disk full) must not send the worker another kind
            if not self.keep_worker:
                worker.close(cancel=cancelled)
            else:  # the kept worker stays; nothing of this build may still be running
                for _kind, future in feed.sent:
                    future.cancel()
                feed.wait_done()
                wait_for([future for _kind, future in feed.sent])
                forget_job(worker)

    def _collect(self, feed: WorkerFeed, *, wait: bool) -> None:
        """Take over the kinds the worker finished (with ``wait``: all it was sent)."""
        for kind, future in list(feed.sent):
            if kind.name in self.results or not (wait or future.done()):
                continue
            result = _worker_result(kind, future)
            if result is None:
                self.here(kind)  # the worker could not build it
                continue
            self._finished(kind, result)
            if self.progress:
                self.progress(min(len(self.results) / self.total, 1.0), kind.label)


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


def _try_write_manifest(
    ceremony: Ceremony, out_dir: Path, report: BuildReport, stamps: Stamps
) -> bool:
    """Write ``manifest.json``; False (logged) if the folder cannot take it either."""
    try:
        write_manifest(ceremony, out_dir, report, stamps)
    except (OSError, UserError) as exc:
        log.warning("writing the manifest in %s failed: %r", out_dir, exc)
        return False
    return True


Stamps = dict[str, dict[str, object]]
"""Path in the output folder -> what the build that wrote it recorded (size, time, SHA-256)."""


def _read_manifest(out_dir: Path) -> tuple[list[OutputFile], Stamps]:
    """The files an earlier build into this folder listed and their stamps (none if there is
    no manifest)."""
    try:
        data = json.loads((out_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
        entries = data.get("files", [])
        files = [
            OutputFile(str(f["path"]), str(f["kind"]), str(f["format"]), f.get("subject"))
            for f in entries
        ]
        stamps = {
            str(f["path"]): {k: f[k] for k in ("size", "mtime_ns", "sha256")}
            for f in entries
            if all(k in f for k in ("size", "mtime_ns", "sha256"))
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return [], {}
    return files, stamps


def manifest_data(
    ceremony: Ceremony,
    report: BuildReport,
    out_dir: Path | None = None,
    kept_stamps: Stamps | None = None,
) -> dict[str, object]:
    """The manifest of a build. Files this build wrote are stamped now; earlier files that
    stay keep the stamp their own build recorded (``kept_stamps``), so a Word edit made since
    is still seen by the next export (:mod:`ceremonykit.build.edited`)."""
    written = {f.path for f in report.written}
    old = {p: s for p, s in (kept_stamps or {}).items() if p not in written}

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
        "files": [_file_entry(f, out_dir, old.get(f.path)) for f in report.files],
        "report": {
            "done": len(report.files),
            "skipped": problems(report.skipped),
            "failed": problems(report.failed),
            "warnings": problems(report.warnings),
        },
    }


def _file_entry(
    f: OutputFile, out_dir: Path | None, kept_stamp: dict[str, object] | None
) -> dict[str, object]:
    entry: dict[str, object] = {
        "path": f.path,
        "kind": f.kind,
        "format": f.format,
        "subject": f.subject,
    }
    if kept_stamp is not None:  # an earlier build's file: what that build wrote
        entry.update(kept_stamp)
    elif f.stamp is not None:  # what was written, so a later export sees files edited since
        entry.update(f.stamp.as_dict())
    elif out_dir is not None:
        entry.update(file_stamp(out_dir / f.path))
    if f.not_rebuilt:
        entry["not_rebuilt"] = True  # an earlier build's file; its kind did not finish cleanly
    return entry


def write_manifest(
    ceremony: Ceremony, out_dir: Path, report: BuildReport, kept_stamps: Stamps | None = None
) -> Path:
    target = out_dir / MANIFEST_NAME
    data = manifest_data(ceremony, report, out_dir, kept_stamps)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    write_text_atomic(target, text + "\n")
    return target

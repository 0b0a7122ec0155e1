"""Build one kind into the staging folder: the step the runner takes per kind, in the build's
own process or in the worker process of a parallel build (:mod:`ceremonykit.build.parallel`).

A kind that raises is recorded as failed with a German reason; only cancellation goes on up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ceremonykit.atomic import os_error_cause
from ceremonykit.build_memo import build_scope
from ceremonykit.documents.context import (
    BuildContext,
    BuildOptions,
    BuildReport,
    CancelToken,
    ProgressCallback,
)
from ceremonykit.documents.registry import DocumentKind
from ceremonykit.domain.model import Ceremony
from ceremonykit.errors import Cancelled, UserError

log = logging.getLogger(__name__)


@dataclass
class KindResult:
    """What one kind left in the staging folder (picklable: it may come from a worker)."""

    report: BuildReport
    storage_error: OSError | None = None  # the disk or folder failed: the build must stop


def run_kind(
    kind: DocumentKind,
    ceremony: Ceremony,
    out_dir: Path,
    staging: Path,
    options: BuildOptions,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> KindResult:
    report = BuildReport()
    ctx = BuildContext(
        ceremony,
        kind.name,
        out_dir,
        options,
        report,
        progress,
        cancel,
        folder=kind.folder,
        defaults={o.name: o.default for o in kind.options if o.default},
        staging=staging,
        default_formats=kind.default_formats,
    )
    ctx.progress(0.0, kind.label)
    try:
        with build_scope():  # sort keys, widths, cell texts: computed once per build
            kind.build(ctx)
    except Cancelled:
        raise
    except UserError as exc:
        ctx.fail(None, str(exc))
    except OSError as exc:
        log.exception("building %s failed", kind.name)
        ctx.fail(None, f"Datei konnte nicht geschrieben werden: {os_error_cause(exc)}.")
    except Exception as exc:  # one broken kind must not stop the others
        log.exception("building %s failed", kind.name)
        ctx.fail(
            None, f"Interner Fehler ({type(exc).__name__}); Details stehen in der Protokolldatei."
        )
    return KindResult(report, ctx.storage_error)

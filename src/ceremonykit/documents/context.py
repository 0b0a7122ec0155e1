"""What a document kind gets when it builds: the ceremony, options, and a safe way to write.

Kinds never open output files themselves: :meth:`BuildContext.output` hands out a temporary
path and renames it into place only when the kind finished writing, and records the file for
``manifest.json``. During a build "into place" means the build's staging folder (see
:mod:`ceremonykit.build.staging`); the runner moves the files into the output folder only when
the build is complete. Per-subject problems are reported with :meth:`skip` and :meth:`fail`, so
one bad winner does not stop the others.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ceremonykit.atomic import atomic_path, is_held, os_error_cause, private_path
from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.settings_keys import kind_option
from ceremonykit.errors import Cancelled, UserError
from ceremonykit.file_stamps import FileStamp, stamp_of

log = logging.getLogger(__name__)

ProgressCallback = Callable[[float, str], None]
"""progress(fraction 0..1 of the whole build, German text of what is being done)."""


class CancelToken:
    """Set from another thread (the GUI's Cancel button); checked by kinds between subjects."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


@dataclass(frozen=True)
class OutputFile:
    path: str  # relative to the output folder, with forward slashes
    kind: str
    format: str
    subject: str | None = None
    not_rebuilt: bool = False  # kept from an earlier build because its kind did not finish
    # what the kind wrote, stamped as it finished the file (None for earlier builds' files)
    stamp: FileStamp | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Problem:
    kind: str
    subject: str | None
    reason: str  # German, says what to do


@dataclass
class BuildReport:
    files: list[OutputFile] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    # the files this build swapped into the output folder; ``files`` also lists earlier files
    # that stay (other kinds and formats, not_rebuilt ones) – what the manifest describes
    written: list[OutputFile] = field(default_factory=list)


@dataclass
class BuildOptions:
    """Choices for one build. ``kind_options`` holds per-kind settings such as a design name."""

    formats: dict[str, tuple[str, ...]] = field(
        default_factory=dict
    )  # kind -> formats; empty = all
    designs: dict[str, str] = field(default_factory=dict)  # kind -> design name
    kind_options: dict[str, dict[str, str]] = field(default_factory=dict)
    user_template_dir: Path | None = None  # staff's own copies of templates, searched first
    preview: bool = False  # a live preview: kinds may leave out files nobody looks at there
    # threads a kind may keep busy (photos); 0: as many as help. A build shared by two
    # processes on two cores gives each one: a second photo thread there only competes for a
    # busy core and makes the allocator hand memory back and forth (system time, page faults)
    threads: int = 0

    def wants(self, kind: str, fmt: str) -> bool:
        chosen = self.formats.get(kind)
        return not chosen or fmt in chosen

    def option(self, kind: str, name: str, default: str = "") -> str:
        return self.kind_options.get(kind, {}).get(name, default)


class BuildContext:
    """The build of one kind: input, options, progress and output bookkeeping."""

    def __init__(
        self,
        ceremony: Ceremony,
        kind: str,
        out_dir: Path,
        options: BuildOptions,
        report: BuildReport,
        progress: Callable[[float, str], None] | None = None,
        cancel: CancelToken | None = None,
        folder: str = "",
        defaults: dict[str, str] | None = None,
        *,
        staging: Path | None = None,
        default_formats: tuple[str, ...] = (),
    ) -> None:
        self.ceremony = ceremony
        self.kind = kind
        self.folder = folder  # the kind's output folder ("urkunden"), from its declaration
        self._defaults = defaults or {}  # declared option defaults of the kind
        self._default_formats = default_formats  # built when the build names no format
        self.out_dir = out_dir
        self.options = options
        self.report = report
        self._progress = progress
        self.cancel = cancel or CancelToken()
        self.staging = staging
        self._made: set[Path] = set()  # folders known to exist in the staging folder
        self.storage_error: OSError | None = None
        """The first write that failed because of the disk or folder (full, read-only, gone),
        recorded even if the kind caught the error: the runner stops the build then."""

    @property
    def design(self) -> str:
        return self.options.designs.get(self.kind, "")

    def wants(self, fmt: str) -> bool:
        """Whether to write ``fmt``: the formats the build chose for this kind, else the kind's
        default formats (e.g. cheques: the print PDF, the PNG preview only on request), else
        all of them."""
        chosen = self.options.formats.get(self.kind) or self._default_formats
        return not chosen or fmt in chosen

    def path(self, name: str) -> str:
        """``name`` inside the kind's output folder: ``ctx.path("x.pdf")`` -> "schecks/x.pdf"."""
        return f"{self.folder}/{name}" if self.folder else name

    def option(self, name: str) -> str:
        """An option of this kind: the build's choice, else the one stored in the project
        (``Ceremony.settings["<kind>.<name>"]``), else the declared default."""
        value = self.options.option(self.kind, name).strip()
        if not value:
            value = self.ceremony.settings.get(kind_option(self.kind, name), "").strip()
        return value or self._defaults.get(name, "")

    def options_dict(self) -> dict[str, str]:
        """All options of this kind as :meth:`option` resolves them (set ones only)."""
        names = set(self._defaults) | set(self.options.kind_options.get(self.kind, {}))
        prefix = kind_option(self.kind, "")
        names |= {k.removeprefix(prefix) for k in self.ceremony.settings if k.startswith(prefix)}
        return {n: v for n in sorted(names) if (v := self.option(n))}

    @contextlib.contextmanager
    def attempt(self, subject: str | None, what: str) -> Iterator[None]:
        """Do the work for one subject (one winner, one file); a problem becomes a failure of
        that subject and the kind goes on with the next. ``what`` names it in German for the
        message ("Scheck für Anna Beispiel"). Cancelling still stops the whole build."""
        try:
            yield
        except Cancelled:
            raise
        except UserError as exc:
            self.fail(subject, str(exc))
        except OSError as exc:
            log.warning("%s: %s failed: %s", self.kind, subject, exc)
            self.fail(subject, f"{what} konnte nicht geschrieben werden: {os_error_cause(exc)}.")
        except Exception as exc:  # one broken subject must not stop the others
            log.exception("%s: %s failed", self.kind, subject)
            self.fail(
                subject,
                f"{what} konnte nicht erstellt werden (interner Fehler {type(exc).__name__}). "
                "Details stehen in der Protokolldatei.",
            )

    def progress(self, fraction: float, text: str) -> None:
        """Report progress within this kind (0..1); also a point where cancelling takes effect."""
        self.cancel.raise_if_cancelled()
        if self._progress:
            self._progress(min(max(fraction, 0.0), 1.0), text)

    @contextlib.contextmanager
    def output(self, relpath: str, fmt: str, subject: str | None = None) -> Iterator[Path]:
        """Yield a temporary path to write to; it becomes ``relpath`` in the staging folder
        (or directly in ``out_dir`` without one) when the block finishes without error."""
        rel = PurePosixPath(relpath)
        if rel.is_absolute() or ".." in rel.parts:
            raise ValueError(f"unsafe output path {relpath!r}")
        root = self.staging or self.out_dir
        target = root.joinpath(*rel.parts)
        try:
            # the staging folder is the build's own: its files are written in place
            with private_path(target, self._made) if self.staging else atomic_path(target) as tmp:
                yield tmp
        except OSError as exc:
            if self.storage_error is None and self._is_storage_error(exc, root):
                self.storage_error = exc
            raise
        stamp = stamp_of(target)  # here, in parallel, not file by file at the end of the build
        self.report.files.append(OutputFile(str(rel), self.kind, fmt, subject, stamp=stamp))

    @staticmethod
    def _is_storage_error(exc: OSError, root: Path) -> bool:
        """The disk or the output folder failed (not, say, an unreadable template)."""
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EROFS):
            return True
        if is_held(exc) or not exc.filename:
            return False
        return Path(str(exc.filename)).is_relative_to(root)

    def write_bytes(self, relpath: str, fmt: str, data: bytes, subject: str | None = None) -> Path:
        """Write ``data`` as ``relpath``; returns where the file will be after the build."""
        with self.output(relpath, fmt, subject) as tmp:
            tmp.write_bytes(data)
        return self.out_dir / relpath

    def skip(self, subject: str | None, reason: str) -> None:
        self.report.skipped.append(Problem(self.kind, subject, reason))

    def fail(self, subject: str | None, reason: str) -> None:
        self.report.failed.append(Problem(self.kind, subject, reason))

    def warn(self, subject: str | None, reason: str) -> None:
        self.report.warnings.append(Problem(self.kind, subject, reason))

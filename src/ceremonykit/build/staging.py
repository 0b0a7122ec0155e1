"""A build is written into a staging folder first and swapped into the output folder at the end.

Decision – one staging folder per build, swapped in file by file:

* All kinds write into ``ORDNER/.ceremonykit-neu-XXXX/`` (inside the output folder, so the
  final moves stay on one file system and are atomic renames, and no write permission on the
  parent folder is needed).
* If the disk or the folder fails while the build writes (disk full, read-only, drive gone),
  nothing is swapped in: the staging folder is removed and every earlier document stays
  byte for byte as it was. The same holds for a cancelled build.
* Otherwise each finished file replaces its earlier version on its own (with retries while
  Windows reports it as held). A file still open in Word fails alone – the other subjects of
  its kind are still updated – and keeps its earlier version.
* Earlier files that this build did not rewrite (a renamed winner) are deleted only for a kind
  that finished cleanly (no failure in the kind, every one of its files swapped in) and only
  in the formats this build wrote for it: ``--format certificate=pdf`` leaves the Word files
  alone. Earlier files of a built format whose kind did not finish cleanly stay and
  ``manifest.json`` marks them ``not_rebuilt``.

Swapping the whole folder at once was rejected: a folder cannot be renamed on Windows while
one of its files is open, and the output folder may hold the user's own files.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path, PurePosixPath

from ceremonykit.atomic import FileHeldError, os_error_cause, remove_file, replace_file
from ceremonykit.documents.context import BuildReport, OutputFile, Problem
from ceremonykit.errors import UserError

log = logging.getLogger(__name__)

STAGING_PREFIX = ".ceremonykit-neu-"
LEFTOVER_SECONDS = 3600.0
"""A staging folder this old belongs to a build that crashed; the next build removes it."""


class OutputFolderError(UserError):
    """The output folder cannot take the build (disk full, no write permission, gone)."""

    def __init__(self, out_dir: Path, exc: OSError, *, manifest_written: bool = False) -> None:
        log.warning("build into %s failed: %r", out_dir, exc)
        where = (
            f"Einzelheiten stehen in „{out_dir / 'manifest.json'}“."
            if manifest_written
            else "Der Ordner wurde nicht verändert."
        )
        super().__init__(
            f"Die Dokumente konnten nicht in den Ordner „{out_dir}“ geschrieben werden: "
            f"{os_error_cause(exc)}.",
            hint=f"Die bisherigen Dokumente bleiben unverändert. {where} Bitte Platz schaffen, "
            "die Schreibrechte prüfen oder einen anderen Ordner wählen.",
        )
        self.out_dir = out_dir
        self.cause = exc


class Staging:
    """The staging folder of one build inside ``out_dir``."""

    def __init__(self, out_dir: Path, path: Path) -> None:
        self.out_dir = out_dir
        self.path = path
        self._made: set[Path] = set()  # folders in out_dir known to exist

    @classmethod
    def create(cls, out_dir: Path) -> Staging:
        """Make the output folder (if needed) and a fresh staging folder in it."""
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            _remove_leftovers(out_dir)
            path = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
        except OSError as exc:
            raise OutputFolderError(out_dir, exc) from None
        _hide(path)
        return cls(out_dir, path)

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def swap_in(
        self, report: BuildReport, previous: list[OutputFile], built: dict[str, tuple[str, ...]]
    ) -> None:
        """Move every staged file into the output folder and tidy what became outdated.

        ``built`` maps each kind of this build to the formats it was asked for. Afterwards
        ``report.files`` lists exactly what the folder holds for the manifest and
        ``report.written`` what this build put there.
        """
        swapped: list[OutputFile] = []
        # a file written twice in this build is moved once, listed with its last stamp
        latest = {file.path: file for file in report.files}
        for file in latest.values():
            try:
                self._move(file.path)
            except FileHeldError as exc:
                reason = f"{exc.message} {_KEPT} {exc.hint}"
                report.failed.append(Problem(file.kind, file.subject, reason))
            except OSError as exc:
                log.warning("moving %s into place failed: %r", file.path, exc)
                report.failed.append(
                    Problem(file.kind, file.subject, f"{_cannot_write(file.path, exc)} {_KEPT}")
                )
            else:
                swapped.append(file)
        clean = set(built) - {p.kind for p in report.failed}
        report.files = self._tidy(previous, swapped, built, clean, report) + swapped
        report.written = swapped

    def _move(self, relpath: str) -> None:
        parts = PurePosixPath(relpath).parts
        target = self.out_dir.joinpath(*parts)
        if target.parent not in self._made:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._made.add(target.parent)
        replace_file(self.path.joinpath(*parts), target)

    def _tidy(
        self,
        previous: list[OutputFile],
        swapped: list[OutputFile],
        built: dict[str, tuple[str, ...]],
        clean: set[str],
        report: BuildReport,
    ) -> list[OutputFile]:
        """Delete earlier files of the built formats of cleanly built kinds that were not
        rewritten; return the earlier files that stay (other kinds and formats, and kinds that
        did not finish cleanly – those marked ``not_rebuilt``)."""
        written = {f.path for f in swapped}
        root = self.out_dir.resolve()
        kept: list[OutputFile] = []
        for old in previous:
            if old.path in written:
                continue
            path = (self.out_dir / old.path).resolve()
            if not path.is_relative_to(root) or path == root:
                continue  # a manifest edited by hand must not reach outside the folder
            rebuilt = old.format in built.get(old.kind, ())
            if rebuilt and old.kind in clean:
                try:
                    remove_file(path)
                    continue
                except (FileHeldError, OSError) as exc:
                    log.warning("removing outdated %s failed: %r", path, exc)
                    report.warnings.append(Problem(old.kind, old.subject, _not_removed(old.path)))
            if path.is_file():
                kept.append(replace(old, not_rebuilt=rebuilt))
        return kept


_KEPT = "Die bisherige Fassung der Datei bleibt unverändert."


def _cannot_write(relpath: str, exc: OSError) -> str:
    return f"„{relpath}“ konnte nicht geschrieben werden: {os_error_cause(exc)}."


def _not_removed(relpath: str) -> str:
    return (
        f"Die veraltete Datei „{relpath}“ konnte nicht gelöscht werden (vermutlich noch in "
        "einem anderen Programm geöffnet). Bitte dort schließen und die Datei selbst löschen."
    )


def _remove_leftovers(out_dir: Path) -> None:
    """Remove staging folders of builds that crashed (older than an hour)."""
    now = time.time()
    for leftover in out_dir.glob(f"{STAGING_PREFIX}*"):
        with contextlib.suppress(OSError):
            if leftover.is_dir() and now - leftover.stat().st_mtime > LEFTOVER_SECONDS:
                shutil.rmtree(leftover, ignore_errors=True)


def _hide(path: Path) -> None:
    """Windows shows dot folders; mark the staging folder hidden there (best effort)."""
    if os.name != "nt":
        return
    import ctypes  # pragma: no cover - Windows

    with contextlib.suppress(Exception):  # pragma: no cover - Windows
        ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # type: ignore[attr-defined,unused-ignore]

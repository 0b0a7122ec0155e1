"""Only one build at a time writes into an output folder.

Two builds into the same folder at once (two windows, a window and a script) would swap both
ceremonies' files in and leave a manifest describing only one of them. A build therefore holds
the lock file ``ORDNER/~ceremonykit-export.lock`` while it runs. It is the project lock of
:mod:`ceremonykit.store.lock` – created with ``O_EXCL``, naming user, computer and process –
with the same stale rule: a lock whose program no longer runs on this computer (a crashed
build) is taken over; a live one, or one from another computer, makes the second build stop
with a German message before it writes anything.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ceremonykit.build.staging import OutputFolderError
from ceremonykit.errors import UserError
from ceremonykit.store.lock import ProjectLock, lock_path_for
from ceremonykit.store.messages import ProjectError, ProjectLockedError

LOCK_STEM = "ceremonykit-export"
"""The lock file is ``~ceremonykit-export.lock`` (see :func:`lock_path_for`)."""


class OutputFolderBusy(UserError):
    """Another build is writing into the same output folder right now."""


def folder_lock_file(out_dir: Path) -> Path:
    return lock_path_for(out_dir / LOCK_STEM)


@contextlib.contextmanager
def output_folder_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock for the ``with`` block (the folder must exist)."""
    try:
        lock = ProjectLock.acquire(out_dir / LOCK_STEM, take_over=True)
    except ProjectLockedError as exc:
        who = f" ({exc.holder}, seit {exc.since})" if exc.holder and exc.since else ""
        raise OutputFolderBusy(
            f"In den Ordner „{out_dir}“ schreibt gerade ein anderer Export{who}.",
            hint="Bitte warten, bis er fertig ist, oder einen anderen Ausgabeordner wählen. "
            f"Ist sicher kein Export mehr offen, die Datei „{folder_lock_file(out_dir).name}“ "
            "im Ordner löschen. Es wurde nichts geschrieben.",
        ) from None
    except ProjectError as exc:
        cause = exc.__context__  # the OSError the lock module turned into its message
        if isinstance(cause, OSError):  # disk full, read-only, drive gone
            raise OutputFolderError(out_dir, cause) from None
        raise OutputFolderBusy(
            f"Der Ausgabeordner „{out_dir}“ kann gerade nicht für den Export gesperrt werden.",
            hint="Bitte einen Moment warten und es erneut versuchen. Es wurde nichts geschrieben.",
        ) from None
    try:
        yield
    finally:
        lock.release()

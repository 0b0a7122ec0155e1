"""Project-level operations the CLI and the GUI share: create, open, read."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ceremonykit.domain.model import Ceremony
from ceremonykit.errors import UserError
from ceremonykit.store import ProjectFile
from ceremonykit.user_settings import sender_for_new_project, signatories_for_new_project

SUFFIX = ".ceremony"


def new_ceremony() -> Ceremony:
    """An empty ceremony with a copy of the user's sender profile (and logo), the signatories IT
    deployed for the machine (:mod:`ceremonykit.machine_defaults`) and this year."""
    sender, logo = sender_for_new_project()
    signatories, images = signatories_for_new_project()
    ceremony = Ceremony(year=date.today().year, sender=sender, city=sender.city)
    ceremony.signatories = signatories
    for asset in [logo, *images] if logo is not None else images:
        ceremony.assets[asset.id] = asset
    return ceremony


@contextlib.contextmanager
def open_project(
    path: Path,
    *,
    create_with: Ceremony | None = None,
    overwrite: bool = False,
    take_over_lock: bool = False,
) -> Iterator[ProjectFile]:
    """Open (or create) a project for writing; the lock is released on exit."""
    if create_with is not None:
        project = ProjectFile.create(
            path, create_with, overwrite=overwrite, take_over_lock=take_over_lock
        )
    else:
        project = ProjectFile.open(path, take_over_lock=take_over_lock)
    try:
        yield project
    finally:
        project.close()


def read_ceremony(path: Path) -> Ceremony:
    """Load a whole ceremony without locking or changing the file."""
    with ProjectFile.open(path, readonly=True) as project:
        return project.load()


def export_checkin_copy(
    ceremony: Ceremony, source: Path, target: Path, *, overwrite: bool = False
) -> int:
    """Write the check-in copy for a second door (guests and codes only) to ``target``, all or
    nothing; returns the number of guests in it."""
    from ceremonykit.guests.checkin_copy import checkin_copy

    if Path(target).resolve() == Path(source).resolve():
        raise UserError(
            f"Die Einlass-Kopie kann nicht „{source.name}“ selbst ersetzen. Bitte einen anderen "
            "Dateinamen wählen, z. B. „Tür 2.ceremony“."
        )
    copy = checkin_copy(ceremony, source.name)
    ProjectFile.create(target, copy, overwrite=overwrite).close()
    return len(copy.guests)

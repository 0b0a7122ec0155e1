"""Project-level operations the CLI and the GUI share: create, open, read."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ceremonykit.domain.model import Ceremony
from ceremonykit.store import ProjectFile
from ceremonykit.user_settings import load_sender_profile

SUFFIX = ".ceremony"


def new_ceremony() -> Ceremony:
    """An empty ceremony with the user's sender profile and this year."""
    today = date.today()
    return Ceremony(year=today.year, sender=load_sender_profile(), city=load_sender_profile().city)


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
        project = ProjectFile.create(path, create_with, overwrite=overwrite)
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

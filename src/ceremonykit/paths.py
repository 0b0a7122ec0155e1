"""Where the program looks and writes when the user has not said: Documents, never its own folder.

Started from the Start menu, the working folder of a per-user installation is the program
folder (``%LOCALAPPDATA%\\Programs\\CeremonyKit``) – writable, and removed by an uninstaller. A
file dialog that starts there, or an output folder typed as a relative name, would put
projects and documents into it. So the GUI starts in the user's Documents folder (on Windows the
known folder, including a redirected one on a server) and resolves relative folders against the
project's folder. The CLI keeps the usual meaning of relative paths (the shell's folder).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from platformdirs import user_documents_dir


def documents_dir() -> Path:
    """The user's Documents folder, or the home folder if there is none."""
    with contextlib.suppress(Exception):  # platformdirs may fail on odd profiles
        documents = Path(user_documents_dir())
        if documents.is_dir():
            return documents
    return Path.home()


def program_dir() -> Path | None:
    """The folder the running (frozen) program is installed in; None when run from source."""
    import sys

    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None


def dialog_start_dir(last_used: str) -> Path:
    """Where an open/save dialog starts: the last used folder if it still exists and is not
    the program's own folder, else Documents."""
    if last_used:
        folder = Path(last_used)
        program = program_dir()
        inside_program = program is not None and (folder == program or program in folder.parents)
        if folder.is_dir() and not inside_program:
            return folder
    return documents_dir()


def resolve_output_dir(text: str, project: Path | None) -> Path | None:
    """An output folder as typed: absolute as it is, relative to the project's folder (else
    Documents); ``~`` is the home folder. None for an empty entry."""
    text = text.strip()
    if not text:
        return None
    folder = Path(os.path.expandvars(text)).expanduser()
    if folder.is_absolute():
        return folder
    base = project.resolve().parent if project is not None else documents_dir()
    return base / folder


def leave_program_dir() -> None:
    """GUI start: make Documents the working folder, so nothing can land in the program folder
    through a relative path or a dialog without a start folder."""
    with contextlib.suppress(OSError):
        os.chdir(documents_dir())

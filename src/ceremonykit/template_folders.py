"""The user's template folders, and whether a template named in a project may be used unasked.

A project file can name a Word template for its certificates (``certificate.word_template``).
The project file may come from anywhere – an e-mail, a USB stick – so its template is used
without a question only when it lies in one of the user's own template folders:

* ``Vorlagen`` in the user's CeremonyKit config folder (see :func:`user_settings.config_dir`),
* every folder listed in ``CEREMONYKIT_TEMPLATE_DIRS`` (separated like ``PATH``),
* the templates bundled with the program.

Anywhere else the user confirms it: the CLI refuses without ``--vorlage-erlauben``, the GUI
asks. A template chosen in the build options (``--option certificate.word_template=…``) is the
user's own choice and needs no confirmation. Templates render in a sandbox in every case; the
confirmation is the second line of defence and makes the path visible.
"""

from __future__ import annotations

import os
from pathlib import Path

from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.settings_keys import CERTIFICATE_WORD_TEMPLATE
from ceremonykit.resources import templates_dir
from ceremonykit.user_settings import config_dir

TEMPLATE_DIRS_ENV = "CEREMONYKIT_TEMPLATE_DIRS"
ALLOW_FLAG = "--vorlage-erlauben"


def user_template_dirs() -> list[Path]:
    """The folders whose templates are the user's own (the first is the default folder)."""
    folders = [config_dir() / "Vorlagen"]
    folders += [Path(p) for p in os.environ.get(TEMPLATE_DIRS_ENV, "").split(os.pathsep) if p]
    return folders


def is_in_template_folder(path: Path) -> bool:
    """Whether ``path`` (links resolved) lies inside a user template folder or the bundle."""
    try:
        real = Path(path).resolve()
        roots = [d.resolve() for d in (*user_template_dirs(), templates_dir())]
    except (OSError, RuntimeError, ValueError):
        return False
    return any(real.is_relative_to(root) for root in roots)


def project_word_template(ceremony: Ceremony) -> str:
    """The Word template path stored in the project ("" if none)."""
    return ceremony.settings.get(CERTIFICATE_WORD_TEMPLATE, "").strip()


def template_needing_confirmation(ceremony: Ceremony) -> Path | None:
    """The project's Word template if it lies outside the user's template folders."""
    stored = project_word_template(ceremony)
    if not stored or is_in_template_folder(Path(stored)):
        return None
    return Path(stored)


def outside_folder_text(path: Path) -> str:
    """Which template the project asks for and where it lies (German, for questions)."""
    return (
        f"Die Projektdatei verlangt die Word-Vorlage „{path}“. Sie liegt nicht in Ihrem "
        f"Vorlagenordner ({user_template_dirs()[0]})."
    )


def not_confirmed_message(path: Path) -> str:
    """Why a template from the project file was not used, and how to allow it (German); how
    to allow it in the program at hand is :attr:`~ceremonykit.errors.Remedy.ALLOW_TEMPLATE`."""
    return (
        f"{outside_folder_text(path)[:-1]} und wurde deshalb nicht verwendet. "
        "Nur wenn Sie der Vorlage vertrauen: sie beim Erstellen erlauben oder in den "
        "Vorlagenordner kopieren."
    )

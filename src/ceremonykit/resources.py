"""The one place that finds bundled files (fonts, templates, icons, translations).

Works from a checkout (``resources/`` and ``templates/`` at the repository root), from an
installed wheel (copied to ``ceremonykit/_bundled/``) and from the frozen Windows build
(``sys._MEIPASS``). Refuses absolute paths and ``..`` so that a template name taken from a
project file cannot reach outside the bundle.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path, PurePosixPath

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, Path]:
    """(resources dir, templates dir) of this installation."""
    candidates: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen))
    candidates.append(_PACKAGE_DIR / "_bundled")
    candidates.append(_PACKAGE_DIR.parent.parent)  # src/ceremonykit -> repository root
    for base in candidates:
        if (base / "resources").is_dir() and (base / "templates").is_dir():
            return base / "resources", base / "templates"
    raise FileNotFoundError("CeremonyKit-Installation unvollständig: Ordner 'resources' fehlt.")


def _safe_join(root: Path, relative: str) -> Path:
    rel = PurePosixPath(relative.replace("\\", "/"))
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        raise ValueError(f"ungültiger Ressourcenpfad: {relative!r}")
    return root.joinpath(*rel.parts)


def resource_path(relative: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts/NotoSans-Regular.ttf")``."""
    return _safe_join(_roots()[0], relative)


def template_path(relative: str) -> Path:
    """Path of a bundled template, e.g. ``template_path("certificates/classic.json")``."""
    return _safe_join(_roots()[1], relative)


def resources_dir() -> Path:
    return _roots()[0]


def templates_dir() -> Path:
    return _roots()[1]

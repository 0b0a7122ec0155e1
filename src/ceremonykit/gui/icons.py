"""SVG icons from ``resources/icons`` (sharp on high-DPI screens)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ceremonykit.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    path = resource_path(f"icons/{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()

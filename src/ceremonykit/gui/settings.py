"""Per-user GUI settings in QSettings (organisation "Stadt Dortmund", application "CeremonyKit").

On Windows they live in the registry, elsewhere in an INI file; tests point QSettings at a temp
folder. Every key is declared once here with its default.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ceremonykit.paths import dialog_start_dir

ORGANISATION = "Stadt Dortmund"
APPLICATION = "CeremonyKit"
MAX_RECENT = 8
LANGUAGES = {"de": "Deutsch", "en": "English"}


class AppSettings:
    """Typed access to the few things the GUI remembers between sessions."""

    def __init__(self) -> None:
        self._s = QSettings(ORGANISATION, APPLICATION)

    # recent files -----------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        raw = self._s.value("recent_files", [])
        items = (
            [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list | tuple) else []
        )
        return [Path(p) for p in items if p]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        items = [p for p in self.recent_files() if p != path]
        self._s.setValue("recent_files", [str(p) for p in [path, *items][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        items = [p for p in self.recent_files() if p != Path(path)]
        self._s.setValue("recent_files", [str(p) for p in items])

    # language ---------------------------------------------------------------------
    def language(self) -> str:
        value = str(self._s.value("language", "de"))
        return value if value in LANGUAGES else "de"

    def set_language(self, code: str) -> None:
        self._s.setValue("language", code)

    # window -----------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    # folders ----------------------------------------------------------------------
    def last_dir(self) -> str:
        """Where file dialogs start: the last used folder, else Documents (never the program
        folder, see :mod:`ceremonykit.paths`)."""
        return str(dialog_start_dir(str(self._s.value("last_dir", ""))))

    def set_last_dir(self, folder: Path) -> None:
        self._s.setValue("last_dir", str(folder))

    def sync(self) -> None:
        self._s.sync()

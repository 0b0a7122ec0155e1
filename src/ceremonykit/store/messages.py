"""German messages about project files, in one place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ceremonykit.errors import UserError


class ProjectError(UserError):
    """The project file cannot be opened or written; the message says why and what to do."""


class ProjectLockedError(ProjectError):
    """Another user (or another window) has the file open for editing."""

    def __init__(self, message: str, *, stale: bool, holder: str, since: str) -> None:
        super().__init__(message)
        self.stale = stale
        self.holder = holder
        self.since = since


def not_found(path: Path) -> str:
    return f"Die Projektdatei „{path}“ wurde nicht gefunden."


def not_a_project(path: Path) -> str:
    return (
        f"„{path.name}“ ist keine CeremonyKit-Projektdatei. "
        "Tabellen (.xlsx, .csv) bitte über „Importieren“ einlesen."
    )


def unreadable(path: Path, exc: OSError) -> str:
    return f"„{path.name}“ kann nicht gelesen werden ({exc.strerror or exc})."


def too_new(path: Path, version: int) -> str:
    return (
        f"„{path.name}“ wurde mit einer neueren CeremonyKit-Version gespeichert "
        f"(Dateiformat {version}). Bitte CeremonyKit aktualisieren; die Datei bleibt unverändert."
    )


def damaged(path: Path, detail: str) -> str:
    return (
        f"Die Projektdatei „{path.name}“ ist beschädigt und wird nicht verändert ({detail}). "
        "Bitte eine Sicherungskopie öffnen."
    )


def exists(path: Path) -> str:
    return f"„{path}“ gibt es schon. Bitte einen anderen Namen wählen."


def folder_missing(path: Path) -> str:
    return f"Der Ordner „{path.parent}“ existiert nicht."


def opened_readonly(path: Path) -> str:
    return f"„{path.name}“ ist nur zum Lesen geöffnet; Änderungen sind nicht möglich."


def write_failed(path: Path, exc: BaseException) -> str:
    text = str(exc).lower()
    if isinstance(exc, sqlite3.Error) and ("full" in text or "disk i/o" in text):
        return (
            f"„{path.name}“ konnte nicht gespeichert werden: Der Datenträger ist voll. "
            "Bitte Platz schaffen; die letzte Änderung wurde nicht übernommen, alles davor ist sicher."
        )
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text:
        return (
            f"„{path.name}“ kann nicht geschrieben werden: Der Ordner oder die Datei ist "
            "schreibgeschützt. Bitte die Datei in einen Ordner mit Schreibrecht kopieren."
        )
    if isinstance(exc, OSError):
        return f"„{path.name}“ konnte nicht geschrieben werden ({exc.strerror or exc})."
    return f"„{path.name}“ konnte nicht gespeichert werden ({exc})."


def locked(path: Path, holder: str, since: str) -> str:
    return f"Die Datei „{path.name}“ wird seit {since} von {holder} bearbeitet."


def locked_stale(path: Path, holder: str, since: str) -> str:
    return (
        f"Die Datei „{path.name}“ war seit {since} von {holder} geöffnet, das Programm läuft "
        "aber nicht mehr (vermutlich abgestürzt). Sperre übernehmen?"
    )

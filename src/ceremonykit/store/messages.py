"""German messages about project files, in one place.

Each message names the file and says what to do. Technical details (SQLite's English error
text) go to the log file, not into the message.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

from ceremonykit.atomic import is_disk_full, is_not_permitted
from ceremonykit.errors import Remedy, UserError

log = logging.getLogger(__name__)


class ProjectError(UserError):
    """The project file cannot be opened or written; the message says why and what to do."""


class ProjectReadOnlyError(ProjectError):
    """The file or its folder is read-only: it can be opened only for reading (look, build)."""


class ProjectLockedError(ProjectError):
    """Another user (or another window) has the file open for editing.

    ``stale`` – the holder's program is certainly gone (same computer, process ended);
    ``can_take_over`` – the GUI may offer "Sperre übernehmen" (stale, or held from another
    computer whose program we cannot check).
    """

    def __init__(
        self,
        message: str,
        *,
        stale: bool,
        holder: str,
        since: str,
        can_take_over: bool = False,
        remedy: Remedy = Remedy.NONE,
    ) -> None:
        super().__init__(message, remedy=remedy)
        self.stale = stale
        self.holder = holder
        self.since = since
        self.can_take_over = can_take_over


def not_found(path: Path) -> str:
    return f"Die Projektdatei „{path}“ wurde nicht gefunden. Bitte Namen und Ordner prüfen."


def not_a_project(path: Path) -> str:
    return (
        f"„{path.name}“ ist keine CeremonyKit-Projektdatei und wird nicht verändert. "
        "Tabellen (.xlsx, .csv) bitte über „Importieren“ einlesen."
    )


def empty_file(path: Path) -> str:
    return (
        f"„{path.name}“ ist leer (0 Byte) und keine gültige Projektdatei. "
        "Bitte eine Sicherungskopie öffnen."
    )


def unreadable(path: Path, exc: OSError) -> str:
    log.warning("cannot read %s: %s", path, exc)
    if isinstance(exc, PermissionError):
        return f"„{path.name}“ kann nicht gelesen werden: Es fehlt die Leseberechtigung."
    return f"„{path.name}“ kann nicht gelesen werden. Bitte prüfen, ob das Laufwerk erreichbar ist."


def too_new(path: Path, version: int) -> str:
    return (
        f"„{path.name}“ wurde mit einer neueren CeremonyKit-Version gespeichert "
        f"(Dateiformat {version}). Bitte CeremonyKit aktualisieren; die Datei bleibt unverändert."
    )


def damaged(path: Path, detail: str) -> str:
    log.warning("damaged project file %s: %s", path, detail)
    return (
        f"Die Projektdatei „{path.name}“ ist beschädigt und wird nicht verändert. "
        "Bitte eine Sicherungskopie öffnen (z. B. eine mit „Speichern unter“ angelegte Kopie)."
    )


def needs_recovery(path: Path) -> str:
    return (
        f"„{path.name}“ wurde beim letzten Bearbeiten nicht ordnungsgemäß geschlossen "
        "(z. B. Absturz oder Stromausfall). Bitte die Datei einmal zum Bearbeiten öffnen; "
        "dabei wird der zuletzt gespeicherte Stand wiederhergestellt."
    )


def migration_failed(path: Path, version: int) -> str:
    return (
        f"„{path.name}“ (Dateiformat {version}) konnte nicht auf das aktuelle Format umgestellt "
        "werden. Die Datei bleibt unverändert; bitte den Fehler der IT melden."
    )


def exists(path: Path) -> str:
    return f"„{path}“ gibt es schon. Bitte einen anderen Namen wählen."


def same_file(path: Path) -> str:
    return f"„{path.name}“ ist die geöffnete Datei selbst. Bitte einen anderen Namen wählen."


def folder_missing(path: Path) -> str:
    return f"Der Ordner „{path.parent}“ existiert nicht. Bitte einen vorhandenen Ordner wählen."


def opened_readonly(path: Path) -> str:
    return f"„{path.name}“ ist nur zum Lesen geöffnet; Änderungen sind nicht möglich."


def file_readonly(path: Path) -> str:
    return (
        f"„{path.name}“ ist schreibgeschützt und kann nur angesehen werden. Zum Bearbeiten bitte "
        "den Schreibschutz aufheben oder die Datei in einen Ordner mit Schreibrecht kopieren."
    )


def cannot_lock(path: Path, exc: OSError) -> str:
    log.warning("cannot create lock file for %s: %s", path, exc)
    if is_not_permitted(exc) or exc.errno == errno.EROFS:
        return (
            f"„{path.name}“ kann nicht bearbeitet werden: Im Ordner „{path.parent}“ fehlt das "
            "Schreibrecht. Ansehen und Dokumente erstellen geht weiterhin; zum Bearbeiten die "
            "Datei bitte in einen Ordner mit Schreibrecht kopieren."
        )
    if is_disk_full(exc):
        return disk_full(path)
    return (
        f"„{path.name}“ kann nicht zum Bearbeiten geöffnet werden, weil die Sperrdatei nicht "
        "angelegt werden konnte. Bitte prüfen, ob das Laufwerk erreichbar ist."
    )


def lock_unreadable(lock_file: Path, exc: OSError) -> str:
    log.warning("cannot read lock file %s: %r", lock_file, exc)
    return (
        f"Die Sperrdatei „{lock_file.name}“ kann gerade nicht gelesen werden (Laufwerk oder "
        "Netzlaufwerk nicht erreichbar?). Es wurde nichts verändert; bitte gleich noch einmal "
        "versuchen."
    )


def lock_contended(path: Path) -> str:
    return (
        f"„{path.name}“ wird gerade von einem anderen Programm geöffnet. "
        "Bitte einen Moment warten und es erneut versuchen."
    )


def disk_full(path: Path) -> str:
    return (
        f"„{path.name}“ konnte nicht gespeichert werden: Der Datenträger ist voll. "
        "Bitte Platz schaffen; die letzte Änderung wurde nicht übernommen, alles davor ist sicher."
    )


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _is_disk_full(exc: BaseException) -> bool:
    return _primary_code(exc) == sqlite3.SQLITE_FULL or is_disk_full(exc)


def rebuild_failed(path: Path, exc: BaseException) -> str:
    """VACUUM failed: nothing is lost – every change was committed before – but the file
    keeps its size (and free pages, which ``secure_delete`` has already overwritten)."""
    log.warning("rebuilding %s failed: %r", path, exc)
    cause = (
        "Der Datenträger ist voll (der Neuaufbau braucht freien Platz in der Größe der Datei)"
        if _is_disk_full(exc)
        else "Lese-/Schreibfehler, Einzelheiten stehen in der Protokolldatei"
    )
    return (
        f"„{path.name}“ konnte nicht neu aufgebaut werden: {cause}. "
        "Alle gespeicherten Änderungen sind erhalten."
    )


def write_failed(path: Path, exc: BaseException) -> str:
    """The message for a failed write; the technical cause goes to the log."""
    log.warning("writing %s failed: %r", path, exc)
    primary = _primary_code(exc)
    text = str(exc).lower()
    if _is_disk_full(exc):
        return disk_full(path)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return (
            f"„{path.name}“ ist gerade von einem anderen Programm gesperrt. "
            "Die letzte Änderung wurde nicht übernommen; bitte gleich noch einmal versuchen."
        )
    if (
        primary == sqlite3.SQLITE_READONLY
        or isinstance(exc, PermissionError)
        or "readonly" in text
        or "read-only" in text
    ):
        return (
            f"„{path.name}“ kann nicht geschrieben werden: Der Ordner oder die Datei ist "
            "schreibgeschützt. Bitte die Datei in einen Ordner mit Schreibrecht kopieren."
        )
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) or isinstance(exc, OSError):
        return (
            f"„{path.name}“ konnte nicht geschrieben werden (Lese-/Schreibfehler des Laufwerks). "
            "Bitte prüfen, ob das Laufwerk oder Netzlaufwerk erreichbar ist; die letzte Änderung "
            "wurde nicht übernommen."
        )
    return (
        f"„{path.name}“ konnte nicht gespeichert werden. Die letzte Änderung wurde nicht "
        "übernommen; Einzelheiten stehen in der Protokolldatei."
    )


def locked(path: Path, holder: str, since: str) -> str:
    return (
        f"Die Datei „{path.name}“ wird seit {since} von {holder} bearbeitet. "
        "Bitte warten, bis sie dort geschlossen wird, oder die Datei nur zum Lesen öffnen."
    )


def locked_stale(path: Path, holder: str, since: str) -> str:
    return (
        f"Die Datei „{path.name}“ war seit {since} von {holder} geöffnet, das Programm läuft "
        "aber nicht mehr (vermutlich abgestürzt). Die Sperre kann übernommen werden."
    )


def lock_lost(path: Path, holder: str) -> str:
    return (
        f"Die Sperre für „{path.name}“ wurde von {holder} übernommen. Die letzte Änderung "
        "wurde nicht gespeichert; bitte die Datei schließen und neu öffnen."
    )


def locked_unknown(path: Path, stale: bool) -> str:
    if stale:
        return (
            f"Die Datei „{path.name}“ ist gesperrt, die Sperrdatei ist aber unlesbar und alt "
            "(vermutlich nach einem Absturz). Die Sperre kann übernommen werden."
        )
    return f"Die Datei „{path.name}“ wird gerade geöffnet. Bitte einen Moment warten."

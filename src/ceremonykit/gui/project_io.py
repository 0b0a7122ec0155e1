"""Opening, creating and copying project files with the GUI's dialogs (lock, errors)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ceremonykit.domain.model import Ceremony
from ceremonykit.errors import UserError
from ceremonykit.gui.remedies import hint_text
from ceremonykit.gui.session import Session
from ceremonykit.gui.settings import AppSettings
from ceremonykit.project import SUFFIX, new_ceremony
from ceremonykit.store import ProjectError, ProjectFile, ProjectLockedError, ProjectReadOnlyError


def show_error(parent: QWidget | None, title: str, error: Exception | str) -> None:
    text = error.message if isinstance(error, UserError) else str(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if isinstance(error, UserError) and hint_text(error):
        box.setInformativeText(hint_text(error))
    box.exec()


def open_session(parent: QWidget | None, path: Path) -> Session | None:
    """Open ``path`` for editing – or, when it is locked or read-only and the user chooses
    so, only for reading; None if it could not be opened."""
    title = QCoreApplication.translate("ProjectIO", "Projekt öffnen")
    try:
        project = _open_project(parent, title, path)
        if project is None:
            return None
        try:
            ceremony = project.load()
        except BaseException:
            project.close()
            raise
    except UserError as exc:
        show_error(parent, title, exc)
        return None
    AppSettings().add_recent(path)
    return Session(project, ceremony)


def open_project_file(parent: QWidget | None, path: Path) -> ProjectFile | None:
    """Only the first step of :func:`open_session`: the file opened and locked (asking how, if
    it is locked or read-only), not read yet – for :mod:`ceremonykit.gui.project_loader`."""
    title = QCoreApplication.translate("ProjectIO", "Projekt öffnen")
    try:
        return _open_project(parent, title, path)
    except UserError as exc:
        show_error(parent, title, exc)
        return None


TAKE_OVER = "take_over"
READ_ONLY = "read_only"


def _open_project(parent: QWidget | None, title: str, path: Path) -> ProjectFile | None:
    try:
        return ProjectFile.open(path)
    except (ProjectLockedError, ProjectReadOnlyError) as exc:
        choice = ask_how_to_open(parent, title, exc)
    if choice == TAKE_OVER:
        return ProjectFile.open(path, take_over_lock=True)  # refused if no longer stale
    if choice == READ_ONLY:
        return ProjectFile.open(path, readonly=True)
    return None


def ask_how_to_open(parent: QWidget | None, title: str, error: ProjectError) -> str:
    """Show why the file cannot be edited and what the user can do instead: take over a
    stale lock, open it only for reading (look and build), or cancel. Returns the choice."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, error.message, QMessageBox.StandardButton.NoButton, parent
    )
    choices = {}
    stale = isinstance(error, ProjectLockedError) and error.stale
    box.setInformativeText(
        QCoreApplication.translate(
            "ProjectIO",
            "Das Programm, das die Datei gesperrt hat, läuft nicht mehr. Die Sperre übernehmen und die Datei bearbeiten – oder nur zum Lesen öffnen?",
        )
        if stale
        else QCoreApplication.translate(
            "ProjectIO",
            "Nur zum Lesen: alles ansehen und Dokumente erstellen, aber nichts ändern. Eine bearbeitbare Kopie legt danach „Datei › Speichern unter…“ an.",
        )
    )
    if stale:
        take = box.addButton(
            QCoreApplication.translate("ProjectIO", "Sperre übernehmen"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choices[id(take)] = TAKE_OVER
    read = box.addButton(
        QCoreApplication.translate("ProjectIO", "Nur zum Lesen öffnen"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    choices[id(read)] = READ_ONLY
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read)
    box.exec()
    return choices.get(id(box.clickedButton()), "")


def create_session(
    parent: QWidget | None, path: Path, ceremony: Ceremony | None = None
) -> Session | None:
    try:
        project = ProjectFile.create(path, ceremony or new_ceremony(), overwrite=path.exists())
        loaded = project.load()
    except UserError as exc:
        show_error(parent, QCoreApplication.translate("ProjectIO", "Neues Projekt"), exc)
        return None
    AppSettings().add_recent(path)
    return Session(project, loaded)


def ask_new_path(parent: QWidget, title: str) -> Path | None:
    settings = AppSettings()
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        settings.last_dir(),
        QCoreApplication.translate("ProjectIO", "CeremonyKit-Projekte (*%1)").replace("%1", SUFFIX),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    settings.set_last_dir(path.parent)
    return path


def ask_open_path(parent: QWidget) -> Path | None:
    settings = AppSettings()
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ProjectIO", "Projekt öffnen"),
        settings.last_dir(),
        QCoreApplication.translate("ProjectIO", "CeremonyKit-Projekte (*%1)").replace("%1", SUFFIX),
    )
    if not name:
        return None
    settings.set_last_dir(Path(name).parent)
    return Path(name)

"""Opening, creating and copying project files with the GUI's dialogs (lock, errors)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ceremonykit.domain.model import Ceremony
from ceremonykit.errors import UserError
from ceremonykit.gui.session import Session
from ceremonykit.gui.settings import AppSettings
from ceremonykit.project import SUFFIX, new_ceremony
from ceremonykit.store import ProjectFile
from ceremonykit.store.messages import ProjectLockedError


def show_error(parent: QWidget | None, title: str, error: Exception | str) -> None:
    text = error.message if isinstance(error, UserError) else str(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if isinstance(error, UserError) and error.hint:
        box.setInformativeText(error.hint)
    box.exec()


def open_session(parent: QWidget | None, path: Path) -> Session | None:
    """Open ``path`` for editing; asks about a stale lock; None if it could not be opened."""
    title = QCoreApplication.translate("ProjectIO", "Projekt öffnen")
    try:
        try:
            project = ProjectFile.open(path)
        except ProjectLockedError as exc:
            if not exc.stale:
                show_error(parent, title, exc)
                return None
            answer = QMessageBox.question(
                parent,
                title,
                f"{exc.message}\n\n"
                + QCoreApplication.translate(
                    "ProjectIO",
                    "Das Programm, das die Datei gesperrt hat, läuft nicht mehr. Die Sperre übernehmen und die Datei öffnen?",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            project = ProjectFile.open(path, take_over_lock=True)
        ceremony = project.load()
    except UserError as exc:
        show_error(parent, title, exc)
        return None
    AppSettings().add_recent(path)
    return Session(project, ceremony)


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

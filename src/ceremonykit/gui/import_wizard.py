"""Import wizard (built against ``ceremonykit.importing`` once it is merged)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ceremonykit.gui.session import Session


def run_import_wizard(session: Session, path: Path | None, parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ImportWizard", "Tabelle importieren"),
        QCoreApplication.translate(
            "ImportWizard", "Der Import ist in dieser Version noch nicht verfügbar."
        ),
    )

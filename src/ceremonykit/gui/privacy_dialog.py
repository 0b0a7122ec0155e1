"""Datenschutz in the window: the retention date, deleting the guests' data for good, and the
Auskunft (Art. 15 DSGVO) for one person into a file the user chooses.

The purge runs :func:`ceremonykit.operations.privacy.purge_guests` (the same operation as the
command line) after a confirmation that says what is deleted and that it cannot be undone; the
undo history is cleared afterwards, because undoing older edits would bring guests back.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ceremonykit.atomic import write_text_atomic
from ceremonykit.guests.person_export import export_person
from ceremonykit.guests.privacy import PurgePlan, plan_purge
from ceremonykit.gui import values
from ceremonykit.gui.commands import SetInfo
from ceremonykit.gui.pages.base import group, hint
from ceremonykit.gui.session import Session
from ceremonykit.operations.privacy import purge_guests
from ceremonykit.store import ProjectError, migration_backups


class PrivacyDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Datenschutz"))
        self.resize(620, 460)

        keep_box, keep_form = group(self.tr("Aufbewahrung"))
        self.retention = QLineEdit(values.show_date(session.ceremony.retention_until))
        self.retention.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.retention.editingFinished.connect(self.save_retention)
        keep_form.addRow(self.tr("Gästedaten löschen ab:"), self.retention)
        self.state = QLabel()
        self.state.setWordWrap(True)
        keep_form.addRow(self.state)
        self.purge_button = QPushButton(self.tr("Gästedaten endgültig löschen…"))
        self.purge_button.clicked.connect(self.purge)
        keep_form.addRow(self.purge_button)

        info_box, info_form = group(self.tr("Auskunft für eine Person (Art. 15 DSGVO)"))
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Name oder E-Mail-Adresse, z. B. Birgit Sonnenberg"))
        export = QPushButton(self.tr("Auskunft speichern…"))
        export.clicked.connect(self.export)
        row = QHBoxLayout()
        row.addWidget(self.person, 1)
        row.addWidget(export)
        info_form.addRow(row)
        info_form.addRow(
            hint(
                self.tr(
                    "Speichert alles, was dieses Projekt zu der Person enthält, mit der Fundstelle – als Antwort auf eine Auskunftsanfrage."
                )
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(keep_box)
        layout.addWidget(info_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.purge_button.setEnabled(not session.read_only)
        self.retention.setReadOnly(session.read_only)
        self._show_state()

    def _show_state(self) -> None:
        ceremony = self.session.ceremony
        until = ceremony.retention_until
        count = len(ceremony.guests)
        if not count:
            text = self.tr("Es sind keine Gästedaten gespeichert.")
        elif until is None:
            text = self.tr("%1 Gäste gespeichert; keine Frist eingetragen.").replace(
                "%1", str(count)
            )
        elif date.today() > until:
            text = self.tr(
                "%1 Gäste gespeichert; die Frist ist am %2 abgelaufen – bitte die Gästedaten löschen."
            )
            text = text.replace("%1", str(count)).replace("%2", values.show_date(until))
        else:
            text = self.tr("%1 Gäste gespeichert; zu löschen ab %2.")
            text = text.replace("%1", str(count)).replace("%2", values.show_date(until))
        self.state.setText(text)
        self.purge_button.setEnabled(bool(count) and not self.session.read_only)

    def save_retention(self) -> None:
        try:
            value = values.parse_date(self.retention.text())
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Datenschutz"), str(exc))
            return
        if value != self.session.ceremony.retention_until:
            self.session.undo_stack.push(
                SetInfo(self.session, "retention_until", value, self.tr("Löschfrist ändern"))
            )
        self._show_state()

    def purge(self) -> None:
        ceremony = self.session.ceremony
        plan = plan_purge(ceremony)
        details = self.tr("%1 Gäste werden mit allen Angaben gelöscht.").replace(
            "%1", str(len(plan.guests))
        )
        if plan.photos:
            details += " " + self.tr(
                "In %1 Fotoangaben werden Gästenamen durch „N. N.“ ersetzt."
            ).replace("%1", str(len(plan.photos)))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Gästedaten endgültig löschen"))
        box.setText(details)
        box.setInformativeText(
            self.tr(
                "Das lässt sich nicht rückgängig machen: Die Projektdatei wird neu aufgebaut, Vorschauen und Sicherungskopien mit Gästedaten werden gelöscht. Preisträger, Laudationes und Fotos bleiben."
            )
        )
        delete = box.addButton(self.tr("Endgültig löschen"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            changes = self.session.apply(purge_guests, plan)
        except ProjectError as exc:
            QMessageBox.critical(
                self, self.tr("Datenschutz"), self.tr("Es wurde nichts gelöscht.") + " " + str(exc)
            )
            return
        self.session.undo_stack.clear()  # older edits must not bring guests back
        done = changes.extra["plan"]
        assert isinstance(done, PurgePlan)
        problems = [done.not_rebuilt] if done.not_rebuilt else []
        for backup in migration_backups(self.session.path):
            try:
                backup.unlink(missing_ok=True)
            except OSError as exc:
                problems.append(
                    self.tr("Sicherungskopie „%1“ konnte nicht gelöscht werden (%2).")
                    .replace("%1", backup.name)
                    .replace("%2", exc.strerror or "")
                )
        self._show_state()
        message = (
            changes.message
            + " "
            + self.tr("Bereits erzeugte Gästelisten, Namensschilder usw. bitte ebenfalls löschen.")
        )
        if problems:
            QMessageBox.warning(
                self, self.tr("Datenschutz"), message + "\n\n" + "\n".join(problems)
            )
        else:
            QMessageBox.information(self, self.tr("Datenschutz"), message)

    def export(self) -> None:
        query = self.person.text().strip()
        if not query:
            QMessageBox.information(
                self, self.tr("Auskunft"), self.tr("Bitte zuerst den Namen der Person eingeben.")
            )
            return
        suggested = str(self.session.path.with_name(f"Auskunft_{query.replace(' ', '_')}.json"))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Auskunft speichern"), suggested, self.tr("JSON-Datei (*.json)")
        )
        if not name:
            return
        data = export_person(self.session.ceremony, query, source=self.session.path)
        target = Path(name)
        try:
            write_text_atomic(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Auskunft"),
                self.tr(
                    "Die Datei „%1“ kann nicht geschrieben werden (%2). Bitte einen anderen Speicherort wählen."
                )
                .replace("%1", str(target))
                .replace("%2", exc.strerror or ""),
            )
            return
        count = data["anzahl_fundstellen"]
        text = (
            self.tr("%1 Fundstellen zu „%2“ gespeichert in %3.")
            if count
            else self.tr(
                "Zu „%2“ ist in diesem Projekt nichts gespeichert (Datei %3 trotzdem angelegt)."
            )
        )
        QMessageBox.information(
            self,
            self.tr("Auskunft"),
            text.replace("%1", str(count)).replace("%2", query).replace("%3", target.name),
        )

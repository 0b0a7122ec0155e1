"""The sender profile (house style): press office header, contact, logo, and the signatories.

Edits are undo commands on the open project like everything else; "Als Vorlage speichern" also
keeps the profile for new projects (:func:`ceremonykit.user_settings.save_sender_profile`).
"""

from __future__ import annotations

import copy
import dataclasses
import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ceremonykit.documents.image_quality import check_print_image
from ceremonykit.domain.model import Asset, DateStyle, GenderStyle, Signatory
from ceremonykit.gui import values
from ceremonykit.gui.commands import AddObjects, DeleteObjects, PutObject, SetInfo
from ceremonykit.gui.delegates import CleanTextDelegate
from ceremonykit.gui.forms import Binder, read_path, replaced_path
from ceremonykit.gui.models.base import ObjectRole
from ceremonykit.gui.models.photos import thumbnail
from ceremonykit.gui.models.signatories import SignatoryTableModel
from ceremonykit.gui.pages.base import group, hint, line
from ceremonykit.gui.session import Session
from ceremonykit.user_settings import save_sender_profile


class SenderDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Absender und Hausstil"))
        self.binder = Binder(self._read, self._write, self)
        b = self.binder

        head, head_form = group(self.tr("Kopf der Medieninformation"))
        head_form.addRow(self.tr("Absender:"), b.line(line("Stadt Dortmund"), "sender.sender_name"))
        head_form.addRow(self.tr("Pressestelle:"), b.line(line(), "sender.office"))
        head_form.addRow(self.tr("Verantwortlich:"), b.line(line(), "sender.responsible"))
        head_form.addRow(self.tr("Straße:"), b.line(line(), "sender.street"))
        head_form.addRow(self.tr("PLZ:"), b.line(line(), "sender.postcode"))
        head_form.addRow(self.tr("Ort:"), b.line(line(), "sender.city"))
        head_form.addRow(self.tr("Telefon:"), b.line(line("+49 231 50-23022"), "sender.phone"))
        head_form.addRow(self.tr("Fax:"), b.line(line(), "sender.fax"))
        head_form.addRow(self.tr("E-Mail:"), b.line(line(), "sender.email"))
        head_form.addRow(
            self.tr("Internet (eine je Zeile):"),
            b.text(_small_text(), "sender.web", values.show_lines, values.parse_lines),
        )

        contact, contact_form = group(self.tr("Kontakt und Stil"))
        contact_form.addRow(self.tr("Ansprechperson:"), b.line(line(), "sender.contact_name"))
        contact_form.addRow(self.tr("Telefon:"), b.line(line(), "sender.contact_phone"))
        contact_form.addRow(self.tr("E-Mail:"), b.line(line(), "sender.contact_email"))
        contact_form.addRow(
            self.tr("Nächste laufende Nummer:"),
            b.line(line(), "sender.release_number", str, _parse_number),
        )
        dates = QComboBox()
        for style, label in (
            (DateStyle.SHORT, "3.7.2018"),
            (DateStyle.NUMERIC, "03.07.2018"),
            (DateStyle.LONG, self.tr("3. Juli 2018")),
        ):
            dates.addItem(label, style)
        contact_form.addRow(self.tr("Datumsformat:"), b.combo(dates, "sender.date_style"))
        genders = QComboBox()
        for gstyle, label in (
            (GenderStyle.PAIR, self.tr("Preisträgerinnen und Preisträger")),
            (GenderStyle.STAR, self.tr("Preisträger*innen")),
            (GenderStyle.NEUTRAL, self.tr("neutral (Ausgezeichnete)")),
        ):
            genders.addItem(label, gstyle)
        contact_form.addRow(self.tr("Gendern:"), b.combo(genders, "sender.gender_style"))
        self.logo = QLabel()
        self.logo.setFixedSize(140, 60)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setObjectName("logoPreview")
        logo_button = QPushButton(self.tr("Logo wählen…"))
        logo_button.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(logo_button)
        logo_row.addStretch(1)
        contact_form.addRow(self.tr("Logo:"), logo_row)
        self.logo_check = hint("")
        contact_form.addRow(self.logo_check)

        signers, signers_form = group(self.tr("Unterschriften auf Urkunden und Schecks"))
        self.signatories = SignatoryTableModel(
            session.ceremony.signatories, self._edit_signatory, self._image_state
        )
        self.table = QTableView()
        self.table.setModel(self.signatories)
        self.table.setItemDelegate(CleanTextDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(120)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_signature())
        self.signature = QLabel()
        self.signature.setFixedSize(160, 54)
        self.signature.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature.setObjectName("logoPreview")
        self.signature_check = hint(
            self.tr("Eine Zeile wählen, um ihr Unterschriftsbild zu sehen.")
        )
        self.signature_button = QPushButton(self.tr("Unterschriftsbild wählen…"))
        self.signature_button.clicked.connect(self.choose_signature)
        signature_row = QHBoxLayout()
        signature_row.addWidget(self.signature)
        signature_row.addWidget(self.signature_check, 1)
        add = QPushButton(self.tr("Unterschrift hinzufügen"))
        add.clicked.connect(self.add_signatory)
        remove = QPushButton(self.tr("Entfernen"))
        remove.clicked.connect(self.remove_signatory)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addWidget(self.signature_button)
        buttons_row.addStretch(1)
        signers_form.addRow(self.table)
        signers_form.addRow(buttons_row)
        signers_form.addRow(signature_row)

        columns = QHBoxLayout()
        columns.addWidget(head, 1)
        right = QVBoxLayout()
        right.addWidget(contact)
        right.addWidget(signers)
        columns.addLayout(right, 1)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        save_default = box.addButton(
            self.tr("Als Vorlage für neue Projekte speichern"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        save_default.setToolTip(self.tr("Neue Projekte übernehmen diesen Absender automatisch."))
        save_default.clicked.connect(self.save_as_default)

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Diese Angaben stehen im Kopf jeder Medieninformation. Änderungen gelten sofort für dieses Projekt."
                )
            )
        )
        layout.addLayout(columns)
        layout.addWidget(box)
        session.changed.connect(self._on_changed)
        self.binder.refresh()
        self._show_logo()

    def _read(self, path: str) -> Any:
        return read_path(self.session.ceremony, path)

    def _write(self, path: str, value: Any) -> None:
        attr, new = replaced_path(self.session.ceremony, path, value)
        self.session.undo_stack.push(SetInfo(self.session, attr, new, self.tr("Absender ändern")))

    def _on_changed(self, object_type: str, object_id: object) -> None:
        if object_type == "ceremony":
            self.binder.refresh()
            self._show_logo()
        elif object_type == "signatory":
            self.signatories.object_changed(object_id if isinstance(object_id, str) else None)
            self._show_signature()
        elif object_type == "asset":
            self.signatories.images_changed()

    def _image_state(self, item: Signatory) -> str:
        asset = self.session.ceremony.asset(item.signature_asset_id)
        if asset is None:
            return self.tr("fehlt")
        result = check_print_image(asset.data, signature=True)
        return self.tr("vorhanden") if result.ok else self.tr("zu klein")

    def _show_image(self, label: QLabel, check: QLabel, asset_id: str | None, empty: str) -> None:
        """Preview and resolution verdict of the logo or a signature image."""
        asset = self.session.ceremony.asset(asset_id)
        pixmap = thumbnail(asset.data, label.size(), asset.filename) if asset else QPixmap()
        if pixmap.isNull():
            label.setText(empty)
        else:
            label.setPixmap(pixmap)
        if asset is None:
            check.setText("")
            return
        result = check_print_image(
            asset.data, signature=label is self.signature, name=asset.filename
        )
        check.setText(result.message)
        check.setProperty("problem", not result.ok)

    def _show_logo(self) -> None:
        self._show_image(
            self.logo,
            self.logo_check,
            self.session.ceremony.sender.logo_asset_id,
            self.tr("kein Logo"),
        )

    def current_signatory(self) -> Signatory | None:
        index = self.table.currentIndex()
        item = self.signatories.data(index, ObjectRole) if index.isValid() else None
        return item if isinstance(item, Signatory) else None

    def _show_signature(self) -> None:
        item = self.current_signatory()
        self.signature_button.setEnabled(item is not None and not self.session.read_only)
        if item is None:
            self.signature.clear()
            self.signature_check.setText("")
            return
        self._show_image(
            self.signature,
            self.signature_check,
            item.signature_asset_id,
            self.tr("kein Bild"),
        )
        if item.signature_asset_id is None:
            self.signature_check.setText(
                self.tr("Ohne Bild erscheint nur die Linie zum Unterschreiben von Hand.")
            )

    def _pick_image(self, title: str, signature: bool) -> Asset | None:
        """Ask for an image file; refuse unreadable ones, warn about blurred ones."""
        name, _ = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Bilder (*.png *.jpg *.jpeg)")
        )
        if not name:
            return None
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            QMessageBox.warning(self, title, f"{path.name}: {exc.strerror}")
            return None
        result = check_print_image(data, signature=signature, name=path.name)
        if not result.pixels[0]:
            QMessageBox.warning(self, title, result.message)
            return None
        if not result.ok:
            QMessageBox.information(self, title, result.message)
        return Asset(
            filename=path.name,
            media_type=mimetypes.guess_type(path.name)[0] or "image/png",
            data=data,
        )

    def choose_signature(self) -> None:
        item = self.current_signatory()
        if item is None:
            return
        asset = self._pick_image(self.tr("Unterschriftsbild wählen"), signature=True)
        if asset is None:
            return
        text = self.tr("Unterschriftsbild ändern")
        stack = self.session.undo_stack
        stack.beginMacro(text)
        stack.push(AddObjects(self.session, [asset], text))
        new = dataclasses.replace(item, signature_asset_id=asset.id)
        stack.push(PutObject(self.session, new, text))
        stack.endMacro()

    def choose_logo(self) -> None:
        asset = self._pick_image(self.tr("Logo wählen"), signature=False)
        if asset is None:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Logo ändern"))
        stack.push(AddObjects(self.session, [asset], self.tr("Logo ändern")))
        sender = dataclasses.replace(
            copy.deepcopy(self.session.ceremony.sender), logo_asset_id=asset.id
        )
        stack.push(SetInfo(self.session, "sender", sender, self.tr("Logo ändern")))
        stack.endMacro()

    def _edit_signatory(self, item: Signatory, attr: str, value: Any) -> None:
        new = dataclasses.replace(item, **{attr: value})
        self.session.undo_stack.push(PutObject(self.session, new, self.tr("Unterschrift ändern")))

    def add_signatory(self) -> None:
        item = Signatory(
            name=self.tr("Neue Unterschrift"), position=len(self.session.ceremony.signatories)
        )
        self.session.undo_stack.push(
            AddObjects(self.session, [item], self.tr("Unterschrift hinzufügen"))
        )

    def remove_signatory(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            item = self.signatories.data(index, ObjectRole)
            self.session.undo_stack.push(
                DeleteObjects(self.session, [item], self.tr("Unterschrift entfernen"))
            )

    def save_as_default(self) -> None:
        save_sender_profile(self.session.ceremony.sender)
        self.setWindowTitle(self.tr("Absender und Hausstil – als Vorlage gespeichert"))


def _small_text() -> Any:
    from ceremonykit.gui.pages.base import text_box

    return text_box("www.dortmund.de/presse", 56)


def _parse_number(text: str) -> int:
    value = values.parse_int(text)
    if value is None or value < 1:
        raise ValueError("Bitte eine laufende Nummer ab 1 eingeben.")
    return value

"""Page *Bewerbungen*: everyone who applied, imported from a spreadsheet or typed in, and
whether each gets a Teilnahmeurkunde (the certificate kind's "participation" option, stored
in the project)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from ceremonykit.domain.model import Applicant
from ceremonykit.domain.settings_keys import kind_option
from ceremonykit.gui.commands import AddObjects, DeleteObjects, PutObject, SetSetting
from ceremonykit.gui.models import applicants as am
from ceremonykit.gui.models.base import ObjectRole
from ceremonykit.gui.pages.base import Page, button_row, heading, hint
from ceremonykit.gui.session import Session

PARTICIPATION = kind_option("certificate", "participation")


class ApplicantsPage(Page):
    ICON = "import"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.model = am.ApplicantTableModel(session.ceremony.applicants, self._edit)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(am.ORGANISATION, 260)
        header.resizeSection(am.PERSONS, 300)
        self.participation = QCheckBox(
            self.tr("Teilnahmeurkunden erstellen (eine je Bewerbung, mit den Urkunden)")
        )
        self.participation.toggled.connect(self._set_participation)
        self.counts = QLabel()
        self.counts.setObjectName("hint")
        buttons = button_row(
            (self.tr("Bewerbung hinzufügen"), self.add_applicant),
            (self.tr("Ausgewählte löschen"), self.delete_selected),
            (self.tr("Aus Tabelle importieren…"), self.import_table),
        )
        buttons.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Bewerbungen")))
        layout.addWidget(
            hint(
                self.tr(
                    "Alle, die sich beworben haben. Per Doppelklick ändern; mehrere Personen mit Komma trennen."
                )
            )
        )
        layout.addWidget(self.participation)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._refresh()

    def title(self) -> str:
        return self.tr("Bewerbungen")

    def _refresh(self) -> None:
        self.participation.blockSignals(True)
        self.participation.setChecked(self.session.ceremony.settings.get(PARTICIPATION) == "1")
        self.participation.blockSignals(False)
        self.counts.setText(
            self.tr("%1 Bewerbungen").replace("%1", str(len(self.session.ceremony.applicants)))
        )

    def on_changed(self, object_type: str, object_id: object) -> None:
        if object_type == "applicant":
            self.model.object_changed(object_id if isinstance(object_id, str) else None)
        if object_type in ("applicant", "ceremony"):
            self._refresh()

    def _set_participation(self, on: bool) -> None:
        self.session.undo_stack.push(
            SetSetting(
                self.session,
                PARTICIPATION,
                "1" if on else "",
                self.tr("Teilnahmeurkunden ein") if on else self.tr("Teilnahmeurkunden aus"),
            )
        )

    def _edit(self, item: Applicant, attr: str, value: Any) -> None:
        new = dataclasses.replace(item, **{attr: value})
        self.session.undo_stack.push(PutObject(self.session, new, self.tr("Bewerbung ändern")))

    def add_applicant(self) -> None:
        item = Applicant(
            organisation=self.tr("Neue Bewerbung"), position=len(self.session.ceremony.applicants)
        )
        self.session.undo_stack.push(
            AddObjects(self.session, [item], self.tr("Bewerbung hinzufügen"))
        )
        index = self.model.index(self.model.row_of(item.id), am.ORGANISATION)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def delete_selected(self) -> None:
        items = [r.data(ObjectRole) for r in self.view.selectionModel().selectedRows()]
        if items:
            self.session.undo_stack.push(
                DeleteObjects(
                    self.session, items, self.tr("%n Bewerbungen löschen", "", len(items))
                )
            )

    def import_table(self) -> None:
        from ceremonykit.gui.import_wizard import run_import_wizard

        run_import_wizard(self.session, None, self.window())

    def focus_field(self, object_id: str | None, field: str) -> bool:
        row = self.model.row_of(object_id) if object_id else -1
        if row < 0:
            return False
        index = self.model.index(row, am.PERSONS if field == "persons" else am.ORGANISATION)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

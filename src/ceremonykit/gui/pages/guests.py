"""Page *Gäste*: a fast table with search, category and RSVP filters, inline editing, counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from ceremonykit.domain.model import RSVP, Guest
from ceremonykit.errors import UserError
from ceremonykit.guests import manage
from ceremonykit.guests.collation import sort_mode
from ceremonykit.guests.protocol import PRECEDENCE_SETTING
from ceremonykit.guests.tables import table_loads
from ceremonykit.gui.commands import (
    AddObjects,
    DeleteObjects,
    PutObject,
    SetProtocolOrder,
    SetSetting,
    SetTables,
)
from ceremonykit.gui.delegates import ChoiceDelegate, CleanTextDelegate
from ceremonykit.gui.guest_dialogs import PrecedenceDialog, ProtocolOrderDialog, TablesDialog
from ceremonykit.gui.models import guests as gm
from ceremonykit.gui.models.base import ObjectRole
from ceremonykit.gui.pages.base import Page, button_row, heading
from ceremonykit.gui.session import Session


class GuestsPage(Page):
    VIEW_WIDGETS = ("search", "category", "rsvp")
    ICON = "guests"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.model = gm.GuestTableModel(
            session.ceremony.guests,
            self._edit,
            sort_mode=lambda: sort_mode(self.session.ceremony),
            ceremony=lambda: self.session.ceremony,
        )
        self.proxy = gm.GuestFilterProxy()
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen: Name, Organisation, Funktion, E-Mail …"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Alle eingegebenen Wörter müssen vorkommen."))
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.category = QComboBox()
        self.category.setToolTip(self.tr("Nur Gäste dieser Kategorie zeigen"))
        self.rsvp = QComboBox()
        self.rsvp.setToolTip(self.tr("Nur Gäste mit dieser Rückmeldung zeigen"))
        self.rsvp.addItem(self.tr("Alle Rückmeldungen"), "")
        for value, label in gm.rsvp_labels():
            self.rsvp.addItem(label, value.value)
        self.category.activated.connect(self._apply_filters)
        self.rsvp.activated.connect(self._apply_filters)
        self._fill_categories()

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CleanTextDelegate(self.view))
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # sorting happens in the model, see models/guests.py
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (  # all but the e-mail fit at 1366 × 768
            (gm.SALUTATION, 55),
            (gm.TITLE, 50),
            (gm.FIRST, 95),
            (gm.LAST, 110),
            (gm.FUNCTION, 135),
            (gm.ORGANISATION, 135),
            (gm.CATEGORY, 85),
            (gm.RSVP_COL, 90),
            (gm.COMPANIONS, 75),
            (gm.COMPANION_OF, 80),
            (gm.TABLE, 55),
            (gm.RANK, 105),
        ):
            header.resizeSection(column, width)
        self.view.setItemDelegateForColumn(
            gm.CATEGORY,
            ChoiceDelegate(
                lambda: [(c, c) for c in self.session.ceremony.guest_categories],
                self.view,
                editable=True,
            ),
        )
        self.view.setItemDelegateForColumn(
            gm.SALUTATION,
            ChoiceDelegate(
                lambda: [(k.value, label) for k, label in gm.salutation_labels()], self.view
            ),
        )
        self.view.setItemDelegateForColumn(
            gm.TABLE, ChoiceDelegate(self._table_choices, self.view, editable=True)
        )
        self.view.setItemDelegateForColumn(
            gm.RSVP_COL,
            ChoiceDelegate(lambda: [(k.value, label) for k, label in gm.rsvp_labels()], self.view),
        )
        self.view.selectionModel().currentRowChanged.connect(self._guest_selected)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

        self.counts = QLabel()
        self.counts.setObjectName("hint")
        self.tables = QLabel()
        self.tables.setObjectName("hint")
        self.tables.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "Noch keine Gäste. Mit „Gast hinzufügen“ einzeln anlegen oder über „Datei › Tabelle importieren…“ eine Excel-Tabelle übernehmen."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hint")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.rsvp, 1)
        buttons = button_row(
            (self.tr("Gast hinzufügen"), self.add_guest),
            (self.tr("Begleitung hinzufügen"), self.add_companion),
            (self.tr("Ausgewählte löschen"), self.delete_selected),
            (self.tr("Tische verwalten…"), self.manage_tables),
            (self.tr("Begrüßungsreihenfolge…"), self.order_greeting),
            (self.tr("Rangfolge…"), self.edit_precedence),
        )
        self.counts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Gäste")))
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.tables)
        layout.addLayout(buttons)
        self._update_counts()

    def title(self) -> str:
        return self.tr("Gäste")

    def _fill_categories(self) -> None:
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("Alle Kategorien"), "")
        present = {g.category for g in self.session.ceremony.guests}
        for name in [
            *self.session.ceremony.guest_categories,
            *sorted(present - set(self.session.ceremony.guest_categories)),
        ]:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            self.search.text(), self.category.currentData() or "", self.rsvp.currentData() or ""
        )
        self._update_counts()

    def _update_counts(self) -> None:
        guests = self.session.ceremony.guests
        accepted = [g for g in guests if g.rsvp is RSVP.ACCEPTED]
        declined = sum(1 for g in guests if g.rsvp is RSVP.DECLINED)
        people = len(accepted) + sum(g.companions for g in accepted)
        shown = self.proxy.rowCount()
        text = self.tr(
            "%1 von %2 Gästen angezeigt · %3 zugesagt · %4 abgesagt · %5 offen · erwartet mit Begleitung: %6 Personen"
        )
        for key, value in (
            ("%1", shown),
            ("%2", len(guests)),
            ("%3", len(accepted)),
            ("%4", declined),
            ("%5", len(guests) - len(accepted) - declined),
            ("%6", people),
        ):
            text = text.replace(key, f"{value:,}".replace(",", "."))
        self.counts.setText(text)
        self.empty.setVisible(not guests)
        self._update_tables()

    def _update_tables(self) -> None:
        """People per table against its seats; overfull tables and unknown names stand out."""
        parts = []
        for load in table_loads(self.session.ceremony):
            if load.seats is None:
                part = self.tr("%1: %2 (nicht in der Tischliste)")
            elif load.over:
                part = self.tr("%1: %2/%3 – überbelegt")
            else:
                part = self.tr("%1: %2/%3")
            parts.append(
                part.replace("%1", self._table_label(load.name))
                .replace("%2", str(load.people))
                .replace("%3", str(load.seats))
            )
        self.tables.setText(self.tr("Tische: ") + " · ".join(parts) if parts else "")
        self.tables.setVisible(bool(parts))

    def _table_label(self, name: str) -> str:
        if name.casefold().startswith(self.tr("Tisch").casefold()):
            return name
        return self.tr("Tisch %1").replace("%1", name)

    def _table_choices(self) -> list[tuple[str, str]]:
        tables = self.session.ceremony.tables
        return [("", self.tr("– kein Tisch –"))] + [
            (t.name, self._table_label(t.name)) for t in tables
        ]

    def on_changed(self, object_type: str, object_id: object) -> None:
        if object_type == "guest":
            if not self.model.holds(self.session.ceremony.guests):  # replaced (purge)
                self.model.reset(self.session.ceremony.guests)
            self.model.object_changed(object_id if isinstance(object_id, str) else None)
            self._update_counts()
        elif object_type == "ceremony":
            self._fill_categories()
            self.model.context_changed()
            self._update_tables()

    def _edit(self, guest: Guest, attr: str, value: Any) -> None:
        try:  # the guest list's rules (a name, companions ≥ 0, companion links)
            new = manage.updated_guest(self.session.ceremony, guest.id, {attr: value})
        except UserError as exc:
            self.status(str(exc))
            return
        self.session.undo_stack.push(
            PutObject(self.session, new, self.tr("Gast „%1“ ändern").replace("%1", new.full_name))
        )

    def add_guest(self) -> None:
        self._add(Guest(last_name=self.tr("Neuer Gast")), self.tr("Gast hinzufügen"))

    def add_companion(self) -> None:
        """A named companion of the selected guest, with the guest's reply, category, table."""
        rows = self.view.selectionModel().selectedRows()
        if len(rows) != 1:
            self.status(self.tr("Bitte genau einen Gast auswählen, der begleitet wird."))
            return
        host: Guest = rows[0].data(ObjectRole)
        new = Guest(first_name=self.tr("Begleitung"), last_name=host.last_name or host.organisation)
        try:
            companion = manage.companion_for(self.session.ceremony, host.id, new)
        except UserError as exc:
            self.status(str(exc))
            return
        self._add(
            companion, self.tr("Begleitung von „%1“ hinzufügen").replace("%1", host.full_name)
        )

    def _add(self, guest: Guest, text: str) -> None:
        self.session.undo_stack.push(AddObjects(self.session, [guest], text))
        self.search.clear()
        self._apply_filters()
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(guest.id), gm.LAST))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.edit(index)

    def _guest_selected(self, current: Any, _previous: Any) -> None:
        guest = current.data(ObjectRole) if current.isValid() else None
        self.session.set_focus("guest", guest.id if isinstance(guest, Guest) else None)

    def selected_guest(self) -> Guest | None:
        index = self.view.currentIndex()
        guest = index.data(ObjectRole) if index.isValid() else None
        return guest if isinstance(guest, Guest) else None

    def manage_tables(self) -> None:
        dialog = TablesDialog(self.session.ceremony, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.undo_stack.push(
                SetTables(self.session, dialog.tables(), dialog.renamed(), self.tr("Tische ändern"))
            )

    def order_greeting(self) -> None:
        dialog = ProtocolOrderDialog(self.session.ceremony, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.guest_ids():
            self.session.undo_stack.push(
                SetProtocolOrder(
                    self.session, dialog.guest_ids(), self.tr("Begrüßungsreihenfolge ändern")
                )
            )

    def edit_precedence(self) -> None:
        dialog = PrecedenceDialog(self.session.ceremony, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.undo_stack.push(
                SetSetting(
                    self.session,
                    PRECEDENCE_SETTING,
                    dialog.precedence_json(),
                    self.tr("Rangfolge ändern"),
                )
            )

    def delete_selected(self) -> None:
        """Delete the selected guests together with their named companions."""
        rows = self.view.selectionModel().selectedRows()
        chosen = [r.data(ObjectRole).id for r in rows]
        guests = manage.with_companions(self.session.ceremony, chosen)
        if guests:
            self.session.undo_stack.push(
                DeleteObjects(self.session, guests, self.tr("%n Gäste löschen", "", len(guests)))
            )

    def focus_field(self, object_id: str | None, field: str) -> bool:
        """Select the guest and the cell to fix; without an id (a finding about the whole list,
        e.g. "guests without a table") the first guest that lacks the field."""
        if object_id is None and field == "table":
            object_id = next(
                (
                    g.id
                    for g in self.model.rows_in_order()
                    if not g.table.strip() and g.rsvp is not RSVP.DECLINED
                ),
                None,
            )
        row = self.model.row_of(object_id) if object_id else -1
        if row < 0:
            return False
        self.search.clear()
        self._apply_filters()
        column = {"table": gm.TABLE, "protocol_rank": gm.RANK}.get(field, gm.LAST)
        index = self.proxy.mapFromSource(self.model.index(row, column))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        return True

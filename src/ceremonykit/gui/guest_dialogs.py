"""Dialogs of the guest page: the table manager and the order of greeting (drag and drop).

Both only collect what the user wants; the page pushes one undo command with the result, so a
change of tables or of the protocol order is undone in one step.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ceremonykit.domain.model import RSVP, Ceremony, SeatingTable, TableShape
from ceremonykit.errors import UserError
from ceremonykit.guests.protocol import parse_precedence, precedence_for, ranked_guests
from ceremonykit.guests.tables import table_loads
from ceremonykit.gui.pages.base import button_row, hint
from ceremonykit.operations.tables import MAX_SEATS, validated_tables

NAME, SEATS, SHAPE, LOAD = range(4)
_ORIGINAL = Qt.ItemDataRole.UserRole


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _frame(
    dialog: QDialog, text: str, body: QWidget, actions: list[tuple[str, Any]]
) -> QVBoxLayout:
    """The dialogs' common shape: a hint, the list or table, a row of action buttons, OK and
    Cancel. Returns the layout so a dialog can insert more (a form) below the hint."""
    layout = QVBoxLayout(dialog)
    layout.addWidget(hint(text))
    layout.addWidget(body, 1)
    layout.addLayout(button_row(*actions))
    layout.addWidget(_buttons(dialog))
    return layout


class TablesDialog(QDialog):
    """The ceremony's tables: name, seats, shape, and how many people sit there already."""

    def __init__(self, ceremony: Ceremony, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tische verwalten"))
        self.resize(560, 420)
        self._loads = {load.name: load for load in table_loads(ceremony)}
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Plätze"), self.tr("Form"), self.tr("Belegt")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for t in ceremony.tables:
            self._add_row(t, original=t.name)
        if not ceremony.tables:  # offer the table names guests already carry
            for load in self._loads.values():
                self._add_row(SeatingTable(load.name, max(8, load.people)), original=load.name)
        _frame(
            self,
            self.tr(
                "Gäste wählen ihren Tisch aus dieser Liste. Wird ein Tisch umbenannt, wechseln seine Gäste mit. „Belegt“ zählt Gäste ohne Absage mit ihrer Begleitung."
            ),
            self.table,
            [
                (self.tr("Tisch hinzufügen"), self.add_table),
                (self.tr("Ausgewählte entfernen"), self.remove_selected),
            ],
        )

    def _add_row(self, table: SeatingTable, original: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(table.name)
        name.setData(_ORIGINAL, original)
        self.table.setItem(row, NAME, name)
        seats = QSpinBox()
        seats.setRange(1, MAX_SEATS)
        seats.setValue(table.seats)
        self.table.setCellWidget(row, SEATS, seats)
        shape = QComboBox()
        for value, label in (
            (TableShape.ROUND, self.tr("rund")),
            (TableShape.SQUARE, self.tr("eckig")),
            (TableShape.LONG, self.tr("Tafel")),
        ):
            shape.addItem(label, value.value)
        shape.setCurrentIndex(max(0, shape.findData(table.shape.value)))
        self.table.setCellWidget(row, SHAPE, shape)
        load = self._loads.get(original)
        occupied = QTableWidgetItem(str(load.people) if load else "0")
        occupied.setFlags(Qt.ItemFlag.ItemIsEnabled)
        occupied.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, LOAD, occupied)

    def _name_item(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, NAME)
        if item is None:  # the user cleared the cell
            item = QTableWidgetItem("")
            self.table.setItem(row, NAME, item)
        return item

    def add_table(self) -> None:
        names = {self._name_item(r).text() for r in range(self.table.rowCount())}
        number = 1
        while str(number) in names:
            number += 1
        self._add_row(SeatingTable(str(number)))
        self.table.setCurrentCell(self.table.rowCount() - 1, NAME)

    def remove_selected(self) -> None:
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: -i.row()):
            self.table.removeRow(index.row())

    def tables(self) -> list[SeatingTable]:
        result = []
        for row in range(self.table.rowCount()):
            seats = self.table.cellWidget(row, SEATS)
            shape = self.table.cellWidget(row, SHAPE)
            assert isinstance(seats, QSpinBox) and isinstance(shape, QComboBox)
            name = self._name_item(row).text()
            result.append(SeatingTable(name, seats.value(), TableShape(shape.currentData())))
        return result

    def renamed(self) -> dict[str, str]:
        """Old name -> new name for tables renamed here (their guests move along)."""
        moves = {}
        for row in range(self.table.rowCount()):
            item = self._name_item(row)
            original = item.data(_ORIGINAL) or ""
            if original and original != item.text().strip():
                moves[original] = " ".join(item.text().split())
        return moves

    def accept(self) -> None:
        try:
            validated_tables(self.tables())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Tische verwalten"), exc.message)
            return
        super().accept()


class ProtocolOrderDialog(QDialog):
    """The honoured guests in the order they are greeted; staff drag them into another order.

    Lists every guest with a typed or suggested rank (accepted first, then those still without
    a reply, marked). OK gives them the ranks 10, 20, 30 … in the shown order."""

    def __init__(self, ceremony: Ceremony, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Begrüßungsreihenfolge"))
        self.resize(700, 520)
        precedence = precedence_for(ceremony)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for rank, guest in ranked_guests(ceremony.guests, precedence, accepted_only=False):
            details = ", ".join(p for p in (guest.function, guest.organisation) if p)
            text = f"{guest.full_name} – {details}" if details else guest.full_name
            if guest.protocol_rank is None:
                text += " " + self.tr("(Vorschlag aus der Funktion)")
            if guest.rsvp is not RSVP.ACCEPTED:
                text += " " + self.tr("– noch ohne Zusage")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, guest.id)
            item.setToolTip(self.tr("Rang %1").replace("%1", str(rank)))
            self.list.addItem(item)
        _frame(
            self,
            self.tr(
                "Mit der Maus in die Reihenfolge ziehen, in der begrüßt wird (oder „Nach oben“/„Nach unten“). Mit OK erhalten die Gäste die Protokoll-Ränge 10, 20, 30 … in dieser Reihenfolge."
            ),
            self.list,
            [
                (self.tr("Nach oben"), lambda: self.move_current(-1)),
                (self.tr("Nach unten"), lambda: self.move_current(1)),
            ],
        )

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def guest_ids(self) -> list[str]:
        return [
            str(self.list.item(n).data(Qt.ItemDataRole.UserRole)) for n in range(self.list.count())
        ]


class PrecedenceDialog(QDialog):
    """The project's own copy of the precedence table: rank, label, functions that earn it,
    and which guest categories get suggestions. "Mitgelieferte Rangfolge" drops the copy."""

    RANK, LABEL, FUNCTIONS = range(3)

    def __init__(self, ceremony: Ceremony, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rangfolge bearbeiten"))
        self.resize(760, 520)
        self.use_bundled = False
        precedence = precedence_for(ceremony)
        self.categories = QLineEdit(", ".join(precedence.categories))
        self.categories.setToolTip(
            self.tr(
                "Nur Gäste dieser Kategorien erhalten einen Rang-Vorschlag (mit Komma trennen)."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rang"), self.tr("Bezeichnung"), self.tr("Funktionen (mit Komma trennen)")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.FUNCTIONS, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(self.LABEL, 220)
        for rank in precedence.ranks:
            self._add_row(rank.rank, rank.label, ", ".join(rank.functions))
        form = QFormLayout()
        form.addRow(self.tr("Vorschläge für die Kategorien:"), self.categories)
        layout = _frame(
            self,
            self.tr(
                "Niedriger Rang = früher begrüßt. Eine Funktion wird am Wortanfang erkannt, die weibliche Form (-in, -innen) ebenso. Die Änderungen gelten nur für dieses Projekt."
            ),
            self.table,
            [
                (self.tr("Rang hinzufügen"), lambda: self._add_row(0, "", "")),
                (self.tr("Ausgewählte entfernen"), self.remove_selected),
                (self.tr("Mitgelieferte Rangfolge verwenden"), self.restore_bundled),
            ],
        )
        layout.insertLayout(1, form)

    def _add_row(self, rank: int, label: str, functions: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in (
            (self.RANK, str(rank)),
            (self.LABEL, label),
            (self.FUNCTIONS, functions),
        ):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def remove_selected(self) -> None:
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: -i.row()):
            self.table.removeRow(index.row())

    def restore_bundled(self) -> None:
        self.use_bundled = True
        super().accept()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def precedence_json(self) -> str:
        """The edited table as the project setting stores it ("" = the bundled table)."""
        if self.use_bundled:
            return ""
        ranks = []
        for row in range(self.table.rowCount()):
            rank = self._text(row, self.RANK)
            if not rank.isdigit():
                raise UserError(
                    self.tr("Zeile %1: Der Rang muss eine Zahl sein.").replace("%1", str(row + 1))
                )
            functions = [w.strip() for w in self._text(row, self.FUNCTIONS).split(",")]
            ranks.append(
                {
                    "rang": int(rank),
                    "bezeichnung": self._text(row, self.LABEL),
                    "funktionen": [w for w in functions if w],
                }
            )
        categories = [c.strip() for c in self.categories.text().split(",") if c.strip()]
        data = {"bezeichnung": "Eigene Rangfolge", "kategorien": categories, "raenge": ranks}
        text = json.dumps(data, ensure_ascii=False)
        parse_precedence(text, self.tr("eigene Rangfolge"))
        return text

    def accept(self) -> None:
        try:
            self.precedence_json()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Rangfolge bearbeiten"), exc.message)
            return
        super().accept()

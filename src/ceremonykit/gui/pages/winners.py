"""Page *Preise & Preisträger*: prizes table, winners table and the detail editor."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ceremonykit.domain.model import Prize, PrizeKind, Winner
from ceremonykit.gui.commands import AddObjects, DeleteObjects, PutObject
from ceremonykit.gui.delegates import ChoiceDelegate, CleanTextDelegate
from ceremonykit.gui.models.base import IdRole, ObjectRole
from ceremonykit.gui.models.prizes import PrizeTableModel, SortRole, WinnerTableModel, kind_labels
from ceremonykit.gui.pages.base import Page, button_row, heading, hint
from ceremonykit.gui.pages.winner_editor import WinnerEditor
from ceremonykit.gui.session import Session


class WinnersPage(Page):
    ICON = "prizes"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        c = session.ceremony
        self.prizes = PrizeTableModel(c.prizes, self._edit_prize)
        self.prize_view = _table(self.prizes)
        self.prize_view.setItemDelegateForColumn(
            PrizeTableModel.KIND,
            ChoiceDelegate(kind_labels, self.prize_view),
        )
        self.prize_view.setMaximumHeight(170)

        self.winners = WinnerTableModel(c)
        self.winner_proxy = QSortFilterProxyModel(self)
        self.winner_proxy.setSourceModel(self.winners)
        self.winner_proxy.setSortRole(SortRole)
        self.winner_view = _table(self.winner_proxy)
        header = self.winner_view.horizontalHeader()
        header.setSortIndicator(WinnerTableModel.PRIZE, Qt.SortOrder.AscendingOrder)
        self.winner_view.setSortingEnabled(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WinnerTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.winner_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.winner_view.selectionModel().currentRowChanged.connect(self._winner_selected)

        self.editor = WinnerEditor(session)

        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(heading(self.tr("Preise & Preisträger")))
        col.addWidget(
            hint(
                self.tr(
                    "Preise mit Preisgeld; Art, Rang, Bezeichnung und Betrag per Doppelklick ändern."
                )
            )
        )
        col.addWidget(self.prize_view)
        col.addLayout(
            button_row(
                (self.tr("Preis hinzufügen"), self.add_prize),
                (self.tr("Preis löschen"), self.delete_prize),
            )
        )
        col.addSpacing(8)
        col.addWidget(hint(self.tr("Preisträger: rechts im Detail bearbeiten.")))
        col.addWidget(self.winner_view, 1)
        col.addLayout(
            button_row(
                (self.tr("Preisträger hinzufügen"), self.add_winner),
                (self.tr("Preisträger löschen"), self.delete_winner),
            )
        )

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 620])  # at 1366 × 768 the prize money and names stay visible
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        if c.winners:
            self.select_winner(c.winners[0].id)

    def title(self) -> str:
        return self.tr("Preise & Preisträger")

    # ------------------------------------------------------------------ selection
    def _winner_selected(self, current: Any, _previous: Any) -> None:
        winner_id = current.data(IdRole) if current.isValid() else None
        self.editor.set_winner(winner_id)
        self.session.set_focus("winner", winner_id)

    def select_winner(self, winner_id: str) -> bool:
        row = self.winners.row_of(winner_id)
        if row < 0:
            return False
        index = self.winner_proxy.mapFromSource(self.winners.index(row, WinnerTableModel.NAME))
        self.winner_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.winner_view.scrollTo(index)
        return True

    def on_changed(self, object_type: str, object_id: object) -> None:
        obj_id = object_id if isinstance(object_id, str) else None
        if object_type == "prize":
            self.prizes.object_changed(obj_id)
            self.winners.reset()
        elif object_type == "winner":
            self.winners.object_changed(obj_id)
        else:
            return
        current = self.editor.winner_id
        if current and self.session.find(Winner, current) is not None:
            if self.winner_view.currentIndex().data(IdRole) != current:
                self.select_winner(current)
            self.editor.refresh()
        else:
            self.editor.set_winner(self.winner_view.currentIndex().data(IdRole))

    def focus_field(self, object_id: str | None, field: str) -> bool:
        if object_id and self.session.find(Prize, object_id) is not None:
            row = self.prizes.row_of(object_id)
            column = {"amount": PrizeTableModel.AMOUNT, "rank": PrizeTableModel.RANK}.get(
                field, PrizeTableModel.TITLE
            )
            self.prize_view.setCurrentIndex(self.prizes.index(row, column))
            self.prize_view.setFocus()
            return True
        if object_id and self.select_winner(object_id):
            return self.editor.focus_field(field)
        return False

    # ------------------------------------------------------------------ edits
    def _edit_prize(self, prize: Prize, attr: str, value: Any) -> None:
        self.session.undo_stack.push(
            PutObject(
                self.session, dataclasses.replace(prize, **{attr: value}), self.tr("Preis ändern")
            )
        )

    def add_prize(self) -> None:
        ranks = [p.rank or 0 for p in self.session.ceremony.prizes if p.kind is PrizeKind.RANKED]
        prize = Prize(kind=PrizeKind.RANKED, rank=max(ranks, default=0) + 1)
        self.session.undo_stack.push(AddObjects(self.session, [prize], self.tr("Preis hinzufügen")))

    def delete_prize(self) -> None:
        index = self.prize_view.currentIndex()
        if index.isValid():
            prize = index.data(ObjectRole)
            self.session.undo_stack.push(
                DeleteObjects(self.session, [prize], self.tr("Preis löschen"))
            )

    def add_winner(self) -> None:
        prizes = self.session.ceremony.ranked_prizes()
        winner = Winner(
            organisation=self.tr("Neuer Preisträger"), prize_id=prizes[0].id if prizes else None
        )
        self.session.undo_stack.push(
            AddObjects(self.session, [winner], self.tr("Preisträger hinzufügen"))
        )
        self.select_winner(winner.id)

    def delete_winner(self) -> None:
        index = self.winner_view.currentIndex()
        if index.isValid():
            winner = index.data(ObjectRole)
            self.session.undo_stack.push(
                DeleteObjects(
                    self.session,
                    [winner],
                    self.tr("Preisträger „%1“ löschen").replace("%1", winner.display_name),
                )
            )


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(CleanTextDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return view

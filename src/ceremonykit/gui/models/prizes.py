"""Prizes (with amount) and winners as two small tables of the page *Preise & Preisträger*."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ceremonykit.domain.model import Ceremony, Prize, PrizeKind, Winner
from ceremonykit.german.amounts import amount_symbol
from ceremonykit.german.ordinals import prize_title
from ceremonykit.gui.i18n import translate as tr
from ceremonykit.gui.models.base import IdRole, Index, ListTableModel, ObjectRole
from ceremonykit.gui.values import parse_int, parse_money, show_money

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole

KIND_LABELS = {
    PrizeKind.RANKED: "Platzierung",
    PrizeKind.SPECIAL: "Sonderpreis",
    PrizeKind.HONORARY: "Ehrenpreis",
}


def money_cell(value: Any) -> str:
    return amount_symbol(value) if value is not None else "–"


class PrizeTableModel(ListTableModel):
    """Rows = ``ceremony.prizes``. Columns: title, kind, rank, own label, amount."""

    TITLE, KIND, RANK, LABEL, AMOUNT = range(5)

    def __init__(self, items: list[Prize], edit: Any = None) -> None:
        super().__init__(items, edit)
        self.HEADERS = (
            tr("Preise", "Preis"),
            tr("Preise", "Art"),
            tr("Preise", "Rang"),
            tr("Preise", "Eigene Bezeichnung"),
            tr("Preise", "Preisgeld"),
        )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        prize: Prize = self._items[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return (
                prize_title(prize),
                tr("Preise", KIND_LABELS[prize.kind]),
                "" if prize.rank is None else str(prize.rank),
                prize.label,
                money_cell(prize.amount),
            )[column]
        if role == _EDIT:
            return (
                prize_title(prize),
                prize.kind.value,
                "" if prize.rank is None else str(prize.rank),
                prize.label,
                show_money(prize.amount),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.RANK, self.AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ObjectRole:
            return prize
        if role == IdRole:
            return prize.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if self._edit and index.column() != self.TITLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or self._edit is None or not index.isValid():
            return False
        prize: Prize = self._items[index.row()]
        attr = ("", "kind", "rank", "label", "amount")[index.column()]
        try:
            if attr == "kind":
                value = PrizeKind(value)
            elif attr == "rank":
                value = parse_int(str(value))
            elif attr == "amount":
                value = parse_money(str(value))
            else:
                value = str(value).strip()
        except ValueError:
            return False
        if not attr or value == getattr(prize, attr):
            return False
        self._edit(prize, attr, value)
        return True


class WinnerTableModel(ListTableModel):
    """Rows = ``ceremony.winners`` (file order). Columns: prize, name, project, amount, laudation."""

    PRIZE, NAME, PROJECT, AMOUNT, LAUDATION = range(5)

    def __init__(self, ceremony: Ceremony) -> None:
        super().__init__(ceremony.winners)
        self._ceremony = ceremony
        self.HEADERS = (
            tr("Preise", "Preis"),
            tr("Preise", "Preisträger"),
            tr("Preise", "Projekt"),
            tr("Preise", "Preisgeld"),
            tr("Preise", "Laudatio"),
        )

    def set_ceremony(self, ceremony: Ceremony) -> None:
        self._ceremony = ceremony
        self.reset(ceremony.winners)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        winner: Winner = self._items[index.row()]
        column = index.column()
        if role == _DISPLAY:
            prize = self._ceremony.prize(winner.prize_id)
            if column == self.PRIZE:
                return prize_title(prize) if prize else tr("Preise", "(kein Preis)")
            if column == self.NAME:
                return winner.display_name or tr("Preise", "(ohne Namen)")
            if column == self.PROJECT:
                return winner.project_title
            if column == self.AMOUNT:
                return money_cell(prize.amount if prize else None)
            return (
                tr("Preise", "%n Zeichen", "", len(winner.laudation))
                if winner.laudation
                else tr("Preise", "fehlt")
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROJECT:
            return winner.project_title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AMOUNT, self.LAUDATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ObjectRole:
            return winner
        if role == IdRole:
            return winner.id
        return None

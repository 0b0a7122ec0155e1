"""Prizes (with amount) and winners as two small tables of the page *Preise & Preisträger*."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ceremonykit.domain.model import Ceremony, Prize, PrizeKind, Winner
from ceremonykit.german.amounts import amount_symbol
from ceremonykit.german.ordinals import prize_title
from ceremonykit.gui.models.base import IdRole, Index, ListTableModel, ObjectRole
from ceremonykit.gui.values import parse_int, parse_money, show_money

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole

KIND_LABELS = {
    PrizeKind.RANKED: str(QT_TRANSLATE_NOOP("Preise", "Platzierung")),
    PrizeKind.SPECIAL: str(QT_TRANSLATE_NOOP("Preise", "Sonderpreis")),
    PrizeKind.HONORARY: str(QT_TRANSLATE_NOOP("Preise", "Ehrenpreis")),
}


def kind_labels() -> list[tuple[str, str]]:
    """(value, translated label) for the prize kind combo box."""
    return [(k.value, QCoreApplication.translate("Preise", v)) for k, v in KIND_LABELS.items()]


def money_cell(value: Any) -> str:
    return amount_symbol(value) if value is not None else "–"


class PrizeTableModel(ListTableModel):
    """Rows = ``ceremony.prizes``. Columns: title, kind, rank, own label, amount."""

    TITLE, KIND, RANK, LABEL, AMOUNT = range(5)

    def __init__(self, items: list[Prize], edit: Any = None) -> None:
        super().__init__(items, edit)
        self.HEADERS = (
            QCoreApplication.translate("Preise", "Preis"),
            QCoreApplication.translate("Preise", "Art"),
            QCoreApplication.translate("Preise", "Rang"),
            QCoreApplication.translate("Preise", "Eigene Bezeichnung"),
            QCoreApplication.translate("Preise", "Preisgeld"),
        )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        prize: Prize = self._items[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return (
                prize_title(prize),
                QCoreApplication.translate("Preise", KIND_LABELS[prize.kind]),
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


SortRole = Qt.ItemDataRole.UserRole + 20  # prizes sort in ranking order, not alphabetically


class WinnerTableModel(ListTableModel):
    """Rows = ``ceremony.winners`` (file order). Columns: prize, name, amount, laudation."""

    PRIZE, NAME, AMOUNT, LAUDATION = range(4)

    def __init__(self, ceremony: Ceremony) -> None:
        super().__init__(ceremony.winners)
        self._ceremony = ceremony
        self.HEADERS = (
            QCoreApplication.translate("Preise", "Preis"),
            QCoreApplication.translate("Preise", "Preisträger"),
            QCoreApplication.translate("Preise", "Preisgeld"),
            QCoreApplication.translate("Preise", "Laudatio"),
        )

    def _sort_key(self, winner: Winner, column: int) -> Any:
        """Prizes sort in ranking order (not alphabetically), amounts and lengths as numbers."""
        prize = self._ceremony.prize(winner.prize_id)
        if column == self.PRIZE:
            order = [p.id for p in self._ceremony.ranked_prizes()]
            rank = order.index(winner.prize_id) if winner.prize_id in order else len(order)
            return rank * 1000 + winner.position
        if column == self.AMOUNT:
            return float(prize.amount) if prize and prize.amount is not None else -1.0
        if column == self.LAUDATION:
            return len(winner.laudation)
        return winner.display_name.casefold()

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        winner: Winner = self._items[index.row()]
        column = index.column()
        if role == _DISPLAY:
            prize = self._ceremony.prize(winner.prize_id)
            if column == self.PRIZE:
                return (
                    prize_title(prize)
                    if prize
                    else QCoreApplication.translate("Preise", "(kein Preis)")
                )
            if column == self.NAME:
                return winner.display_name or QCoreApplication.translate("Preise", "(ohne Namen)")
            if column == self.AMOUNT:
                return money_cell(prize.amount if prize else None)
            return (
                QCoreApplication.translate("Preise", "%n Zeichen", "", len(winner.laudation))
                if winner.laudation
                else QCoreApplication.translate("Preise", "fehlt")
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return winner.project_title or None
        if role == SortRole:
            return self._sort_key(winner, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AMOUNT, self.LAUDATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ObjectRole:
            return winner
        if role == IdRole:
            return winner.id
        return None

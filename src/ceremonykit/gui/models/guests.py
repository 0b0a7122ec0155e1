"""The guest list as a fast table for 10,000 rows and more.

Per cell only an attribute lookup happens. Sorting is done here in Python with one key per row
(a few milliseconds) instead of in QSortFilterProxyModel, which would call back into Python for
every comparison; the proxy only filters, from a list of decisions computed in one pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ceremonykit.domain.model import RSVP, Ceremony, Guest, Salutation
from ceremonykit.guests.collation import SORT_BY_NAME, base_letters, name_key
from ceremonykit.guests.manage import RSVP_LABELS
from ceremonykit.guests.protocol import Precedence, precedence_for, suggested_rank
from ceremonykit.gui.models.base import EditCallback, IdRole, Index, ListTableModel, ObjectRole

(
    SALUTATION,
    TITLE,
    FIRST,
    LAST,
    FUNCTION,
    ORGANISATION,
    CATEGORY,
    RSVP_COL,
    COMPANIONS,
    COMPANION_OF,
    TABLE,
    RANK,
    EMAIL,
) = range(13)
STREET, POSTCODE, CITY, COUNTRY, PRONUNCIATION = range(13, 18)  # postal address (invitations)
_ATTRS = (
    "salutation",
    "title",
    "first_name",
    "last_name",
    "function",
    "organisation",
    "category",
    "rsvp",
    "companions",
    "companion_of",
    "table",
    "protocol_rank",
    "email",
    "street",
    "postcode",
    "city",
    "country",
    "pronunciation",
)
# The labels are defined once, in ceremonykit.guests.manage.RSVP_LABELS (the printed lists use
# them too); these markers only let lupdate find them for the English translation.
_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("Gäste", "eingeladen"),
    QT_TRANSLATE_NOOP("Gäste", "zugesagt"),
    QT_TRANSLATE_NOOP("Gäste", "abgesagt"),
    QT_TRANSLATE_NOOP("Gäste", "offen"),
)


SALUTATION_LABELS = {
    Salutation.NONE: str(QT_TRANSLATE_NOOP("Gäste", "–")),
    Salutation.FRAU: str(QT_TRANSLATE_NOOP("Gäste", "Frau")),
    Salutation.HERR: str(QT_TRANSLATE_NOOP("Gäste", "Herr")),
    Salutation.NEUTRAL: str(QT_TRANSLATE_NOOP("Gäste", "neutral")),
}


def rsvp_labels() -> list[tuple[RSVP, str]]:
    """(value, translated label) for combo boxes."""
    return [(k, QCoreApplication.translate("Gäste", v)) for k, v in RSVP_LABELS.items()]


def salutation_labels() -> list[tuple[Salutation, str]]:
    """(value, translated label) for the Anrede combo box."""
    return [(k, QCoreApplication.translate("Gäste", v)) for k, v in SALUTATION_LABELS.items()]


_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_NUMBERS = (COMPANIONS,)  # ranks stay left: "(30)" reads as a suggestion there


class GuestTableModel(ListTableModel):
    """Rows = ``ceremony.guests`` in display order; edits go through the edit callback."""

    def __init__(
        self,
        items: list[Guest],
        edit: EditCallback | None = None,
        sort_mode: Callable[[], str] = lambda: SORT_BY_NAME,
        ceremony: Callable[[], Ceremony] | None = None,
    ) -> None:
        self._sort_mode = sort_mode  # the project's surname-particle rule, as the lists print
        self._ceremony = ceremony  # for suggested ranks and the names of companions' hosts
        self._precedence: Precedence | None = None
        self._names: dict[str, str] | None = None
        self._order: list[int] = list(range(len(items)))
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._search: dict[str, str] = {}
        self.before_notify: Callable[[], None] | None = None  # lets the filter update first
        super().__init__(items, edit)
        self.HEADERS = (
            QCoreApplication.translate("Gäste", "Anrede"),
            QCoreApplication.translate("Gäste", "Titel"),
            QCoreApplication.translate("Gäste", "Vorname"),
            QCoreApplication.translate("Gäste", "Nachname"),
            QCoreApplication.translate("Gäste", "Funktion"),
            QCoreApplication.translate("Gäste", "Organisation"),
            QCoreApplication.translate("Gäste", "Kategorie"),
            QCoreApplication.translate("Gäste", "Rückmeldung"),
            QCoreApplication.translate("Gäste", "Begleitung"),
            QCoreApplication.translate("Gäste", "Begleitet"),
            QCoreApplication.translate("Gäste", "Tisch"),
            QCoreApplication.translate("Gäste", "Protokoll-Rang"),
            QCoreApplication.translate("Gäste", "E-Mail"),
            QCoreApplication.translate("Gäste", "Straße"),
            QCoreApplication.translate("Gäste", "PLZ"),
            QCoreApplication.translate("Gäste", "Ort"),
            QCoreApplication.translate("Gäste", "Land"),
            QCoreApplication.translate("Gäste", "Aussprache"),
        )
        self._rsvp = {k: QCoreApplication.translate("Gäste", v) for k, v in RSVP_LABELS.items()}
        self._salutation = {
            k: QCoreApplication.translate("Gäste", v) for k, v in SALUTATION_LABELS.items()
        }
        self._suggested_tip = QCoreApplication.translate(
            "Gäste", "Vorschlag aus der Rangfolge (Funktion); zum Festlegen eine Zahl eingeben"
        )

    # ---------------------------------------------------------------- context
    def precedence(self) -> Precedence | None:
        """The ceremony's precedence table (cached until the ceremony's settings change)."""
        if self._precedence is None and self._ceremony is not None:
            self._precedence = precedence_for(self._ceremony())
        return self._precedence

    def suggested(self, guest: Guest) -> int | None:
        precedence = self.precedence()
        return suggested_rank(guest, precedence) if precedence is not None else None

    def rank_of(self, guest: Guest) -> int | None:
        """The typed rank, else the suggested one."""
        return guest.protocol_rank if guest.protocol_rank is not None else self.suggested(guest)

    def host_name(self, guest_id: str | None) -> str:
        """The name of the guest a named companion accompanies."""
        if not guest_id:
            return ""
        if self._names is None:
            self._names = {g.id: g.full_name for g in self._items if not g.companion_of}
        return self._names.get(guest_id, "")

    def context_changed(self) -> None:
        """The ceremony's settings changed (precedence table): recompute suggestions."""
        self._precedence = None
        if self.rowCount():
            top, bottom = self.index(0, RANK), self.index(self.rowCount() - 1, RANK)
            self.dataChanged.emit(top, bottom)

    # ---------------------------------------------------------------- order
    def _reindex(self) -> None:
        if len(self._order) != len(self._items):
            self._order = list(range(len(self._items)))
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self._rows = {self._items[i].id: row for row, i in enumerate(self._order)}

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Names sort as on the printed lists (guests/collation.py: German letters, particles
        per project setting), other text by its base letters – never by the machine's locale."""
        items, attr = self._items, _ATTRS[column]
        mode = self._sort_mode()
        if column == COMPANIONS:
            keys: list[Any] = [g.companions for g in items]
        elif column == RANK:
            ranks = [self.rank_of(g) for g in items]
            keys = [(r is None, r or 0) for r in ranks]
        elif column == RSVP_COL:
            keys = [self._rsvp[g.rsvp] for g in items]
        elif column == SALUTATION:
            keys = [self._salutation[g.salutation] for g in items]
        elif column == COMPANION_OF:
            keys = [base_letters(self.host_name(g.companion_of)) for g in items]
        elif column == LAST:
            keys = [name_key(g.last_name or g.organisation, g.first_name, mode) for g in items]
        elif column == FIRST:
            keys = [
                (base_letters(g.first_name), name_key(g.last_name, g.first_name, mode))
                for g in items
            ]
        else:
            keys = [
                (base_letters(str(getattr(g, attr))), name_key(g.last_name, g.first_name, mode))
                for g in items
            ]
        self._order = sorted(
            range(len(items)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1 = the project's own order); keeps selections on their guests."""
        if column < 0 and self._sort is None:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.object_at(p.row()).id if p.isValid() else "" for p in persistent]
        if 0 <= column < len(_ATTRS):
            self._sort = (column, order)
        else:
            self._sort = None
            self._order = list(range(len(self._items)))
        self._reindex()
        moved = [
            self.index(self._rows[i], p.column()) if i in self._rows else QModelIndex()
            for i, p in zip(ids, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self._notify()
        self.layoutChanged.emit()

    # ---------------------------------------------------------------- access
    def object_at(self, row: int) -> Guest:
        return self._items[self._order[row]]

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (_DISPLAY, _EDIT):
            guest = self._items[self._order[index.row()]]
            column = index.column()
            if column == RSVP_COL:
                return self._rsvp[guest.rsvp] if role == _DISPLAY else guest.rsvp.value
            if column == SALUTATION:
                label = self._salutation[guest.salutation]
                return label if role == _DISPLAY else guest.salutation.value
            if column == RANK:
                return self._rank_text(guest, role)
            if column == COMPANION_OF:
                return self.host_name(guest.companion_of)
            return getattr(guest, _ATTRS[column])
        if role == ObjectRole:
            return self._items[self._order[index.row()]]
        if role == IdRole:
            return self._items[self._order[index.row()]].id
        if role == _ALIGN and index.column() in _NUMBERS:
            return _RIGHT
        if role in (_FOREGROUND, _TOOLTIP) and index.column() == RANK:
            guest = self._items[self._order[index.row()]]
            if guest.protocol_rank is None and self.suggested(guest) is not None:
                return QColor("#707070") if role == _FOREGROUND else self._suggested_tip
        return None

    def _rank_text(self, guest: Guest, role: int) -> Any:
        if guest.protocol_rank is not None:
            return str(guest.protocol_rank)
        if role == _EDIT:
            return ""
        suggested = self.suggested(guest)
        return f"({suggested})" if suggested is not None else ""

    def rows_in_order(self) -> list[Guest]:
        items = self._items
        return [items[i] for i in self._order]

    def all_search_texts(self) -> list[str]:
        """The search text of every row in display order (built in one go; cached per guest)."""
        cache = self._search
        rows = self.rows_in_order()
        cache.update((g.id, _haystack(g)) for g in rows if g.id not in cache)
        return [cache[g.id] for g in rows]

    # ---------------------------------------------------------------- editing
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or index.column() == COMPANION_OF:
            return base
        return base | Qt.ItemFlag.ItemIsEditable if self._edit else base

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid() or self._edit is None:
            return False
        attr = _ATTRS[index.column()]
        guest = self.object_at(index.row())
        if attr == "companions":
            try:
                value = max(0, int(value))
            except (TypeError, ValueError):
                return False
        elif attr == "rsvp":
            try:
                value = RSVP(value)
            except ValueError:
                return False
        elif attr == "salutation":
            try:
                value = Salutation(value)
            except ValueError:
                return False
        elif attr == "protocol_rank":
            text = str(value if value is not None else "").strip().strip("()")
            if not text:
                value = None
            elif text.isdigit():
                value = int(text)
            else:
                return False
        elif attr == "companion_of":
            return False
        else:
            value = str(value).strip()
        if value == getattr(guest, attr):
            return False
        self._edit(guest, attr, value)
        return True

    def _notify(self) -> None:
        if self.before_notify is not None:
            self.before_notify()

    def object_changed(self, obj_id: str | None) -> None:
        self._names = None
        if obj_id:
            self._search.pop(obj_id, None)
        else:
            self._search.clear()
        row = self._rows.get(obj_id, -1) if obj_id else -1
        if row >= 0 and len(self._order) == len(self._items) and self.object_at(row).id == obj_id:
            self._notify()
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        else:
            self.reset()

    def reset(self, items: list[Any] | None = None) -> None:
        self._names = None
        self.beginResetModel()
        if items is not None:
            self._items = items
        self._order = []
        self._reindex()
        self._notify()
        self.endResetModel()


class GuestFilterProxy(QSortFilterProxyModel):
    """Search text (all words must match) plus category and RSVP filters; sorting is passed on."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self._category = ""
        self._rsvp = ""
        self._accepted: list[bool] | None = None

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        if isinstance(model, GuestTableModel):
            model.before_notify = self._recompute

    def _recompute(self) -> None:
        self._accepted = self._compute_all()

    def source(self) -> GuestTableModel:
        model = self.sourceModel()
        assert isinstance(model, GuestTableModel)
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def set_filters(self, text: str, category: str = "", rsvp: str = "") -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self._category, self._rsvp = category, rsvp
        self._accepted = self._compute_all()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _compute_all(self) -> list[bool] | None:
        """Decide every row at once, in the model's current order (None = no filter)."""
        model = self.sourceModel()
        if not isinstance(model, GuestTableModel) or not (
            self._words or self._category or self._rsvp
        ):
            return None
        guests = model.rows_in_order()
        accepted = [True] * len(guests)
        if self._category:
            category = self._category
            accepted = [g.category == category for g in guests]
        if self._rsvp:
            rsvp = RSVP(self._rsvp)
            accepted = [a and g.rsvp is rsvp for a, g in zip(accepted, guests, strict=True)]
        if self._words:
            texts = model.all_search_texts()
            for word in self._words:
                accepted = [a and word in t for a, t in zip(accepted, texts, strict=True)]
        return accepted

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | Any) -> bool:
        accepted = self._accepted
        if accepted is None:
            return True
        return accepted[source_row] if source_row < len(accepted) else True


def _haystack(guest: Guest) -> str:
    return " ".join(
        (
            guest.title,
            guest.first_name,
            guest.last_name,
            guest.function,
            guest.organisation,
            guest.email,
            guest.city,
            guest.table,
            guest.notes,
        )
    ).casefold()

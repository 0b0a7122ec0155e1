"""The guest list as a fast table: plain attribute lookups per cell, no formatting work."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from ceremonykit.domain.model import RSVP, Guest
from ceremonykit.gui.i18n import translate as tr
from ceremonykit.gui.models.base import IdRole, Index, ListTableModel, ObjectRole

TITLE, FIRST, LAST, FUNCTION, ORGANISATION, CATEGORY, RSVP_COL, COMPANIONS, TABLE, EMAIL = range(10)
_ATTRS = (
    "title",
    "first_name",
    "last_name",
    "function",
    "organisation",
    "category",
    "rsvp",
    "companions",
    "table",
    "email",
)
RSVP_LABELS = {
    RSVP.INVITED: "eingeladen",
    RSVP.ACCEPTED: "zugesagt",
    RSVP.DECLINED: "abgesagt",
    RSVP.OPEN: "offen",
}
SearchRole = Qt.ItemDataRole.UserRole + 10  # lower-case text searched by the filter

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole


class GuestTableModel(ListTableModel):
    """Rows = ``ceremony.guests``; edits go through the edit callback (one undo command each)."""

    def __init__(self, items: list[Guest], edit: Any = None) -> None:
        super().__init__(items, edit)
        self.HEADERS = (
            tr("Gäste", "Titel"),
            tr("Gäste", "Vorname"),
            tr("Gäste", "Nachname"),
            tr("Gäste", "Funktion"),
            tr("Gäste", "Organisation"),
            tr("Gäste", "Kategorie"),
            tr("Gäste", "Rückmeldung"),
            tr("Gäste", "Begleitung"),
            tr("Gäste", "Tisch"),
            tr("Gäste", "E-Mail"),
        )
        self._rsvp = {k: tr("Gäste", v) for k, v in RSVP_LABELS.items()}
        self._search: dict[str, str] = {}
        self.generation = 0  # bumped on every change so that filter caches know they are stale

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (_DISPLAY, _EDIT):
            guest = self._items[index.row()]
            column = index.column()
            if column == RSVP_COL:
                return self._rsvp[guest.rsvp] if role == _DISPLAY else guest.rsvp.value
            return getattr(guest, _ATTRS[column])
        if role == ObjectRole:
            return self._items[index.row()]
        if role == IdRole:
            return self._items[index.row()].id
        if role == _ALIGN and index.column() == COMPANIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def search_text(self, row: int) -> str:
        guest = self._items[row]
        text = self._search.get(guest.id)
        if text is None:
            text = _haystack(guest)
            self._search[guest.id] = text
        return text

    def all_search_texts(self) -> list[str]:
        """The search text of every row (built in one go; cached per guest)."""
        cache = self._search
        missing = [g for g in self._items if g.id not in cache]
        cache.update((g.id, _haystack(g)) for g in missing)
        return [cache[g.id] for g in self._items]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEditable if self._edit else base

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid() or self._edit is None:
            return False
        attr = _ATTRS[index.column()]
        guest = self._items[index.row()]
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
        else:
            value = str(value).strip()
        if value == getattr(guest, attr):
            return False
        self._edit(guest, attr, value)
        return True

    def object_changed(self, obj_id: str | None) -> None:
        self.generation += 1
        if obj_id:
            self._search.pop(obj_id, None)
        else:
            self._search.clear()
        super().object_changed(obj_id)


class GuestFilterProxy(QSortFilterProxyModel):
    """Search text (all words must match) plus category and RSVP filters."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self._category = ""
        self._rsvp = ""
        self._accepted: tuple[int, list[bool]] | None = None
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(self, text: str, category: str = "", rsvp: str = "") -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self._category, self._rsvp = category, rsvp
        self._accepted = self._compute_all()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _compute_all(self) -> tuple[int, list[bool]] | None:
        """Decide every row at once (fast list work instead of 10,000 lookups through Qt)."""
        model = self.sourceModel()
        if not isinstance(model, GuestTableModel):
            return None
        words, category, rsvp = self._words, self._category, self._rsvp
        guests = model._items
        texts = model.all_search_texts() if words else [""] * len(guests)
        accepted = [
            (not category or g.category == category)
            and (not rsvp or g.rsvp.value == rsvp)
            and all(w in t for w in words)
            for g, t in zip(guests, texts, strict=True)
        ]
        return model.generation, accepted

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | Any) -> bool:
        model = self.sourceModel()
        assert isinstance(model, GuestTableModel)
        cached = self._accepted
        if cached is not None and cached[0] == model.generation and source_row < len(cached[1]):
            return cached[1][source_row]
        guest: Guest = model.object_at(source_row)
        if self._category and guest.category != self._category:
            return False
        if self._rsvp and guest.rsvp.value != self._rsvp:
            return False
        if self._words:
            text = model.search_text(source_row)
            return all(w in text for w in self._words)
        return True


def _haystack(guest: Guest) -> str:
    return " ".join(
        (
            guest.title,
            guest.first_name,
            guest.last_name,
            guest.function,
            guest.organisation,
            guest.email,
            guest.table,
            guest.notes,
        )
    ).casefold()

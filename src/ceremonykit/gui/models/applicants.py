"""Applicants (everyone who applied) as an editable table: organisation, persons, project.

Persons are edited as one line, "Anna Müller, Dr. Ben Schulz": a comma separates persons, the
last word of each is the last name, a leading "Dr."/"Prof." is the title.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ceremonykit.domain.model import Applicant, Person
from ceremonykit.gui.models.base import IdRole, Index, ListTableModel, ObjectRole

ORGANISATION, PERSONS, PROJECT = range(3)
_TITLES = ("Prof.", "Dr.", "Dipl.-Ing.")


def show_persons(persons: list[Person]) -> str:
    return ", ".join(p.full_name for p in persons if p.full_name)


def parse_persons(text: str) -> list[Person]:
    persons = []
    for part in text.split(","):
        words = part.split()
        title = []
        while words and words[0] in _TITLES:
            title.append(words.pop(0))
        if not words:
            continue
        persons.append(
            Person(title=" ".join(title), first_name=" ".join(words[:-1]), last_name=words[-1])
        )
    return persons


class ApplicantTableModel(ListTableModel):
    def __init__(self, items: list[Applicant], edit: Any = None) -> None:
        super().__init__(items, edit)
        self.HEADERS = (
            QCoreApplication.translate("Bewerbungen", "Organisation"),
            QCoreApplication.translate("Bewerbungen", "Personen (mit Komma trennen)"),
            QCoreApplication.translate("Bewerbungen", "Projekt"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: Applicant = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            column = index.column()
            if column == PERSONS:
                return show_persons(item.persons)
            return item.organisation if column == ORGANISATION else item.project_title
        if role == ObjectRole:
            return item
        if role == IdRole:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and self._edit else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._edit is None or not index.isValid():
            return False
        item: Applicant = self._items[index.row()]
        text = str(value).strip()
        column = index.column()
        if column == PERSONS:
            new: Any = parse_persons(text)
            if show_persons(new) == show_persons(item.persons):
                return False
            self._edit(item, "persons", new)
            return True
        attr = "organisation" if column == ORGANISATION else "project_title"
        if text == getattr(item, attr):
            return False
        self._edit(item, attr, text)
        return True

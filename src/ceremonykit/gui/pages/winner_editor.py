"""Detail editor of one winner: prize, names, persons, project, laudation (with count), quotes."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ceremonykit.domain.model import Person, Quote, Salutation, Winner
from ceremonykit.german.ordinals import prize_title
from ceremonykit.gui import values
from ceremonykit.gui.commands import PutObject
from ceremonykit.gui.delegates import ChoiceDelegate, CleanTextDelegate
from ceremonykit.gui.forms import Binder
from ceremonykit.gui.models.nested import Column, NestedListModel
from ceremonykit.gui.pages.base import button_row, group, hint, line, text_box
from ceremonykit.gui.session import Session

CHARS_PER_MINUTE = 850  # a calm speaking pace of about 130 words per minute


class WinnerEditor(QWidget):
    """Edits the winner with ``winner_id``; every change is one undo command."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.winner_id: str | None = None
        self.binder = Binder(self._read, self._write, self)
        b = self.binder

        main, form = group(self.tr("Preisträger"))
        self.prize_combo = QComboBox()
        self.prize_combo.setToolTip(self.tr("Welchen Preis erhält dieser Preisträger?"))
        form.addRow(self.tr("Preis:"), b.combo(self.prize_combo, "prize_id"))
        self.amount = line(
            self.tr("ohne Preisgeld"),
            self.tr("Das Preisgeld gehört zum Preis und gilt für alle seine Preisträger."),
        )
        form.addRow(
            self.tr("Preisgeld (€):"),
            b.line(self.amount, "amount", values.show_money, values.parse_money),
        )
        form.addRow(
            self.tr("Organisation:"),
            b.line(line(self.tr("leer lassen bei Einzelpersonen")), "organisation"),
        )
        form.addRow(
            self.tr("Projekt:"), b.line(line(self.tr("Titel des Projekts")), "project_title")
        )
        form.addRow(
            self.tr("Beschreibung:"),
            b.text(
                text_box(self.tr("Zwei, drei Sätze für Medieninformation und Artikel"), 96),
                "description",
            ),
        )

        persons_box, persons_form = group(self.tr("Personen (Vertretung oder Ausgezeichnete)"))
        salutations = (
            (Salutation.NONE, self.tr("–")),
            (Salutation.FRAU, self.tr("Frau")),
            (Salutation.HERR, self.tr("Herr")),
            (Salutation.NEUTRAL, self.tr("neutral")),
        )
        self.persons = NestedListModel(
            [
                Column("salutation", self.tr("Anrede"), salutations),
                Column("title", self.tr("Titel")),
                Column("first_name", self.tr("Vorname")),
                Column("last_name", self.tr("Nachname")),
                Column("function", self.tr("Funktion")),
            ],
            lambda items: self._write("persons", items),
        )
        self.persons_view = _small_table(self.persons)
        self.persons_view.setItemDelegateForColumn(
            0, ChoiceDelegate(lambda: list(salutations), self.persons_view)
        )
        persons_form.addRow(self.persons_view)
        persons_form.addRow(
            _buttons(
                self.tr("Person hinzufügen"),
                lambda: self.persons.append(Person()),
                self.tr("Person entfernen"),
                lambda: self.persons.remove(self.persons_view.currentIndex().row()),
            )
        )
        self.honour_combo = QComboBox()
        self.honour_combo.addItem(self.tr("die Organisation (eine Urkunde)"), False)
        self.honour_combo.addItem(
            self.tr("die Personen (je eine Urkunde, mit der Organisation genannt)"), True
        )
        self.honour_combo.setToolTip(
            self.tr(
                "Wer ist ausgezeichnet, wenn Organisation und Personen eingetragen sind? "
                "Bei den Personen nennen Medieninformation und Artikel sie mit der "
                "Organisation, und jede Person erhält eine eigene Urkunde."
            )
        )
        persons_form.addRow(self.tr("Geehrt werden:"), b.combo(self.honour_combo, "honour_persons"))
        self.payee_combo = QComboBox()
        self.payee_combo.addItem(self.tr("die Organisation"), False)
        self.payee_combo.addItem(self.tr("die Personen"), True)
        self.payee_combo.setToolTip(
            self.tr(
                "Wem das Preisgeld auf dem Scheck zugeschrieben wird, wenn Personen geehrt werden."
            )
        )
        persons_form.addRow(
            self.tr("Scheck ausgestellt auf:"), b.combo(self.payee_combo, "cheque_to_persons")
        )

        laud_box, laud_form = group(self.tr("Laudatio"))
        laud_form.addRow(self.tr("Laudatorin/Laudator:"), b.line(line(self.tr("Name")), "laudator"))
        self.laudation = text_box(self.tr("Text der Laudatio"), 160)
        laud_form.addRow(b.text(self.laudation, "laudation"))
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.laudation.textChanged.connect(self._count)
        laud_form.addRow(self.count)

        quotes_box, quotes_form = group(self.tr("Zitate"))
        self.quotes = NestedListModel(
            [
                Column("text", self.tr("Zitat")),
                Column("speaker", self.tr("Wer sagt es")),
                Column("speaker_function", self.tr("Funktion")),
                Column("before_delivery", self.tr("Vor der Rede")),
            ],
            lambda items: self._write("quotes", items),
        )
        self.quotes_view = _small_table(self.quotes)
        header = self.quotes_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 150), (3, 90)):
            header.resizeSection(column, width)
        quotes_form.addRow(self.quotes_view)
        quotes_form.addRow(
            _buttons(
                self.tr("Zitat hinzufügen"),
                lambda: self.quotes.append(Quote()),
                self.tr("Zitat entfernen"),
                lambda: self.quotes.remove(self.quotes_view.currentIndex().row()),
            )
        )

        self.empty = hint(
            self.tr(
                "Links einen Preisträger auswählen oder mit „Preisträger hinzufügen“ einen neuen anlegen."
            )
        )
        inner = QWidget()
        self.content = QVBoxLayout(inner)
        for widget in (main, persons_box, laud_box, quotes_box):
            self.content.addWidget(widget)
        self.content.addStretch(1)
        self.form_widget = inner
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll)
        self.set_winner(None)

    # ------------------------------------------------------------------ state
    def winner(self) -> Winner | None:
        return self.session.find(Winner, self.winner_id) if self.winner_id else None

    def set_winner(self, winner_id: str | None) -> None:
        if winner_id != self.winner_id:
            self.binder.flush()
        self.winner_id = winner_id
        has = self.winner() is not None
        self.empty.setVisible(not has)
        self.scroll_area.setVisible(has)
        self.refresh()

    def refresh(self) -> None:
        winner = self.winner()
        if winner is None:
            return
        self.prize_combo.clear()
        self.prize_combo.addItem(self.tr("(kein Preis)"), None)
        for prize in self.session.ceremony.ranked_prizes():
            self.prize_combo.addItem(prize_title(prize), prize.id)
        self.binder.refresh()
        self.amount.setEnabled(winner.prize_id is not None)
        both = bool(winner.organisation.strip()) and any(p.full_name for p in winner.persons)
        self.honour_combo.setEnabled(both)
        self.payee_combo.setEnabled(both and winner.honour_persons)
        self.persons.set_items(winner.persons)
        self.quotes.set_items(winner.quotes)
        self._count()

    def _count(self) -> None:
        chars = len(self.laudation.toPlainText())
        minutes = max(1, round(chars / CHARS_PER_MINUTE)) if chars else 0
        self.count.setText(
            self.tr("%1 Zeichen (mit Leerzeichen) · etwa %2 Min. Redezeit")
            .replace("%1", values.show_number(chars))
            .replace("%2", str(minutes))
        )

    # ------------------------------------------------------------------ binding
    def _read(self, attr: str) -> Any:
        winner = self.winner()
        if winner is None:
            return None
        if attr == "amount":
            prize = self.session.ceremony.prize(winner.prize_id)
            return prize.amount if prize else None
        return getattr(winner, attr)

    def _write(self, attr: str, value: Any) -> None:
        winner = self.winner()
        if winner is None:
            return
        if attr == "amount":
            prize = self.session.ceremony.prize(winner.prize_id)
            if prize is not None:
                self.session.undo_stack.push(
                    PutObject(
                        self.session,
                        dataclasses.replace(prize, amount=value),
                        self.tr("Preisgeld ändern"),
                    )
                )
            return
        new = dataclasses.replace(winner, **{attr: value})
        self.session.undo_stack.push(
            PutObject(
                self.session,
                new,
                self.tr("Preisträger „%1“ ändern").replace("%1", new.display_name),
            )
        )

    def focus_field(self, field: str) -> bool:
        widget = self.binder.widget_for(field) or (
            self.persons_view if field == "persons" else None
        )
        if widget is None:
            return False
        widget.setFocus()
        return True


def _small_table(model: NestedListModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(CleanTextDelegate(view))
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setWordWrap(False)
    view.setMinimumHeight(90)
    view.setMaximumHeight(130)
    view.setAlternatingRowColors(True)
    return view


def _buttons(add_text: str, add: Any, remove_text: str, remove: Any) -> QHBoxLayout:
    return button_row((add_text, add), (remove_text, remove))

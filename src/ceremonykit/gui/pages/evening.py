"""Page "Ablauf": how guests reply to the invitation, and the programme of the evening.

The programme table holds the items staff add (music, greeting, reception …); the row marked
"Preisverleihung" stands for the award block, which the run sheet fills from the prizes
(announcement, laudation, handing over, photo). Both parts are saved with one click each,
through undo commands that run :mod:`ceremonykit.operations.evening`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ceremonykit.documents.evening.programme import clock_text, run_items
from ceremonykit.domain.model import ProgrammeItem
from ceremonykit.errors import UserError
from ceremonykit.gui.commands import SetProgramme, SetReplyDetails
from ceremonykit.gui.pages.base import Page, group, heading, hint, line
from ceremonykit.gui.session import Session
from ceremonykit.gui.values import parse_date, parse_int, parse_time, show_date, show_time
from ceremonykit.operations.evening import check_programme, check_reply_details

START, MINUTES, ITEM, WHO, WHERE, NOTES, PUBLIC, AWARDS = range(8)


class EveningPage(Page):
    ICON = "event"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))

        box, form = group(self.tr("Rückmeldung zur Einladung"))
        self.rsvp_date = line(self.tr("TT.MM.JJJJ"))
        self.rsvp_email = line(self.tr("z. B. einladung@stadt.de"))
        self.rsvp_phone = line(self.tr("z. B. 0231 50-22010"))
        self.rsvp_url = line(self.tr("z. B. www.stadt.de/anmeldung"))
        self.companions = QSpinBox()
        self.companions.setRange(0, 20)
        form.addRow(self.tr("Antwort bis"), self.rsvp_date)
        form.addRow(self.tr("Antwort per E-Mail"), self.rsvp_email)
        form.addRow(self.tr("Antwort per Telefon"), self.rsvp_phone)
        form.addRow(self.tr("Antwort über Webseite"), self.rsvp_url)
        form.addRow(self.tr("Begleitpersonen je Gast"), self.companions)
        self.save_reply = QPushButton(self.tr("Angaben übernehmen"))
        self.save_reply.clicked.connect(self._save_reply)
        form.addRow("", self.save_reply)
        layout.addWidget(box)

        layout.addWidget(
            hint(
                self.tr(
                    "Programmpunkte mit Beginn (leer = direkt nach dem vorigen) und Dauer. Die "
                    "Zeile „Preisverleihung“ wird im Ablaufplan durch Bekanntgabe, Laudatio, "
                    "Übergabe und Foto jedes Preises ersetzt."
                )
            )
        )
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Beginn"),
                self.tr("Minuten"),
                self.tr("Programmpunkt"),
                self.tr("Wer"),
                self.tr("Wo"),
                self.tr("Hinweise"),
                self.tr("Für Gäste"),
                self.tr("Preisverleihung"),
            ]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        for column, width in ((START, 60), (MINUTES, 60), (ITEM, 220), (WHO, 170), (WHERE, 110)):
            header.resizeSection(column, width)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_row = QPushButton(self.tr("Programmpunkt hinzufügen"))
        self.add_row.clicked.connect(lambda: self._append(ProgrammeItem(item="", minutes=5)))
        self.remove_row = QPushButton(self.tr("Entfernen"))
        self.remove_row.clicked.connect(self._remove)
        self.up = QPushButton(self.tr("Nach oben"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down = QPushButton(self.tr("Nach unten"))
        self.down.clicked.connect(lambda: self._move(1))
        self.save = QPushButton(self.tr("Ablauf speichern"))
        self.save.setDefault(True)
        self.save.clicked.connect(self._save_programme)
        for button in (self.add_row, self.remove_row, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        self.summary = hint("")
        layout.addWidget(self.summary)
        self._load()

    def title(self) -> str:
        return self.tr("Ablauf")

    # ------------------------------------------------------------------ loading
    def on_changed(self, object_type: str, object_id: object) -> None:
        if object_type in ("ceremony", "prize", "winner"):
            self._load()

    def _load(self) -> None:
        c = self.session.ceremony
        self.rsvp_date.setText(show_date(c.rsvp_date))
        self.rsvp_email.setText(c.rsvp_email)
        self.rsvp_phone.setText(c.rsvp_phone)
        self.rsvp_url.setText(c.rsvp_url)
        self.companions.setValue(c.companions_allowed)
        self.table.setRowCount(0)
        for item in c.programme:
            self._append(item)
        self._show_summary()

    def _append(self, item: ProgrammeItem) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = (show_time(item.start), str(item.minutes), item.item, item.who, item.where,
                 item.notes)  # fmt: skip
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, item.id)
            self.table.setItem(row, column, cell)
        for column, checked in ((PUBLIC, item.public), (AWARDS, item.awards)):
            cell = QTableWidgetItem()
            cell.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            cell.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, cell)

    def _show_summary(self) -> None:
        items = run_items(self.session.ceremony)
        if not items:
            self.summary.setText("")
            return
        end = next((i for i in reversed(items) if i.start), None)
        until = f" – {clock_text(end.start)} + {end.minutes} Min." if end else ""
        self.summary.setText(
            self.tr("Im Ablaufplan: %n Programmpunkte", "", len(items))
            + f" ({clock_text(items[0].start)}{until})"
        )

    # ------------------------------------------------------------------ editing
    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = self._items_or_none(check=False)
        if items is None:
            return
        items.insert(target, items.pop(row))
        self.table.setRowCount(0)
        for item in items:
            self._append(item)
        self.table.setCurrentCell(target, ITEM)

    def _text(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text().strip() if cell else ""

    def _checked(self, row: int, column: int) -> bool:
        cell = self.table.item(row, column)
        return bool(cell and cell.checkState() == Qt.CheckState.Checked)

    def _items_or_none(self, *, check: bool = True) -> list[ProgrammeItem] | None:
        items = []
        try:
            for row in range(self.table.rowCount()):
                where = self.tr("Zeile %1").replace("%1", str(row + 1))
                try:
                    start = parse_time(self._text(row, START))
                    minutes = parse_int(self._text(row, MINUTES)) or 0
                except ValueError as exc:
                    raise UserError(f"{where}: {exc}") from None
                cell = self.table.item(row, ITEM)
                item_id = cell.data(Qt.ItemDataRole.UserRole) if cell else None
                item = ProgrammeItem(
                    start=start, minutes=minutes, item=self._text(row, ITEM),
                    who=self._text(row, WHO), where=self._text(row, WHERE),
                    notes=self._text(row, NOTES), public=self._checked(row, PUBLIC),
                    awards=self._checked(row, AWARDS),
                )  # fmt: skip
                if item_id:
                    item.id = str(item_id)
                items.append(item)
        except UserError as exc:
            if check:
                QMessageBox.warning(self, self.tr("Ablauf"), str(exc))
            return None
        return items

    def _save_programme(self) -> None:
        items = self._items_or_none()
        if items is None:
            return
        try:
            check_programme(items)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Ablauf"), str(exc))
            return
        self.session.undo_stack.push(SetProgramme(self.session, items, self.tr("Ablauf ändern")))

    def _save_reply(self) -> None:
        try:
            rsvp_date = parse_date(self.rsvp_date.text())
            values: dict[str, object] = {
                "rsvp_date": rsvp_date,
                "rsvp_email": self.rsvp_email.text(),
                "rsvp_phone": self.rsvp_phone.text(),
                "rsvp_url": self.rsvp_url.text(),
                "companions_allowed": self.companions.value(),
            }
            check_reply_details(
                self.session.ceremony, rsvp_date, self.rsvp_email.text(), self.companions.value()
            )
        except (UserError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Rückmeldung"), str(exc))
            return
        self.session.undo_stack.push(
            SetReplyDetails(self.session, values, self.tr("Rückmeldung ändern"))
        )

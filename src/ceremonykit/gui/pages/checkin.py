"""Page *Einlass*: check-in at the door with a USB scanner or by name, offline on a laptop.

A barcode/QR scanner is a keyboard to the computer ("keyboard wedge"): it types the code and
Enter into the focused field. So the one search field takes both: Enter on a code checks the
guest in (one transaction, stored at once); Enter on a name checks in the only match, or lists
the matches to pick from. What is shown after a scan – name, category, table, companions in
large type, and any warning (second scan, unknown or replaced code, declined) – comes from
:mod:`ceremonykit.guests.checkin`; the counts of arrived and expected persons per category and
table stay visible beside it. The greeting list of those present is one click away.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ceremonykit.domain.model import Guest
from ceremonykit.errors import UserError
from ceremonykit.guests.checkin import (
    DoorCount,
    ScanResult,
    admit,
    clock,
    door_counts,
    looks_like_code,
    resolve_scan,
)
from ceremonykit.guests.collation import base_letters
from ceremonykit.gui.checkin_commands import (
    CheckIn,
    ReissueCode,
    TakeBack,
    WalkIn,
)
from ceremonykit.gui.pages.base import Page, group, heading
from ceremonykit.gui.pages.checkin_tools import DoorTools
from ceremonykit.gui.session import Session

MAX_MATCHES = 40
WARNING_STYLE = "background: #fde3c2; color: #4a2800; padding: 8px; border-radius: 4px;"
OK_STYLE = "background: #d9f2dc; color: #103d17; padding: 8px; border-radius: 4px;"


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class CheckinPage(Page):
    VIEW_WIDGETS = ("search", "matches")
    ICON = "guests"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._keys: dict[str, str] | None = None  # guest id -> search text, rebuilt on change
        self.shown_id: str | None = None  # the guest in the large display
        self.last_scan: ScanResult | None = None

        self.search = QLineEdit()
        self.search.setFont(_font(16))
        self.search.setPlaceholderText(self.tr("Code scannen oder Namen eingeben, dann Enter"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.submit)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._list_matches)
        self.search.textChanged.connect(self._debounce.start)

        self.name = QLabel()
        self.name.setFont(_font(26, bold=True))
        self.name.setWordWrap(True)
        self.details = QLabel()
        self.details.setFont(_font(15))
        self.details.setWordWrap(True)
        self.state = QLabel()  # styled once: restyling a widget per scan costs a repolish
        self.state.setFont(_font(13, bold=True))
        self.state.setWordWrap(True)
        self.state.setStyleSheet(OK_STYLE)
        self.warning = QLabel()
        self.warning.setFont(_font(13))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        display = QFrame()
        display.setFrameShape(QFrame.Shape.StyledPanel)
        display.setMinimumHeight(200)
        shown = QVBoxLayout(display)
        for widget in (self.name, self.details, self.state, self.warning):
            shown.addWidget(widget)
        shown.addStretch(1)

        self.matches = QListWidget()
        self.matches.setFont(_font(12))
        self.matches.itemActivated.connect(self._match_activated)
        self.admit_button = QPushButton(self.tr("Einlassen"))
        self.admit_button.clicked.connect(self.admit_selected)
        self.take_back_button = QPushButton(self.tr("Einlass zurücknehmen"))
        self.take_back_button.clicked.connect(self.take_back)
        self.reissue_button = QPushButton(self.tr("Neuen Code ausgeben"))
        self.reissue_button.setToolTip(
            self.tr(
                "Für eine verlorene oder weitergegebene Einladung: der alte Code gilt nicht mehr."
            )
        )
        self.reissue_button.clicked.connect(self.reissue)
        actions = QHBoxLayout()
        for button in (self.admit_button, self.take_back_button, self.reissue_button):
            actions.addWidget(button)
        actions.addStretch(1)

        walk_box, walk_form = group(self.tr("Ohne Anmeldung"))
        self.walk_name = QLineEdit()
        self.walk_name.setPlaceholderText(self.tr("Name, z. B. Dr. Anna Beispiel"))
        self.walk_category = QComboBox()
        self.walk_category.setEditable(True)
        self.walk_button = QPushButton(self.tr("Einlassen und aufnehmen"))
        self.walk_button.clicked.connect(self.add_walk_in)
        self.walk_name.returnPressed.connect(self.add_walk_in)
        walk_form.addRow(self.tr("Name"), self.walk_name)
        walk_form.addRow(self.tr("Kategorie"), self.walk_category)
        walk_form.addRow("", self.walk_button)

        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Einlass")))
        left.addWidget(self.search)
        left.addWidget(display)
        left.addLayout(actions)
        left.addWidget(self.matches, 1)
        left.addWidget(walk_box)

        self.total = QLabel()
        self.total.setFont(_font(16, bold=True))
        self.total.setWordWrap(True)
        self.per_group = QTreeWidget()  # items change in place: a scan repaints two cells
        self.per_group.setColumnCount(3)
        self.per_group.setHeaderLabels([self.tr("Gruppe"), self.tr("da"), self.tr("erwartet")])
        self.per_group.setRootIsDecorated(False)
        self.per_group.setUniformRowHeights(True)
        self.per_group.header().setStretchLastSection(False)
        self.per_group.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.per_group.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self._group_items: dict[tuple[str, str], QTreeWidgetItem] = {}
        right = QVBoxLayout()
        right.addWidget(self.total)
        right.addWidget(self.per_group, 1)
        self.tools = DoorTools(session)
        right.addWidget(self.tools)
        side = QWidget()
        side.setLayout(right)
        side.setFixedWidth(290)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(side, 1)
        self._fill_categories()
        self._update_counts()
        self._show(None)

    def title(self) -> str:
        return self.tr("Einlass")

    def showEvent(self, event: QShowEvent) -> None:
        """The scanner types into whatever has the focus: give it to the search field."""
        super().showEvent(event)
        self.search.setFocus()

    # ------------------------------------------------------------------ input
    def submit(self) -> None:
        """Enter in the search field: a scanned code, or a name."""
        text = self.search.text().strip()
        self._debounce.stop()
        if not text:
            return
        if looks_like_code(text):
            scan = resolve_scan(self.session.ceremony, text)
            if scan.guest is not None or not self._find(text):
                self._handle(scan)
                return
        found = self._find(text)
        if len(found) == 1:
            self._handle(admit(found[0]))
            return
        self._list_matches()
        if not found:
            self.last_scan = None
            self._show(None, self.tr("Niemand mit „%1“ gefunden.").replace("%1", text))

    def admit_selected(self) -> None:
        """ "Einlassen": the guest picked in the list of matches, else the one on display
        (e.g. after a replaced code, once staff checked who it is)."""
        item = self.matches.currentItem()
        guest = self._guest(item.data(Qt.ItemDataRole.UserRole)) if item else None
        if guest is None and self.shown_id:
            guest = self._guest(self.shown_id)
        if guest is not None:
            self._handle(admit(guest))

    def _match_activated(self, item: QListWidgetItem) -> None:
        guest = self._guest(item.data(Qt.ItemDataRole.UserRole))
        if guest is not None:
            self._handle(admit(guest))

    def _handle(self, scan: ScanResult) -> None:
        """Check in if the scan admits, then show the guest and the warnings."""
        self.last_scan = scan
        self.search.clear()  # ready for the next scan
        self.matches.clear()  # a former name search's matches no longer apply
        guest = scan.guest
        if scan.admit and guest is not None:  # a read-only session refuses and says why
            text = self.tr("Einlass: %1").replace("%1", guest.full_name or guest.organisation)
            self.session.undo_stack.push(CheckIn(self.session, guest, datetime.now(), text))
        self.shown_id = guest.id if guest else None
        self._show(self._guest(self.shown_id) if self.shown_id else None)
        self.search.setFocus()

    # ------------------------------------------------------------------ display
    def _show(self, guest: Guest | None, note: str = "") -> None:
        scan = self.last_scan
        warnings = [w.message for w in scan.warnings] if scan else []
        if guest is None:
            self.name.setText(self.tr("Bereit zum Scannen") if not warnings else "")
            self.details.setText(note)
            self.state.hide()
        else:
            self.name.setText(guest.full_name or guest.organisation)
            self.details.setText(self._details(guest))
            if guest.arrived_at is not None:
                state = self.tr("Eingelassen um %1").replace("%1", clock(guest.arrived_at))
                self.state.setText(state + (self.tr(" · ohne Anmeldung") if guest.walk_in else ""))
            else:
                self.details.setText(self.details.text() + "\n" + self.tr("Noch nicht eingelassen"))
            self.state.setVisible(guest.arrived_at is not None)
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        arrived = guest is not None and guest.arrived_at is not None
        self.take_back_button.setEnabled(arrived and not self.session.read_only)
        self.reissue_button.setEnabled(guest is not None and not self.session.read_only)

    def _details(self, guest: Guest) -> str:
        parts = [guest.category]
        parts.append(
            self.tr("Tisch %1").replace("%1", guest.table) if guest.table else self.tr("ohne Tisch")
        )
        who = ", ".join(p for p in (guest.function, guest.organisation) if p)
        lines = [" · ".join(parts)]
        if who:
            lines.append(who)
        ceremony = self.session.ceremony
        if guest.companions:
            lines.append(
                self.tr("+ 1 Begleitperson")
                if guest.companions == 1
                else self.tr("+ %1 Begleitpersonen").replace("%1", str(guest.companions))
            )
        named = [g for g in ceremony.guests if g.companion_of == guest.id]
        if named:
            listed = ", ".join(
                (g.full_name or g.organisation) + (" ✓" if g.arrived_at else "") for g in named
            )
            lines.append(self.tr("Begleitung: %1").replace("%1", listed))
        if guest.companion_of:
            host = self._guest(guest.companion_of)
            if host is not None:
                lines.append(self.tr("Begleitung von %1").replace("%1", host.full_name))
        return "\n".join(lines)

    def _update_counts(self) -> None:
        counts = door_counts(self.session.ceremony)
        self.total.setText(
            self.tr("Da: %1 von %2 Personen")
            .replace("%1", str(counts.arrived))
            .replace("%2", str(counts.expected))
        )
        self._fill_groups(
            [("", c.label, c) for c in counts.by_category]
            + [("t", self._table_label(t.label), t) for t in counts.by_table]
        )
        self.tools.refresh()

    def _table_label(self, table: str) -> str:
        return (
            self.tr("ohne Tisch")
            if table == "ohne Tisch"
            else self.tr("Tisch %1").replace("%1", table)
        )

    def _fill_groups(self, rows: list[tuple[str, str, DoorCount]]) -> None:
        """One row per category and table; rebuilt only when the groups change."""
        keys = [(kind, c.label) for kind, _, c in rows]
        if keys != list(self._group_items):
            self.per_group.clear()
            self._group_items = {}
            for (kind, label), (_, text, _count) in zip(keys, rows, strict=True):
                item = QTreeWidgetItem([text, "", ""])
                for column in (1, 2):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                self.per_group.addTopLevelItem(item)
                self._group_items[(kind, label)] = item
        for key, (_, _, count) in zip(keys, rows, strict=True):
            item = self._group_items[key]
            for column, value in ((1, count.arrived), (2, count.expected)):
                if item.text(column) != str(value):
                    item.setText(column, str(value))

    # ------------------------------------------------------------------ search
    def _find(self, text: str) -> list[Guest]:
        if self._keys is None:
            self._keys = {
                g.id: base_letters(" ".join((g.full_name, g.organisation, g.checkin_token)))
                for g in self.session.ceremony.guests
            }
        words = base_letters(text).split()
        ids = [i for i, key in self._keys.items() if all(w in key for w in words)]
        wanted = set(ids[: MAX_MATCHES + 1])
        return [g for g in self.session.ceremony.guests if g.id in wanted]

    def _list_matches(self) -> None:
        text = self.search.text().strip()
        self.matches.clear()
        if not text or looks_like_code(text):
            return
        for guest in self._find(text)[:MAX_MATCHES]:
            mark = "✓ " if guest.arrived_at else ""
            label = f"{mark}{guest.full_name or guest.organisation} – {guest.category}"
            item = QListWidgetItem(label + (f" · Tisch {guest.table}" if guest.table else ""))
            item.setData(Qt.ItemDataRole.UserRole, guest.id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def _guest(self, guest_id: str | None) -> Guest | None:
        return next((g for g in self.session.ceremony.guests if g.id == guest_id), None)

    # ------------------------------------------------------------------ other actions
    def take_back(self) -> None:
        guest = self._guest(self.shown_id)
        if guest is not None and guest.arrived_at is not None:
            text = self.tr("Einlass zurücknehmen: %1").replace("%1", guest.full_name)
            self.session.undo_stack.push(TakeBack(self.session, guest, text))
            self.last_scan = None
            self._show(self._guest(guest.id))

    def reissue(self) -> None:
        guest = self._guest(self.shown_id)
        if guest is not None:
            text = self.tr("Neuer Code: %1").replace("%1", guest.full_name)
            self.session.undo_stack.push(ReissueCode(self.session, guest, text))
            self.status(
                self.tr("Neuer Einlass-Code für %1; der alte gilt nicht mehr.").replace(
                    "%1", guest.full_name
                )
            )

    def add_walk_in(self) -> None:
        name = self.walk_name.text().strip()
        category = self.walk_category.currentText().strip()
        try:
            command = WalkIn(self.session, name, category, datetime.now())
            self.session.undo_stack.push(command)
        except UserError as exc:
            self._show(None, exc.message)
            return
        if command.guest is not None:
            self.walk_name.clear()
            self.last_scan = None
            self.shown_id = command.guest.id
            self._show(self._guest(self.shown_id))
        self.search.setFocus()

    # ------------------------------------------------------------------ changes
    def _fill_categories(self) -> None:
        current = self.walk_category.currentText()
        self.walk_category.clear()
        self.walk_category.addItems(self.session.ceremony.guest_categories)
        self.walk_category.setCurrentText(current or "Gast")

    def on_changed(self, object_type: str, object_id: object) -> None:
        if object_type == "guest":
            self._keys = None
            self._update_counts()
            if self.shown_id and (object_id is None or object_id == self.shown_id):
                self._show(self._guest(self.shown_id))
        elif object_type == "ceremony":
            self._fill_categories()

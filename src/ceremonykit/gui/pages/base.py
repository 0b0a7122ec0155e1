"""What every page of the main window offers: a title, an icon and jumping to a field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from ceremonykit.gui.clean_input import CleanPlainTextEdit, clean_on_edit
from ceremonykit.gui.session import Session


class Page(QWidget):
    """A page of the main window, built for one open session."""

    ICON = ""
    EDITS = True
    """False for pages that only look or build (they stay fully usable when read-only)."""
    VIEW_WIDGETS: tuple[str, ...] = ()
    """Attribute names of widgets that only filter or search; they stay usable read-only."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.session.changed.connect(self.on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def on_changed(self, object_type: str, object_id: object) -> None:
        """The session stored a change; refresh what shows it."""

    def focus_field(self, object_id: str | None, field: str) -> bool:
        """Select the object and put the cursor into the field; False if not on this page."""
        return False

    def make_read_only(self) -> None:
        """Opened only for reading: fields show their values but take no input, and buttons
        that would change the ceremony are disabled. (Edits are refused by the session too.)"""
        if not self.EDITS:
            return
        keep = {id(getattr(self, name)) for name in self.VIEW_WIDGETS}
        for widget in self.findChildren(QWidget):
            if id(widget) in keep or id(widget.parent()) in keep:
                continue
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                widget.setReadOnly(True)
            elif isinstance(widget, QAbstractItemView):
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                widget.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
                widget.setAcceptDrops(False)
            elif isinstance(widget, (QAbstractButton, QComboBox, QAbstractSpinBox)):
                widget.setEnabled(False)
        self.setAcceptDrops(False)

    def status(self, message: str) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if bar is not None:
            bar().showMessage(message, 8000)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageHeading")
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def button_row(*buttons: tuple[str, Any]) -> QHBoxLayout:
    """A row of push buttons (text, slot) on the left, the rest of the row free: the action
    row under every table and list."""
    row = QHBoxLayout()
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


def group(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return box, form


def line(placeholder: str = "", tooltip: str = "") -> QLineEdit:
    w = clean_on_edit(QLineEdit())
    w.setPlaceholderText(placeholder)
    if tooltip:
        w.setToolTip(tooltip)
        w.setProperty("baseToolTip", tooltip)
    w.setClearButtonEnabled(False)
    return w


def text_box(placeholder: str = "", height: int = 80) -> QPlainTextEdit:
    w = CleanPlainTextEdit()
    w.setPlaceholderText(placeholder)
    w.setTabChangesFocus(True)
    w.setMinimumHeight(height)
    return w

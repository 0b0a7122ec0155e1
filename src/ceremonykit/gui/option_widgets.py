"""Widgets for a document kind's options, generated from its declarations.

The document page knows no option by name: for each :class:`KindOption` of the selected kind it
builds a check box (yes/no), a combo box (choices; editable where own values are allowed), a
spin box (numbers) or a line edit (text, file path with a "Wählen…" button). A change is
checked with :meth:`KindOption.normalise` and stored in the project (``Ceremony.settings``) as
one undoable :class:`~ceremonykit.gui.commands.SetSetting`, so preview and export – which read
the saved project – use it, and the project remembers it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ceremonykit.documents.options import KindOption, OptionType
from ceremonykit.documents.registry import DocumentKind
from ceremonykit.domain.settings_keys import kind_option
from ceremonykit.errors import UserError
from ceremonykit.gui.commands import SetSetting
from ceremonykit.gui.session import Session


class OptionsForm(QWidget):
    """The options of one kind, as rows of a form; empty for a kind without options."""

    def __init__(self, session: Session, kind: DocumentKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.kind = session, kind
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.widgets: dict[str, QWidget] = {}
        self.problem = QLabel()
        self.problem.setObjectName("hint")
        self.problem.setWordWrap(True)
        for option in kind.options:
            widget = self._widget(option)
            widget.setToolTip(option.help)
            self.widgets[option.name] = widget
            self.form.addRow(f"{option.label}:", widget)
        self.form.addRow(self.problem)
        self.problem.hide()

    def value(self, option: KindOption) -> str:
        """The value the build will use: stored in the project, else the declared default."""
        stored = self.session.ceremony.settings.get(kind_option(self.kind.name, option.name), "")
        return stored or option.default

    def store(self, option: KindOption, raw: str) -> bool:
        """Check ``raw`` and store it in the project; False (and a German hint) if refused."""
        try:
            value = option.normalise(raw, where=option.label)
        except UserError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return False
        self.problem.hide()
        if value == option.default:
            value = ""  # the default is not stored: a later default change reaches the project
        key = kind_option(self.kind.name, option.name)
        if value != self.session.ceremony.settings.get(key, ""):
            text = self.tr("%1: %2 ändern").replace("%1", self.kind.label)
            self.session.undo_stack.push(
                SetSetting(self.session, key, value, text.replace("%2", option.label))
            )
        return True

    # ------------------------------------------------------------------ widgets
    def _widget(self, option: KindOption) -> QWidget:
        current = self.value(option)
        if option.type is OptionType.FLAG:
            box = QCheckBox(option.help)
            box.setChecked(current == "1")
            box.toggled.connect(lambda on, o=option: self.store(o, "1" if on else "0"))
            return box
        if option.type is OptionType.CHOICE:
            return self._combo(option, current)
        if option.type is OptionType.NUMBER:
            spin = QDoubleSpinBox()
            spin.setDecimals(1)
            spin.setRange(option.minimum or 0.0, option.maximum or 1e6)
            spin.setValue(float(current or 0))
            spin.editingFinished.connect(lambda o=option, s=spin: self.store(o, str(s.value())))
            return spin
        edit = QLineEdit(current)
        edit.setPlaceholderText(option.help)
        edit.editingFinished.connect(lambda o=option, e=edit: self.store(o, e.text()))
        if option.type is not OptionType.FILE:
            return edit
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        choose = QPushButton(self.tr("Wählen…"))
        choose.clicked.connect(lambda _=False, o=option, e=edit: self._choose_file(o, e))
        layout.addWidget(choose)
        return row

    def _combo(self, option: KindOption, current: str) -> QComboBox:
        combo = QComboBox()
        for choice in option.choices:
            combo.addItem(choice.label, choice.value)
        index = combo.findData(current)
        if option.free:
            combo.setEditable(True)
            if index < 0 and current:
                combo.addItem(current, current)
                index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

        def chosen(_index: int = 0, o: KindOption = option, c: QComboBox = combo) -> None:
            # an entry of the list stands for its value; text typed into a free combo is taken
            index, typed = c.currentIndex(), c.currentText().strip()
            listed = index >= 0 and c.itemText(index) == typed
            if not self.store(o, str(c.itemData(index)) if listed else typed):
                c.setCurrentIndex(max(c.findData(self.value(o)), 0))

        combo.activated.connect(chosen)
        typed = combo.lineEdit()
        if typed is not None:
            typed.editingFinished.connect(chosen)
        return combo

    def _choose_file(self, option: KindOption, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            option.label,
            edit.text(),
            self.tr("Word-Dokumente (*.docx);;Alle Dateien (*)"),
        )
        if path:
            edit.setText(path)
            self.store(option, path)


def options_form(session: Session, kind: DocumentKind) -> OptionsForm | None:
    """The form for ``kind``'s options, or None if it has none."""
    return OptionsForm(session, kind) if kind.options else None

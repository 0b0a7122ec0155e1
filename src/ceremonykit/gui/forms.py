"""Binding editor widgets to fields: show the value, and on commit push one undo command.

A :class:`Binder` knows how to read a field and how to write it (the page passes a function that
pushes a command). Invalid input is marked red with the German hint and not written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

Reader = Callable[[str], Any]
Writer = Callable[[str, Any], None]

_INVALID = "border: 1px solid #c0392b; background: #fdecea;"


@dataclass
class _Binding:
    widget: QWidget
    attr: str
    show: Callable[[Any], Any]
    parse: Callable[[Any], Any]


class Binder(QObject):
    """Two-way binding of several widgets to the fields of one object."""

    error = Signal(str)

    def __init__(self, read: Reader, write: Writer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read, self._write = read, write
        self._bindings: dict[str, _Binding] = {}
        self._by_widget: dict[QWidget, _Binding] = {}

    # ------------------------------------------------------------------ binding
    def _add(
        self, widget: QWidget, attr: str, show: Callable[[Any], Any], parse: Callable[[Any], Any]
    ) -> None:
        binding = _Binding(widget, attr, show, parse)
        self._bindings[attr] = binding
        self._by_widget[widget] = binding

    def line(
        self,
        widget: QLineEdit,
        attr: str,
        show: Callable[[Any], str] = str,
        parse: Callable[[str], Any] = str.strip,
    ) -> QLineEdit:
        self._add(widget, attr, show, parse)
        widget.editingFinished.connect(lambda: self._commit(widget, widget.text()))
        return widget

    def text(
        self,
        widget: QPlainTextEdit,
        attr: str,
        show: Callable[[Any], str] = str,
        parse: Callable[[str], Any] = str.strip,
    ) -> QPlainTextEdit:
        self._add(widget, attr, show, parse)
        widget.installEventFilter(self)
        return widget

    def check(self, widget: QCheckBox, attr: str) -> QCheckBox:
        self._add(widget, attr, bool, bool)
        widget.toggled.connect(lambda on: self._commit(widget, on))
        return widget

    def combo(self, widget: QComboBox, attr: str) -> QComboBox:
        """A combo box whose items carry the field values as user data."""
        self._add(widget, attr, lambda v: v, lambda v: v)
        widget.activated.connect(lambda _i: self._commit(widget, widget.currentData()))
        return widget

    def widget_for(self, attr: str) -> QWidget | None:
        binding = self._bindings.get(attr)
        return binding.widget if binding else None

    # ------------------------------------------------------------------ syncing
    def refresh(self) -> None:
        """Show the current values (without triggering commits)."""
        for binding in self._bindings.values():
            value = self._read(binding.attr)
            shown = binding.show(value) if value is not None or binding.show is bool else ""
            w = binding.widget
            blocked = w.blockSignals(True)
            try:
                if isinstance(w, QLineEdit):
                    if w.text() != shown:
                        w.setText(str(shown))
                        w.setCursorPosition(0)
                elif isinstance(w, QPlainTextEdit):
                    if w.toPlainText() != shown:
                        w.setPlainText(str(shown))
                elif isinstance(w, QCheckBox):
                    w.setChecked(bool(value))
                elif isinstance(w, QComboBox):
                    index = w.findData(value)
                    w.setCurrentIndex(max(index, 0))
            finally:
                w.blockSignals(blocked)
            self._mark(w, "")

    def flush(self) -> None:
        """Commit pending text edits (e.g. before switching to another object)."""
        for binding in self._bindings.values():
            if isinstance(binding.widget, QPlainTextEdit) and self._read(binding.attr) is not None:
                self._commit(binding.widget, binding.widget.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self._commit(watched, watched.toPlainText())
        return False

    def _commit(self, widget: QWidget, raw: Any) -> None:
        binding = self._by_widget[widget]
        try:
            value = binding.parse(raw)
        except ValueError as exc:
            self._mark(widget, str(exc))
            self.error.emit(str(exc))
            return
        self._mark(widget, "")
        if isinstance(widget, QPlainTextEdit):
            widget.document().setModified(False)
        if value != self._read(binding.attr):
            self._write(binding.attr, value)

    def _mark(self, widget: QWidget, message: str) -> None:
        if message:
            widget.setStyleSheet(_INVALID)
            widget.setToolTip(message)
        elif widget.styleSheet():
            widget.setStyleSheet("")
            widget.setToolTip(widget.property("baseToolTip") or "")


def read_path(root: Any, path: str) -> Any:
    """``read_path(ceremony, "host.first_name")``."""
    value = root
    for part in path.split("."):
        value = getattr(value, part)
    return value


def replaced_path(root: Any, path: str, value: Any) -> tuple[str, Any]:
    """(top-level attribute, its new value) for setting the dotted ``path`` on ``root``."""
    import copy

    head, _, rest = path.partition(".")
    if not rest:
        return head, value
    top = copy.deepcopy(getattr(root, head))
    target = top
    parts = rest.split(".")
    for part in parts[:-1]:
        target = getattr(target, part)
    setattr(target, parts[-1], value)
    return head, top

"""Text typed or pasted into the GUI is cleaned at once, the way the operations store it.

Text copied from Word, Excel or a PDF often carries control characters (U+000B from a manual
line break, a form feed, a NUL). The operations layer removes them on every write anyway
(:func:`ceremonykit.domain.cleaning.clean_text`); cleaning already in the field shows staff
what will be stored instead of a box or an invisible character that disappears on saving.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ceremonykit.domain.cleaning import clean_text


def clean_on_edit(edit: QLineEdit) -> QLineEdit:
    """Clean a one-line field after every user edit (typing or pasting); keeps the cursor."""

    def edited(text: str) -> None:
        cleaned = clean_text(text)
        if cleaned != text:
            cursor = edit.cursorPosition() - (len(text) - len(cleaned))
            edit.setText(cleaned)
            edit.setCursorPosition(max(cursor, 0))

    edit.textEdited.connect(edited)
    return edit


class CleanPlainTextEdit(QPlainTextEdit):
    """A multi-line field whose pasted or dropped text is cleaned (line breaks and tabs stay)."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(clean_text(source.text(), multiline=True))
        else:
            super().insertFromMimeData(source)

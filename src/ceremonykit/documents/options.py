"""Typed options of a document kind: declared once, validated by the CLI, shown by the GUI.

A :class:`KindOption` names one choice a kind offers (cheque size, bleed, participation
certificates …) with its type, the allowed values, the default and a German label and help.
The CLI checks ``--option kind.name=value`` against it (exit 2 with the valid names/values),
the GUI's document page builds a widget from it, and the build reads the value through
:meth:`ceremonykit.documents.context.BuildContext.option` – from the build's choices, else from
the project (``Ceremony.settings``), else the declared default. Values are kept as text (they are
stored in the project's settings as text) and normalised by :meth:`KindOption.normalise`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from ceremonykit.errors import UserError

TRUE_WORDS = frozenset({"1", "ja", "true", "yes", "an", "on"})
FALSE_WORDS = frozenset({"0", "nein", "false", "no", "aus", "off"})


class OptionType(enum.Enum):
    FLAG = "ja/nein"  # stored as "1" / "0"
    CHOICE = "Auswahl"  # one of ``choices``
    NUMBER = "Zahl"  # between ``minimum`` and ``maximum``
    TEXT = "Text"  # free text, checked by ``check`` if given
    FILE = "Datei"  # path of an existing file ("" = none)


@dataclass(frozen=True)
class Choice:
    value: str
    label: str  # German, shown in the GUI's combo box


@dataclass(frozen=True)
class KindOption:
    """One option of a document kind."""

    name: str  # "size" – as on the command line: ``--option cheque.size=…``
    type: OptionType
    label: str  # German label of the GUI widget ("Größe")
    help: str  # German help: what it does, which values
    default: str = ""  # as text ("" = not set: the kind decides, e.g. from its design)
    choices: tuple[Choice, ...] = ()  # allowed values of a CHOICE option
    minimum: float | None = None
    maximum: float | None = None
    free: bool = False  # a CHOICE that also accepts values ``check`` approves (cheque size)
    check: Callable[[str], object] | None = None  # raises UserError for a bad value

    @property
    def values(self) -> tuple[str, ...]:
        """The values to list in a message ("" = Standard is not listed)."""
        if self.type is OptionType.FLAG:
            return ("1", "0")
        return tuple(c.value for c in self.choices if c.value)

    def describe_values(self) -> str:
        """German: which values are allowed, for messages and ``--help``."""
        if self.type is OptionType.FLAG:
            return "1 (ja) oder 0 (nein)"
        if self.type is OptionType.NUMBER:
            return f"eine Zahl von {_num(self.minimum)} bis {_num(self.maximum)}"
        if self.type is OptionType.CHOICE:
            listed = ", ".join(self.values)
            return f"{listed} oder eigene Maße" if self.free else listed
        if self.type is OptionType.FILE:
            return "der Pfad einer vorhandenen Datei"
        return "Text"

    def normalise(self, value: str, *, where: str = "") -> str:
        """The value in its stored form ("ja" -> "1", "3,5" -> "3.5"); a value the option does
        not allow raises a :class:`UserError` that names the option and the allowed values.
        An empty value means "not set" and is always allowed."""
        text = value.strip()
        if not text:
            return ""
        bad = UserError(
            f"{where or self.name}: „{value}“ ist nicht erlaubt. Erlaubt: {self.describe_values()}."
        )
        if self.type is OptionType.FLAG:
            low = text.lower()
            if low in TRUE_WORDS:
                return "1"
            if low in FALSE_WORDS:
                return "0"
            raise bad
        if self.type is OptionType.NUMBER:
            try:
                number = float(text.replace(",", "."))
            except ValueError:
                raise bad from None
            if (self.minimum is not None and number < self.minimum) or (
                self.maximum is not None and number > self.maximum
            ):
                raise bad
            return _num(number).replace(",", ".")
        if self.type is OptionType.CHOICE and text in self.values:
            return text
        if self.type is OptionType.CHOICE and not self.free:
            raise bad
        if self.check is not None:
            self.check(text)
        return text


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:g}".replace(".", ",")

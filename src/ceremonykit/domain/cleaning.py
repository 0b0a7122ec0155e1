"""Clean text once, where it enters a ceremony: control characters out, NFC in.

Every write to a ceremony (GUI edit, CLI, import) passes :func:`cleaned` in the operations
layer, so documents never meet a NUL, a form feed or a decomposed "ü" (U+0075 U+0308) that some
fonts draw as two glyphs and some tools sort apart. The rules:

- Unicode NFC (composed characters, as Word and the web write them).
- U+000B (Word's manual line break, which Excel exports), U+2028 and U+2029 become a line
  break in fields that may hold several lines (:data:`MULTILINE`) and a space elsewhere;
  "\\r\\n" and "\\r" become "\\n" there too.
- Tab and newline stay only in multi-line fields; elsewhere they become a space.
- Every other control character (C0, DEL, C1) is removed.

What is left that a document still cannot use (private-use characters, unassigned code points)
is reported by the preflight check (:func:`unusable_characters`), not silently dropped.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterator
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")

MULTILINE: frozenset[str] = frozenset({"description", "laudation", "text", "notes"})
"""Field names whose text may hold line breaks and tabs (descriptions, laudations, quotes,
notes); every other text field is one line."""

LINE_BREAKS = re.compile(r"\r\n|[\r\v\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SINGLE_LINE_BAD = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MULTI_LINE_BAD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def clean_text(text: str, *, multiline: bool = False) -> str:
    """``text`` without control characters and in NFC (see the module docstring)."""
    bad = _MULTI_LINE_BAD if multiline else _SINGLE_LINE_BAD
    if text.isascii():
        if not bad.search(text):
            return text
    elif not bad.search(text) and unicodedata.is_normalized("NFC", text):
        return text
    text = LINE_BREAKS.sub("\n" if multiline else " ", text)
    if not multiline:
        text = text.replace("\n", " ").replace("\t", " ")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def _is_reference(name: str) -> bool:
    return name == "id" or name.endswith("_id")


def _clean_value(value: Any, multiline: bool) -> Any:
    if type(value) is str:
        return clean_text(value, multiline=multiline)
    if isinstance(value, list):
        items = [_clean_value(v, multiline) for v in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return cleaned(value)
    return value


@functools.cache
def _cleanable_fields(cls: type) -> tuple[tuple[str, bool], ...]:
    """(name, multi-line?) of the fields of ``cls`` that may hold text (not ids/references);
    looked up once per class – an import cleans 300,000 guests."""
    return tuple(
        (f.name, f.name in MULTILINE)
        for f in dataclasses.fields(cls)
        if f.init and not _is_reference(f.name)
    )


_NOT_TEXT = frozenset({int, float, bool, type(None)})


def cleaned(obj: T) -> T:
    """``obj`` (a dataclass) with every text field cleaned – also in nested dataclasses and
    lists of text such as "persons left to right". Returns ``obj`` itself when nothing changed,
    else a copy; ids and references are left alone."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return obj
    changes: dict[str, Any] = {}
    for name, multiline in _cleanable_fields(type(obj)):
        value = getattr(obj, name)
        kind = type(value)
        if kind is str:
            new = clean_text(value, multiline=multiline)
        elif kind in _NOT_TEXT or isinstance(value, Enum):
            continue
        else:
            new = _clean_value(value, multiline)
        if new is not value:
            changes[name] = new
    return dataclasses.replace(obj, **changes) if changes else obj


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        fields = dataclasses.fields(cls)
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields if not _is_reference(f.name))
    return names


def _is_record(value: object) -> bool:
    return hasattr(type(value), "__dataclass_fields__")


def text_fields(
    obj: Any, prefix: str = "", skip: frozenset[str] = frozenset()
) -> Iterator[tuple[str, str]]:
    """(field path, text) of every text field of a dataclass – nested ones as "host.last_name",
    list items as "persons_left_to_right[2]"; ids, references and ``skip`` are left out."""
    for name in _field_names(type(obj)):
        if name in skip:
            continue
        value = getattr(obj, name)
        path = f"{prefix}{name}"
        if type(value) is str:
            yield path, value
        elif isinstance(value, list):
            for n, item in enumerate(value):
                if type(item) is str:
                    yield f"{path}[{n}]", item
                elif _is_record(item):
                    yield from text_fields(item, f"{path}[{n}].")
        elif _is_record(value):
            yield from text_fields(value, f"{path}.")


def suspicious(text: str) -> bool:
    """Quick test: might ``text`` hold a control or unusable character? (Most text does not.)"""
    return bool(_SINGLE_LINE_BAD.search(text)) or not text.isascii()


def control_characters(text: str, *, multiline: bool = False) -> list[str]:
    """Control characters :func:`clean_text` would remove (text stored before cleaning)."""
    bad = _MULTI_LINE_BAD if multiline else _SINGLE_LINE_BAD
    return list(dict.fromkeys(bad.findall(text)))


def unusable_characters(text: str) -> list[str]:
    """Characters cleaning leaves but no document can print: private use, unassigned,
    surrogates, non-characters (U+FFFE, U+FFFF)."""
    if text.isascii():
        return []
    found = []
    for ch in dict.fromkeys(text):
        if ord(ch) < 0xA0:
            continue
        category = unicodedata.category(ch)
        if category in ("Co", "Cn", "Cs") or (ord(ch) & 0xFFFE) == 0xFFFE:
            found.append(ch)
    return found


def describe_characters(chars: list[str]) -> str:
    """ "U+0007, U+E000" – how messages name characters that cannot be shown."""
    return ", ".join(f"U+{ord(ch):04X}" for ch in chars)

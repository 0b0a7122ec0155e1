"""Dataclasses of the domain to JSON-ready dicts and back.

One codec serves the project file (each stored row is a JSON object), ``ceremonykit show
--json`` and the GDPR export. Money becomes a decimal string ("5000.00"), dates ISO strings,
enums their value. Unknown keys are ignored on the way back, so an older program reads a newer
row's known fields; missing keys take the dataclass default.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")

JSON = Any
"""A value made of dict, list, str, int, float, bool and None."""

_CENTS = Decimal("0.01")


def money(value: Decimal) -> str:
    """A money amount as a decimal string with two places: Decimal("5000") -> "5000.00"."""
    return str(value.quantize(_CENTS))


def to_dict(obj: Any, *, include_bytes: bool = False) -> dict[str, JSON]:
    """A dataclass instance as a dict of JSON values (bytes are left out unless asked for)."""
    out: dict[str, JSON] = {}
    for name in _field_names(obj.__class__):
        value = getattr(obj, name)
        if type(value) in _PLAIN:  # fast path: most fields are plain text or numbers
            out[name] = value
        elif isinstance(value, bytes) and not include_bytes:
            continue
        else:
            out[name] = _encode(value, include_bytes)
    return out


_PLAIN = frozenset({str, int, bool, type(None)})
"""Exact types that are JSON values as they are (subclasses such as enums are not)."""


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The dataclass fields of ``cls`` (``dataclasses.fields`` is slow for 10,000 rows)."""
    return tuple(f.name for f in dataclasses.fields(cls))


def _encode(value: Any, include_bytes: bool) -> JSON:
    if value is None or (isinstance(value, bool | int | str) and not isinstance(value, Enum)):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return money(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_dict(value, include_bytes=include_bytes)
    if isinstance(value, list | tuple):
        return [_encode(v, include_bytes) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v, include_bytes) for k, v in value.items()}
    raise TypeError(f"cannot encode {type(value).__name__}")


def from_dict(cls: type[T], data: dict[str, JSON]) -> T:
    """Build ``cls`` from a dict made by :func:`to_dict`."""
    kwargs: dict[str, Any] = {}
    for name, decode, as_is in _decoders(cls):  # type: ignore[arg-type]
        if name in data:
            value = data[name]
            # fast path (project files load 10,000s of rows): values already of the right
            # type need no decoder call; anything else goes through it as before
            kwargs[name] = value if type(value) in as_is else decode(value)
    return cls(**kwargs)


Decoder = Callable[[JSON], Any]

_NONE = type(None)


@functools.cache
def _decoders(cls: type) -> tuple[tuple[str, Decoder, frozenset[type]], ...]:
    """Per init field: name, decoder, and the exact JSON types that pass unchanged."""
    hints = typing.get_type_hints(cls)
    return tuple(
        (f.name, _decoder_for(hints[f.name]), _as_is(hints[f.name]))
        for f in dataclasses.fields(cls)
        if f.init
    )


def _as_is(tp: Any) -> frozenset[type]:
    """``str`` -> {str}; ``int | None`` -> {int, NoneType}; containers, enums … -> {}."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        inner = [a for a in args if a is not _NONE]
        return _as_is(inner[0]) | {_NONE} if len(inner) == 1 else frozenset()
    return frozenset({tp}) if tp in (str, int, bool) else frozenset()


def _decoder_for(tp: Any) -> Decoder:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported union {tp}")
        dec = _decoder_for(inner[0])
        return lambda v: None if v is None else dec(v)
    if origin is list:
        item = _decoder_for(args[0])
        return lambda v: [item(x) for x in v]
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:  # tuple[str, ...]
        element = _decoder_for(args[0])
        return lambda v: tuple(element(x) for x in v)
    if origin is dict:
        val = _decoder_for(args[1])
        return lambda v: {str(k): val(x) for k, x in v.items()}
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            return functools.partial(from_dict, tp)
        if issubclass(tp, Enum):
            return _enum_decoder(tp)
        if tp is Decimal:
            return _decimal
        if tp is datetime:
            return datetime.fromisoformat
        if tp is date:
            return date.fromisoformat
        if tp is time:
            return time.fromisoformat
        if tp is bytes:
            return lambda v: v if isinstance(v, bytes) else base64.b64decode(v)
        if tp in (str, int, bool):
            return tp
    raise TypeError(f"unsupported field type {tp}")


def _enum_decoder(tp: type[Enum]) -> Decoder:
    """``tp(value)`` with a dictionary look-up first (much faster; same results and errors)."""
    members = dict(tp._value2member_map_)

    def decode(value: JSON) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):
            return tp(value)

    return decode


def _decimal(value: JSON) -> Decimal:
    """Decimal from a stored string; anything else (garbage, NaN, Infinity) is a ValueError."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"kein Betrag: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"kein Betrag: {value!r}")
    return number

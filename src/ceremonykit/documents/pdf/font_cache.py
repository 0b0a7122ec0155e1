"""Parsed TrueType faces loaded from a cache instead of parsing the font file in every process.

reportlab's ``TTFont(name, path)`` parses the file in pure Python (names, metrics, cmap, hmtx,
loca: 3–5 ms a Noto font, 8–9 ms a DejaVu font), and every process that draws PDF text pays it
again – each ``build --only``, both processes of a full build, each preview. The bundled fonts
never change, so what parsing yields (``vars(face)``: numbers, strings, lists, dicts) is stored
once in the cache folder (:mod:`ceremonykit.derived_cache`) and afterwards loaded as data.

Safe to load: no pickle, no code. An entry is sealed (SHA-256) and holds a JSON header that
describes every attribute with explicit type tags, plus typed number arrays (``array`` module,
C speed) for the large tables; anything that does not decode into exactly that shape is
ignored – logged, the font parsed and the entry written again.

Equivalent to parsing: the key covers the font file (size, modification time and its table
directory, which holds a checksum of every table), reportlab's and Python's version, the byte
order and this format's version. Before an entry is stored it is decoded again and compared
with the parsed face attribute by attribute, types included; if anything differs (say a
reportlab upgrade adds a new kind of attribute) nothing is stored and the font is simply
parsed each time. Not stored but rebuilt: the font file's bytes (read again – subsetting copies
the glyphs from them), its path, and the ``_pdfScale`` function (from ``unitsPerEm``, exactly as
reportlab makes it).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import sys
from array import array
from collections.abc import Callable, Sequence
from fnmatch import fnmatch
from itertools import chain
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from ceremonykit.derived_cache import can_write, read_entry, seal, unseal, write_entry

log = logging.getLogger(__name__)

FORMAT = 1
"""Raise when the layout of an entry changes: older entries are then never read."""
MAGIC = b"CeremonyKit font face\n"
AREA = "fonts"
NOT_STORED = frozenset({"_ttf_data", "filename", "_pdfScale"})
"""Face attributes rebuilt on loading instead of stored (bytes of the file, path, function)."""
_ARRAY_MIN = 16
"""Number lists at least this long go into a typed array; shorter ones stay in the header."""
_INT_CODES = ("b", "h", "i", "q")
_SEGMENTS_MAX = 4
"""Runs of ints and floats one number column may have (else the list stays in the header)."""
_TRUETYPE = (b"\x00\x01\x00\x00", b"true")
"""sfnt versions of a single TrueType font (collections and CFF fonts are not cached)."""
_REQUIRED = {
    "name": bytes,
    "charToGlyph": dict,
    "glyphToChar": dict,
    "charWidths": dict,
    "hmetrics": list,
    "glyphPos": list,
    "table": dict,
    "tables": list,
    "unitsPerEm": int,
    "numGlyphs": int,
    "bbox": list,
    "subfontNameX": bytes,
}
"""What drawing and subsetting use: an entry without them is not loaded."""


class _Unsupported(Exception):
    """A value this format cannot hold exactly: the face is not cached."""


def load_font(name: str, path: Path) -> TTFont:
    """``TTFont(name, path)`` – from the cache when it holds this file's parsed face, else
    parsed (and the cache entry written, silently skipped where that is not possible)."""
    data = path.read_bytes()
    key = _key(path, data)
    if key is None:
        return TTFont(name, str(path))
    entry = f"{path.stem}.{hashlib.sha256(key.encode()).hexdigest()[:24]}.face"
    stored = read_entry(AREA, entry)
    if stored is not None:
        face = face_from_entry(stored, key, path, data)
        if face is not None:
            return _ttfont(name, face)
    font = TTFont(name, str(path))
    made = entry_for_face(font.face, key) if can_write(AREA) else None
    if made is not None:
        write_entry(AREA, entry, made, stale=f"{path.stem}.*.face")
    return font


def _key(path: Path, data: bytes) -> str | None:
    """Everything the parsed face depends on, or None for a file this cache does not handle."""
    if len(data) < 12 or data[:4] not in _TRUETYPE:
        return None
    directory = data[: 12 + 16 * int.from_bytes(data[4:6], "big")]
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return None
    parts = (
        f"format {FORMAT}",
        f"reportlab {reportlab.Version}",
        f"python {sys.version}",
        sys.byteorder,
        repr(rl_config.allowTTFSubsetting),
        f"size {len(data)}",
        f"mtime {mtime}",
        hashlib.sha256(directory).hexdigest(),
    )
    return "|".join(parts)


def _ttfont(name: str, face: TTFontFace) -> TTFont:
    """A TTFont around an already parsed face: what ``TTFont.__init__`` does after parsing
    (the tests compare every attribute with a TTFont made by reportlab)."""
    font: TTFont = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in ttfonts.unShapedFontGlob)
    return font


def pdf_scale(units_per_em: int) -> Callable[[float], float]:
    """The font-unit → 1/1000 em scaling, computed as ``TTFontFile.extractInfo`` does."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


# --- writing -------------------------------------------------------------------------------


def entry_for_face(face: TTFontFace, key: str) -> bytes | None:
    """The sealed entry for a freshly parsed face, or None when it cannot be stored so that
    loading it gives exactly this face again (logged)."""
    encoder = _Encoder()
    try:
        attrs = {k: encoder.value(v) for k, v in vars(face).items() if k not in NOT_STORED}
    except _Unsupported as exc:
        log.info("Schrift %s wird nicht zwischengespeichert: %s", face.filename, exc)
        return None
    header = json.dumps(
        {
            "key": key,
            "columns": [[[a.typecode, len(a)] for a in column] for column in encoder.columns],
            "attrs": attrs,
        },
        ensure_ascii=True,
        allow_nan=False,
        separators=(",", ":"),
    ).encode("ascii")
    body = b"".join(a.tobytes() for column in encoder.columns for a in column)
    made = seal(MAGIC, len(header).to_bytes(4, "big") + header + body)
    again = face_from_entry(made, key, Path(face.filename), face._ttf_data)
    differing = ["(unlesbar)"] if again is None else differences(face, again)
    if differing:
        log.warning("Schrift %s nicht zwischengespeichert, weicht ab: %s", face.filename, differing)
        return None
    return made


class _Encoder:
    """Turns attribute values into the tagged JSON tree, large number lists into arrays."""

    def __init__(self) -> None:
        self.columns: list[list[array[Any]]] = []
        self.known: dict[tuple[tuple[str, bytes], ...], int] = {}
        """Columns by content: the character codes are the keys of two dicts, and stored once
        they are also created once on loading (shared int objects: fewer allocations)."""

    def value(self, value: object) -> object:
        kind = type(value)
        if value is None or kind in (bool, int, str):
            return value
        if isinstance(value, float) and kind is float:
            if not math.isfinite(value):
                raise _Unsupported("NaN/unendlich")  # not in strict JSON
            return value
        if kind is TTFNameBytes:
            return self._name(value)
        if isinstance(value, bytes) and kind is bytes:
            return {"bytes": value.hex()}
        if isinstance(value, tuple) and kind is tuple:
            return {"tuple": [self.value(item) for item in value]}
        if isinstance(value, list) and kind is list:
            return self._list(value)
        if isinstance(value, dict) and kind is dict:
            return self._dict(value)
        raise _Unsupported(f"Wert vom Typ {kind.__name__}")

    @staticmethod
    def _name(value: Any) -> object:
        text = value.ustr
        if type(text) is not str or text.encode("utf8") != bytes(value):
            raise _Unsupported("Name")
        return {"name": text}

    def _list(self, value: list[Any]) -> object:
        if len(value) >= _ARRAY_MIN:
            index = self._numbers(value)
            if index is not None:
                return {"list": index}
            if all(type(item) is tuple and len(item) == 2 for item in value):
                first = self._numbers([item[0] for item in value])
                second = self._numbers([item[1] for item in value])
                if first is not None and second is not None:
                    return {"pairs": [first, second]}
        return [self.value(item) for item in value]

    def _dict(self, value: dict[Any, Any]) -> object:
        if len(value) >= _ARRAY_MIN:
            keys = self._numbers(list(value))
            values = list(value.values())
            if keys is not None:
                numbers = self._numbers(values)
                if numbers is not None:
                    return {"map": [keys, numbers]}
                if all(type(item) is list and item for item in values):
                    firsts = self._numbers([item[0] for item in values])
                    more = {k: item[1:] for k, item in value.items() if len(item) > 1}
                    if firsts is not None:
                        return {"multimap": [keys, firsts, self.value(more)]}
        return {"dict": [[self.value(k), self.value(v)] for k, v in value.items()]}

    def _numbers(self, values: list[Any]) -> int | None:
        """Index of a new column holding ``values`` exactly, or None if they are not all
        numbers. A column is one typed array per run of ints or floats (reportlab's hmtx list
        holds ints, then the scaled float width repeated for the glyphs past the last metric)."""
        segments: list[array[Any]] = []
        start = 0
        while start < len(values):
            end = len(values)
            if len(set(map(type, values[start:]))) > 1:  # find where this run of one type ends
                kind = type(values[start])
                end = next(i for i in range(start, len(values)) if type(values[i]) is not kind)
            segment = _typed(values[start:end])
            if segment is None or len(segments) == _SEGMENTS_MAX:
                return None
            segments.append(segment)
            start = end
        same_as = self.known.setdefault(
            tuple((a.typecode, a.tobytes()) for a in segments), len(self.columns)
        )
        if same_as == len(self.columns):
            self.columns.append(segments)
        return same_as


def _typed(values: list[Any]) -> array[Any] | None:
    """``values`` (all ints or all floats) as the smallest typed array that holds them."""
    if type(values[0]) is float:
        return array("d", values)
    if type(values[0]) is not int:
        return None
    low, high = min(values), max(values)
    for code in _INT_CODES:
        limit = 1 << (8 * array(code).itemsize - 1)
        if -limit <= low and high < limit:
            return array(code, values)
    return None


# --- reading -------------------------------------------------------------------------------


def face_from_entry(stored: bytes, key: str, path: Path, data: bytes) -> TTFontFace | None:
    """The face an entry holds, with the font file's bytes and path; None (logged) when the
    entry is damaged, made for another file or version, or not of the expected shape."""
    payload = unseal(MAGIC, stored)
    if payload is None:
        log.warning("Zwischenspeicher für %s beschädigt, Schrift wird neu gelesen", path.name)
        return None
    try:
        return _face(payload, key, path, data)
    except Exception as exc:  # any shape of bad data means: parse the font
        log.warning("Zwischenspeicher für %s unbrauchbar (%r), neu gelesen", path.name, exc)
        return None


def _face(payload: bytes, key: str, path: Path, data: bytes) -> TTFontFace | None:
    size = int.from_bytes(payload[:4], "big")
    header = json.loads(payload[4 : 4 + size].decode("ascii"))
    if type(header) is not dict or header.get("key") != key:
        log.info("Zwischenspeicher für %s gehört zu einer anderen Fassung", path.name)
        return None
    decoder = _Decoder(_columns(header["columns"], payload, 4 + size))
    attrs = header["attrs"]
    if type(attrs) is not dict:
        raise ValueError("attrs")
    face: TTFontFace = TTFontFace.__new__(TTFontFace)
    for name, value in attrs.items():
        if not name.isidentifier() or name.startswith("__") or name in NOT_STORED:
            raise ValueError(f"Attribut {name!r}")
        setattr(face, name, decoder.value(value))
    for name, kind in _REQUIRED.items():
        if not isinstance(getattr(face, name), kind):
            raise ValueError(f"Attribut {name!r}")
    if face.unitsPerEm <= 0 or len(face.glyphPos) != face.numGlyphs + 1:
        raise ValueError("Metrik")
    linked = {record["tag"]: record for record in face.tables}
    if linked == face.table:  # reportlab's table dict holds the very records of the list
        face.table = linked
    face._ttf_data = data
    face.filename = str(path)
    face._pdfScale = pdf_scale(face.unitsPerEm)
    return face


def _columns(layout: object, payload: bytes, start: int) -> list[list[Any]]:
    """The number columns stored after the header, each as a list (typed arrays, joined)."""
    columns: list[list[Any]] = []
    for segments in _items(layout):
        column: list[Any] = []
        for code, count in map(_pair, _items(segments)):  # mostly one; joined if more
            if code not in (*_INT_CODES, "d") or type(count) is not int or count < 0:
                raise ValueError("Spalte")
            numbers = array(code)
            end = start + count * numbers.itemsize
            if end > len(payload):
                raise ValueError("Spalte")
            numbers.frombytes(payload[start:end])
            column = numbers.tolist() if not column else column + numbers.tolist()
            start = end
        columns.append(column)
    if start != len(payload):
        raise ValueError("Länge")
    return columns


class _Decoder:
    """The tagged JSON tree back into values, checking every tag and array reference."""

    def __init__(self, columns: list[list[Any]]) -> None:
        self.columns = columns

    def value(self, value: object) -> object:
        if value is None or type(value) in (bool, int, float, str):
            return value
        if type(value) is list:
            return [self.value(item) for item in value]
        if type(value) is not dict or len(value) != 1:
            raise ValueError("Wert")
        ((tag, arg),) = value.items()
        if tag == "name":
            return TTFNameBytes(_text(arg).encode("utf8"))
        if tag == "bytes":
            return bytes.fromhex(_text(arg))
        if tag == "tuple":
            return tuple(self.value(item) for item in _items(arg))
        if tag == "dict":
            return {self.value(k): self.value(v) for k, v in map(_pair, _items(arg))}
        if tag == "list":
            return list(self._array(arg))
        if tag == "pairs":
            first, second = self._same_length(arg, 2)
            return list(zip(first, second, strict=True))
        if tag == "map":
            keys, numbers = self._same_length(arg, 2)
            return dict(zip(keys, numbers, strict=True))
        if tag == "multimap":  # glyph -> [chars]: keys, each list's first item, the others
            parts = _items(arg)
            if len(parts) != 3:
                raise ValueError("multimap")
            keys, firsts = self._same_length(parts[:2], 2)
            lists = {key: [first] for key, first in zip(keys, firsts, strict=True)}
            more = self.value(parts[2])
            if type(more) is not dict:
                raise ValueError("multimap")
            for key, items in more.items():
                lists[key] += _items(items)
            return lists
        raise ValueError(f"Kennung {tag!r}")

    def _array(self, index: object) -> list[Any]:
        if type(index) is not int or not 0 <= index < len(self.columns):
            raise ValueError("Array-Verweis")
        return self.columns[index]

    def _same_length(self, indexes: object, count: int) -> list[list[Any]]:
        arrays = [self._array(i) for i in _items(indexes)]
        if len(arrays) != count or len({len(a) for a in arrays}) != 1:
            raise ValueError("Array-Längen")
        return arrays


def _text(value: object) -> str:
    if type(value) is not str:
        raise ValueError("Text erwartet")
    return value


def _items(value: object) -> list[Any]:
    if type(value) is not list:
        raise ValueError("Liste erwartet")
    return value


def _pair(value: object) -> Sequence[Any]:
    items = _items(value)
    if len(items) != 2:
        raise ValueError("Paar erwartet")
    return items


# --- comparing -----------------------------------------------------------------------------


def differences(parsed: TTFontFace, loaded: TTFontFace) -> list[str]:
    """Names of the attributes in which two faces differ – in value or in any type down to the
    last list item (``1 == 1.0``, ``b"x" == TTFNameBytes(b"x")`` are differences here)."""
    names = set(vars(parsed)) | set(vars(loaded))
    return sorted(
        name
        for name in names - {"_pdfScale"}
        if not same(getattr(parsed, name, _MISSING), getattr(loaded, name, _MISSING))
    )


_MISSING = object()


def same(a: object, b: object) -> bool:
    """Equal in value and in type throughout (lists, tuples and dicts compared item by item,
    dicts also in their order)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        if len(a) != len(b) or list(map(type, a)) != list(map(type, b)):
            return False
        kinds = set(map(type, a))
        if kinds <= _PLAIN:
            return a == b
        if kinds in ({list}, {tuple}):  # cmap lists, hmtx pairs: compared flat, quicker
            flat_a, flat_b = list(chain.from_iterable(a)), list(chain.from_iterable(b))
            return list(map(len, a)) == list(map(len, b)) and same(flat_a, flat_b)
        return all(map(same, a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return same(list(a), list(b)) and same(list(a.values()), list(b.values()))
    if isinstance(a, TTFNameBytes):
        return bool(a == b and a.ustr == getattr(b, "ustr", None))
    return a == b


_PLAIN = {int, float, str, bytes, bool, type(None)}
"""Item types a list is compared by ``==`` once the item types are known to match."""

"""What calamine does not tell: hidden rows, error cells and merged ranges of .xlsx.

calamine hands error cells back as empty strings and knows nothing of row visibility, so the
sheet XML is streamed once through byte-level regular expressions (no XML parser, so no
entity expansion; the size was checked before by :mod:`ceremonykit.importing.detect`).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import IO

import defusedxml.ElementTree as SafeET

from ceremonykit.importing.cells import MergedRange, column_index

_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ROW_NUM = re.compile(rb'\br="(\d+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_ERROR_CELL = re.compile(
    rb'<(?:\w+:)?c\b([^>]*\bt="e"[^>]*)>.*?<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>', re.DOTALL
)
_CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
# a formula whose result was never stored (files written by scripts or web exports): calamine
# reads it as empty, which would silently drop a name
_UNCOMPUTED = re.compile(
    rb"<(?:\w+:)?c\b([^>]*)>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
UNCOMPUTED_FORMULA = (
    "(Formel ohne gespeichertes Ergebnis – bitte die Datei in Excel öffnen und speichern)"
)


@dataclass
class SheetExtras:
    hidden_rows: set[int] = field(default_factory=set)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (row0, col0) -> "#N/A"
    merged: list[MergedRange] = field(default_factory=list)


def sheet_paths(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> path of its XML inside the archive.

    Transitional and strict OOXML differ in the relationship namespace only, so the
    ``r:id`` attribute is found by its local name.
    """
    try:
        workbook = SafeET.fromstring(zf.read("xl/workbook.xml"))
        rels = SafeET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, SafeET.ParseError):
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[rel.get("Id", "")] = posixpath.normpath(path)
    result = {}
    for sheet in workbook.iter():
        if sheet.tag.endswith("}sheet") and sheet.get("name") is not None:
            rel_id = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), "")
            result[str(sheet.get("name"))] = targets.get(rel_id, "")
    return result


def scan_sheet(xml: bytes, extras: SheetExtras | None = None) -> SheetExtras:
    """Hidden rows (1-based) and error cells (0-based positions) of one sheet's XML; a formula
    without a stored result counts as an error cell, so the row says so instead of going empty."""
    extras = extras if extras is not None else SheetExtras()
    if b"hidden=" in xml:
        for match in _ROW.finditer(xml):
            attrs = match.group(1)
            if _HIDDEN.search(attrs) and (num := _ROW_NUM.search(attrs)):
                extras.hidden_rows.add(int(num.group(1)))
    if b't="e"' in xml:
        for match in _ERROR_CELL.finditer(xml):
            ref = _CELL_REF.search(match.group(1))
            if ref:
                pos = (int(ref.group(2)) - 1, column_index(ref.group(1).decode()))
                extras.errors[pos] = match.group(2).decode("utf-8", "replace")
    if b"<f" in xml or b":f" in xml:
        for match in _UNCOMPUTED.finditer(xml):
            ref = _CELL_REF.search(match.group(1))
            if ref:
                pos = (int(ref.group(2)) - 1, column_index(ref.group(1).decode()))
                extras.errors[pos] = UNCOMPUTED_FORMULA
    if b"mergeCell" in xml:
        for m in _MERGE.finditer(xml):
            c0, c1 = column_index(m.group(1).decode()), column_index(m.group(3).decode())
            extras.merged.append((int(m.group(2)) - 1, c0, int(m.group(4)) - 1, c1))
    return extras


_CHUNK = 1 << 20
_PIECE_START = re.compile(rb"<(?:\w+:)?(?:c|row)\b")


def scan_stream(fh: IO[bytes]) -> SheetExtras:
    """:func:`scan_sheet` over a sheet read in 1 MB pieces (never the whole XML in memory).

    Each piece ends before the last cell or row that starts in it, so no tag or cell is cut.
    """
    extras = SheetExtras()
    carry = b""
    while chunk := fh.read(_CHUNK):
        buf = carry + chunk
        cut = _last_piece_start(buf)
        scan_sheet(buf[:cut], extras)
        carry = buf[cut:]
    scan_sheet(carry, extras)
    return extras


def _last_piece_start(buf: bytes) -> int:
    pos = buf.rfind(b"<")
    while pos > 0 and not _PIECE_START.match(buf, pos):
        pos = buf.rfind(b"<", 0, pos)
    return max(pos, 0)


def scan_workbook(zf: zipfile.ZipFile) -> dict[str, SheetExtras]:
    result = {}
    for name, path in sheet_paths(zf).items():
        try:
            with zf.open(path) as fh:
                result[name] = scan_stream(fh)
        except KeyError:
            continue
    return result

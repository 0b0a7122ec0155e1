"""What a file really is, judged by its content, and whether it is safe to parse.

Runs inside the sandbox child (see :mod:`ceremonykit.importing.sandbox`): the checks read
hostile bytes too. Zip-based files are measured before anything inflates them (zip bombs),
their XML is checked for DTDs (entity bombs, external entities), and encrypted files are
recognised so the user gets the password message instead of "damaged".
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from ceremonykit.importing import messages
from ceremonykit.importing.messages import ImportFileError

MAX_UNPACKED = 400 * 1024 * 1024
"""Total uncompressed size above which a zip-based file is refused (real lists are far below)."""
MAX_RATIO = 100
"""Compression ratio that, together with more than :data:`RATIO_MIN_SIZE`, marks a zip bomb."""
RATIO_MIN_SIZE = 64 * 1024 * 1024
_XML_HEAD = 8192
_MAX_MEMBERS = 5000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


class FileKind(StrEnum):
    XLSX = "xlsx"  # also .xlsm
    XLSB = "xlsb"
    XLS = "xls"
    ODS = "ods"
    CSV = "csv"


@dataclass(frozen=True)
class Detected:
    kind: FileKind
    backslash_paths: bool = False  # "xl\\workbook.xml": written by some Windows tools


_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "ein PNG-Bild"),
    (b"\xff\xd8\xff", "ein JPEG-Bild"),
    (b"GIF8", "ein GIF-Bild"),
    (b"%PDF", "ein PDF-Dokument"),
    (b"{\\rtf", "ein RTF-Dokument"),
)


def detect(path: Path) -> Detected:
    """Recognise the format from the content; raise :class:`ImportFileError` if unusable."""
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
    except FileNotFoundError:
        raise ImportFileError(messages.not_found(path)) from None
    except OSError as exc:
        raise ImportFileError(messages.unreadable(path, exc.strerror or str(exc))) from None
    if not head:
        raise ImportFileError(messages.empty_file(path))
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _detect_zip(path)
    if head.startswith(OLE_MAGIC):
        return _detect_ole(path)
    for magic, what in _FOREIGN_MAGIC:
        if head.startswith(magic):
            raise ImportFileError(messages.not_a_spreadsheet(path, what))
    lowered = head[:2048].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table")) or b"<html" in lowered:
        raise ImportFileError(
            messages.not_a_spreadsheet(path, "eine HTML-Seite, z. B. ein Web-Export")
            + " "
            + messages.RESAVE
        )
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(messages.not_a_spreadsheet(path, "unbekanntes Binärformat"))
    return Detected(FileKind.CSV)


def _detect_zip(path: Path) -> Detected:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > _MAX_MEMBERS:
                raise ImportFileError(messages.damaged(path))
            _check_sizes(path, infos)
            if any(info.flag_bits & 0x1 for info in infos):
                raise ImportFileError(messages.encrypted(path))
            backslash = any("\\" in info.filename for info in infos)
            names = {info.filename.replace("\\", "/") for info in infos}
            kind = _zip_kind(path, zf, names)
            _check_xml(path, zf, infos)
            return Detected(kind, backslash_paths=backslash)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError):
        raise ImportFileError(messages.damaged(path)) from None
    except OSError as exc:
        raise ImportFileError(messages.unreadable(path, exc.strerror or str(exc))) from None


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > MAX_UNPACKED or (unpacked > RATIO_MIN_SIZE and unpacked / packed > MAX_RATIO):
        raise ImportFileError(messages.zip_bomb(path, unpacked // (1024 * 1024)))


def _zip_kind(path: Path, zf: zipfile.ZipFile, names: set[str]) -> FileKind:
    if "mimetype" in names:
        mime = _head(zf, "mimetype", 200).strip()
        if mime.startswith(ODS_MIME):
            manifest = _head(zf, "META-INF/manifest.xml", 1 << 20) or _head(
                zf, "META-INF\\manifest.xml", 1 << 20
            )
            if b"encryption-data" in manifest:
                raise ImportFileError(messages.encrypted(path))
            return FileKind.ODS
        if mime.startswith(b"application/vnd.oasis.opendocument"):
            raise ImportFileError(messages.not_a_spreadsheet(path, "ein anderes OpenDocument"))
    if "xl/workbook.xml" in names:
        return FileKind.XLSX
    if "xl/workbook.bin" in names:
        return FileKind.XLSB
    if "content.xml" in names:
        return FileKind.ODS
    if "word/document.xml" in names:
        raise ImportFileError(messages.not_a_spreadsheet(path, "ein Word-Dokument"))
    if "ppt/presentation.xml" in names:
        raise ImportFileError(messages.not_a_spreadsheet(path, "eine PowerPoint-Präsentation"))
    raise ImportFileError(messages.not_a_spreadsheet(path, "ein ZIP-Archiv"))


def _head(zf: zipfile.ZipFile, name: str, size: int) -> bytes:
    try:
        with zf.open(name) as member:
            return member.read(size)
    except KeyError:
        return b""


def _check_xml(path: Path, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse DTDs: spreadsheet XML never needs them, attacks (entity bombs, XXE) always do."""
    for info in infos:
        if not info.filename.endswith((".xml", ".rels")):
            continue
        head = _head(zf, info.filename, _XML_HEAD)
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise ImportFileError(messages.xml_dtd(path))


def _detect_ole(path: Path) -> Detected:
    """OLE2 container: a legacy .xls, or an encrypted .xlsx/.xls."""
    if _ole_encrypted(path):
        raise ImportFileError(messages.encrypted(path))
    return Detected(FileKind.XLS)


_BIFF_BOF, _BIFF_EOF, _BIFF_FILEPASS = 0x0809, 0x000A, 0x002F
_BIFF_GLOBALS_SCAN = 64  # FilePass sits at the start of the globals (MS-XLS 2.1.7.20.3)


def _ole_encrypted(path: Path) -> bool:
    """Password protection, read from the container's streams (what msoffcrypto also looks at):
    an encrypted .xlsx is an OLE file with ``EncryptionInfo``; an encrypted .xls has a FilePass
    record in the globals of its workbook stream. Damaged containers count as not encrypted:
    the reader then gives its verdict."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("EncryptionInfo"):
                return True
            stream = next((n for n in ("Workbook", "Book") if ole.exists(n)), None)
            return stream is not None and _biff_has_filepass(ole.openstream(stream))
    except Exception:  # olefile raises several types for broken containers
        return False


def _biff_has_filepass(stream: BinaryIO) -> bool:
    """True if a FilePass record follows the BOF before the globals end."""
    for index in range(_BIFF_GLOBALS_SCAN):
        header = stream.read(4)
        if len(header) < 4:
            return False
        kind, size = struct.unpack("<HH", header)
        if index == 0 and kind != _BIFF_BOF:
            return False
        if kind == _BIFF_FILEPASS:
            return True
        if kind == _BIFF_EOF:
            return False
        stream.read(size)
    return False

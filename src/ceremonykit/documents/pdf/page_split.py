"""Cut one PDF/A into one PDF/A per page quickly, by writing the small files directly.

Opening and saving a document with pikepdf costs a few milliseconds; for a thousand
certificates that alone would exceed the time budget. The pages of a reportlab document share
their resources (font subsets, images), so those objects are serialised once and every
single-page file is assembled from bytes: shared objects, the page's own content stream, a new
catalog with the OutputIntent and a per-file XMP packet and info dictionary.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

import pikepdf

from ceremonykit.documents.images.colour import srgb_icc
from ceremonykit.documents.pdf.pdfa import DocMeta, info_entries, xmp_packet

_REF = re.compile(rb"(\d+) (\d+) R")


def _pdf_string(text: str) -> bytes:
    """A PDF text string: literal for printable ASCII, else UTF-16BE with BOM in hex."""
    if text.isascii() and text.isprintable():
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"(" + escaped.encode("ascii") + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


class _Writer:
    """Collects numbered objects and writes the file with a classic xref table."""

    def __init__(self) -> None:
        self.parts: list[bytes] = [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"]
        self.size = len(self.parts[0])
        self.offsets: dict[int, int] = {}

    def add_raw(self, number: int, body: bytes) -> None:
        self.offsets[number] = self.size
        chunk = b"%d 0 obj\n%s\nendobj\n" % (number, body)
        self.parts.append(chunk)
        self.size += len(chunk)

    def add_block(self, block: bytes, offsets: dict[int, int]) -> None:
        for number, offset in offsets.items():
            self.offsets[number] = self.size + offset
        self.parts.append(block)
        self.size += len(block)

    def finish(self, root: int, info: int, file_id: bytes) -> bytes:
        count = max(self.offsets) + 1
        xref = [b"xref\n0 %d\n0000000000 65535 f \n" % count]
        for number in range(1, count):
            offset = self.offsets.get(number)
            xref.append(
                b"%010d 00000 n \n" % offset if offset is not None else b"0000000000 65535 f \n"
            )
        hex_id = file_id.hex().encode()
        trailer = (
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (
                count,
                root,
                info,
                hex_id,
                hex_id,
                self.size,
            )
        )
        return b"".join([*self.parts, *xref, trailer])


def _stream_bytes(dict_bytes: bytes, data: bytes) -> bytes:
    return dict_bytes + b"\nstream\n" + data + b"\nendstream"


class _SharedObjects:
    """The objects reachable from one resources dictionary, renumbered from ``first``."""

    def __init__(self, resources: pikepdf.Object, first: int) -> None:
        self.numbers: dict[tuple[int, int], int] = {}
        order: list[pikepdf.Object] = []
        self._collect(resources, order)
        self._first = first
        chunks: list[bytes] = []
        self.offsets: dict[int, int] = {}
        size = 0
        for number_offset, obj in enumerate(order):
            number = first + number_offset
            chunk = b"%d 0 obj\n%s\nendobj\n" % (number, self._serialise(obj))
            self.offsets[number] = size
            size += len(chunk)
            chunks.append(chunk)
        self.block = b"".join(chunks)
        self._first = first
        self.resources_ref = (
            b"%d 0 R" % (first + self.numbers[resources.objgen])
            if resources.is_indirect
            else self._serialise(resources)
        )

    def _collect(self, obj: object, order: list[pikepdf.Object]) -> None:
        """Depth-first walk assigning new numbers to indirect objects in first-seen order."""
        if not isinstance(obj, pikepdf.Object):
            return  # int, float, bool, str and names come back as plain Python values
        if obj.is_indirect:
            if obj.objgen in self.numbers:
                return
            self.numbers[obj.objgen] = len(self.numbers)
            order.append(obj)
        if isinstance(obj, pikepdf.Stream):
            children = list(obj.stream_dict.values())
        elif isinstance(obj, pikepdf.Dictionary):
            children = list(obj.values())
        elif isinstance(obj, pikepdf.Array):
            children = list(obj)
        else:
            return
        for child in children:
            self._collect(child, order)

    def _renumber(self, text: bytes) -> bytes:
        def repl(match: re.Match[bytes]) -> bytes:
            key = (int(match.group(1)), int(match.group(2)))
            return b"%d 0 R" % (self._first + self.numbers[key])

        return _REF.sub(repl, text)

    def _serialise(self, obj: pikepdf.Object) -> bytes:
        if isinstance(obj, pikepdf.Stream):
            head = self._renumber(obj.stream_dict.unparse())
            return _stream_bytes(head, obj.read_raw_bytes())
        return self._renumber(obj.unparse(resolved=True))


def split_pdfa(pdf_bytes: bytes, metas: Sequence[DocMeta]) -> Iterator[bytes]:
    """Yield one PDF/A-2b per page of ``pdf_bytes`` (one :class:`DocMeta` per page).

    ``pdf_bytes`` must already hold embedded fonts only (see :func:`make_pdfa_meta`); every page's
    resources are carried over unchanged, so the single files render exactly like the pages.
    """
    icc = srgb_icc()
    moment_default = datetime.now(UTC)
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        if len(pdf.pages) != len(metas):
            raise ValueError(f"{len(pdf.pages)} pages but {len(metas)} metadata entries")
        # 1 catalog, 2 pages, 3 page, 4 contents, 5 metadata, 6 info, 7 ICC, 8.. shared
        shared_cache: dict[object, _SharedObjects] = {}
        icc_obj = _stream_bytes(b"<< /N 3 /Length %d >>" % len(icc), icc)
        for page, meta in zip(pdf.pages, metas, strict=True):
            resources = page.obj.Resources
            key = resources.objgen if resources.is_indirect else resources.unparse()
            shared = shared_cache.get(key)
            if shared is None:
                shared = shared_cache[key] = _SharedObjects(resources, 8)
            moment = meta.created or moment_default
            contents = page.obj.Contents
            writer = _Writer()
            writer.add_raw(
                1,
                b"<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R /Lang %s /OutputIntents [<< "
                b"/Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
                b"/RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) "
                b"/DestOutputProfile 7 0 R >>] >>" % _pdf_string(meta.lang),
            )
            writer.add_raw(2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            media_box = page.obj.MediaBox.unparse()
            writer.add_raw(
                3,
                b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources %s /Contents 4 0 R >>"
                % (media_box, shared.resources_ref),
            )
            raw = contents.read_raw_bytes()
            filters = contents.stream_dict.get("/Filter")
            head = b"<< /Length %d%s >>" % (
                len(raw),
                b" /Filter " + filters.unparse() if filters is not None else b"",
            )
            writer.add_raw(4, _stream_bytes(head, raw))
            xmp = xmp_packet(meta, moment)
            writer.add_raw(
                5, _stream_bytes(b"<< /Type /Metadata /Subtype /XML /Length %d >>" % len(xmp), xmp)
            )
            info = b" ".join(
                key.encode() + b" " + _pdf_string(value)
                for key, value in info_entries(meta, moment).items()
            )
            writer.add_raw(6, b"<< " + info + b" >>")
            writer.add_raw(7, icc_obj)
            writer.add_block(shared.block, shared.offsets)
            file_id = hashlib.md5(meta.title.encode() + xmp).digest()
            yield writer.finish(1, 6, file_id)

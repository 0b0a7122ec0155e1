"""The PNG preview of a cheque, rasterised from its own print PDF in horizontal strips.

Rendering the PDF (with PDFium, which ships as a wheel for Windows) makes the preview show
exactly what is printed. Strips are rendered one after another and streamed into the PNG file,
so memory stays at one strip – even at 1200 × 600 mm and 300 dpi (14173 × 7087 pixels).
The PNG shows the trimmed cheque: no bleed, no marks.
"""

from __future__ import annotations

import ctypes
import struct
import threading
import zlib
from pathlib import Path
from typing import BinaryIO

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ceremonykit.documents.cheques.sizes import MM_PER_INCH, ChequeFormat

STRIP_BYTES = 32 * 1024 * 1024  # scanline bytes rendered at once
COMPRESSION = 3  # zlib level: much faster than 6, files only slightly larger on flat artwork
_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PDFIUM_LOCK = threading.Lock()  # PDFium must not be used from two threads at once


def render_png(
    pdf: bytes, fmt: ChequeFormat, target: Path, dpi: int | None = None
) -> tuple[int, int]:
    """Write the trimmed cheque of ``pdf`` to ``target`` at ``dpi``; returns its pixel size."""
    with _PDFIUM_LOCK:
        return _render(pdf, fmt, target, dpi)


def _render(pdf: bytes, fmt: ChequeFormat, target: Path, dpi: int | None) -> tuple[int, int]:
    dpi = dpi or fmt.png_dpi
    width, height = fmt.png_pixels(dpi)
    offset = round(fmt.offset_mm / MM_PER_INCH * dpi)
    page_w, page_h = width + 2 * offset, height + 2 * offset
    line = width * 3 + 1  # a PNG scanline: filter byte, then RGB
    rows_per_strip = max(1, min(height, STRIP_BYTES // line))
    # PDFium draws each strip straight into PNG scanline layout: the buffer starts one byte
    # in and the stride is one byte wider than a row, so the byte before every row stays 0
    # (PNG filter "None") and a strip goes to zlib without copying.
    scanlines = bytearray(line * rows_per_strip + 1)
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        with target.open("wb") as out:
            writer = _PngStream(out, width, height, dpi)
            for top in range(0, height, rows_per_strip):
                rows = min(rows_per_strip, height - top)
                pixels = (ctypes.c_ubyte * (line * rows)).from_buffer(scanlines, 1)
                bitmap = pdfium.PdfBitmap.new_native(
                    width,
                    rows,
                    pdfium_c.FPDFBitmap_BGR,
                    rev_byteorder=True,
                    buffer=pixels,
                    stride=line,
                )
                bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, rows)
                pdfium_c.FPDF_RenderPageBitmap(
                    bitmap,
                    page,
                    -offset,
                    -(offset + top),
                    page_w,
                    page_h,
                    0,
                    pdfium_c.FPDF_REVERSE_BYTE_ORDER,
                )
                bitmap.close()
                del bitmap, pixels  # release the export of ``scanlines``
                writer.write(memoryview(scanlines)[: line * rows])
            writer.finish()
        page.close()
    finally:
        document.close()
    return width, height


class _PngStream:
    """A minimal PNG encoder (8-bit RGB, no filtering) fed row by row."""

    def __init__(self, out: BinaryIO, width: int, height: int, dpi: int) -> None:
        self.out = out
        self.width = width
        self.compressor = zlib.compressobj(COMPRESSION)
        self.pending: list[bytes] = []
        self.pending_size = 0
        out.write(_SIGNATURE)
        self.chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        per_metre = round(dpi / 0.0254)
        self.chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))

    def chunk(self, kind: bytes, data: bytes) -> None:
        self.out.write(struct.pack(">I", len(data)))
        self.out.write(kind)
        self.out.write(data)
        self.out.write(struct.pack(">I", zlib.crc32(data, zlib.crc32(kind)) & 0xFFFFFFFF))

    def write(self, scanlines: memoryview) -> None:
        """Compress filtered scanlines (each starting with its filter byte)."""
        self.emit(self.compressor.compress(scanlines))

    def emit(self, data: bytes) -> None:
        if not data:
            return
        self.pending.append(data)
        self.pending_size += len(data)
        if self.pending_size >= 1 << 20:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.chunk(b"IDAT", b"".join(self.pending))
            self.pending.clear()
            self.pending_size = 0

    def finish(self) -> None:
        self.emit(self.compressor.flush())
        self.flush()
        self.chunk(b"IEND", b"")

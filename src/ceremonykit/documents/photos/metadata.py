"""Credit and caption where every newsroom tool looks: IPTC-IIM, XMP and EXIF.

Picture desks, DAM systems and CMS uploads read IPTC-IIM first, then XMP, then EXIF, so a
published photo carries our credit and caption in all three – and nothing else from the
camera or an agency: the old metadata segments are dropped, not kept beside ours (a tool that
finds two credits shows the first, usually the old one).

* IPTC-IIM (APP13 "Photoshop 3.0", resource 0x0404): 1:90 Coded Character Set ``ESC % G``
  (UTF-8), By-line, Credit, Copyright Notice, Caption-Abstract, Object Name; plus the IPTC
  digest (resource 0x0425) so Photoshop and exiftool treat IIM and XMP as in sync. Texts are
  never shortened to the IIM lengths of 1997 (a credit must stay whole; today's readers accept
  longer values, as Photoshop writes them).
* XMP: dc:creator, dc:rights, dc:description, dc:title, photoshop:Credit, xmpRights,
  Iptc4xmpCore:AltTextAccessibility (the alt text).
* EXIF: Artist, Copyright, ImageDescription as UTF-8 (the Metadata Working Group's rule for
  EXIF ASCII fields; exiftool, Lightroom and browsers read it so) plus the Windows XP tags in
  UTF-16 that Explorer shows; Orientation 1; a few harmless camera facts (make, model, date,
  exposure). No GPS, no serial numbers, no owner name, no maker notes, no thumbnail.
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass

from PIL import Image, TiffImagePlugin

from ceremonykit.documents.images.colour import srgb_icc
from ceremonykit.xml_text import escape

EXIF_HEADER = b"Exif\x00\x00"
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"
ICC_HEADER = b"ICC_PROFILE\x00"

TAG_DESCRIPTION, TAG_ARTIST, TAG_COPYRIGHT = 0x010E, 0x013B, 0x8298
TAG_ORIENTATION = 0x0112
TAG_X_RESOLUTION, TAG_Y_RESOLUTION, TAG_RESOLUTION_UNIT = 0x011A, 0x011B, 0x0128
TAG_YCBCR_POSITIONING = 0x0213
TAG_XP_TITLE, TAG_XP_COMMENT, TAG_XP_AUTHOR = 0x9C9B, 0x9C9C, 0x9C9D
IFD_EXIF = 0x8769
# Camera facts that say nothing about a person or a place: kept for photo editors.
KEPT_IFD0 = (0x010F, 0x0110, 0x0132)  # Make, Model, DateTime
KEPT_EXIF = (0x9003, 0x829A, 0x829D, 0x8827, 0x920A)  # DateTimeOriginal, exposure, f, ISO, focal

ESC_UTF8 = b"\x1b%G"


@dataclass(frozen=True)
class PhotoMetadata:
    description: str  # caption, with the people from left to right
    credit: str  # "Stadt Dortmund / Lena Brückner" (without "Bild:")
    artist: str  # the photographer, "Lena Brückner"
    title: str = ""  # "Ehrenamtspreis 2026"
    alt_text: str = ""  # for screen readers (IPTC 2021 field)


def photographer(credit: str) -> str:
    """ "Stadt Dortmund / Lena Brückner" -> "Lena Brückner"; "BMI" -> "BMI"."""
    return credit.rsplit("/", 1)[-1].strip()


# --- EXIF ---------------------------------------------------------------------------------


def _xp(text: str) -> bytes:
    return (text + "\x00").encode("utf-16-le")


def exif_bytes(meta: PhotoMetadata, camera: Image.Exif | None = None) -> bytes:
    """A fresh EXIF block: our texts, Orientation 1 and the harmless camera facts."""
    exif = Image.Exif()
    if camera is not None:
        for tag in KEPT_IFD0:
            if tag in camera:
                exif[tag] = camera[tag]
        camera_ifd = camera.get_ifd(IFD_EXIF)
        kept = {tag: camera_ifd[tag] for tag in KEPT_EXIF if tag in camera_ifd}
        if kept:
            exif.get_ifd(IFD_EXIF).update(kept)
    exif[TAG_ORIENTATION] = 1
    # required by the EXIF standard for JPEG (exiftool -validate); 300 dpi as printers expect
    exif[TAG_X_RESOLUTION] = exif[TAG_Y_RESOLUTION] = TiffImagePlugin.IFDRational(300, 1)
    exif[TAG_RESOLUTION_UNIT] = 2  # inches
    exif[TAG_YCBCR_POSITIONING] = 1  # centred
    # bytes keep the ASCII type but carry UTF-8 (Pillow would turn a str into "?")
    exif[TAG_DESCRIPTION] = meta.description.encode("utf-8")
    exif[TAG_ARTIST] = meta.artist.encode("utf-8")
    exif[TAG_COPYRIGHT] = meta.credit.encode("utf-8")
    exif[TAG_XP_COMMENT] = _xp(meta.description)
    exif[TAG_XP_AUTHOR] = _xp(meta.artist)
    if meta.title:
        exif[TAG_XP_TITLE] = _xp(meta.title)
    return bytes(exif.tobytes())  # starts with EXIF_HEADER


# --- XMP ----------------------------------------------------------------------------------


def xmp_packet(meta: PhotoMetadata) -> bytes:
    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    optional = ""
    if meta.title:
        optional += f"<dc:title>{alt(meta.title)}</dc:title>\n"
    if meta.alt_text:
        optional += (
            f"<Iptc4xmpCore:AltTextAccessibility>{alt(meta.alt_text)}"
            "</Iptc4xmpCore:AltTextAccessibility>\n"
        )
    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"'
        ' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">\n'
        f"<dc:description>{alt(meta.description)}</dc:description>\n"
        f"<dc:rights>{alt(meta.credit)}</dc:rights>\n"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(meta.artist)}</rdf:li></rdf:Seq></dc:creator>\n"
        f"{optional}"
        f"<photoshop:Credit>{escape(meta.credit)}</photoshop:Credit>\n"
        "<xmpRights:Marked>True</xmpRights:Marked>\n"
        f"<xmpRights:UsageTerms>{alt('Veröffentlichung nur mit Bildnachweis: ' + meta.credit)}"
        "</xmpRights:UsageTerms>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return xml.encode("utf-8")


# --- IPTC-IIM -----------------------------------------------------------------------------


def _dataset(record: int, number: int, value: bytes) -> bytes:
    if len(value) > 0x7FFF:
        raise ValueError("Bildbeschreibung zu lang für die IPTC-Metadaten (max. 32 KB).")
    return struct.pack(">BBBH", 0x1C, record, number, len(value)) + value


def iptc_iim(meta: PhotoMetadata) -> bytes:
    """The IIM datasets: envelope with the UTF-8 marker, then the application record."""
    version = struct.pack(">H", 4)
    parts = [
        _dataset(1, 0, version),  # Model Version
        _dataset(1, 90, ESC_UTF8),  # Coded Character Set: UTF-8
        _dataset(2, 0, version),  # Record Version
    ]
    if meta.title:
        parts.append(_dataset(2, 5, meta.title.encode("utf-8")))  # Object Name
    parts += [
        _dataset(2, 80, meta.artist.encode("utf-8")),  # By-line
        _dataset(2, 110, meta.credit.encode("utf-8")),  # Credit
        _dataset(2, 116, meta.credit.encode("utf-8")),  # Copyright Notice
        _dataset(2, 120, meta.description.encode("utf-8")),  # Caption-Abstract
    ]
    return b"".join(parts)


def _resource(resource_id: int, data: bytes) -> bytes:
    """One Photoshop image resource block (empty name, data padded to an even length)."""
    block = b"8BIM" + struct.pack(">H", resource_id) + b"\x00\x00" + struct.pack(">I", len(data))
    return block + data + (b"\x00" if len(data) % 2 else b"")


def photoshop_block(meta: PhotoMetadata) -> bytes:
    iim = iptc_iim(meta)
    return (
        PHOTOSHOP_HEADER
        + _resource(0x0404, iim)
        + _resource(0x0425, hashlib.md5(iim, usedforsecurity=False).digest())
    )


# --- JPEG segments ------------------------------------------------------------------------

# Segments that describe how to decode the pixels; everything else (EXIF, XMP, IPTC, MPF
# previews, maker data, comments) is dropped and replaced by ours.
_KEEP_APP = {0xE0: (b"JFIF\x00",), 0xEE: (b"Adobe",)}


def _segment(marker: int, payload: bytes) -> bytes:
    if len(payload) + 2 > 0xFFFF:
        raise ValueError("Bildbeschreibung zu lang für die Metadaten (max. 64 KB).")
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def is_jpeg(data: bytes) -> bool:
    return data[:3] == b"\xff\xd8\xff"


# In entropy-coded data 0xFF is followed by 0x00 (stuffing), a restart marker or fill bytes;
# anything else is the next marker.
_NEXT_MARKER = re.compile(rb"\xff(?=[^\x00\xd0-\xd7\xff])")


def _end_of_scans(jpeg: bytes, pos: int) -> int:
    """Index just after the EOI that ends the main image (later bytes are previews that
    cameras append after it – the uncropped original in small)."""
    while pos + 4 <= len(jpeg):
        # pos is at the start of a marker segment between scans
        marker = jpeg[pos + 1]
        if marker == 0xD9:
            return pos + 2
        (length,) = struct.unpack(">H", jpeg[pos + 2 : pos + 4])
        pos += 2 + length
        if marker == 0xDA:
            found = _NEXT_MARKER.search(jpeg, pos)
            if found is None:
                return len(jpeg)
            pos = found.start()
    return len(jpeg)


def publishable_jpeg(jpeg: bytes, meta: PhotoMetadata, camera: Image.Exif | None) -> bytes:
    """``jpeg`` with our metadata and an sRGB profile, every other metadata segment dropped.

    The compressed image data is copied byte for byte (no recompression). ``camera`` is the
    original's EXIF, from which only the harmless facts are carried over.
    """
    if not is_jpeg(jpeg):
        raise ValueError("keine JPEG-Datei")
    kept: list[bytes] = []
    icc: list[bytes] = []
    pos = 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF:
        marker = jpeg[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xDA, 0xD9):
            break
        (length,) = struct.unpack(">H", jpeg[pos + 2 : pos + 4])
        segment = jpeg[pos : pos + 2 + length]
        payload = segment[4:]
        if marker == 0xE2 and payload.startswith(ICC_HEADER):
            icc.append(segment)
        elif marker in _KEEP_APP:
            if payload.startswith(_KEEP_APP[marker]):
                kept.append(segment)
        elif not (0xE0 <= marker <= 0xEF or marker == 0xFE):
            kept.append(segment)  # tables, frame header: needed to decode
        pos += 2 + length
    end = _end_of_scans(jpeg, pos)
    if not icc:
        icc = _icc_segments()
    ours = [
        _segment(0xE1, exif_bytes(meta, camera)),
        _segment(0xE1, XMP_HEADER + xmp_packet(meta)),
        *icc,
        _segment(0xED, photoshop_block(meta)),
    ]
    jfif = [s for s in kept if s[1] == 0xE0]
    rest = [s for s in kept if s[1] != 0xE0]
    return b"".join([jpeg[:2], *jfif, *ours, *rest, jpeg[pos:end]])


def _icc_segments() -> list[bytes]:
    return [_segment(0xE2, ICC_HEADER + b"\x01\x01" + srgb_icc())]

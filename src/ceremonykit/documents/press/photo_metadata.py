"""Credit and caption into a JPEG's metadata (EXIF and XMP) without recompressing the image.

Journalists' picture desks read the credit from the file, so it must travel with it: EXIF
Artist/Copyright/ImageDescription (UTF-8, plus the Windows XP tags Explorer shows) and XMP
dc:rights, dc:description, dc:creator and photoshop:Credit. The JPEG's image data is copied
byte for byte – full size and full quality; only the metadata segments are replaced.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from xml.sax.saxutils import escape

from PIL import Image

EXIF_HEADER = b"Exif\x00\x00"
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
TAG_DESCRIPTION, TAG_ARTIST, TAG_COPYRIGHT = 0x010E, 0x013B, 0x8298
TAG_XP_TITLE, TAG_XP_COMMENT, TAG_XP_AUTHOR = 0x9C9B, 0x9C9C, 0x9C9D


@dataclass(frozen=True)
class PhotoMetadata:
    description: str  # caption, with the people from left to right
    credit: str  # "Stadt Dortmund / Lena Brückner" (without "Bild:")
    artist: str  # the photographer, "Lena Brückner"
    title: str = ""  # "Ehrenamtspreis 2026"


def _xp(text: str) -> bytes:
    return (text + "\x00").encode("utf-16-le")


def exif_bytes(meta: PhotoMetadata) -> bytes:
    exif = Image.Exif()
    # UTF-8 in the ASCII tags, as exiftool and most picture desks read it
    exif[TAG_DESCRIPTION] = meta.description.encode("utf-8")
    exif[TAG_ARTIST] = meta.artist.encode("utf-8")
    exif[TAG_COPYRIGHT] = meta.credit.encode("utf-8")
    exif[TAG_XP_COMMENT] = _xp(meta.description)
    exif[TAG_XP_AUTHOR] = _xp(meta.artist)
    if meta.title:
        exif[TAG_XP_TITLE] = _xp(meta.title)
    return bytes(exif.tobytes())


def xmp_packet(meta: PhotoMetadata) -> bytes:
    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">\n'
        f"<dc:description>{alt(meta.description)}</dc:description>\n"
        f"<dc:rights>{alt(meta.credit)}</dc:rights>\n"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(meta.artist)}</rdf:li></rdf:Seq></dc:creator>\n"
        + (f"<dc:title>{alt(meta.title)}</dc:title>\n" if meta.title else "")
        + f"<photoshop:Credit>{escape(meta.credit)}</photoshop:Credit>\n"
        f"<xmpRights:Marked>True</xmpRights:Marked>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return xml.encode("utf-8")


def _segment(marker: int, payload: bytes) -> bytes:
    if len(payload) + 2 > 0xFFFF:
        raise ValueError("Bildbeschreibung zu lang für die Metadaten (max. 64 KB).")
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def _is_jpeg(data: bytes) -> bool:
    return data[:2] == b"\xff\xd8"


def _splice(jpeg: bytes, segments: list[bytes]) -> bytes:
    """Replace the EXIF and XMP APP1 segments of ``jpeg`` (image data untouched)."""
    out = io.BytesIO()
    out.write(jpeg[:2])
    pos = 2
    inserted = False
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF:
        marker = jpeg[pos + 1]
        if marker in (0xDA, 0xD9):  # start of scan / end: the rest is image data
            break
        (length,) = struct.unpack(">H", jpeg[pos + 2 : pos + 4])
        segment = jpeg[pos : pos + 2 + length]
        payload = segment[4:]
        if marker == 0xE0 and not inserted:  # keep JFIF first, then our metadata
            out.write(segment)
            out.write(b"".join(segments))
            inserted = True
        elif not (marker == 0xE1 and payload.startswith((EXIF_HEADER, XMP_HEADER))):
            if not inserted:
                out.write(b"".join(segments))
                inserted = True
            out.write(segment)
        pos += 2 + length
    if not inserted:
        out.write(b"".join(segments))
    out.write(jpeg[pos:])
    return out.getvalue()


def with_metadata(image: bytes, meta: PhotoMetadata) -> bytes:
    """The JPEG with credit and caption in EXIF and XMP; other formats become JPEG first."""
    if not _is_jpeg(image):
        with Image.open(io.BytesIO(image)) as img:
            buf = io.BytesIO()
            img.convert("RGB").save(buf, "JPEG", quality=95)
            image = buf.getvalue()
    segments = [
        _segment(0xE1, exif_bytes(meta)),
        _segment(0xE1, XMP_HEADER + xmp_packet(meta)),
    ]
    return _splice(image, segments)


def photographer(credit: str) -> str:
    """ "Stadt Dortmund / Lena Brückner" -> "Lena Brückner"; "BMI" -> "BMI"."""
    return credit.rsplit("/", 1)[-1].strip()

"""Camera-like JPEGs for the photo pipeline tests, and exiftool as the real reader.

The pictures are drawn here (an asymmetric pattern, so a wrong rotation shows), then exiftool
writes what cameras and agencies leave in files: an old IPTC credit and caption, an XMP
creator, EXIF artist, GPS position, body serial number, owner name and an embedded thumbnail.
"""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

# script/_setup.sh installs exiftool on Debian (a missing one fails there); the Windows runner
# has no package for it in script/test.ps1, so there the tests that need it are skipped.
needs_exiftool = pytest.mark.skipif(
    sys.platform == "win32" and shutil.which("exiftool") is None,
    reason="exiftool fehlt (Windows: choco install exiftool)",
)

OLD_CREDIT = "Agentur Altbild"
OLD_CAPTION = "Alte Beschreibung aus der Kamera"
SERIAL = "SN-0451-7788"
OWNER = "Hans Privatbesitz"


def pattern(size: tuple[int, int] = (900, 600)) -> Image.Image:
    """Upright reference: red block top left, blue bar along the bottom, green dot right."""
    w, h = size
    image = Image.new("RGB", size, (235, 235, 225))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, w // 4, h // 3), fill=(200, 30, 40))
    draw.rectangle((0, h - h // 8, w, h), fill=(30, 60, 190))
    draw.ellipse((w - w // 5, h // 3, w - w // 20, h // 3 + w // 7), fill=(40, 160, 60))
    return image


def stored_for(upright: Image.Image, orientation: int) -> Image.Image:
    """The pixels a camera stores so that applying ``orientation`` shows ``upright``."""
    if orientation == 6:  # displayed = stored rotated 90° clockwise
        return upright.transpose(Image.Transpose.ROTATE_90)
    if orientation == 8:  # displayed = stored rotated 90° counter-clockwise
        return upright.transpose(Image.Transpose.ROTATE_270)
    return upright


def camera_jpeg(tmp: Path, orientation: int, upright: Image.Image | None = None) -> bytes:
    upright = upright or pattern()
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Kamerawerk"
    exif[0x0110] = "Modell 7"
    buf = io.BytesIO()
    stored_for(upright, orientation).save(buf, "JPEG", quality=92, exif=exif.tobytes())
    path = tmp / f"camera_{orientation}.jpg"
    path.write_bytes(buf.getvalue())
    thumb = tmp / f"thumb_{orientation}.jpg"
    small = stored_for(upright, orientation).copy()
    small.thumbnail((160, 160))
    small.save(thumb, "JPEG")
    subprocess.run(
        [
            "exiftool",
            "-q",
            "-overwrite_original",
            f"-IPTC:Credit={OLD_CREDIT}",
            f"-IPTC:By-line={OLD_CREDIT}",
            f"-IPTC:Caption-Abstract={OLD_CAPTION}",
            f"-XMP-dc:Creator={OLD_CREDIT}",
            f"-XMP-photoshop:Credit={OLD_CREDIT}",
            f"-EXIF:Artist={OLD_CREDIT}",
            f"-EXIF:ImageDescription={OLD_CAPTION}",
            "-GPSLatitude=51.5136",
            "-GPSLatitudeRef=N",
            "-GPSLongitude=7.4653",
            "-GPSLongitudeRef=E",
            f"-SerialNumber={SERIAL}",
            f"-OwnerName={OWNER}",
            f"-ThumbnailImage<={thumb}",
            str(path),
        ],
        check=True,
    )
    return path.read_bytes()


def exiftool_json(path: Path) -> dict[str, Any]:
    """Everything exiftool reads from ``path``, keys as GROUP:Tag (duplicates kept apart),
    plus its verdict on the structure ("ExifTool:Validate")."""
    result = subprocess.run(
        ["exiftool", "-j", "-a", "-G1", "-struct", "-All", "-validate", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    data: dict[str, Any] = json.loads(result.stdout)[0]
    return data


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \0\0\0\0" + _s15(x) + _s15(y) + _s15(z)


def adobe_rgb_profile() -> bytes:
    """A minimal ICC v2 matrix/TRC profile with Adobe RGB (1998) primaries and gamma 2.2 –
    written here because no such profile may be shipped in the repository."""
    description = b"Adobe RGB (1998) Testprofil\0"
    desc = (
        b"desc\0\0\0\0"
        + struct.pack(">I", len(description))
        + description
        + b"\0" * 8  # no Unicode description
        + b"\0\0\0"
        + b"\0" * 67  # no ScriptCode description
    )
    gamma = b"curv\0\0\0\0" + struct.pack(">IH", 1, 563) + b"\0\0"  # 563/256 ≈ 2.2
    tags = [
        (b"desc", desc),
        (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _xyz(0.6097, 0.3111, 0.0195)),
        (b"gXYZ", _xyz(0.2053, 0.6257, 0.0609)),
        (b"bXYZ", _xyz(0.1492, 0.0632, 0.7446)),
        (b"rTRC", gamma),
        (b"gTRC", gamma),
        (b"bTRC", gamma),
        (b"cprt", b"text\0\0\0\0Testdaten\0\0\0"),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags:
        body += b"\0" * (-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + b"\0" * 12  # date
        + b"acsp"
        + b"\0" * 24  # platform, flags, manufacturer, model, attributes
        + struct.pack(">I", 0)  # perceptual
        + _s15(0.9642)
        + _s15(1.0)
        + _s15(0.8249)
        + b"\0" * 48
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data

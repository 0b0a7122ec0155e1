"""Camera-like JPEGs for the photo pipeline tests, and exiftool as the real reader.

The pictures are drawn here (an asymmetric pattern, so a wrong rotation shows), then exiftool
writes what cameras and agencies leave in files: an old IPTC credit and caption, an XMP
creator, EXIF artist, GPS position, body serial number, owner name and an embedded thumbnail.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

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

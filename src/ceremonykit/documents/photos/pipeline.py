"""One stored photo in, every published rendition out.

:class:`PhotoSource` reads the stored bytes once (header, orientation, colour profile, face
regions) and makes each rendition from as little decoding as it needs:

* :meth:`PhotoSource.package` – full resolution for print. A JPEG that is already upright and
  sRGB keeps its compressed image data byte for byte (only the metadata is replaced); any
  other photo is decoded, turned upright, converted to sRGB and encoded at quality 95.
* :meth:`PhotoSource.web` – the newsroom rendition: long edge and quality as set, progressive.
* :meth:`PhotoSource.crop` – a focal crop for the social media cards.

Web and card renditions come from a reduced decode (JPEG DCT scaling) just large enough for
them, shared between renditions, so a 24-megapixel photo is never fully decoded unless the
package needs it.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from PIL import Image, ImageOps

from ceremonykit.documents.images.colour import needs_colour_conversion, to_srgb
from ceremonykit.documents.images.safe_open import decoded_image, decoding, open_image
from ceremonykit.documents.photos.focus import Box, face_box, focal_crop
from ceremonykit.documents.photos.metadata import PhotoMetadata, is_jpeg, publishable_jpeg

PACKAGE_QUALITY = 95

# Bicubic, not Lanczos, for every scaled rendition. Measured on real photos (the four in
# tests/data/photos, scaled down 1.5× as the newsroom and 2.0–2.2× as the cards do): the two
# filters differ by 45–50 dB PSNR, a mean of 0.4–0.8 of 255 levels – far less than JPEG at the
# newsroom's quality 82 changes the picture itself (33–37 dB) and invisible side by side.
# Bicubic reads 6 instead of 9 source pixels per output pixel at 1.5×: 2400→1600 px takes 29
# instead of 40 ms, the largest single cost of a newsroom photo (test_photo_quality.py).
RESAMPLING = Image.Resampling.BICUBIC


@dataclass(frozen=True)
class Rendition:
    data: bytes  # JPEG
    width: int
    height: int


class PhotoSource:
    """A stored photo, read once; raises ImageProblem (German) if it cannot be used."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data = data
        self.name = name
        with open_image(data, name) as image:
            self.format = image.format or ""
            self.mode = image.mode
            self.stored_size = image.size
            self.camera = image.getexif()
            self.orientation = _orientation(self.camera.get(0x0112))
            self.recolour = needs_colour_conversion(image)
            self.has_profile = bool(image.info.get("icc_profile"))
            xmp = image.info.get("xmp", b"")
        swapped = self.orientation in (5, 6, 7, 8)
        w, h = self.stored_size
        self.size = (h, w) if swapped else (w, h)  # upright
        self.faces: Box | None = face_box(xmp if isinstance(xmp, bytes) else b"")
        self._reduced: Image.Image | None = None
        self._full: Image.Image | None = None

    @property
    def cmyk(self) -> bool:
        return self.mode == "CMYK"

    @property
    def keeps_image_data(self) -> bool:
        """The package can keep the compressed data: a JPEG, upright, already sRGB."""
        return (
            self.format == "JPEG"
            and is_jpeg(self.data)
            and self.orientation == 1
            and not self.recolour
        )

    # --- decoding -------------------------------------------------------------------------

    def _decode(self, request: tuple[int, int] | None) -> Image.Image:
        """Upright sRGB pixels; ``request`` lets a JPEG decode at a reduced scale that still
        covers that (stored-orientation) size."""
        image = decoded_image(self.data, self.name, request)  # ours: no copy needed
        with decoding(self.name):
            upright = ImageOps.exif_transpose(image) if self.orientation != 1 else image
            srgb = to_srgb(upright)
        if srgb is not image:
            image.close()  # free the stored-orientation pixels at once
        return srgb

    def full(self) -> Image.Image:
        if self._full is None:
            self._full = self._decode(None)
        return self._full

    def pixels(self, scale: float) -> Image.Image:
        """Upright pixels at least ``scale`` × the full size, decoded as small as a JPEG allows
        (DCT scaling to 1/2, 1/4, 1/8 costs a fraction of a full decode), kept for the next
        rendition that needs no more."""
        for image in (self._reduced, self._full):
            if image is not None and image.width >= self.size[0] * scale - 0.5:
                return image
        w, h = self.stored_size
        request = (max(1, math.ceil(w * scale)), max(1, math.ceil(h * scale)))
        self._reduced = self._decode(request if scale < 1 else None)
        return self._reduced

    def release(self) -> None:
        """Drop the decoded pixels (a 24-megapixel photo holds 72 MB)."""
        self._full = self._reduced = None

    # --- renditions -----------------------------------------------------------------------

    def package(self, meta: PhotoMetadata) -> Rendition:
        """Full resolution for print, credited, sRGB with its ICC profile."""
        if self.keeps_image_data:
            return Rendition(publishable_jpeg(self.data, meta, self.camera), *self.size)
        image = self.full()
        encoded = _encode(image, quality=PACKAGE_QUALITY, progressive=False)
        return Rendition(publishable_jpeg(encoded, meta, self.camera), *image.size)

    def web(self, meta: PhotoMetadata, long_edge: int, quality: int) -> Rendition:
        """The newsroom rendition: at most ``long_edge`` pixels, progressive JPEG."""
        image = self.pixels(min(1.0, long_edge / max(self.size)))
        if max(image.size) > long_edge:
            scale = long_edge / max(image.size)
            size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
            image = scaled(image, size)
        encoded = _encode(image, quality=quality, progressive=True)
        return Rendition(publishable_jpeg(encoded, meta, self.camera), *image.size)

    def crop(self, size: tuple[int, int]) -> Image.Image:
        """``size`` pixels cut from the photo around the marked faces (else the centre)."""
        aspect = size[0] / size[1]
        left, _top, right, _bottom = focal_crop(self.size, aspect, self.faces)
        image = self.pixels(min(1.0, size[0] / (right - left)))
        box = focal_crop(image.size, aspect, self.faces)
        return scaled(image, size, box)


def scaled(
    image: Image.Image, size: tuple[int, int], box: tuple[float, float, float, float] | None = None
) -> Image.Image:
    """``box`` of ``image`` (all of it by default) scaled to ``size`` with :data:`RESAMPLING`;
    large reductions start with a cheap exact reduction by a whole factor (``reducing_gap``)."""
    return image.resize(size, RESAMPLING, box=box, reducing_gap=3.0)


def _orientation(value: object) -> int:
    """EXIF Orientation 1–8; anything else (missing, damaged) counts as upright."""
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _encode(image: Image.Image, *, quality: int, progressive: bool) -> bytes:
    out = io.BytesIO()
    image.save(
        out,
        "JPEG",
        quality=quality,
        progressive=progressive,
        optimize=progressive,
        subsampling="4:2:0",  # as cameras and agencies deliver; 4:4:4 doubles the encode time
    )
    return out.getvalue()

"""Logos and signatures ready for a document: opaque sRGB, at most a given pixel size.

Certificates, the press release (PDF and Word) and cheques all embed the same few pictures;
they get them through :func:`flat_image`, so a CMYK logo is converted, a transparent one is
flattened on white, a huge scan is scaled down, and an unreadable one raises
:class:`~ceremonykit.documents.images.safe_open.ImageProblem` (a German message the kinds turn
into a warning) instead of failing the whole build with Pillow's English text.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image

from ceremonykit.documents.images.colour import needs_colour_conversion, to_srgb
from ceremonykit.documents.images.safe_open import open_image


@dataclass(frozen=True)
class FlatImage:
    data: bytes  # PNG, or the original bytes when they were already fine
    width: int
    height: int

    @property
    def aspect(self) -> float:
        return self.width / self.height


@lru_cache(maxsize=16)
def flat_image(data: bytes, name: str, max_px: int) -> FlatImage:
    """``data`` as an opaque sRGB picture whose longer side is at most ``max_px`` pixels.

    Cached: every certificate and cheque of a build uses the same logo and signatures.
    """
    with open_image(data, name) as image:
        fine = (
            image.format in ("PNG", "JPEG")
            and not needs_colour_conversion(image)
            and "transparency" not in image.info
            and max(image.size) <= max_px
        )
        if fine:
            return FlatImage(data, *image.size)
        image.draft("RGB", (max_px, max_px))  # JPEG: decode at a reduced scale, much faster
        flat = to_srgb(image)
        if max(flat.size) > max_px:
            flat.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        flat.save(out, "PNG", compress_level=1)
        return FlatImage(out.getvalue(), *flat.size)

"""Small upright previews (GUI thumbnails, logo preview): decoded safely and at a reduced
scale, turned per EXIF orientation, in sRGB – so a portrait photo never shows sideways and a
CMYK logo shows its real colours."""

from __future__ import annotations

from PIL import Image, ImageOps

from ceremonykit.documents.images.colour import to_srgb
from ceremonykit.documents.images.safe_open import decoded_image, decoding


def preview(data: bytes, name: str, box: tuple[int, int]) -> Image.Image:
    """An RGB image that fits ``box`` (never enlarged); raises ImageProblem if unusable."""
    image = decoded_image(data, name, (box[0] * 2, box[1] * 2))  # JPEG: at 1/2…1/8 scale
    with decoding(name):
        ImageOps.exif_transpose(image, in_place=True)  # ours to change: no copy
        small = to_srgb(image)
    small.thumbnail(box, Image.Resampling.LANCZOS)
    return small

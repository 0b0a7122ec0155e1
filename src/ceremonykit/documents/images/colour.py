"""Colour for screens and print shops alike: every image CeremonyKit writes is 8-bit sRGB.

Cameras deliver sRGB or Adobe RGB, agencies and print shops sometimes CMYK. Browsers, Word and
most newsroom tools show a CMYK JPEG with wrong colours (or not at all), so CMYK and other
profiles are converted with the image's own ICC profile; transparency is flattened on white
(logos and signatures always sit on white paper).
"""

from __future__ import annotations

import io
import struct
from functools import cache

from PIL import Image, ImageCms

PROFILE_DATE = struct.pack(">6H", 2026, 1, 1, 0, 0, 0)
"""The creation date written into our sRGB profile (ICC header bytes 24–35). LittleCMS stamps
the moment it makes the profile, so every build's photos and PDFs differed in those bytes;
with a fixed date the same ceremony builds byte for byte the same files."""


@cache
def srgb_icc() -> bytes:
    """An sRGB ICC profile made by LittleCMS (via Pillow); embedded in every JPEG we write."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    data = bytearray(profile.tobytes())
    data[24:36] = PROFILE_DATE  # the header has no checksum over it (profile ID is zero)
    return bytes(data)


@cache
def _srgb_profile() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def is_cmyk(image: Image.Image) -> bool:
    return image.mode == "CMYK"


def _embedded_profile(image: Image.Image) -> ImageCms.ImageCmsProfile | None:
    icc = image.info.get("icc_profile")
    if not icc:
        return None
    try:
        return ImageCms.ImageCmsProfile(io.BytesIO(icc))
    except (OSError, ImageCms.PyCMSError):  # a broken profile is treated as none
        return None


def _is_srgb(profile: ImageCms.ImageCmsProfile) -> bool:
    try:
        description = ImageCms.getProfileDescription(profile)
    except ImageCms.PyCMSError:
        return False
    return "srgb" in description.lower().replace(" ", "")


def needs_colour_conversion(image: Image.Image) -> bool:
    """True when the pixels are not already 8-bit RGB in sRGB (or untagged, read as sRGB)."""
    if image.mode != "RGB":
        return True
    profile = _embedded_profile(image)
    return profile is not None and not _is_srgb(profile)


def to_srgb(image: Image.Image) -> Image.Image:
    """The image as opaque 8-bit RGB in sRGB, converted with its embedded profile if it has
    one; transparency lands on white."""
    profile = _embedded_profile(image)
    if profile is not None and image.mode in ("RGB", "CMYK") and not _is_srgb(profile):
        try:
            converted = ImageCms.profileToProfile(
                image,
                profile,
                _srgb_profile(),
                renderingIntent=ImageCms.Intent.PERCEPTUAL,
                outputMode="RGB",
            )
        except ImageCms.PyCMSError:  # profile and pixels disagree: fall back to plain convert
            converted = None
        if converted is not None:
            return converted
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):  # 16-bit greyscale scans
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L").convert("RGB")
    return image.convert("RGB")

"""The one way CeremonyKit decodes an image: size checked before any pixel is decoded.

A 12,000 × 12,000 PNG is only 560 kB on disk but 576 MB as pixels (2.8 GB with Pillow's working
copies), so every decode – photos, logos, signatures, GUI thumbnails – goes through
:func:`open_image`, which reads the header, refuses images above :data:`MAX_MEGAPIXELS` with a
German message, and never lets Pillow's internal English errors reach a person.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image

from ceremonykit.errors import UserError

MAX_MEGAPIXELS = 80
"""More than any camera of the press office (a 61 MP full-frame sensor) – less than a bomb."""


class ImageProblem(UserError):
    """An image cannot be used (unreadable, too large); the message names the file."""


def megapixels(width: int, height: int) -> int:
    return round(width * height / 1_000_000)


def _opened(data: bytes, name: str) -> Image.Image:
    """The image of ``data`` with its header read and its size checked, pixels not decoded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # checked below
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:  # beyond twice Pillow's limit: size not reported
        raise too_large(name, None) from None
    except Exception:  # Pillow raises many types for damaged data; all mean "unreadable"
        raise unreadable(name) from None
    if image.width * image.height > MAX_MEGAPIXELS * 1_000_000:
        image.close()
        raise too_large(name, image.size)
    return image


@contextmanager
def open_image(data: bytes, name: str) -> Iterator[Image.Image]:
    """The image of ``data`` (header read, pixels not yet decoded), or :class:`ImageProblem`.

    ``name`` is what people know the file as (its file name), used in the messages. Decoding
    errors that happen later inside the ``with`` block are turned into the same message.
    """
    with _opened(data, name) as image, decoding(name):
        yield image


@contextmanager
def decoding(name: str) -> Iterator[None]:
    """Pillow's errors while decoding or converting ``name``'s pixels (a truncated file, a
    damaged scan) as the German message that it cannot be read."""
    try:
        yield
    except ImageProblem:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise unreadable(name) from None


def decoded_image(data: bytes, name: str, draft: tuple[int, int] | None = None) -> Image.Image:
    """The pixels of ``data``, decoded and handed over: the caller owns the image, so no copy
    of the pixels is needed to keep them (a copy of a 24-megapixel photo costs as much as a
    fifth of decoding it). ``draft`` lets a JPEG decode at a reduced scale (1/2, 1/4, 1/8)
    that still covers that size. Same checks and messages as :func:`open_image`."""
    image = _opened(data, name)
    try:
        with decoding(name):
            if draft is not None:
                image.draft("RGB", draft)
            image.load()
    except ImageProblem:
        image.close()
        raise
    return image


def image_size(data: bytes, name: str) -> tuple[int, int]:
    """Width and height from the header only (fast; no pixel decoded)."""
    with open_image(data, name) as image:
        return image.size


def too_large(name: str, size: tuple[int, int] | None) -> ImageProblem:
    mp = f"{megapixels(*size)} Megapixel" if size else "weit über 100 Megapixel"
    return ImageProblem(
        f"Bild ist zu groß: {mp}, höchstens {MAX_MEGAPIXELS} („{name}“).",
        hint="Bitte das Bild verkleinert (z. B. höchstens 8000 × 8000 Pixel) neu einfügen.",
    )


def unreadable(name: str) -> ImageProblem:
    return ImageProblem(
        f"Das Bild „{name}“ ist keine lesbare Bilddatei.",
        hint="Bitte als JPEG oder PNG neu einfügen.",
    )

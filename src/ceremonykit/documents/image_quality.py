"""Is a logo or signature image sharp enough for print? Checked when staff choose the image.

The size an image is printed at is fixed by the layouts: signatures are 15 mm high on
certificates and cheques, the sender logo about 40 mm wide in the document headers. Below
150 dpi at that size print looks blurred; the message says how many pixels are needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ceremonykit.documents.images.safe_open import ImageProblem, image_size

MM_PER_INCH = 25.4
MIN_DPI = 150
SIGNATURE_HEIGHT_MM = 15.0
LOGO_WIDTH_MM = 40.0


@dataclass(frozen=True)
class ImageCheck:
    ok: bool
    message: str  # German, for the dialog next to the preview
    pixels: tuple[int, int] = (0, 0)
    dpi: int = 0


def check_print_image(data: bytes, *, signature: bool, name: str = "Bild") -> ImageCheck:
    """Pixels, effective dpi at the printed size, and a German verdict (read with the safe
    image decoder: a broken or absurdly large file is refused with its message)."""
    try:
        width, height = image_size(data, name)
    except ImageProblem as exc:
        return ImageCheck(False, str(exc))
    if signature:
        pixels, millimetres, side = height, SIGNATURE_HEIGHT_MM, "Höhe"
    else:
        pixels, millimetres, side = width, LOGO_WIDTH_MM, "Breite"
    dpi = round(pixels / (millimetres / MM_PER_INCH))
    size = f"{width} × {height} Pixel"
    if dpi >= MIN_DPI:
        return ImageCheck(True, f"{size} – im Druck etwa {dpi} dpi, scharf.", (width, height), dpi)
    needed = round(millimetres / MM_PER_INCH * MIN_DPI)
    return ImageCheck(
        False,
        f"{size} – im Druck nur etwa {dpi} dpi, das wird unscharf. Bitte ein Bild mit "
        f"mindestens {needed} Pixeln {side} wählen (am besten doppelt so viel).",
        (width, height),
        dpi,
    )

"""Cheque sizes and print options as staff type them."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from ceremonykit.documents.cheques.layout import without_transparent_margin
from ceremonykit.documents.cheques.sizes import format_from_options, parse_size
from ceremonykit.errors import UserError


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("900x450", (900.0, 450.0)),
        ("1200X600", (1200.0, 600.0)),
        ("600 × 300 mm", (600.0, 300.0)),
        ("1000,5x500", (1000.5, 500.0)),
        ("297*210", (297.0, 210.0)),
    ],
)
def test_sizes(text: str, size: tuple[float, float]) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["gross", "900", "900x", "10x10", "9000x450", "-900x450"])
def test_bad_sizes_are_explained(text: str) -> None:
    with pytest.raises(UserError) as info:
        parse_size(text)
    assert "Scheckgröße" in str(info.value)


def test_defaults_and_options() -> None:
    fmt = format_from_options({})
    assert (fmt.width_mm, fmt.height_mm, fmt.bleed_mm, fmt.crop_marks, fmt.png_dpi) == (
        900.0,
        450.0,
        3.0,
        False,
        150,
    )
    assert fmt.media_mm == (906.0, 456.0)
    big = format_from_options(
        {"size": "1200x600", "bleed": "10", "crop_marks": "1", "png_dpi": "300"}
    )
    assert big.media_mm == (1244.0, 644.0)  # 10 mm bleed + 12 mm slug for the marks per side
    assert big.png_pixels() == (14173, 7087)


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"bleed": "viel"}, "„bleed“"),
        ({"bleed": "80"}, "zwischen 0 und 50"),
        ({"crop_marks": "vielleicht"}, "„1“ (ja) oder „0“"),
        ({"png_dpi": "72"}, "150 oder 300"),
    ],
)
def test_bad_options_are_explained(options: dict[str, str], words: str) -> None:
    with pytest.raises(UserError) as info:
        format_from_options(options)
    assert words in str(info.value)


def test_transparent_margin_of_a_logo_is_removed() -> None:
    image = Image.new("RGBA", (400, 200), (0, 0, 0, 0))
    image.paste((200, 20, 40, 255), (50, 30, 350, 170))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    data, crop, size = without_transparent_margin(buffer.getvalue())
    assert (crop, size) == ((50, 30, 350, 170), (300, 140))
    assert data == buffer.getvalue()  # the PDF writer cuts it (see test_shared_xobjects)
    opaque = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(opaque, "JPEG")
    assert without_transparent_margin(opaque.getvalue()) == (opaque.getvalue(), None, (40, 20))

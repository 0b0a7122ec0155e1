"""GUI photo thumbnails are upright (EXIF orientation applied) and never decode a bomb."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image
from PySide6.QtCore import QSize, Qt

from ceremonykit.domain.model import Asset, Ceremony, Photo
from ceremonykit.gui.models.photos import PhotoListModel, thumbnail


def _portrait_stored_sideways() -> bytes:
    """A camera file: stored 400 × 200 (landscape) with Orientation 8 → shown 200 × 400,
    red at the top once turned."""
    stored = Image.new("RGB", (400, 200), (240, 240, 240))
    stored.paste((220, 20, 30), (200, 0, 400, 200))  # right half red = top when upright
    exif = Image.Exif()
    exif[0x0112] = 8
    buffer = io.BytesIO()
    stored.save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def test_thumbnail_is_upright(qapp: Any) -> None:
    pixmap = thumbnail(_portrait_stored_sideways(), QSize(160, 120))
    assert (pixmap.width(), pixmap.height()) == (60, 120)
    image = pixmap.toImage()
    top, bottom = image.pixelColor(30, 10), image.pixelColor(30, 110)
    assert top.red() > 180 and top.green() < 80  # red on top
    assert bottom.green() > 200


def test_unusable_pictures_give_an_empty_icon(qapp: Any) -> None:
    big = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(big, "PNG")
    assert thumbnail(big.getvalue()).isNull()
    assert thumbnail(b"kein Bild").isNull()
    ceremony = Ceremony(
        assets={"a": Asset("a", "riesig.png", "image/png", big.getvalue())},
        photos=[Photo(asset_id="a")],
    )
    model = PhotoListModel(ceremony)
    icon = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert icon.isNull()

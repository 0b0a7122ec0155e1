"""Cheque size and print settings taken from the build options (all in millimetres).

Options of the ``cheque`` kind: ``size`` (a preset such as "900x450" or any "BxH"), ``bleed``
(mm, default 3), ``crop_marks`` ("1"/"0"), ``png_dpi`` (150 or 300), ``number`` ("1"/"0").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ceremonykit.documents.cheques import messages as msg
from ceremonykit.errors import UserError

MM_PER_INCH = 25.4
PRESETS: dict[str, tuple[float, float]] = {
    "600x300": (600.0, 300.0),
    "900x450": (900.0, 450.0),
    "1200x600": (1200.0, 600.0),
}
DEFAULT_SIZE = "900x450"
PNG_DPIS = (150, 300)
MIN_SIDE_MM, MAX_SIDE_MM = 20.0, 5000.0  # the PDF page limit (200 in) is 5080 mm
CROP_MARK_LENGTH_MM = 10.0
CROP_MARK_GAP_MM = 2.0  # distance of the marks from the bleed edge
_SIZE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×X*]\s*(\d+(?:[.,]\d+)?)\s*(?:mm)?\s*$")


@dataclass(frozen=True)
class ChequeFormat:
    """Trim size, bleed and marks of the print PDF; resolution of the PNG."""

    width_mm: float
    height_mm: float
    bleed_mm: float = 3.0
    crop_marks: bool = False
    png_dpi: int = 150

    @property
    def slug_mm(self) -> float:
        """Room outside the bleed for crop marks (0 without marks)."""
        return CROP_MARK_GAP_MM + CROP_MARK_LENGTH_MM if self.crop_marks else 0.0

    @property
    def offset_mm(self) -> float:
        """Distance of the trim edge from the edge of the PDF page."""
        return self.bleed_mm + self.slug_mm

    @property
    def media_mm(self) -> tuple[float, float]:
        return (self.width_mm + 2 * self.offset_mm, self.height_mm + 2 * self.offset_mm)

    @property
    def label(self) -> str:
        return f"{_num(self.width_mm)}x{_num(self.height_mm)}"

    def png_pixels(self, dpi: int | None = None) -> tuple[int, int]:
        d = dpi or self.png_dpi
        return (
            round(self.width_mm / MM_PER_INCH * d),
            round(self.height_mm / MM_PER_INCH * d),
        )


def parse_size(value: str) -> tuple[float, float]:
    """ "900x450", "900 × 450 mm", "1200,5x600" -> (width, height) in mm."""
    key = value.strip().lower().replace(" ", "").removesuffix("mm")
    if key in PRESETS:
        return PRESETS[key]
    match = _SIZE.match(value)
    if not match:
        raise UserError(msg.SIZE_INVALID.format(value=value, presets=", ".join(PRESETS)))
    width, height = (float(g.replace(",", ".")) for g in match.groups())
    if not all(MIN_SIDE_MM <= side <= MAX_SIDE_MM for side in (width, height)):
        raise UserError(
            msg.SIZE_RANGE.format(
                width=_num(width),
                height=_num(height),
                low=_num(MIN_SIDE_MM),
                high=_num(MAX_SIDE_MM),
            )
        )
    return width, height


def format_from_options(option: dict[str, str]) -> ChequeFormat:
    """Read the cheque options (missing ones take their defaults); bad values -> UserError."""
    width, height = parse_size(option.get("size") or DEFAULT_SIZE)
    bleed = _number("bleed", option.get("bleed") or "3", 0.0, 50.0)
    dpi_text = (option.get("png_dpi") or "150").strip()
    if dpi_text not in {str(d) for d in PNG_DPIS}:
        raise UserError(msg.DPI_INVALID.format(value=dpi_text))
    return ChequeFormat(
        width_mm=width,
        height_mm=height,
        bleed_mm=bleed,
        crop_marks=flag(option, "crop_marks", default=False),
        png_dpi=int(dpi_text),
    )


def flag(option: dict[str, str], name: str, *, default: bool) -> bool:
    """A "1"/"0" option (also ja/nein, true/false)."""
    value = option.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "ja", "true", "yes", "an"}:
        return True
    if value in {"0", "nein", "false", "no", "aus"}:
        return False
    raise UserError(msg.FLAG_INVALID.format(name=name, value=option[name]))


def _number(name: str, text: str, low: float, high: float) -> float:
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = -1.0
    if not low <= value <= high:
        raise UserError(
            msg.NUMBER_INVALID.format(name=name, value=text, low=_num(low), high=_num(high))
        )
    return value


def _num(value: float) -> str:
    return f"{value:g}".replace(".", ",")

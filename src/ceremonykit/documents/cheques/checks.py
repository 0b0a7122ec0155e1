"""Print checks on a laid-out cheque: safety margin and logo resolution (German findings)."""

from __future__ import annotations

from ceremonykit.documents.cheques import messages as msg
from ceremonykit.documents.cheques.design import Design
from ceremonykit.documents.cheques.layout import LOGO
from ceremonykit.documents.cheques.shapes import Layout, Picture
from ceremonykit.documents.cheques.sizes import MM_PER_INCH

MIN_LOGO_DPI = 150


def safety_margin_mm(design: Design, height_mm: float) -> float:
    """Distance from the trim that important content keeps: relative, with a floor in mm."""
    return max(design.safety_margin * height_mm, design.safety_margin_mm)


def margin_findings(layout: Layout, margin: float) -> list[str]:
    """Texts and pictures that come closer to the trim than ``margin`` mm."""
    findings = []
    tolerance = 0.05  # mm; rounding in the layout must not raise a warning
    for shape in layout.important():
        x, y, w, h = shape.bounds
        distance = min(x, y, layout.width - (x + w), layout.height - (y + h))
        if distance < margin - tolerance:
            what = (
                shape.what if isinstance(shape, Picture) else f"{shape.what} („{shape.text[:30]}“)"
            )
            findings.append(
                msg.SAFETY_MARGIN.format(
                    what=what,
                    distance=_mm(max(distance, 0.0)),
                    margin=_mm(margin),
                )
            )
    return findings


def logo_resolution(picture: Picture) -> float:
    """Effective dpi of a picture at its printed size (the lower of both directions)."""
    _, _, w, h = picture.rect
    return min(picture.pixels[0] / (w / MM_PER_INCH), picture.pixels[1] / (h / MM_PER_INCH))


def logo_findings(layout: Layout) -> list[str]:
    """A warning for a logo printed at less than :data:`MIN_LOGO_DPI`."""
    findings = []
    for shape in layout.shapes:
        if isinstance(shape, Picture) and shape.what == LOGO:
            dpi = logo_resolution(shape)
            if dpi < MIN_LOGO_DPI:
                width_mm = shape.rect[2]
                findings.append(
                    msg.LOGO_LOW_RES.format(
                        dpi=round(dpi),
                        pixels=shape.pixels[0],
                        mm=round(width_mm),
                        minimum=MIN_LOGO_DPI,
                        needed=round(width_mm / MM_PER_INCH * MIN_LOGO_DPI),
                    )
                )
    return findings


def _mm(value: float) -> str:
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}".replace(".", ",")

"""Where a crop may cut: the faces marked in the photo, else the centre.

Photo tools (Lightroom, digiKam, Picasa, Windows Photos) store marked faces as Metadata
Working Group regions in the XMP (``mwg-rs:RegionList`` with normalised ``stArea`` centre,
width and height, relative to the photo as displayed). The social media cards cut 4:5 and 1:1
from landscape photos; the crop is centred on the faces so nobody loses their head.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET

MWG_RS = "{http://www.metadataworkinggroup.com/schemas/regions/}"
ST_AREA = "{http://ns.adobe.com/xmp/sType/Area#}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"


@dataclass(frozen=True)
class Box:
    """Normalised 0..1 rectangle (left, top, right, bottom) of the upright photo."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.left + self.right) / 2, (self.top + self.bottom) / 2


def _value(node: Element, name: str) -> str | None:
    """An XMP struct field, written as attribute or as child element."""
    found = node.get(ST_AREA + name)
    if found is None:
        child = node.find(ST_AREA + name)
        found = child.text if child is not None else None
    return found


def _region_type(region: Element) -> str:
    value = region.get(MWG_RS + "Type")
    if value is None:
        child = region.find(MWG_RS + "Type")
        value = child.text if child is not None else ""
    return (value or "").strip()


def face_box(xmp: bytes) -> Box | None:
    """The box around all faces marked in ``xmp`` (None when none are marked)."""
    if b"metadataworkinggroup" not in xmp:
        return None
    try:
        root = SafeET.fromstring(xmp.strip(b"\x00"))
    except Exception:  # damaged XMP from some camera: no faces, centre crop
        return None
    boxes: list[Box] = []
    for area in root.iter(MWG_RS + "Area"):
        region = _parent_region(root, area)
        if region is not None and _region_type(region) not in ("", "Face"):
            continue
        try:
            x, y = float(_value(area, "x") or ""), float(_value(area, "y") or "")
            w, h = float(_value(area, "w") or 0), float(_value(area, "h") or 0)
        except ValueError:
            continue
        if (_value(area, "unit") or "normalized") != "normalized":
            continue
        boxes.append(Box(x - w / 2, y - h / 2, x + w / 2, y + h / 2))
    if not boxes:
        return None
    return Box(
        max(0.0, min(b.left for b in boxes)),
        max(0.0, min(b.top for b in boxes)),
        min(1.0, max(b.right for b in boxes)),
        min(1.0, max(b.bottom for b in boxes)),
    )


def _parent_region(root: Element, area: Element) -> Element | None:
    for node in root.iter():
        if area in list(node):
            return node
    return None


def focal_crop(
    size: tuple[int, int], aspect: float, faces: Box | None
) -> tuple[float, float, float, float]:
    """The largest ``aspect`` (width/height) window of an image of ``size``, centred on the
    faces as far as the image edges allow, else on the centre."""
    width, height = size
    if width / height > aspect:
        crop_w, crop_h = height * aspect, float(height)
    else:
        crop_w, crop_h = float(width), width / aspect
    cx, cy = faces.centre if faces else (0.5, 0.5)
    left = min(max(cx * width - crop_w / 2, 0.0), width - crop_w)
    top = min(max(cy * height - crop_h / 2, 0.0), height - crop_h)
    return left, top, left + crop_w, top + crop_h

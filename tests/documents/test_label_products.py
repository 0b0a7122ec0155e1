"""A badge layout names a real label product only if its geometry is that product's.

The reference is an excerpt of gLabels' template database (tests/data/glabels, provenance in
its README): label size, grid, offset of the first label and pitch must agree to 0.5 mm.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from ceremonykit.documents.guestdocs.labels import ADDRESS_LAYOUTS, BUNDLED_LAYOUTS, load_layout
from ceremonykit.resources import templates_dir

GLABELS = Path(__file__).resolve().parent.parent / "data" / "glabels"
PRODUCT = re.compile(r"\b(Avery|Zweckform|Herma|Sigel)\b|\b[LJ]\d{4}\b", re.IGNORECASE)
TOLERANCE_MM = 0.5


@dataclass(frozen=True)
class Product:
    width: float
    height: float
    columns: int
    rows: int
    x0: float
    y0: float
    dx: float
    dy: float


def _mm(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)\s*(mm|pt|in)?", value)
    assert match is not None, value
    number, unit = match.groups()
    return float(number) * {"mm": 1.0, "pt": 25.4 / 72, "in": 25.4, None: 25.4 / 72}[unit]


def glabels_products() -> dict[str, Product]:
    """ "Avery L4785" -> geometry, equivalent parts included."""
    products: dict[str, Product] = {}
    for path in GLABELS.glob("*.xml"):
        root = ET.parse(path).getroot()
        for template in root.iter("Template"):
            name = f"{template.get('brand')} {template.get('part')}"
            label = template.find("Label-rectangle")
            if label is None:
                continue
            layout = label.find("Layout")
            assert layout is not None
            products[name] = Product(
                _mm(label.get("width", "0")),
                _mm(label.get("height", "0")),
                int(layout.get("nx", "1")),
                int(layout.get("ny", "1")),
                _mm(layout.get("x0", "0")),
                _mm(layout.get("y0", "0")),
                _mm(layout.get("dx", "0")),
                _mm(layout.get("dy", "0")),
            )
        for template in root.iter("Template"):
            equiv = template.get("equiv")
            if equiv:
                brand = template.get("brand")
                products[f"{brand} {template.get('part')}"] = products[f"{brand} {equiv}"]
    return products


def test_reference_excerpt_is_read() -> None:
    products = glabels_products()
    assert products["Avery L4785"] == Product(80, 50, 2, 5, 18, 13, 95, 55)
    assert products["Avery L4787"] == products["Avery L4785"]
    assert products["Avery L7163"].columns == 2 and products["Avery L7163"].rows == 7


@pytest.mark.parametrize(
    ("folder", "name"),
    [("badges", n) for n in BUNDLED_LAYOUTS] + [("labels", n) for n in ADDRESS_LAYOUTS],
)
def test_layout_names_a_product_only_if_it_fits(folder: str, name: str) -> None:
    data = json.loads((templates_dir() / folder / f"{name}.json").read_text(encoding="utf-8"))
    named = str(data.get("product", ""))
    mentions = PRODUCT.findall(str(data.get("label", "")))
    if not named:
        assert not mentions, f"{name}: nennt ein Produkt im Text, aber kein „product“"
        return
    product = glabels_products().get(named)
    assert product is not None, f"{name}: {named} fehlt in den gLabels-Vorlagen"
    sheet = load_layout(name, folder=folder)
    actual = Product(
        sheet.label_width,
        sheet.label_height,
        sheet.columns,
        sheet.rows,
        sheet.margin_left,
        sheet.margin_top,
        sheet.label_width + sheet.gap_x,
        sheet.label_height + sheet.gap_y,
    )
    for field in Product.__dataclass_fields__:
        want, got = getattr(product, field), getattr(actual, field)
        assert abs(want - got) <= TOLERANCE_MM, f"{name}: {field} {got} statt {want} ({named})"


def test_kind_descriptions_name_no_product() -> None:
    from ceremonykit.documents.registry import NAME_BADGES, PLACE_CARDS

    for kind in (NAME_BADGES, PLACE_CARDS):
        texts = [kind.label, kind.description]
        for option in kind.options:
            texts += [option.label, option.help]  # layout choices: tested above, per layout
        assert not [t for t in texts if PRODUCT.search(t)], kind.name

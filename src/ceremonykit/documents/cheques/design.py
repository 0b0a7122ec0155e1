"""Cheque designs: declarative JSON files under ``templates/cheques`` (or the user's folder).

Positions are fractions of the cheque (x and widths of its width, y and heights of its height,
y from the top), font sizes and line widths fractions of its height – so one design serves
every size. A design can only place the elements defined here; it cannot run code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ceremonykit.documents.cheques import messages as msg
from ceremonykit.errors import UserError
from ceremonykit.resources import template_path

BUNDLED_DESIGNS: tuple[str, ...] = ("classic", "bold")
"""Designs shipped with CeremonyKit; the first is the default."""

ELEMENT_TYPES = (
    "rect",
    "pattern",
    "rosette",
    "frame",
    "image",
    "text",
    "field",
    "amount",
    "signature",
)
FONTS = (
    "Sans",
    "Sans-Bold",
    "Sans-Italic",
    "Sans-BoldItalic",
    "Serif",
    "Serif-Bold",
    "Serif-Italic",
    "Serif-BoldItalic",
)
PLACEHOLDERS = (
    "payee",
    "amount",
    "amount_words",
    "purpose",
    "award",
    "prize",
    "place",
    "date",
    "place_date",
    "number",
    "organiser",
)
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
_FIELD_RE = re.compile(r"\{([a-z_]*)\}")

Box = tuple[float, float, float, float]
DEFAULT_COLORS = {"ink": "#111827", "muted": "#5E6675", "rule": "#8A93A0", "white": "#FFFFFF"}
"""Colours every design may use by name; a design's own ``colors`` override them."""


@dataclass(frozen=True)
class Element:
    """One thing drawn on the cheque; which attributes matter depends on ``type``."""

    type: str
    box: Box = (0.0, 0.0, 1.0, 1.0)  # x, y, width, height as fractions; y from the top
    text: str = ""  # text with {placeholders}: the value of text/field/amount
    label: str = ""  # small caption of a field or amount box
    font: str = "Sans"
    label_font: str = "Sans"
    size: float = 0.05  # font size as a fraction of the cheque height
    label_size: float = 0.028
    color: str = "ink"
    label_color: str = "muted"
    fill: str = ""
    stroke: str = ""
    stroke_width: float = 0.0  # fraction of the height
    radius: float = 0.0  # corner radius, fraction of the height
    align: str = "left"  # left, center, right
    uppercase: bool = False
    tracking: float = 0.0  # extra letter spacing as a fraction of the font size
    max_lines: int = 1
    label_below: bool = False  # field: caption under the line (place/date, signature)
    source: str = "logo"  # image: "logo"
    lines: int = 12  # pattern/rosette: number of interlaced curves
    bands: int = 1  # pattern: number of wave bands stacked in the box
    waves: float = 6.0  # pattern: wave periods across the box; rosette: lobes
    amplitude: float = 0.35  # pattern: half height of a band's swing, fraction of the band
    option: str = ""  # shown only if this cheque option is not "0" (e.g. "number")


@dataclass(frozen=True)
class Design:
    name: str
    label: str
    description: str = ""
    paper: str = "#FFFFFF"
    amount_cents: bool = False  # "5.000,00 €" instead of "5.000 €"
    safety_margin: float = 0.03  # fraction of the height …
    safety_margin_mm: float = 10.0  # … but at least this many millimetres
    colors: dict[str, str] = field(default_factory=dict)
    elements: tuple[Element, ...] = ()
    source: str = ""  # file the design was read from (for messages)

    def color(self, value: str) -> str:
        """A named colour of the design, or a literal "#RRGGBB"."""
        return self.colors.get(value, value)


def design_file(name: str, user_dir: Path | None) -> Path:
    """The file of design ``name``: the staff's own copy first, then the bundled one."""
    name = name or BUNDLED_DESIGNS[0]
    if not _NAME.match(name):
        raise UserError(msg.DESIGN_UNKNOWN.format(name=name, known=", ".join(BUNDLED_DESIGNS)))
    if user_dir is not None:
        own = user_dir / "cheques" / f"{name}.json"
        if own.is_file():
            return own
    bundled = template_path(f"cheques/{name}.json")
    if bundled.is_file():
        return bundled
    raise UserError(
        msg.DESIGN_UNKNOWN.format(name=name, known=", ".join(BUNDLED_DESIGNS)),
        hint=msg.DESIGN_HINT,
    )


def load_design(name: str, user_dir: Path | None = None) -> Design:
    """Read and check a design; every problem becomes a German :class:`UserError`."""
    path = design_file(name, user_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise UserError(
            msg.DESIGN_UNREADABLE.format(path=path, line=exc.lineno, error=exc.msg),
            hint=msg.DESIGN_HINT,
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            msg.DESIGN_UNREADABLE.format(path=path, line=1, error=exc), hint=msg.DESIGN_HINT
        ) from None
    try:
        return parse_design(raw, name or BUNDLED_DESIGNS[0], str(path))
    except _Invalid as exc:
        raise UserError(
            msg.DESIGN_INVALID.format(path=path, problem=exc), hint=msg.DESIGN_HINT
        ) from None


class _Invalid(ValueError):
    """A problem in a design file, described in German."""


def parse_design(raw: Any, name: str, source: str = "") -> Design:
    """Build a :class:`Design` from parsed JSON, checking names, types and ranges."""
    if not isinstance(raw, dict):
        raise _Invalid("Die Datei muss ein JSON-Objekt enthalten.")
    known = {f.name for f in fields(Design)} - {"name", "source", "elements"}
    _no_unknown(raw, known | {"elements"}, "Design")
    colors = raw.get("colors", {})
    if not isinstance(colors, dict) or not all(
        isinstance(v, str) and _HEX.match(v) for v in colors.values()
    ):
        raise _Invalid("„colors“ muss Namen auf Farben der Form „#RRGGBB“ abbilden.")
    colors = {**DEFAULT_COLORS, **colors}
    values: dict[str, Any] = {k: raw[k] for k in known if k in raw}
    for key in ("label", "description", "paper"):
        if key in values and not isinstance(values[key], str):
            raise _Invalid(f"„{key}“ muss ein Text sein.")
    for key in ("safety_margin", "safety_margin_mm"):
        if key in values and not _is_number(values[key]):
            raise _Invalid(f"„{key}“ muss eine Zahl sein.")
    if "amount_cents" in values and not isinstance(values["amount_cents"], bool):
        raise _Invalid("„amount_cents“ muss true oder false sein.")
    items = raw.get("elements")
    if not isinstance(items, list) or not items:
        raise _Invalid("„elements“ muss eine nicht leere Liste sein.")
    elements = tuple(_element(item, index + 1, colors) for index, item in enumerate(items))
    design = Design(
        name=name,
        label=str(values.pop("label", name)),
        colors=dict(colors),
        elements=elements,
        source=source,
        **{k: v for k, v in values.items() if k != "colors"},
    )
    _check_color(design.paper, colors, "paper")
    return design


def _element(item: Any, number: int, colors: dict[str, str]) -> Element:
    where = f"Element {number}"
    if not isinstance(item, dict):
        raise _Invalid(f"{where} muss ein JSON-Objekt sein.")
    kind = item.get("type")
    if kind not in ELEMENT_TYPES:
        raise _Invalid(f"{where}: „type“ muss einer von {', '.join(ELEMENT_TYPES)} sein.")
    defaults = {f.name: f.default for f in fields(Element)}
    _no_unknown(item, set(defaults), where)
    values: dict[str, Any] = {}
    for key, value in item.items():
        default = defaults[key]
        if key == "box":
            values[key] = _box(value, where)
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise _Invalid(f"{where}: „{key}“ muss true oder false sein.")
            values[key] = value
        elif isinstance(default, int | float) and not isinstance(default, bool):
            if not _is_number(value) or value < 0:
                raise _Invalid(f"{where}: „{key}“ muss eine Zahl ≥ 0 sein.")
            values[key] = int(value) if isinstance(default, int) else float(value)
        else:
            if not isinstance(value, str):
                raise _Invalid(f"{where}: „{key}“ muss ein Text sein.")
            values[key] = value
    element = Element(**values)
    for key in ("font", "label_font"):
        if getattr(element, key) not in FONTS:
            raise _Invalid(
                f"{where}: Schrift „{getattr(element, key)}“ unbekannt ({', '.join(FONTS)})."
            )
    for key in ("color", "label_color", "fill", "stroke"):
        value = getattr(element, key)
        if value:
            _check_color(value, colors, f"{where}: „{key}“")
    if element.align not in ("left", "center", "right"):
        raise _Invalid(f"{where}: „align“ muss left, center oder right sein.")
    for text in (element.text, element.label):
        for placeholder in _FIELD_RE.findall(text):
            if placeholder not in PLACEHOLDERS:
                raise _Invalid(
                    f"{where}: Platzhalter „{{{placeholder}}}“ unbekannt; möglich sind "
                    + ", ".join("{" + p + "}" for p in PLACEHOLDERS)
                    + "."
                )
    if element.type == "image" and element.source != "logo":
        raise _Invalid(f"{where}: Bilder können nur „logo“ als Quelle haben.")
    return element


def _box(value: Any, where: str) -> Box:
    if (
        not isinstance(value, list)
        or len(value) != 4
        or not all(_is_number(v) for v in value)
        or value[2] <= 0
        or value[3] <= 0
    ):
        raise _Invalid(f"{where}: „box“ muss [x, y, Breite, Höhe] mit positiver Größe sein.")
    x, y, w, h = (float(v) for v in value)
    if x < -0.001 or y < -0.001 or x + w > 1.001 or y + h > 1.001:
        raise _Invalid(f"{where}: „box“ ragt über den Scheck hinaus (Werte 0 bis 1).")
    return (x, y, w, h)


def _check_color(value: str, colors: dict[str, str], where: str) -> None:
    if value not in colors and not _HEX.match(value):
        raise _Invalid(f"{where}: Farbe „{value}“ ist weder in „colors“ benannt noch „#RRGGBB“.")


def _no_unknown(raw: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise _Invalid(f"{where}: unbekannte Angabe „{unknown[0]}“.")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)

"""Certificate designs as data: JSON files in ``templates/certificates`` (or the staff's copy).

A design sets page format, fonts, colours, the decoration (ornamental frame or colour band),
type sizes with their minimum for auto-fit, whether the amount is shown, and the wording.
Unknown or wrong values give a German message naming the file and the field; a design never
runs code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm

from ceremonykit.documents.pdf.fonts import FAMILIES
from ceremonykit.errors import UserError
from ceremonykit.resources import template_path, templates_dir

BUNDLED = ("classic", "modern")
DEFAULT_TEXTS: dict[str, str] = {
    "title": "Urkunde",
    "awarded_to": "verliehen an",
    "project_intro": "für das Projekt",
    "amount": "dotiert mit {betrag}",
    "citation_org": "Mit dieser Auszeichnung würdigt {verleiher} ein herausragendes Engagement, das den Zusammenhalt in unserer Stadt stärkt.",
    "citation_frau": "Mit dieser Auszeichnung würdigt {verleiher} die Preisträgerin für ihr herausragendes Engagement, das den Zusammenhalt in unserer Stadt stärkt.",
    "citation_herr": "Mit dieser Auszeichnung würdigt {verleiher} den Preisträger für sein herausragendes Engagement, das den Zusammenhalt in unserer Stadt stärkt.",
    "citation_neutral": "Mit dieser Auszeichnung würdigt {verleiher} ein herausragendes persönliches Engagement, das den Zusammenhalt in unserer Stadt stärkt.",
    "participation_prize": "Dank für die Teilnahme",
    "participation_to": "überreicht an",
    "citation_participation": "{verleiher} dankt herzlich für die Bewerbung um den {preis} und für das Engagement, das hinter diesem Projekt steht.",
}


@dataclass(frozen=True)
class Sizes:
    title: float = 40
    award: float = 15
    prize: float = 24
    amount: float = 12
    small: float = 11
    name_max: float = 30
    name_min: float = 16
    project_max: float = 17
    project_min: float = 11
    body: float = 11.5
    signature: float = 10


@dataclass(frozen=True)
class Design:
    """One certificate design; lengths in points, colours as ``#rrggbb``."""

    name: str
    label: str
    orientation: str = "portrait"
    font: str = "Serif"
    align: str = "center"  # "center" or "left"
    frame_inset: float = 12 * mm  # page edge to decoration
    content_inset: float = 14 * mm  # decoration to text
    decoration: str = "ornament"  # "ornament" (double frame with corners) or "band"
    band_width: float = 24 * mm  # width of the colour band (decoration "band")
    color_text: str = "#222222"
    color_accent: str = "#8E1B2E"
    color_muted: str = "#5A5A5A"
    color_frame: str = "#9C7F45"
    title_tracking: float = 6  # letter spacing of the title in points
    title_upper: bool = True
    logo_width: float = 60 * mm  # the logo fits into logo_width × logo_height
    logo_height: float = 15 * mm
    show_amount: bool = True
    max_signatures: int = 2
    docx_font: str = "Cambria"
    sizes: Sizes = field(default_factory=Sizes)
    texts: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_TEXTS))

    @property
    def pagesize(self) -> tuple[float, float]:
        size = landscape(A4) if self.orientation == "landscape" else portrait(A4)
        return float(size[0]), float(size[1])

    @property
    def landscape(self) -> bool:
        return self.orientation == "landscape"


_MM_FIELDS = {
    "frame_inset_mm",
    "content_inset_mm",
    "band_width_mm",
    "logo_width_mm",
    "logo_height_mm",
}
_CHOICES = {
    "orientation": ("portrait", "landscape"),
    "align": ("center", "left"),
    "decoration": ("ornament", "band"),
    "font": tuple(FAMILIES),
}


def _bad(source: str, field_name: str, what: str) -> UserError:
    return UserError(
        f"Die Urkunden-Gestaltung „{source}“ ist fehlerhaft: Feld „{field_name}“ {what}.",
        hint="Bitte die Datei korrigieren oder eine mitgelieferte Gestaltung wählen.",
    )


def design_from_dict(name: str, data: dict[str, Any], source: str) -> Design:
    """Validate and convert parsed JSON into a :class:`Design`."""
    kwargs: dict[str, Any] = {"name": name, "label": str(data.get("label") or name)}
    for key, value in data.items():
        if key in ("label", "description", "$schema"):
            continue
        if key in _MM_FIELDS:
            if not isinstance(value, int | float) or value < 0:
                raise _bad(source, key, "muss eine positive Zahl (Millimeter) sein")
            kwargs[key.removesuffix("_mm")] = float(value) * mm
        elif key == "sizes":
            if not isinstance(value, dict):
                raise _bad(source, key, "muss ein Objekt sein")
            valid = Sizes.__dataclass_fields__
            for size_key, size in value.items():
                if size_key not in valid or not isinstance(size, int | float) or size <= 0:
                    raise _bad(
                        source, f"sizes.{size_key}", "ist unbekannt oder keine positive Zahl"
                    )
            kwargs["sizes"] = Sizes(**{k: float(v) for k, v in value.items()})
        elif key == "texts":
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise _bad(source, key, "muss Texte enthalten")
            unknown = set(value) - set(DEFAULT_TEXTS)
            if unknown:
                raise _bad(source, f"texts.{sorted(unknown)[0]}", "ist unbekannt")
            kwargs["texts"] = {**DEFAULT_TEXTS, **value}
        elif key in _CHOICES:
            if value not in _CHOICES[key]:
                raise _bad(source, key, f"muss einer dieser Werte sein: {', '.join(_CHOICES[key])}")
            kwargs[key] = value
        elif key.startswith("color_"):
            if not (isinstance(value, str) and len(value) == 7 and value.startswith("#")):
                raise _bad(source, key, "muss eine Farbe wie #8E1B2E sein")
            kwargs[key] = value
        elif key in Design.__dataclass_fields__ and key not in ("name", "sizes", "texts"):
            expected = type(getattr(Design(name="", label=""), key))
            if expected is float and isinstance(value, int):
                value = float(value)
            if not isinstance(value, expected):
                raise _bad(source, key, "hat den falschen Typ")
            kwargs[key] = value
        else:
            raise _bad(source, key, "ist unbekannt")
    design = Design(**kwargs)
    if design.sizes.name_min > design.sizes.name_max:
        raise _bad(source, "sizes.name_min", "ist größer als sizes.name_max")
    if design.sizes.project_min > design.sizes.project_max:
        raise _bad(source, "sizes.project_min", "ist größer als sizes.project_max")
    return design


def _read(path: Path, name: str) -> Design:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            f"Die Urkunden-Gestaltung „{path}“ kann nicht gelesen werden ({exc})."
        ) from None
    except json.JSONDecodeError as exc:
        raise UserError(
            f"Die Urkunden-Gestaltung „{path}“ ist kein gültiges JSON (Zeile {exc.lineno}).",
            hint="Bitte die Datei in einem Texteditor prüfen.",
        ) from None
    if not isinstance(data, dict):
        raise _bad(str(path), "(Datei)", "muss ein JSON-Objekt sein")
    return design_from_dict(name, data, str(path))


def load_design(name: str = "", user_dir: Path | None = None) -> Design:
    """The design ``name`` (default: the first bundled one); the staff's folder is searched first."""
    name = name or BUNDLED[0]
    if not name.replace("-", "").replace("_", "").isalnum():
        raise UserError(f"Ungültiger Name einer Urkunden-Gestaltung: „{name}“.")
    if user_dir is not None:
        own = user_dir / "certificates" / f"{name}.json"
        if own.is_file():
            return _read(own, name)
    path = template_path(f"certificates/{name}.json")
    if not path.is_file():
        available = ", ".join(available_designs(user_dir))
        raise UserError(
            f"Die Urkunden-Gestaltung „{name}“ gibt es nicht.",
            hint=f"Verfügbar sind: {available}.",
        )
    return _read(path, name)


def available_designs(user_dir: Path | None = None) -> list[str]:
    """Names of bundled designs plus the staff's own JSON designs."""
    names = [p.stem for p in sorted((templates_dir() / "certificates").glob("*.json"))]
    if user_dir is not None and (user_dir / "certificates").is_dir():
        names += [p.stem for p in sorted((user_dir / "certificates").glob("*.json"))]
    return list(dict.fromkeys(names))

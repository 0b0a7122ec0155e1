"""The look of the social media cards: ``templates/social/karten.json`` (or the staff's copy in
their own template folder) – corporate colours, fonts, sizes and the two card formats.

Data, not code: only the fields below are read; a wrong value is reported in German with the
field's name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ceremonykit.errors import UserError
from ceremonykit.resources import resource_path, template_path

DESIGN_FILE = "social/karten.json"
TEXT_ROLES = ("kicker", "title", "name", "project", "credit")
COLOUR_ROLES = (*TEXT_ROLES, "band", "credit_shade", "rule")
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
_FONT = re.compile(r"^[A-Za-z0-9_-]+\.ttf$")


@dataclass(frozen=True)
class CardFormat:
    name: str  # "4x5"
    size: tuple[int, int]
    photo_height: int  # the photo's share at full text size; shrinks when text needs room


@dataclass(frozen=True)
class CardDesign:
    colours: dict[str, str]
    fonts: dict[str, Path]
    font_sizes: dict[str, int]
    smallest_scale: float
    margin: int
    shade_opacity: float
    formats: tuple[CardFormat, ...]


def _problem(source: Path, what: str) -> UserError:
    return UserError(
        f"Die Kartenvorlage „{source.name}“ ist fehlerhaft: {what}.",
        hint="Bitte die Vorlage korrigieren oder die eigene Kopie löschen.",
    )


def _section(data: dict[str, Any], key: str, source: Path) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise _problem(source, f"„{key}“ fehlt")
    return value


def design_source(user_dir: Path | None) -> Path:
    """The staff's own copy when there is one, else the bundled design."""
    if user_dir is not None:
        own = user_dir / DESIGN_FILE
        if own.is_file():
            return own
    return template_path(DESIGN_FILE)


def load_design(user_dir: Path | None = None) -> CardDesign:
    source = design_source(user_dir)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise _problem(source, "kein lesbares JSON") from None
    if not isinstance(data, dict):
        raise _problem(source, "kein JSON-Objekt")
    colours = _section(data, "colors", source)
    fonts = _section(data, "fonts", source)
    sizes = _section(data, "font_sizes", source)
    for role in COLOUR_ROLES:
        if not _HEX.match(str(colours.get(role, ""))):
            raise _problem(source, f"Farbe „{role}“ muss wie #C41230 angegeben sein")
    font_paths: dict[str, Path] = {}
    for role in TEXT_ROLES:
        name = str(fonts.get(role, ""))
        path = resource_path(f"fonts/{name}") if _FONT.match(name) else None
        if path is None or not path.is_file():
            raise _problem(source, f"Schrift „{role}“ ({name or 'leer'}) gibt es nicht")
        font_paths[role] = path
        if not isinstance(sizes.get(role), int) or not 8 <= sizes[role] <= 200:
            raise _problem(source, f"Schriftgröße „{role}“ muss eine Zahl von 8 bis 200 sein")
    formats = []
    for name, spec in _section(data, "formats", source).items():
        try:
            width, height = (int(v) for v in spec["size"])
            photo_height = int(spec["photo_height"])
        except (KeyError, TypeError, ValueError):
            raise _problem(source, f"Format „{name}“ braucht size und photo_height") from None
        if not (200 <= width <= 4000 and 200 <= height <= 4000 and 0 < photo_height < height):
            raise _problem(source, f"Format „{name}“ hat unmögliche Maße")
        formats.append(CardFormat(str(name), (width, height), photo_height))
    if not formats:
        raise _problem(source, "kein Format angegeben")
    return CardDesign(
        colours={role: str(colours[role]) for role in COLOUR_ROLES},
        fonts=font_paths,
        font_sizes={role: int(sizes[role]) for role in TEXT_ROLES},
        smallest_scale=min(max(float(data.get("smallest_scale", 0.45)), 0.1), 1.0),
        margin=int(data.get("margin", 64)),
        shade_opacity=min(max(float(data.get("credit_shade_opacity", 0.55)), 0.0), 1.0),
        formats=tuple(formats),
    )

"""Label sheet layouts for name badges, read from ``templates/badges/*.json`` (data, not code).

A layout names the paper (A4), the grid (columns × rows), the label size and the margins in
millimetres, and whether cut marks are drawn for plain paper. Staff can add a layout for
their own label stock by copying a JSON file into their template folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ceremonykit.errors import UserError
from ceremonykit.resources import template_path

DEFAULT_LAYOUT = "a4_2x4_90x54"
BUNDLED_LAYOUTS = ("a4_2x4_90x54", "a4_2x5_75x50", "avery_l4785")
ADDRESS_LAYOUTS = ("avery_l7163",)  # templates/labels/
PAGE_SIZES_MM = {"A4": (210.0, 297.0)}


@dataclass(frozen=True)
class LabelSheet:
    name: str
    label: str  # German description shown in the GUI
    page_width: float  # all sizes in mm
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    margin_left: float
    margin_top: float
    gap_x: float = 0.0
    gap_y: float = 0.0
    cut_marks: bool = True
    padding: float = 4.0

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """Lower-left corner (mm from the page's lower left) of label ``index`` on a sheet."""
        col = index % self.columns
        row = index // self.columns
        x = self.margin_left + col * (self.label_width + self.gap_x)
        top = self.margin_top + row * (self.label_height + self.gap_y)
        return x, self.page_height - top - self.label_height


def _bad(path: Path, detail: str) -> UserError:
    return UserError(
        f"Die Etikettenvorlage „{path.name}“ ist fehlerhaft: {detail}.",
        hint="Bitte die Vorlage korrigieren oder eine mitgelieferte Vorlage wählen.",
    )


def load_layout(
    name: str = DEFAULT_LAYOUT, user_dir: Path | None = None, *, folder: str = "badges"
) -> LabelSheet:
    """Load a layout by name: the user's template folder first, then the bundled ones.
    ``folder``: "badges" (name badges) or "labels" (address labels)."""
    candidates = []
    if user_dir is not None:
        candidates.append(user_dir / folder / f"{name}.json")
    candidates.append(template_path(f"{folder}/{name}.json"))
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        known = ", ".join(BUNDLED_LAYOUTS if folder == "badges" else ADDRESS_LAYOUTS)
        raise UserError(
            f"Die Etikettenvorlage „{name}“ gibt es nicht.", hint=f"Mitgeliefert sind: {known}."
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _bad(path, str(exc)) from None
    if not isinstance(data, dict):
        raise _bad(path, "kein JSON-Objekt")
    page = str(data.get("page", "A4"))
    if page not in PAGE_SIZES_MM:
        raise _bad(path, f"unbekanntes Papierformat {page}")
    try:
        sheet = LabelSheet(
            name=name,
            label=str(data.get("label", name)),
            page_width=PAGE_SIZES_MM[page][0],
            page_height=PAGE_SIZES_MM[page][1],
            columns=int(data["columns"]),
            rows=int(data["rows"]),
            label_width=float(data["label_width_mm"]),
            label_height=float(data["label_height_mm"]),
            margin_left=float(data["margin_left_mm"]),
            margin_top=float(data["margin_top_mm"]),
            gap_x=float(data.get("gap_x_mm", 0)),
            gap_y=float(data.get("gap_y_mm", 0)),
            cut_marks=bool(data.get("cut_marks", True)),
            padding=float(data.get("padding_mm", 4)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise _bad(path, f"Angabe {exc} fehlt oder ist keine Zahl") from None
    right = (
        sheet.margin_left + sheet.columns * sheet.label_width + (sheet.columns - 1) * sheet.gap_x
    )
    bottom = sheet.margin_top + sheet.rows * sheet.label_height + (sheet.rows - 1) * sheet.gap_y
    if (
        sheet.columns < 1
        or sheet.rows < 1
        or right > sheet.page_width
        or bottom > sheet.page_height
    ):
        raise _bad(path, "die Etiketten passen nicht auf das Blatt")
    return sheet

"""Declarative certificate designs: bundled ones load, bad files give German messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ceremonykit.documents.certificates.design import (
    available_designs,
    design_from_dict,
    load_design,
)
from ceremonykit.errors import UserError


def test_bundled_designs_load() -> None:
    classic, modern = load_design("classic"), load_design("modern")
    assert classic.orientation == "portrait" and classic.font == "Serif" and classic.show_amount
    assert modern.landscape and modern.font == "Sans" and not modern.show_amount
    assert load_design("").name == "classic"  # default
    assert {"classic", "modern"} <= set(available_designs())


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"orientation": "quer"}, "orientation"),
        ({"font": "Comic"}, "font"),
        ({"color_accent": "red"}, "color_accent"),
        ({"sizes": {"name_max": -3}}, "sizes.name_max"),
        ({"sizes": {"name_min": 40, "name_max": 20}}, "sizes.name_min"),
        ({"texts": {"gruss": "Hallo"}}, "texts.gruss"),
        ({"frame_inset_mm": "zehn"}, "frame_inset_mm"),
        ({"show_amount": "ja"}, "show_amount"),
        ({"unbekannt": 1}, "unbekannt"),
    ],
)
def test_invalid_fields_named_in_german(data: dict[str, object], field: str) -> None:
    with pytest.raises(UserError, match=f"Feld „{field}“"):
        design_from_dict("x", data, "meine.json")


def test_user_design_overrides_and_broken_json(tmp_path: Path) -> None:
    folder = tmp_path / "certificates"
    folder.mkdir()
    (folder / "classic.json").write_text(
        json.dumps({"label": "Eigene", "show_amount": False}), encoding="utf-8"
    )
    (folder / "kaputt.json").write_text("{ nicht json", encoding="utf-8")
    own = load_design("classic", tmp_path)
    assert own.label == "Eigene" and not own.show_amount
    assert "kaputt" in available_designs(tmp_path)
    with pytest.raises(UserError, match="kein gültiges JSON"):
        load_design("kaputt", tmp_path)
    with pytest.raises(UserError, match="Ungültiger Name"):
        load_design("../etc/passwd")

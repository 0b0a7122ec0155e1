"""Rendered cheques compared with stored pictures, and the strip-wise PNG writer."""

from __future__ import annotations

import copy
import os
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from reportlab import rl_config

from ceremonykit.build_memo import build_scope, memo_sizes
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.cheques import png_render
from ceremonykit.documents.cheques.content import cheque_content
from ceremonykit.documents.cheques.design import load_design
from ceremonykit.documents.cheques.layout import build_layout
from ceremonykit.documents.cheques.pdf_draw import cheque_pdf
from ceremonykit.documents.cheques.sizes import ChequeFormat
from ceremonykit.domain.model import Ceremony

REFERENCE = Path(__file__).parent / "reference"
UPDATE = os.environ.get("CEREMONYKIT_UPDATE_REFERENCES") == "1"


@cache
def _demo() -> Ceremony:
    return demo_ceremony()


def cheque_pdf_bytes(design_name: str, fmt: ChequeFormat) -> bytes:
    ceremony = copy.deepcopy(_demo())
    winner, prize = ceremony.winners[0], ceremony.prizes[0]
    assert prize.amount is not None
    design = load_design(design_name)
    content = cheque_content(
        ceremony, winner, prize, prize.amount, number=1, amount_cents=design.amount_cents
    )
    layout = build_layout(design, content, fmt.width_mm, fmt.height_mm)
    return cheque_pdf(layout, fmt, title="Test", author="Test", subject="Test")


def differs(actual: Image.Image, expected: Image.Image) -> tuple[float, float]:
    """(mean difference per channel 0..255, share of pixels differing by more than 48)."""
    diff = ImageChops.difference(actual.convert("RGB"), expected.convert("RGB"))
    mean = sum(ImageStat.Stat(diff).mean) / 3
    grey = diff.convert("L")
    strong = sum(grey.histogram()[49:]) / (grey.width * grey.height)
    return mean, strong


@pytest.mark.parametrize("design", ["classic", "bold"])
def test_tiny_cheque_matches_reference(design: str, tmp_path: Path) -> None:
    fmt = ChequeFormat(120, 60, bleed_mm=3, png_dpi=150)
    target = tmp_path / "cheque.png"
    assert png_render.render_png(cheque_pdf_bytes(design, fmt), fmt, target) == (709, 354)
    reference = REFERENCE / f"cheque_{design}_120x60.png"
    if UPDATE:
        Image.open(target).save(reference, optimize=True)
    with Image.open(target) as actual, Image.open(reference) as expected:
        assert actual.size == expected.size
        mean, strong = differs(actual, expected)
    assert mean < 1.0 and strong < 0.001, (mean, strong)


def test_reference_comparison_catches_a_changed_cheque(tmp_path: Path) -> None:
    """The tolerance above is tight enough to notice a different amount."""
    ceremony = copy.deepcopy(_demo())
    winner, prize = ceremony.winners[0], ceremony.prizes[0]
    design = load_design("classic")
    content = cheque_content(
        ceremony, winner, prize, prize.amount or 0, number=1, amount_cents=True
    )
    content.texts["amount"] = "9.999,00 €"
    fmt = ChequeFormat(120, 60, png_dpi=150)
    layout = build_layout(design, content, 120, 60)
    target = tmp_path / "changed.png"
    png_render.render_png(cheque_pdf(layout, fmt, title="", author="", subject=""), fmt, target)
    with Image.open(target) as actual, Image.open(REFERENCE / "cheque_classic_120x60.png") as ref:
        mean, strong = differs(actual, ref)
    assert strong >= 0.001 or mean >= 1.0


def test_png_in_strips_equals_png_in_one_piece(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fmt = ChequeFormat(150, 75, bleed_mm=5, crop_marks=True, png_dpi=150)
    pdf = cheque_pdf_bytes("bold", fmt)
    whole, strips = tmp_path / "whole.png", tmp_path / "strips.png"
    png_render.render_png(pdf, fmt, whole)
    monkeypatch.setattr(png_render, "STRIP_BYTES", 886 * 3 * 37)  # 37-row strips, last one short
    png_render.render_png(pdf, fmt, strips)
    with Image.open(whole) as a, Image.open(strips) as b:
        assert a.size == b.size == (886, 443)
        diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
        assert max(high for _, high in diff.getextrema()) <= 2
        # the trimmed preview starts with the red band of the design, not white bleed/slug
        assert a.convert("RGB").getpixel((2, 2)) == b.convert("RGB").getpixel((2, 2))
        red, green, blue = a.convert("RGB").getpixel((2, 2))
        assert red > 150 and green < 80 and blue < 90


@pytest.mark.parametrize("design", ["classic", "bold"])
def test_reuse_within_a_build_leaves_the_pdf_unchanged(
    design: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guilloche, its path operators and the logo are prepared once per build and shared by
    the cheques: the second and third cheque of a build are byte for byte what a cheque
    drawn on its own is."""
    assert {e.type for e in load_design(design).elements} & {"pattern", "rosette"}
    monkeypatch.setattr(rl_config, "invariant", 1)  # no creation date or random document id
    fmt = ChequeFormat(300, 150, bleed_mm=3, crop_marks=True)
    alone = cheque_pdf_bytes(design, fmt)
    with build_scope():
        assert cheque_pdf_bytes(design, fmt) == alone
        assert memo_sizes() > 0  # pattern, path operators and logo are kept for the build
        assert cheque_pdf_bytes(design, fmt) == alone
        assert cheque_pdf_bytes(design, fmt) == alone
    assert memo_sizes() == 0

"""Headings, hints and the sidebar stay readable in light and in Windows 11 dark mode."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from ceremonykit.gui.style import style_colours, style_sheet


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    r, g, b = c.redF(), c.greenF(), c.blueF()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio (4.5 is the minimum for normal text)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _palette(window: str, text: str, highlight: str) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in ((role.Window, window), (role.WindowText, text), (role.Highlight, highlight)):
        palette.setColor(r, QColor(colour))
    return palette


LIGHT = _palette("#f0f0f0", "#000000", "#0078d4")
DARK = _palette("#202020", "#ffffff", "#4cc2ff")  # Windows 11 dark mode


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["hell", "dunkel"])
def test_text_keeps_contrast(palette: QPalette) -> None:
    c = style_colours(palette)
    window = palette.color(QPalette.ColorRole.Window).name()
    assert contrast(c["heading"], window) >= 7
    assert contrast(c["hint"], window) >= 4.5
    assert contrast(c["text"], c["nav"]) >= 7
    assert contrast(c["selected_text"], c["selected"]) >= 4.5
    assert contrast(c["border"], window) > 1.2  # visible, yet quiet


def test_no_fixed_dark_text_colour_in_dark_mode() -> None:
    sheet = style_sheet(DARK)
    heading = re.search(r"#pageHeading \{[^}]*color: (#[0-9a-f]{6})", sheet)
    assert heading and heading.group(1) == "#ffffff"
    assert "#1f2a37" not in sheet and "#f1f3f6" not in sheet
    assert "background: white" in sheet  # the logo preview only


def test_application_uses_its_palette(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from ceremonykit.gui.app import create_app

    app = create_app()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == style_sheet(app.palette())

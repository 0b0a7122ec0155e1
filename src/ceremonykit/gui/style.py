"""A light style sheet on top of the platform style: headings, hints, the sidebar.

The colours come from the application's palette, not from fixed values: Windows 11 (and
Qt 6.5+ with it) switches to a dark palette in dark mode, where the former dark-blue headings
and the light-grey sidebar were unreadable. Muted tones (hints, borders, the sidebar) are mixed
from the palette's own text and background colours, so they keep enough contrast either way.
The logo preview alone stays white: logos are made for white paper.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

_TEMPLATE = """
QLabel#pageHeading {{ font-size: 17pt; font-weight: 600; color: {heading}; padding: 2px 0 4px 0; }}
QLabel#hint {{ color: {hint}; }}
QLabel#summary {{ font-weight: 600; padding: 4px 0; }}
QLabel#logoPreview {{ border: 1px solid {border}; background: white; }}
QListWidget#nav {{ background: {nav}; border: none; border-right: 1px solid {border}; padding-top: 8px; font-size: 10.5pt; }}
QListWidget#nav {{ outline: 0; }}
QListWidget#nav::item {{ padding: 4px 10px; border-radius: 4px; margin: 1px 6px; color: {text}; }}
QListWidget#nav::item:selected {{ background: {selected}; color: {selected_text}; }}
QGroupBox {{ font-weight: 600; margin-top: 10px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QCheckBox, QGroupBox QComboBox, QGroupBox QPlainTextEdit, QGroupBox QTableView, QGroupBox QPushButton {{ font-weight: normal; }}
"""


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """The colour ``share_of_b`` of the way from ``a`` to ``b`` (0 = a, 1 = b)."""

    def channel(x: float, y: float) -> float:
        return x + (y - x) * share_of_b

    return QColor.fromRgbF(
        channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()), channel(a.blueF(), b.blueF())
    )


def style_colours(palette: QPalette) -> dict[str, str]:
    """The style sheet's colours for ``palette`` (light or dark)."""
    role = QPalette.ColorRole
    text, window = palette.color(role.WindowText), palette.color(role.Window)
    highlight = palette.color(role.Highlight)
    colours = {
        "heading": text,
        "text": text,
        "hint": mix(text, window, 0.3),
        "border": mix(window, text, 0.18),
        "nav": mix(window, text, 0.04),
        "selected": mix(window, highlight, 0.3),
        "selected_text": text,
    }
    return {name: colour.name() for name, colour in colours.items()}


def style_sheet(palette: QPalette) -> str:
    """The application's style sheet for ``palette``."""
    return _TEMPLATE.format(**style_colours(palette))

"""A light style sheet on top of the platform style: headings, hints, the sidebar."""

from __future__ import annotations

STYLE_SHEET = """
QLabel#pageHeading { font-size: 17pt; font-weight: 600; color: #1f2a37; padding: 2px 0 4px 0; }
QLabel#hint { color: #5b6573; }
QLabel#summary { font-weight: 600; padding: 4px 0; }
QLabel#logoPreview { border: 1px solid #d0d5dc; background: white; }
QListWidget#nav { background: #f1f3f6; border: none; border-right: 1px solid #d8dde3; padding-top: 8px; font-size: 10.5pt; }
QListWidget#nav { outline: 0; }
QListWidget#nav::item { padding: 4px 10px; border-radius: 4px; margin: 1px 6px; color: #1f2a37; }
QListWidget#nav::item:selected { background: #d5e3f7; color: #0b3d91; }
QGroupBox { font-weight: 600; margin-top: 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QCheckBox, QGroupBox QComboBox, QGroupBox QPlainTextEdit, QGroupBox QTableView, QGroupBox QPushButton { font-weight: normal; }
"""

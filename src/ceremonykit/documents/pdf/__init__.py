"""Shared PDF helpers (reportlab): bundled fonts, glyph coverage, PDF/A.

Importing this package sets reportlab's one stream option that matters for every PDF we write:
streams are binary (Flate only), not also ASCII85 text. ASCII85 makes every image, form and
font stream a quarter larger and costs time to encode, and for a PDF/A certificate pikepdf then
had to decode and recompress each stream (20 ms per build) – a 7-bit-safe PDF is of no use to
anyone today. Every module that draws with reportlab imports from this package.
"""

from reportlab import rl_config

rl_config.useA85 = 0

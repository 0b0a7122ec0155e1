"""Shared PDF helpers (reportlab): bundled fonts, glyph coverage, PDF/A."""

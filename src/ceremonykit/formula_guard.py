"""Text that spreadsheet programs would read as a formula ("CSV/formula injection").

One definition for the importer (which notes such cells) and the exports (which keep them text).
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make Excel or LibreOffice treat typed or CSV text as a formula."""


def is_formula_like(text: str) -> bool:
    """Would a spreadsheet evaluate this if it arrived as plain text?"""
    return text.startswith(FORMULA_STARTS)


def looks_like_formula(text: str) -> bool:
    """Stricter test for notes to people: "=1+1", "@SUM(…)", "+cmd|…" but not "-5", "- ",
    "+49 231 50-23022" (numbers and phone numbers are harmless and common)."""
    if text.startswith(("=", "@")):
        return True
    return len(text) > 1 and text[0] in "+-" and not (text[1].isdigit() or text[1].isspace())

"""Splitting German text into sentences, so speaker cards never break one in the middle.

A sentence ends at ".", "!", "?" or "…" followed by a space and a capital letter or an opening
quote – except after abbreviations ("Dr.", "e.V.", "z. B.") and ordinal numbers ("4. Dezember").
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    {"dr.", "prof.", "e.v.", "v.", "z.", "b.", "st.", "nr.", "str.", "ca.", "bzw.", "u.", "a.",
     "vgl.", "evtl.", "ggf.", "inkl.", "usw.", "etc.", "hl.", "mr.", "mrs.", "jr.", "gmbh."}
)  # fmt: skip
_END = re.compile(r"(?<=[.!?…])[\"“”»]?\s+(?=[A-ZÄÖÜ„\"»(0-9])")


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order (whitespace collapsed, nothing dropped)."""
    flat = " ".join(text.split())
    if not flat:
        return []
    parts: list[str] = []
    start = 0
    for match in _END.finditer(flat):
        candidate = flat[start : match.start()].rstrip()
        last_word = candidate.rsplit(" ", 1)[-1].casefold() if candidate else ""
        last_word = last_word.lstrip('„"(')
        if last_word in ABBREVIATIONS or re.fullmatch(r"\d{1,2}\.", last_word):
            continue
        parts.append(flat[start : match.end()].strip())
        start = match.end()
    parts.append(flat[start:].strip())
    return [p for p in parts if p]


def word_count(text: str) -> int:
    return len(text.split())

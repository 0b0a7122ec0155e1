"""Our XML escaping equals the standard library's (``xml.sax.saxutils``), which we no longer
import because it loads ``urllib.request``, ``email`` and ``ssl`` into every build."""

from __future__ import annotations

from xml.sax import saxutils

import pytest

from ceremonykit.xml_text import escape, quoteattr

SAMPLES = [
    "",
    "Müller & Söhne <GmbH>",
    'Sie sagte "Danke"',
    "D’Angelo's Café",
    "beide \" und ' und &amp;",
    "Zeile 1\nZeile 2\r\tEnde",
    "<w:t>&lt;</w:t>",
    "\u00a0–\u202f€",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_same_as_saxutils(text: str) -> None:
    assert escape(text) == saxutils.escape(text)
    assert quoteattr(text) == saxutils.quoteattr(text)


def test_no_build_module_imports_saxutils() -> None:
    from pathlib import Path

    import ceremonykit

    root = Path(ceremonykit.__file__).parent
    users = [
        p
        for p in root.rglob("*.py")
        if any(
            line.startswith(("import xml.sax", "from xml.sax"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert users == [], "use ceremonykit.xml_text instead"

"""Each kind declares the large libraries its build loads (``DocumentKind.libraries``): the
build's plan for two processes keeps kinds that need the same ones together. Checked by
building each kind of the demo in a fresh process – which also shows that every PDF a kind
draws on its own gets binary streams (``ceremonykit.documents.pdf`` sets reportlab up when a
kind imports it; a kind that drew before that would write ASCII85 streams)."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache

import pytest

from ceremonykit.build.plan import LIBRARY_COST
from ceremonykit.documents.registry import get_kind, kind_names

CHILD = """
import json, sys, tempfile
from pathlib import Path
from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
libraries = json.loads(sys.argv[2])
before = sorted(m for m in libraries if m in sys.modules)
with tempfile.TemporaryDirectory() as out:
    report = build_ceremony(demo_ceremony(), Path(out), only=[sys.argv[1]])
    pdfs = sorted(Path(out).rglob("*.pdf"))
    ascii85 = [p.name for p in pdfs if b"/ASCII85Decode" in p.read_bytes()]
loaded = sorted(m for m in libraries if m in sys.modules)
print(json.dumps({"before": before, "loaded": loaded, "failed": len(report.failed),
                  "pdfs": len(pdfs), "ascii85": ascii85}))
"""


@cache
def built_alone(kind: str) -> dict[str, object]:
    """What building ``kind`` of the demo in a fresh process loaded and wrote."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, json.dumps(sorted(LIBRARY_COST))],
        capture_output=True,
        text=True,
        check=True,
    )
    seen: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["failed"] == 0
    return seen


@pytest.mark.parametrize("kind", kind_names())
def test_declared_libraries_are_the_ones_loaded(kind: str) -> None:
    seen = built_alone(kind)
    assert seen["before"] == [], "the build machinery itself must not load these"
    assert sorted(get_kind(kind).libraries) == seen["loaded"]


@pytest.mark.parametrize(
    "kind", [k for k in kind_names() if "reportlab.pdfgen" in get_kind(k).libraries]
)
def test_pdf_streams_are_binary(kind: str) -> None:
    seen = built_alone(kind)
    assert seen["pdfs"] or kind == "attendance_list"  # the demo has no arrivals to list
    assert seen["ascii85"] == []

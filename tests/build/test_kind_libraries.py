"""Each kind declares the large libraries its build loads (``DocumentKind.libraries``): the
build's plan for two processes keeps kinds that need the same ones together. Checked by
building each kind of the demo in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ceremonykit.build.parallel import LIBRARY_COST
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
loaded = sorted(m for m in libraries if m in sys.modules)
print(json.dumps({"before": before, "loaded": loaded, "failed": len(report.failed)}))
"""


@pytest.mark.parametrize("kind", kind_names())
def test_declared_libraries_are_the_ones_loaded(kind: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, json.dumps(sorted(LIBRARY_COST))],
        capture_output=True,
        text=True,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["failed"] == 0
    assert seen["before"] == [], "the build machinery itself must not load these"
    assert sorted(get_kind(kind).libraries) == seen["loaded"]

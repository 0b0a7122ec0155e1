"""Every test module under tests/ is collected by a plain ``pytest`` run (pytest's default
``norecursedirs`` skips folders named ``build``, which once hid tests/build from CI)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_every_test_module_is_collected() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=TESTS.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    collected = {line.split("::", 1)[0] for line in done.stdout.splitlines() if "::" in line}
    modules = {
        p.relative_to(TESTS.parent).as_posix()
        for p in TESTS.rglob("test_*.py")
        if "data" not in p.relative_to(TESTS).parts
    }
    missing = sorted(modules - collected)
    assert not missing, f"not collected: {missing}"

"""Test set-up shared by every test: isolated user settings and logs, handy paths."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pytest

if TYPE_CHECKING:
    from ceremonykit.domain.model import Ceremony
    from ceremonykit.store import ProjectFile

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
"""Fixtures kept in the repository (provenance and licences in ``tests/data/README.md``)."""
SPREADSHEETS = DATA / "spreadsheets"


E = TypeVar("E", bound=OSError)


def with_winerror(exc: E, code: int) -> E:
    """``exc`` as Windows raises it: the Win32 error code in ``winerror`` (32 = file in use).
    Python sets that attribute only on Windows; elsewhere the tests add it themselves."""
    setattr(exc, "winerror", code)  # noqa: B010  typeshed declares winerror on Windows only
    return exc


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never read or write the developer's real settings, log, temp or cache files (a purge
    empties the temp folder, and must not empty the one other programs' tests use; the font
    cache of one test must not decide what another test parses)."""
    base = tmp_path_factory.mktemp("userdirs")
    (base / "systemp").mkdir()
    monkeypatch.setenv("TMPDIR", str(base / "systemp"))
    monkeypatch.setattr(tempfile, "tempdir", str(base / "systemp"))
    monkeypatch.setenv("CEREMONYKIT_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("CEREMONYKIT_LOG_DIR", str(base / "log"))
    monkeypatch.setenv("CEREMONYKIT_TEMP_DIR", str(base / "temp"))
    monkeypatch.setenv("CEREMONYKIT_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("CEREMONYKIT_DEFAULTS_FILE", str(base / "machine" / "defaults.json"))


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if extra:
        env.update(extra)
    return env


def run_cli(
    *args: str, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ceremonykit ARGS`` in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "ceremonykit", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=cli_env(),
        timeout=timeout,
        check=False,
    )


def opened_project(path: Path, ceremony: Ceremony) -> Iterator[ProjectFile]:
    """Create ``path`` holding ``ceremony`` and yield it opened for editing (for fixtures:
    ``yield from opened_project(...)``)."""
    from ceremonykit.store import ProjectFile

    ProjectFile.create(path, ceremony).close()
    with ProjectFile.open(path) as opened:
        yield opened


def stored(project: ProjectFile) -> Ceremony:
    """What ``project``'s file holds now, read through a second, read-only connection."""
    from ceremonykit.store import ProjectFile

    again = ProjectFile.open(project.path, readonly=True)
    try:
        return again.load()
    finally:
        again.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo project file created once per test session (read-only use!)."""
    from ceremonykit.demo import demo_ceremony
    from ceremonykit.store import ProjectFile

    path = tmp_path_factory.mktemp("demo") / "demo.ceremony"
    ProjectFile.create(path, demo_ceremony()).close()
    return path


@pytest.fixture
def demo() -> Iterator[object]:
    from ceremonykit.demo import demo_ceremony

    yield demo_ceremony()

"""Fixtures of the import tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from import_sheets import write_xlsx


@pytest.fixture
def xlsx(tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(rows: Sequence[Sequence[Any]], name: str = "liste.xlsx", **kw: Any) -> Path:
        return write_xlsx(tmp_path / name, rows, **kw)

    return make

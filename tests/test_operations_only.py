"""Every change to a ceremony goes through ceremonykit.operations (docs/operations.md).

The proof from issue 16 – ``grep -rn "\\.put(\\|\\.put_many(\\|\\.save_info(\\|\\.delete("
src/ceremonykit/gui src/ceremonykit/cli`` prints nothing – checked here in Python (so it also
runs on Windows), widened to the whole package outside the store and the operations, and to
every write method of the project file.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "src" / "ceremonykit"
GREP = re.compile(r"\.put\(|\.put_many\(|\.save_info\(|\.delete\(")
WRITES = {"put", "put_many", "save_info", "delete", "replace_all", "vacuum", "transaction"}


def _sources(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (PACKAGE / folder).rglob("*.py"))


def test_the_issue_grep_prints_nothing_for_gui_and_cli() -> None:
    hits = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for path in _sources("gui", "cli")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if GREP.search(line)
    ]
    assert hits == []


def test_only_the_store_and_the_operations_call_write_methods_of_the_project() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] in ("store", "operations"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in WRITES
                and "project" in ast.unparse(node.func.value).lower()
            ):
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno} {ast.unparse(node)}")
    assert offenders == [], offenders


def test_operations_never_touch_the_users_settings_file() -> None:
    for path in _sources("operations"):
        text = path.read_text(encoding="utf-8")
        assert "user_settings" not in text, path.name
        assert "save_sender_profile" not in text, path.name


def test_the_gui_changes_the_sender_profile_only_in_the_sender_dialog_or_on_request() -> None:
    callers = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if re.search(r"\bsave_sender_profile\(|\bcount_profile_on\(", path.read_text("utf-8"))
    )
    assert callers == [
        "cli/release_cmd.py",  # ceremonykit final --profil
        "documents/press/finalize.py",  # count_profile_on itself
        "gui/pages/event.py",  # after the user answers "Ja" to the question
        "gui/sender_dialog.py",  # the dialog's own "save as my profile"
        "user_settings.py",
    ]

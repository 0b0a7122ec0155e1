"""Issue 18: the window never tells the user to use the command line.

Messages are shared by both programs; where the way out differs (take over a lock, assign
columns, allow a template), the error names a :class:`Remedy` and each program adds its own
sentence – the CLI its option, the GUI its button or wizard step.
"""

from __future__ import annotations

import ast
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ceremonykit.cli.remedies import REMEDIES as CLI_REMEDIES
from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.model import Ceremony
from ceremonykit.errors import Remedy, UserError
from ceremonykit.importing import preview
from ceremonykit.store import ProjectFile, ProjectLockedError
from ceremonykit.store.lock import lock_path_for
from conftest import REPO, run_cli

SRC = REPO / "src" / "ceremonykit"
COMMAND_LINE = re.compile(r"(?<![\w-])--[a-z]|\bceremonykit [a-z]|Kommandozeile|Befehlszeile")

ALLOWED = {
    # the command line's own words, used by the CLI only (tests/cli checks those messages)
    "cli/remedies.py",
    "build/choices.py",  # --only/--format/--option are parsed for ``ceremonykit build`` only
}


def _gui_remedies() -> dict[Remedy, str]:
    from ceremonykit.gui.remedies import remedies

    return remedies()


def _dead_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


@pytest.fixture
def stale_lock(tmp_path: Path) -> Path:
    """A project whose lock was left by a crashed program on this computer."""
    path = tmp_path / "p.ceremony"
    ProjectFile.create(path, demo_ceremony()).close()
    lock_path_for(path).write_text(
        f'{{"user": "mueller", "host": "{socket.gethostname()}", "pid": {_dead_pid()}, '
        '"since": "2026-11-23T10:42:00"}',
        encoding="utf-8",
    )
    return path


def test_every_remedy_has_a_sentence_in_both_programs(qapp: object) -> None:
    gui = _gui_remedies()
    for remedy in Remedy:
        if remedy is Remedy.NONE:
            continue
        assert CLI_REMEDIES[remedy].strip() and gui[remedy].strip(), remedy
        assert not COMMAND_LINE.search(gui[remedy]), gui[remedy]
        assert gui[remedy] != CLI_REMEDIES[remedy]


def test_a_stale_lock_names_the_option_in_the_cli_and_the_button_in_the_gui(
    stale_lock: Path, qapp: object
) -> None:
    from ceremonykit.gui.remedies import error_text, hint_text

    with pytest.raises(ProjectLockedError) as info:
        ProjectFile.open(stale_lock)
    error = info.value
    assert error.stale and error.remedy is Remedy.TAKE_OVER_LOCK
    assert "„--take-over-lock“" in error.explained(CLI_REMEDIES)
    assert "„Sperre übernehmen“" in error_text(error) and "„Sperre übernehmen“" in hint_text(error)
    assert not COMMAND_LINE.search(error_text(error))
    # the message itself is one text for both: the GUI's starts with the CLI's
    assert error_text(error).startswith(error.message)
    assert error.explained(CLI_REMEDIES).startswith(error.message)
    refused = run_cli("purge", str(stale_lock))
    assert refused.returncode == 1 and "„--take-over-lock“" in refused.stderr


def test_columns_to_assign_name_the_wizard_step_in_the_gui_and_map_in_the_cli(
    tmp_path: Path, qapp: object
) -> None:
    from ceremonykit.gui.remedies import error_text

    headless = tmp_path / "ohne Kopf.csv"
    headless.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(UserError) as info:
        preview(headless, "guests", ceremony=Ceremony())
    error = info.value
    assert error.remedy is Remedy.CHOOSE_SHEET_AND_MAP
    assert "Spalten zuordnen" in error.message and "--" not in error.message
    assert "„Spalten zuordnen“" in error_text(error) and "„Tabellenblatt wählen“" in error_text(
        error
    )
    assert not COMMAND_LINE.search(error_text(error))
    assert "--map" in error.explained(CLI_REMEDIES) and "--sheet" in error.explained(CLI_REMEDIES)


def _user_strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module except docstrings (f-strings as their literal parts)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    docstrings |= {  # attribute docstrings: a lone string after an assignment
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_message_outside_the_cli_sends_the_user_to_the_command_line() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC).as_posix()
        if relative.startswith("cli/") or relative in ALLOWED:
            continue
        for line, text in _user_strings(path):
            if COMMAND_LINE.search(text) and text != "--vorlage-erlauben":
                found.append(f"{relative}:{line}: {text!r}")
    assert not found, "\n".join(found)

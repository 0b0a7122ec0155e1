"""The table of command groups in ``ceremonykit.cli`` – which lets a command line load only
its own module – lists exactly what each module registers, and every command still runs."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from ceremonykit.cli import COMMAND_GROUPS, build_parser


def _registered(group: str) -> tuple[str, ...]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    importlib.import_module(f"ceremonykit.cli.{group}").register(sub)
    return tuple(sub.choices)


@pytest.mark.parametrize("group", list(COMMAND_GROUPS))
def test_table_lists_what_the_module_registers(group: str) -> None:
    assert _registered(group) == COMMAND_GROUPS[group]


def test_every_command_parses_with_only_its_group() -> None:
    for commands in COMMAND_GROUPS.values():
        for command in commands:
            parser = build_parser([command, "--help"])
            sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
            assert command in sub.choices


def test_help_and_unknown_commands_list_all() -> None:
    every = [c for commands in COMMAND_GROUPS.values() for c in commands]
    for argv in ([], ["--help"], ["bauen"]):
        parser = build_parser(argv)
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        assert list(sub.choices) == every


def test_build_does_not_load_the_importer() -> None:
    """``build`` in a fresh process: the import, check-in and privacy modules stay unloaded."""
    code = (
        "import sys\n"
        "from ceremonykit.cli import build_parser\n"
        "build_parser(['build', 'x.ceremony', '--out', 'o'])\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('ceremonykit.'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = done.stdout.split()
    assert "ceremonykit.cli.build_cmd" in loaded
    for module in ("ceremonykit.cli.import_cmd", "ceremonykit.importing.workbook"):
        assert module not in loaded

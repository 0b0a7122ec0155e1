"""Entry point of the frozen build: one program, two executables.

``CeremonyKit.exe`` (windowed) opens the application, a file given on the command line (double
click on a ``.ceremony`` file) is opened in it; options such as ``--selftest`` or ``--version``
go to the command line. ``ceremonykit-cli.exe`` (console) is the full ``ceremonykit`` command.
A windowed program on Windows has no stdout/stderr; they are pointed at ``os.devnull`` so that
printing never crashes (the self-test also writes ``selftest.txt`` next to the log file).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path
from typing import NoReturn


def _ensure_streams() -> None:
    if sys.stdout is None:
        sys.stdout = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 – process-long
    if sys.stderr is None:
        sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115


def main() -> NoReturn:
    multiprocessing.freeze_support()
    _ensure_streams()
    from ceremonykit.cli import run

    args = sys.argv[1:]
    if Path(sys.executable).stem.lower().endswith("-cli"):
        run(args)
    if args and args[0].startswith("-"):
        run(args)
    run(["gui", *args])


if __name__ == "__main__":
    main()

"""``final``: mark the Medieninformation final – it gets its running number for good."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ceremonykit.cli.common import EXIT_DATA, EXIT_OK, add_project_argument
from ceremonykit.documents.checks import preflight
from ceremonykit.documents.press.finalize import mark_release_final
from ceremonykit.domain.preflight import Severity
from ceremonykit.project import open_project


def register(sub: Any) -> None:
    p = sub.add_parser(
        "final",
        help="Medieninformation als endgültig markieren (vergibt die laufende Nummer)",
    )
    add_project_argument(p, writes=True)
    p.set_defaults(func=cmd_final)


def cmd_final(args: argparse.Namespace) -> int:
    with open_project(Path(args.file), take_over_lock=args.take_over_lock) as project:
        ceremony = project.load()
        errors = [f for f in preflight(ceremony) if f.severity is Severity.ERROR]
        if errors:
            for finding in errors:
                print(finding.text())
            print("Die Medieninformation kann erst endgültig werden, wenn die Fehler behoben sind.")
            return EXIT_DATA
        number = mark_release_final(project, ceremony)
    print(f"Medieninformation Nr. {number} ist endgültig; die nächste erhält Nr. {number + 1}.")
    return EXIT_OK

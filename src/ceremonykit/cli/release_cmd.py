"""``final``: mark the Medieninformation final – it gets its running number for good."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ceremonykit.cli.common import EXIT_DATA, EXIT_OK, add_project_argument
from ceremonykit.documents.checks import preflight
from ceremonykit.documents.press.finalize import count_profile_on, profile_release_number
from ceremonykit.domain.preflight import Severity
from ceremonykit.operations.release import finalize_release
from ceremonykit.project import open_project


def register(sub: Any) -> None:
    p = sub.add_parser(
        "final",
        help="Medieninformation als endgültig markieren (vergibt die laufende Nummer)",
    )
    add_project_argument(p, writes=True)
    p.add_argument(
        "--profil",
        action="store_true",
        help="auch im eigenen Absenderprofil weiterzählen (das nächste neue Projekt beginnt "
        "mit der nächsten Nummer)",
    )
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
        changes = finalize_release(project, ceremony, profile_number=profile_release_number())
        number = int(str(changes.extra["number"]))
    print(f"Medieninformation Nr. {number} ist endgültig; die nächste erhält Nr. {number + 1}.")
    if args.profil:
        if count_profile_on(number + 1):
            print(f"Absenderprofil: Das nächste neue Projekt beginnt mit Nr. {number + 1}.")
    elif profile_release_number() <= number:
        print(
            f"Hinweis: Ihr Absenderprofil beginnt neue Projekte weiter mit Nr. "
            f"{profile_release_number()}. Zum Weiterzählen: ceremonykit final {args.file} --profil"
        )
    return EXIT_OK

"""``final``: mark the Medieninformation final – it gets its running number for good.

Running ``final`` is the user's explicit act of issuing release no. N, so by default the
user's sender profile counts on as well: the next project made from it gets N+1, and two
copies of one project can no longer both become no. N. ``--ohne-profil`` leaves the profile
alone (a test run, a project of another office). The operation itself never writes the
settings file; this command does, after the user asked for ``final``."""

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
        "--ohne-profil",
        dest="without_profile",
        action="store_true",
        help="das eigene Absenderprofil nicht weiterzählen (sonst beginnt das nächste neue "
        "Projekt mit der nächsten Nummer)",
    )
    # the former opt-in, now the default; still accepted so scripts keep working
    p.add_argument("--profil", action="store_true", help=argparse.SUPPRESS)
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
    print(f"Medieninformation Nr. {number} ist endgültig.")
    if args.without_profile:
        print(
            f"Absenderprofil nicht geändert (--ohne-profil): neue Projekte beginnen weiter mit "
            f"Nr. {profile_release_number()}; dieses Projekt zählt mit Nr. {number + 1} weiter."
        )
        return EXIT_OK
    count_profile_on(number + 1)
    print(
        f"Die nächste Medieninformation erhält Nr. {profile_release_number()} "
        "(Absenderprofil weitergezählt; nicht gewünscht: --ohne-profil)."
    )
    return EXIT_OK

"""``checkin-codes``, ``checkin-export`` and ``checkin-merge``: check-in at the door from the
command line – codes for every guest, a copy for a second door, and its arrivals merged back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ceremonykit.cli.common import EXIT_DATA, EXIT_OK, add_project_argument, path_argument
from ceremonykit.guests.checkin_copy import COPY_MARK, MergePlan
from ceremonykit.operations.checkin import issue_tokens, merge_checkin_copy
from ceremonykit.project import export_checkin_copy, open_project, read_ceremony

MAX_LISTED = 200


def register(sub: Any) -> None:
    p = sub.add_parser(
        "checkin-codes",
        help="jedem Gast ohne Einlass-Code einen geben (QR auf Namensschild und Einlassliste)",
    )
    add_project_argument(p, writes=True)
    p.set_defaults(func=cmd_codes)

    p = sub.add_parser(
        "checkin-export",
        help="Einlass-Kopie für eine zweite Tür schreiben (nur Gäste und Codes)",
        description=(
            "Schreibt eine kleine Projektdatei mit Namen, Kategorie, Tisch, Begleitung, Zusage "
            "und Einlass-Code der Gäste – ohne E-Mail, Funktion, Notizen oder andere Daten. "
            "Auf dem zweiten Rechner in CeremonyKit öffnen und auf der Seite „Einlass“ arbeiten."
        ),
    )
    add_project_argument(p)
    p.add_argument("copy", metavar="KOPIE.ceremony", type=path_argument, help="die neue Kopie")
    p.add_argument("--force", action="store_true", help="eine vorhandene Kopie ersetzen")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "checkin-merge",
        help="Einlässe einer zweiten Tür übernehmen (frühester Zeitpunkt gilt, Konflikte melden)",
    )
    add_project_argument(p, writes=True)
    p.add_argument("copy", metavar="KOPIE.ceremony", type=path_argument, help="die Einlass-Kopie")
    p.set_defaults(func=cmd_merge)


def cmd_codes(args: argparse.Namespace) -> int:
    with open_project(Path(args.file), take_over_lock=args.take_over_lock) as project:
        print(issue_tokens(project, project.load()).message)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    source, target = Path(args.file), Path(args.copy)
    ceremony = read_ceremony(source)
    missing = sum(1 for g in ceremony.guests if not g.checkin_token)
    count = export_checkin_copy(ceremony, source, target, overwrite=args.force)
    print(f"Einlass-Kopie mit {count} Gästen geschrieben: {target}")
    if missing:
        print(
            f"Hinweis: {missing} Gäste haben noch keinen Einlass-Code "
            f"(„ceremonykit checkin-codes {source}“) – sie sind an der zweiten Tür nur per "
            "Namenssuche zu finden."
        )
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    copy = read_ceremony(Path(args.copy))
    if COPY_MARK not in copy.settings:
        print(
            f"„{args.copy}“ ist keine Einlass-Kopie. Bitte die mit „checkin-export“ geschriebene "
            "Datei angeben."
        )
        return EXIT_DATA
    with open_project(Path(args.file), take_over_lock=args.take_over_lock) as project:
        changes = merge_checkin_copy(project, project.load(), copy)
    plan = changes.extra["plan"]
    assert isinstance(plan, MergePlan)
    print(changes.message)
    for line in plan.conflicts[:MAX_LISTED]:
        print(f"  – {line}")
    if len(plan.conflicts) > MAX_LISTED:
        print(f"  … und {len(plan.conflicts) - MAX_LISTED} weitere")
    return EXIT_OK

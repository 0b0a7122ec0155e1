"""``new``, ``show`` and ``check``: create and inspect a project file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ceremonykit.cli.common import EXIT_DATA, EXIT_OK, add_project_argument
from ceremonykit.documents.checks import preflight
from ceremonykit.domain.codec import to_dict
from ceremonykit.domain.preflight import Severity
from ceremonykit.project import new_ceremony, open_project, read_ceremony
from ceremonykit.summary import summary_lines


def register(sub: Any) -> None:
    p = sub.add_parser("new", help="neue Projektdatei anlegen")
    add_project_argument(p, writes=True)
    p.add_argument("--demo", action="store_true", help="mit der Demo-Verleihung füllen")
    p.add_argument("--force", action="store_true", help="vorhandene Datei ersetzen")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("show", help="Inhalt einer Projektdatei anzeigen")
    add_project_argument(p)
    p.add_argument("--json", action="store_true", help="vollständig als JSON ausgeben")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("check", help="Vorabprüfung (Preflight) ausführen")
    add_project_argument(p)
    p.set_defaults(func=cmd_check)


def cmd_new(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if args.demo:
        from ceremonykit.demo import demo_ceremony

        ceremony = demo_ceremony()
    else:
        ceremony = new_ceremony()
    with open_project(
        path, create_with=ceremony, overwrite=args.force, take_over_lock=args.take_over_lock
    ):
        pass
    print(f"Angelegt: {path}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    ceremony = read_ceremony(Path(args.file))
    if args.json:
        data: dict[str, Any] = to_dict(ceremony)
        data["assets"] = [
            {"id": a.id, "filename": a.filename, "media_type": a.media_type, "bytes": len(a.data)}
            for a in ceremony.assets.values()
        ]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n".join(summary_lines(ceremony)))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    ceremony = read_ceremony(Path(args.file))
    problems = preflight(ceremony)
    if not problems:
        print("Prüfung: keine Probleme gefunden.")
        return EXIT_OK
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    warnings = len(problems) - errors
    for problem in problems:
        print(problem.text())
    print(f"Prüfung: {errors} Fehler, {warnings} Hinweise.")
    return EXIT_DATA if errors else EXIT_OK

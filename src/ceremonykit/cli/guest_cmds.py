"""``purge`` and ``export-person``: the data-protection commands for guest data."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ceremonykit.atomic import write_text_atomic
from ceremonykit.cli.common import EXIT_DATA, EXIT_OK, add_project_argument, path_argument
from ceremonykit.errors import UserError
from ceremonykit.guests.collation import sort_name, sorted_guests
from ceremonykit.guests.person_export import export_person
from ceremonykit.guests.privacy import REDACTED, plan_purge
from ceremonykit.importing.report_file import report_path
from ceremonykit.operations.privacy import purge_guests
from ceremonykit.project import open_project, read_ceremony
from ceremonykit.store import ProjectError, migration_backups

MAX_LISTED = 200


def register(sub: Any) -> None:
    p = sub.add_parser(
        "purge",
        help="personenbezogene Gästedaten endgültig löschen (Datenschutz)",
        description=(
            "Zeigt, welche Gästedaten gelöscht würden. Mit --yes werden alle Gäste gelöscht, "
            f"ihre Namen in Fotoangaben durch „{REDACTED}“ ersetzt und die Datei so neu "
            "aufgebaut, dass die Namen nicht mehr lesbar sind."
        ),
    )
    add_project_argument(p, writes=True)
    p.add_argument("--yes", action="store_true", help="wirklich löschen (ohne: nur anzeigen)")
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser(
        "export-person",
        help="alle gespeicherten Angaben zu einer Person ausgeben (Auskunft nach Art. 15 DSGVO)",
    )
    add_project_argument(p)
    p.add_argument(
        "name",
        metavar="NAME",
        help="Name oder E-Mail-Adresse der Person, z. B. „Birgit Sonnenberg“",
    )
    p.add_argument(
        "--out",
        metavar="DATEI.json",
        type=path_argument,
        help="in diese Datei schreiben statt anzeigen",
    )
    p.set_defaults(func=cmd_export_person)


def cmd_purge(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with open_project(path, take_over_lock=args.take_over_lock) as project:
        ceremony = project.load()
        plan = plan_purge(ceremony)
        guests = sorted_guests(plan.guests)
        print(f"Projektdatei: {path}")
        print(_retention_note(ceremony.retention_until))
        if plan.empty:
            print("Es sind keine Gästedaten gespeichert.")
        else:
            print(f"Gäste: {len(guests)}")
            for guest in guests[:MAX_LISTED]:
                print(f"  – {sort_name(guest)}")
            if len(guests) > MAX_LISTED:
                print(f"  … und {len(guests) - MAX_LISTED} weitere")
            if plan.photos:
                print(
                    f"Fotos mit Gästenamen: {len(plan.photos)} "
                    f"(Namen werden durch „{REDACTED}“ ersetzt: {', '.join(plan.names)})"
                )
        backups = migration_backups(Path(args.file))
        for backup in backups:
            print(f"Sicherungskopie mit allen Daten (wird gelöscht): {backup.name}")
        if report_path(path).exists():
            print(
                f"Importbericht mit Namen und E-Mail-Adressen (wird gelöscht): {report_path(path).name}"
            )
        if not args.yes:
            print("Es wurde nichts gelöscht. Zum endgültigen Löschen erneut mit --yes aufrufen.")
            return EXIT_OK
        try:
            purge_guests(project, ceremony, plan)
        except ProjectError as exc:  # the deletion is one transaction: all or nothing
            raise UserError(
                f"Es wurde nichts gelöscht. {exc.message}", hint=exc.hint, remedy=exc.remedy
            ) from None
        kept = _delete_backups(backups)
    print(
        f"Gelöscht: {len(guests)} Gäste"
        + (f", Namen in {len(plan.photos)} Fotoangaben ersetzt" if plan.photos else "")
        + ". Die gelöschten Angaben sind in der Projektdatei überschrieben."
    )
    for report in plan.reports_deleted:
        print(f"Gelöscht: Importbericht „{report.name}“ (mit Namen und E-Mail-Adressen).")
    problems = [f"Sicherungskopie „{b}“ konnte nicht gelöscht werden ({e})." for b, e in kept]
    if plan.not_rebuilt:
        problems.append(
            f"{plan.not_rebuilt} Die Gäste sind trotzdem gelöscht und ihre Angaben "
            "überschrieben. Bitte Platz schaffen und „purge --yes“ noch einmal aufrufen, "
            "damit die Datei verkleinert wird."
        )
    problems += [
        f"Datei mit Gästedaten konnte nicht gelöscht oder bereinigt werden (noch geöffnet?): {p}"
        for p in plan.temp_left
    ]
    for problem in problems:
        print(f"Achtung: {problem}", file=sys.stderr)
    if not plan.not_rebuilt:
        print("Die Projektdatei wurde neu aufgebaut; Vorschauen und temporäre Kopien gelöscht.")
    print("Hinweis: bereits erzeugte Gästelisten, Namensschilder usw. bitte ebenfalls löschen.")
    return EXIT_DATA if problems else EXIT_OK


def _delete_backups(backups: list[Path]) -> list[tuple[Path, str]]:
    """Delete the old-format copies; the ones that stayed, with the reason."""
    kept = []
    for backup in backups:
        try:
            backup.unlink(missing_ok=True)
        except OSError as exc:
            kept.append((backup, exc.strerror or type(exc).__name__))
    return kept


def _retention_note(until: date | None, today: date | None = None) -> str:
    today = today or date.today()
    if until is None:
        return "Aufbewahrungsfrist der Gästedaten: nicht eingetragen."
    if today > until:
        return f"Die Aufbewahrungsfrist ist am {until:%d.%m.%Y} abgelaufen – die Gästedaten sollten gelöscht werden."
    return f"Hinweis: Die Aufbewahrungsfrist läuft noch bis {until:%d.%m.%Y}. Vorher nur löschen, wenn die Daten nicht mehr gebraucht werden."


def cmd_export_person(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not args.name.strip():
        raise UserError(
            "Bitte einen Namen oder eine E-Mail-Adresse angeben, z. B. „Birgit Sonnenberg“."
        )
    data = export_person(read_ceremony(path), args.name, source=path)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    count = data["anzahl_fundstellen"]
    if args.out:
        out = Path(args.out)
        try:
            write_text_atomic(out, text)
        except OSError as exc:
            raise UserError(
                f"Die Datei „{out}“ kann nicht geschrieben werden ({exc.strerror}).",
                hint="Bitte einen anderen Speicherort wählen.",
            ) from None
        print(f"{count} Fundstellen zu „{args.name}“ gespeichert in {out}.")
    else:
        sys.stdout.write(text)
    if count == 0:
        print(f"Zu „{args.name}“ ist in dieser Projektdatei nichts gespeichert.", file=sys.stderr)
    return EXIT_OK

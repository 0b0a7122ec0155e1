"""``build``: generate the documents of a ceremony into a folder.

Documents staff changed in the output folder after the last build (a Word edit) are never
overwritten or deleted silently: the build refuses, names them and exits with 1, unless
``--ueberschreiben`` says to go ahead. Only the kinds and formats the build writes count – a
``--format certificate=pdf`` build leaves edited Word files alone anyway.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ceremonykit.build import build_ceremony
from ceremonykit.build.choices import check_designs, check_formats, check_only, check_options
from ceremonykit.build.edited import edited_in_the_way
from ceremonykit.build.report_text import describe, subject_names
from ceremonykit.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_USAGE,
    add_project_argument,
    path_argument,
)
from ceremonykit.cli.remedies import REMEDIES
from ceremonykit.documents.context import BuildOptions
from ceremonykit.domain.model import Ceremony
from ceremonykit.errors import Remedy, UserError
from ceremonykit.project import read_ceremony
from ceremonykit.template_folders import (
    ALLOW_FLAG,
    not_confirmed_message,
    template_needing_confirmation,
)


def register(sub: Any) -> None:
    p = sub.add_parser("build", help="Dokumente erzeugen")
    add_project_argument(p)
    p.add_argument(
        "--out", required=True, metavar="ORDNER", type=path_argument, help="Ausgabeordner"
    )
    p.add_argument("--only", metavar="ART,…", help="nur diese Dokumentarten (Komma-getrennt)")
    p.add_argument(
        "--design", action="append", default=[], metavar="ART=DESIGN", help="Design je Art wählen"
    )
    p.add_argument(
        "--format",
        action="append",
        default=[],
        metavar="ART=FORMAT,…",
        help="nur diese Formate je Art, z. B. guest_list=xlsx; ohne Angabe alle Formate, "
        "bei Schecks nur das Druck-PDF (PNG-Vorschau mit cheque=pdf,png)",
    )
    p.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="ART.NAME=WERT",
        help="Einstellung je Art, z. B. cheque.size=1200x600 oder cheque.bleed=10",
    )
    p.add_argument(
        "--ueberschreiben",
        "--overwrite",
        dest="overwrite",
        action="store_true",
        help="auch Dokumente überschreiben, die nach dem letzten Export geändert wurden "
        "(z. B. in Word); ohne diese Angabe bricht der Export dann ab",
    )
    p.add_argument("--quiet", action="store_true", help="keinen Fortschritt anzeigen")
    p.add_argument(
        ALLOW_FLAG,
        "--allow-template",
        dest="allow_template",
        action="store_true",
        help="die Word-Vorlage verwenden, die die Projektdatei nennt, auch außerhalb "
        "des eigenen Vorlagenordners (nur bei vertrauenswürdigen Dateien)",
    )
    p.set_defaults(func=cmd_build)


def cmd_build(args: argparse.Namespace) -> int:
    try:
        only, options = _choices(args)
    except UserError as exc:  # a typo in a kind, format or option name is a usage error
        print(f"Aufruf fehlerhaft: {exc.explained(REMEDIES)}", file=sys.stderr)
        return EXIT_USAGE
    ceremony = read_ceremony(Path(args.file))
    out = Path(args.out)

    _confirm_project_template(ceremony, options, only, allowed=args.allow_template)

    def progress(fraction: float, text: str) -> None:
        if not args.quiet:
            print(f"\r[{fraction * 100:3.0f} %] {text[:60]:<60}", end="", file=sys.stderr)

    if not args.overwrite and _refuse_edited(out, only, options):
        return EXIT_DATA
    report = build_ceremony(ceremony, out, only=only, options=options, progress=progress)
    if not args.quiet:
        print(file=sys.stderr)
    for f in report.written:
        print(f"geschrieben: {out / f.path}")
    old = [f for f in report.files if f.not_rebuilt]
    for f in old:
        print(f"alt, nicht neu erzeugt: {out / f.path}")
    names = subject_names(ceremony)
    for p in report.warnings:
        print(f"Hinweis: {describe(p, names)}")
    for p in report.skipped:
        print(f"Übersprungen: {describe(p, names)}")
    for p in report.failed:
        print(f"FEHLGESCHLAGEN: {describe(p, names)}", file=sys.stderr)
    print(
        f"{len(report.written)} Dateien geschrieben, "
        + (f"{len(old)} alt, nicht neu erzeugt, " if old else "")
        + f"{len(report.skipped)} übersprungen, "
        f"{len(report.failed)} fehlgeschlagen. Übersicht: {out / 'manifest.json'}"
    )
    return EXIT_DATA if report.failed else EXIT_OK


def _refuse_edited(out: Path, only: list[str] | None, options: BuildOptions) -> bool:
    """Name the documents this build would overwrite or delete although staff changed them
    after the last build; True if there are any (the build must not run)."""
    edited = edited_in_the_way(out, only, options)
    if not edited:
        return False
    print(
        f"Im Ordner „{out}“ wurden {len(edited)} Dokument(e) nach dem letzten Export geändert "
        "(z. B. in Word). Dieser Export würde sie überschreiben oder löschen:",
        file=sys.stderr,
    )
    for path in edited:
        print(f"  {path.relative_to(out).as_posix()}", file=sys.stderr)
    print(
        "Es wurde nichts geschrieben. Bitte die Änderungen sichern oder mit --out einen anderen "
        "Ordner wählen; mit --ueberschreiben wird trotzdem exportiert und die Änderungen gehen "
        "verloren.",
        file=sys.stderr,
    )
    return True


def _confirm_project_template(
    ceremony: Ceremony, options: BuildOptions, only: list[str] | None, *, allowed: bool
) -> None:
    """Refuse a Word template the project file names outside the user's template folders,
    unless the user allowed it – then it becomes the user's explicit choice."""
    path = template_needing_confirmation(ceremony)
    wanted = (only is None or "certificate" in only) and options.wants("certificate", "docx")
    if path is None or not wanted or options.option("certificate", "word_template"):
        return
    if not allowed:
        raise UserError(
            not_confirmed_message(path),
            hint="Es wurde nichts erstellt.",
            remedy=Remedy.ALLOW_TEMPLATE,
        )
    print(f"Word-Vorlage aus der Projektdatei (erlaubt mit {ALLOW_FLAG}): {path}")
    options.kind_options.setdefault("certificate", {})["word_template"] = str(path)


def _choices(args: argparse.Namespace) -> tuple[list[str] | None, BuildOptions]:
    """``--only``, ``--format``, ``--design`` and ``--option`` checked against the kinds."""
    only = check_only(args.only.split(",")) if args.only is not None else None
    kind_options: dict[str, dict[str, str]] = {}
    for text in args.option:
        key, value = _pair(text, "--option", "cheque.size=1200x600")
        kind, dot, name = key.partition(".")
        if not dot or not name:
            raise UserError(
                f"„--option {text}“: bitte als ART.NAME=WERT angeben, z. B. cheque.bleed=10."
            )
        kind_options.setdefault(kind, {})[name] = value
    formats: dict[str, tuple[str, ...]] = {}
    for kind, fmts in (_pair(f, "--format", "cheque=pdf") for f in args.format):
        formats[kind] = formats.get(kind, ()) + tuple(fmts.split(","))
    options = BuildOptions(
        designs=check_designs(
            dict(_pair(d, "--design", "certificate=modern") for d in args.design)
        ),
        formats=check_formats(formats),
        kind_options=check_options(kind_options),
    )
    return only, options


def _pair(text: str, flag: str, example: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise UserError(f"„{flag} {text}“: bitte im Muster {example} angeben.")
    return key.strip(), value.strip()

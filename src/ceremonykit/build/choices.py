"""Check what someone asked a build for against what the kinds declare.

Kind names (``--only``), formats (``--format``), designs (``--design``) and options
(``--option``) are compared with
the declarations in the registry, so a typo such as ``cheque.sise=…`` is refused with the
list of valid names instead of being ignored. The CLI turns a refusal into exit code 2; the
GUI offers only declared values in the first place.
"""

from __future__ import annotations

from collections.abc import Iterable

from ceremonykit.documents.registry import DocumentKind, all_kinds, kind_names
from ceremonykit.errors import UserError


class InvalidChoice(UserError):
    """A kind, format or option that no kind declares (a usage error, not a data problem)."""


def chosen_kind(name: str, flag: str = "--only") -> DocumentKind:
    for kind in all_kinds():
        if kind.name == name:
            return kind
    raise InvalidChoice(
        f"„{flag} {name}“: Diese Dokumentart gibt es nicht. Gültig sind: {', '.join(kind_names())}."
    )


def check_only(names: Iterable[str]) -> list[str]:
    """The kind names asked for, each one known, at least one."""
    chosen = [chosen_kind(n.strip()).name for n in names if n.strip()]
    if not chosen:
        raise InvalidChoice(
            f"„--only“: bitte mindestens eine Dokumentart nennen. Gültig sind: "
            f"{', '.join(kind_names())}."
        )
    return chosen


def check_designs(designs: dict[str, str]) -> dict[str, str]:
    """``{"cheque": "bold"}`` with every kind known and every design one it ships with, so a
    typo stops the build before it starts instead of failing the kind at the end."""
    checked: dict[str, str] = {}
    for name, design in designs.items():
        kind = chosen_kind(name, "--design")
        if not kind.designs:
            raise InvalidChoice(
                f"„--design {name}={design}“: Die Dokumentart {kind.name} ({kind.label}) hat "
                "keine Designs zur Auswahl."
            )
        if design not in kind.designs:
            what = (
                f"Das Design „{design}“ gibt es für {kind.label} nicht."
                if design
                else ("bitte ein Design nennen.")
            )
            raise InvalidChoice(
                f"„--design {name}={design}“: {what} Gültige Designs: {', '.join(kind.designs)}."
            )
        checked[kind.name] = design
    return checked


def check_formats(formats: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``{"cheque": ("pdf",)}`` with every kind and format known (lower case)."""
    checked: dict[str, tuple[str, ...]] = {}
    for name, fmts in formats.items():
        kind = chosen_kind(name, "--format")
        wanted = tuple(f.strip().lower() for f in fmts if f.strip())
        for fmt in wanted:
            if fmt not in kind.formats:
                raise InvalidChoice(
                    f"„--format {name}={fmt}“: {kind.label} gibt es nicht als {fmt.upper()}. "
                    f"Gültige Formate: {', '.join(kind.formats)}."
                )
        if not wanted:
            raise InvalidChoice(
                f"„--format {name}=“: bitte mindestens ein Format nennen "
                f"({', '.join(kind.formats)})."
            )
        checked[kind.name] = wanted
    return checked


def check_options(options: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """``{"cheque": {"bleed": "10"}}`` with every option declared and its value normalised."""
    checked: dict[str, dict[str, str]] = {}
    for name, values in options.items():
        kind = chosen_kind(name, "--option")
        for option_name, value in values.items():
            option = kind.option(option_name)
            if option is None:
                valid = ", ".join(o.name for o in kind.options)
                raise InvalidChoice(
                    f"„--option {name}.{option_name}“: Die Dokumentart {kind.name} "
                    f"({kind.label}) hat keine Option „{option_name}“. "
                    + (f"Gültige Optionen: {valid}." if valid else "Diese Art hat keine Optionen.")
                )
            normalised = option.normalise(value, where=f"„--option {name}.{option_name}“")
            checked.setdefault(kind.name, {})[option.name] = normalised
    return checked

"""German text templates: a sandboxed Jinja2 environment with the formatting filters.

Templates are data that staff may copy into their own folder and reword; they can neither run
code nor print a blank: names the template uses but the data lacks are listed (with the file
name) *before* anything is exported, and a value that is missing at render time stops the
export with a German message instead of printing "None" or nothing.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import (
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from ceremonykit.domain.model import DateStyle
from ceremonykit.errors import UserError
from ceremonykit.german import (
    address,
    amounts,
    dates,
    descriptions,
    gender,
    ordinals,
    phone,
    typography,
)
from ceremonykit.german.template_cache import Compiled, compile_template
from ceremonykit.resources import templates_dir


class TemplateProblem(UserError):
    """A text template cannot be used; the message names the file and what to change."""


def _not_none(value: object) -> object:
    """Jinja ``finalize``: refuse to print a missing value as "None"."""
    if value is None:
        raise UndefinedError("ein Wert ist leer (None)")
    return value


def _date_style(value: Any, style: str = "short") -> str:
    return dates.date_in_style(value, DateStyle(style))


FILTERS: dict[str, Callable[..., Any]] = {
    "amount": amounts.amount_text,
    "amount_symbol": amounts.amount_symbol,
    "amount_words": amounts.amount_words,
    "number": amounts.format_number,
    "date_long": dates.date_long,
    "date_short": dates.date_short,
    "date_numeric": dates.date_numeric,
    "date_weekday": dates.date_with_weekday,
    "date_newsroom": dates.date_newsroom,
    "date_style": _date_style,
    "day_in_text": dates.day_in_text,
    "time_text": dates.time_text,
    "datetime_text": dates.datetime_text,
    "phone": phone.phone_din5008,
    "quoted": typography.quoted,
    "project_named": typography.project_named,
    "quoted_inner": typography.quoted_inner,
    "quoted_said": typography.quoted_said,
    "german_quotes": typography.german_quotes,
    "join_and": typography.join_and,
    "count_text": typography.count_text,
    "capfirst": typography.capfirst,
    "at_venue": typography.at_venue,
    "weave": descriptions.weave,
    "ordinal": ordinals.ordinal_word,
    "place_heading": ordinals.place_heading,
    "group_term": gender.group_term,
    "address_form": address.address_form,
    "salutation_line": address.salutation_line,
}


MAX_TEXT = 1_000_000
"""Longest string or list a template may build with ``*`` (``'x' * 10**10`` fills the RAM)."""
MAX_EXPONENT = 100


class TemplateSandbox(SandboxedEnvironment):
    """Jinja2's sandbox (no underscore attributes, no unsafe callables, ``range`` capped) that
    also refuses the arithmetic a template could use to exhaust memory or CPU."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"Potenz mit Exponent {right} ist in Vorlagen nicht erlaubt")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                sized = isinstance(seq, str | list | tuple) and isinstance(times, int)
                if sized and len(seq) * times > MAX_TEXT:
                    raise SecurityError("zu langer Text in der Vorlage")
        return super().call_binop(context, operator, left, right)


def sandboxed_environment(**options: Any) -> TemplateSandbox:
    """The one policy for every template staff can edit – text (.j2) and Word (docxtpl) alike:
    sandboxed, a missing name or a ``None`` is an error instead of a blank."""
    return TemplateSandbox(undefined=StrictUndefined, finalize=_not_none, **options)


@dataclass(frozen=True)
class LoadedTemplate:
    name: str  # "press/release.de.txt"
    filename: str  # full path of the file actually used (user copy or bundled)


class TextTemplates:
    """Finds and renders text templates; the user's folder is searched before the bundle."""

    def __init__(self, user_dir: Path | None = None) -> None:
        search = [str(user_dir)] if user_dir else []
        search.append(str(templates_dir()))
        self.env = sandboxed_environment(
            loader=FileSystemLoader(search, encoding="utf-8"),
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.env.filters.update(FILTERS)
        self._cache: dict[tuple[str, int], Compiled] = {}

    def source_of(self, name: str) -> LoadedTemplate:
        try:
            _source, filename, _uptodate = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
        except TemplateNotFound:
            raise TemplateProblem(
                f"Die Textvorlage „{name}“ wurde nicht gefunden.",
                hint="Bitte die Vorlage wieder in den eigenen Vorlagenordner kopieren "
                "oder den Ordner in den Einstellungen leeren.",
            ) from None
        return LoadedTemplate(name, filename or name)

    def undefined_names(self, name: str, context: Mapping[str, Any]) -> list[str]:
        """Top-level names the template uses that ``context`` does not provide (sorted)."""
        used = self._parsed(self.source_of(name)).names
        return sorted(n for n in used if n not in context and n not in self.env.globals)

    def _parsed(self, loaded: LoadedTemplate) -> Compiled:
        """The names a template reads and the template compiled from the same parse, kept per
        file version (parsing costs more than rendering; Jinja's own ``get_template`` would
        parse the file a second time) – and between runs in the cache folder
        (:mod:`ceremonykit.german.template_cache`)."""
        path = Path(loaded.filename)
        key = (loaded.filename, path.stat().st_mtime_ns)
        if key not in self._cache:
            source = path.read_text(encoding="utf-8")
            try:
                compiled = compile_template(self.env, source, loaded.name, loaded.filename)
            except TemplateSyntaxError as exc:  # also an unknown filter (TemplateAssertionError)
                raise self._syntax_problem(loaded, exc) from None
            self._cache[key] = compiled
        return self._cache[key]

    def check(self, name: str, context: Mapping[str, Any]) -> None:
        """Raise a :class:`TemplateProblem` listing every unknown placeholder of the template."""
        missing = self.undefined_names(name, context)
        if missing:
            loaded = self.source_of(name)
            names = ", ".join(f"„{n}“" for n in missing)
            known = ", ".join(sorted(context))
            raise TemplateProblem(
                f"Die Textvorlage „{loaded.filename}“ verwendet unbekannte Platzhalter: {names}.",
                hint=f"Bitte die Vorlage korrigieren. Verfügbar sind: {known}.",
            )

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        """Check, then render; every failure becomes a German :class:`TemplateProblem`."""
        self.check(name, context)
        loaded = self.source_of(name)
        try:
            return self._parsed(loaded).template.render(dict(context))
        except TemplateSyntaxError as exc:
            raise self._syntax_problem(loaded, exc) from None
        except UndefinedError as exc:
            line = _template_line(exc, loaded.filename)
            where = f" (Zeile {line})" if line else ""
            raise TemplateProblem(
                f"In der Textvorlage „{loaded.filename}“{where} fehlt ein Wert: {exc.message}.",
                hint="Bitte die Angabe im Projekt ergänzen oder die Stelle in der Vorlage "
                "mit {% if … %} absichern.",
            ) from None
        except (TemplateError, ValueError, TypeError, KeyError, AttributeError) as exc:
            line = _template_line(exc, loaded.filename)
            where = f" (Zeile {line})" if line else ""
            raise TemplateProblem(
                f"Die Textvorlage „{loaded.filename}“{where} kann nicht ausgefüllt werden: {exc}.",
                hint="Bitte die Vorlage prüfen oder die Originalvorlage wiederherstellen.",
            ) from None

    @staticmethod
    def _syntax_problem(loaded: LoadedTemplate, exc: TemplateSyntaxError) -> TemplateProblem:
        return TemplateProblem(
            f"Die Textvorlage „{loaded.filename}“ hat in Zeile {exc.lineno} einen Fehler: "
            f"{(exc.message or '').rstrip('.')}.",
            hint="Bitte die Klammern {{ … }} und {% … %} prüfen.",
        )


def _template_line(exc: BaseException, filename: str) -> int | None:
    """The template line a render error happened in (Jinja maps frames to template lines)."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == filename:
            return frame.lineno
    return None

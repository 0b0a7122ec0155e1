"""Compiled text templates kept between runs: a process loads a template's code instead of
parsing and compiling the ``.j2`` file again (5–10 ms a template, twice in a press build).

What compiling yields is a Python code object plus the names the template reads from its
context (for :meth:`TextTemplates.check`). Both are stored in the cache folder
(``templates/``, :mod:`ceremonykit.derived_cache`) the way Jinja's own bytecode cache does it –
with ``marshal`` – under a key that covers everything the code depends on: a SHA-256 of the
template's source, its name and file path (they are compiled into the code, line numbers of
errors come from them), Jinja's version, Python's bytecode magic number and a fingerprint of
the environment (options, sandbox operators, filter, test and global names). A damaged entry
(checked by its SHA-256 seal), one made for another key or one that does not hold a code
object is ignored, and the template compiled and stored again.

Trust: loading a code object and running it is running code. An entry in the user's cache
folder is exactly as trustworthy as that folder: whoever can write there can also change the
user's settings, templates and – for an installation in the user profile – the program
itself. The seal guards against damage, not against such a person. Fonts (the other cache
area) are plain data and are never run.

Also: the names a template reads are noted while the code is generated, instead of by
``jinja2.meta.find_undeclared_variables``, which runs the whole code generator a second time.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import logging
import marshal
import sys
from dataclasses import dataclass
from types import CodeType
from typing import Any

import jinja2
from jinja2 import Environment, Template
from jinja2.compiler import CodeGenerator, Frame
from jinja2.utils import _PassArg  # how compiled code calls a filter (no public name)

from ceremonykit import __version__
from ceremonykit.derived_cache import can_write, read_entry, seal, unseal, write_entry

log = logging.getLogger(__name__)

FORMAT = 1
MAGIC = b"CeremonyKit template\n"
AREA = "templates"


@dataclass(frozen=True)
class Compiled:
    names: frozenset[str]  # top-level names the template reads from its context
    template: Template


class NameTrackingGenerator(CodeGenerator):
    """Jinja's code generator, noting the context names the template resolves – the same
    rule as ``jinja2.meta.TrackingCodeGenerator``, in the pass that writes the code."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.undeclared: set[str] = set()

    def enter_frame(self, frame: Frame) -> None:
        super().enter_frame(frame)
        for action, param in frame.symbols.loads.values():
            if action == "resolve" and param not in self.environment.globals:
                self.undeclared.add(param)


def compile_template(env: Environment, source: str, name: str, filename: str) -> Compiled:
    """The template and its names – from the cache when it holds this source compiled by an
    equal environment, else compiled (and stored). Raises Jinja's ``TemplateSyntaxError``
    (also for an unknown filter) like ``Environment.compile``."""
    key = _key(env, source, name, filename)
    entry = _entry_name(name, filename, key)
    stored = read_entry(AREA, entry)
    if stored is not None:
        loaded = _from_entry(stored, key, filename)
        if loaded is not None:
            names, code = loaded
            return Compiled(names, _template(env, code))
    names, code = _compile(env, source, name, filename)
    if can_write(AREA):
        header = json.dumps({"key": key, "names": sorted(names)}).encode("utf-8")
        payload = len(header).to_bytes(4, "big") + header + marshal.dumps(code)
        stem = _stem(name, filename)
        write_entry(AREA, entry, seal(MAGIC, payload), stale=f"{stem}.*.jinja")
    return Compiled(names, _template(env, code))


def _compile(
    env: Environment, source: str, name: str, filename: str
) -> tuple[frozenset[str], CodeType]:
    """What ``env.compile(env.parse(...))`` does, with the names noted on the way."""
    ast = env.parse(source, name, filename)
    python = io.StringIO()
    generator = NameTrackingGenerator(env, name, filename, python, False, env.optimized)
    generator.visit(ast)
    code = env._compile(python.getvalue(), filename)
    return frozenset(generator.undeclared), code


def _template(env: Environment, code: CodeType) -> Template:
    return env.template_class.from_code(env, code, env.make_globals(None))


def _stem(name: str, filename: str) -> str:
    """One entry per template file: its name plus a short hash of the path (a staff copy and
    the bundled template are two files)."""
    short = name.rsplit("/", 1)[-1].removesuffix(".j2")
    return f"{short}-{hashlib.sha256(filename.encode()).hexdigest()[:8]}"


def _entry_name(name: str, filename: str, key: str) -> str:
    return f"{_stem(name, filename)}.{hashlib.sha256(key.encode()).hexdigest()[:24]}.jinja"


def _key(env: Environment, source: str, name: str, filename: str) -> str:
    return "|".join(
        (
            f"format {FORMAT}",
            hashlib.sha256(source.encode("utf-8")).hexdigest(),
            name,
            filename,
            environment_fingerprint(env),
        )
    )


def environment_fingerprint(env: Environment) -> str:
    """Everything of the environment that shapes the compiled code or the names found."""
    parts: list[object] = [
        f"jinja2 {jinja2.__version__}",
        importlib.util.MAGIC_NUMBER.hex(),
        sys.version,
        f"{type(env).__module__}.{type(env).__qualname__}",
        f"{env.code_generator_class.__module__}.{env.code_generator_class.__qualname__}",
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        env.autoescape if isinstance(env.autoescape, bool) else "autoescape function",
        env.finalize is not None,
        repr(getattr(env.finalize, "jinja_pass_arg", None)),  # how the code calls it
        getattr(env, "sandboxed", False),
        sorted(getattr(env, "intercepted_binops", ())),
        sorted(getattr(env, "intercepted_unops", ())),
        sorted(env.extensions),
        # names and how the compiled code calls each filter and test: a filter that gains or
        # loses @pass_context keeps its name, but the code must pass it another first argument
        sorted((name, _calling(f)) for name, f in env.filters.items()),
        sorted((name, _calling(f)) for name, f in env.tests.items()),
        sorted(env.globals),
        f"ceremonykit {__version__}",
    ]
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def _calling(function: Any) -> str:
    """What Jinja passes a filter or test ahead of its value (context, eval context, env)."""
    passed = _PassArg.from_obj(function)
    return passed.name if passed else ""


def _from_entry(stored: bytes, key: str, filename: str) -> tuple[frozenset[str], CodeType] | None:
    payload = unseal(MAGIC, stored)
    if payload is None:
        log.warning("Zwischenspeicher der Vorlage %s beschädigt, wird neu übersetzt", filename)
        return None
    try:
        size = int.from_bytes(payload[:4], "big")
        header = json.loads(payload[4 : 4 + size].decode("utf-8"))
        if type(header) is not dict or header.get("key") != key:
            return None
        names = header["names"]
        if type(names) is not list or not all(type(n) is str for n in names):
            raise ValueError("names")
        code = marshal.loads(payload[4 + size :])
    except (ValueError, TypeError, EOFError, KeyError, UnicodeDecodeError, RecursionError) as exc:
        log.warning("Zwischenspeicher der Vorlage %s unbrauchbar (%r)", filename, exc)
        return None
    if type(code) is not CodeType or code.co_filename != filename:
        log.warning("Zwischenspeicher der Vorlage %s hält keinen passenden Code", filename)
        return None
    return frozenset(names), code

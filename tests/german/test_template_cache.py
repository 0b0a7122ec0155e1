"""Compiled text templates from the cache folder: the same text, names and error lines as
compiled ones, and a bad entry is never run."""

from __future__ import annotations

import json
import marshal
from pathlib import Path

import pytest
from jinja2 import meta, pass_context

from ceremonykit.demo import demo_ceremony
from ceremonykit.derived_cache import CACHE_DIR_ENV, seal, unseal
from ceremonykit.documents.invitations.content import TEMPLATE as INVITATION
from ceremonykit.documents.invitations.content import template_context
from ceremonykit.documents.press.facts import press_facts
from ceremonykit.documents.press.texts import PRESS_TEMPLATES
from ceremonykit.german import template_cache
from ceremonykit.german.template_cache import MAGIC, environment_fingerprint
from ceremonykit.german.templating import TemplateProblem, TextTemplates

BUNDLED = (*PRESS_TEMPLATES, INVITATION)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def entries(cache: Path) -> list[Path]:
    return sorted((cache / "templates").glob("*.jinja"))


def no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("compiled although cached")

    monkeypatch.setattr(template_cache, "_compile", refuse)


def context_for(name: str) -> dict[str, object]:
    ceremony = demo_ceremony()
    if name == INVITATION:
        return template_context(ceremony, ceremony.guests[0], "post")
    return dict(press_facts(ceremony).context)


@pytest.mark.parametrize("name", BUNDLED)
def test_a_cached_template_renders_the_same_text_with_the_same_names(
    name: str, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = context_for(name)
    fresh = TextTemplates()
    expected = fresh.render(name, context)
    loaded = fresh.source_of(name)
    ast = fresh.env.parse(Path(loaded.filename).read_text(encoding="utf-8"))
    assert fresh._parsed(loaded).names == meta.find_undeclared_variables(ast)
    assert len(entries(cache)) == 1

    no_compiling(monkeypatch)
    again = TextTemplates()  # another process, as far as the templates know
    assert again.render(name, context) == expected
    assert again._parsed(again.source_of(name)).names == fresh._parsed(loaded).names
    assert len(expected) > 200


TRICKY = {
    "loops and sets": "{% set a = 1 %}{% for x in xs %}{{ x }}{{ loop.index }}{{ a }}{% endfor %}{{ b }}",
    "macro": "{% macro m(p) %}{{ p }}{{ outer }}{% endmacro %}{{ m(1) }}{{ caller_name }}",
    "with and namespace": "{% with q = 1 %}{{ q }}{{ r }}{% endwith %}{% set ns = namespace(n=0) %}{{ ns.n }}",
    "call block": "{% macro w() %}[{{ caller() }}]{% endmacro %}{% call w() %}{{ inner }}{% endcall %}",
    "filters and tests": "{{ amount_value|amount }}{% if y is defined %}{{ y }}{% endif %}{{ range(3)|list }}",
}


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY)
def test_names_found_while_compiling_match_jinjas_introspection(text: str, tmp_path: Path) -> None:
    (tmp_path / "press").mkdir()
    (tmp_path / "press" / "t.txt.j2").write_text(text, encoding="utf-8")
    templates = TextTemplates(tmp_path)
    names = templates._parsed(templates.source_of("press/t.txt.j2")).names
    assert names == meta.find_undeclared_variables(templates.env.parse(text))
    assert names


def own_template(folder: Path, text: str) -> TextTemplates:
    (folder / "press").mkdir(exist_ok=True)
    (folder / "press" / "t.txt.j2").write_text(text, encoding="utf-8")
    return TextTemplates(folder)


def test_error_lines_and_unknown_names_come_right_from_the_cache(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Zeile eins\n{{ host.titel }}\n{{ nicht_da }}"
    with pytest.raises(TemplateProblem, match="nicht_da"):
        own_template(tmp_path, text).render("press/t.txt.j2", {"host": {}})
    assert len(entries(cache)) == 1
    no_compiling(monkeypatch)
    again = own_template(tmp_path, text)
    assert again.undefined_names("press/t.txt.j2", {"host": {}}) == ["nicht_da"]
    with pytest.raises(TemplateProblem, match=r"Zeile 2.*fehlt ein Wert"):
        again.render("press/t.txt.j2", {"host": {}, "nicht_da": 1})


def test_an_unknown_filter_is_a_german_problem_not_a_traceback(tmp_path: Path) -> None:
    templates = own_template(tmp_path, "Hallo\n{{ name|gibtsnicht }}")
    with pytest.raises(TemplateProblem, match=r"Zeile 2.*gibtsnicht"):
        templates.render("press/t.txt.j2", {"name": "A"})


def test_an_edited_template_replaces_its_entry(cache: Path, tmp_path: Path) -> None:
    assert own_template(tmp_path, "Alt {{ a }}").render("press/t.txt.j2", {"a": 1}) == "Alt 1"
    (first,) = entries(cache)
    assert own_template(tmp_path, "Neu {{ a }}").render("press/t.txt.j2", {"a": 1}) == "Neu 1"
    (second,) = entries(cache)
    assert first.name != second.name


def test_the_fingerprint_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    base = environment_fingerprint(TextTemplates().env)
    assert environment_fingerprint(TextTemplates().env) == base
    other = TextTemplates()
    other.env.trim_blocks = False
    assert environment_fingerprint(other.env) != base
    other = TextTemplates()
    other.env.filters["neu"] = str
    assert environment_fingerprint(other.env) != base
    monkeypatch.setattr(template_cache.jinja2, "__version__", "9.9")
    assert environment_fingerprint(TextTemplates().env) != base
    monkeypatch.undo()
    monkeypatch.setattr(template_cache, "__version__", "99.0")  # another CeremonyKit release
    assert environment_fingerprint(TextTemplates().env) != base


def test_a_filter_called_differently_gets_another_entry(cache: Path, tmp_path: Path) -> None:
    """A filter that gains @pass_context keeps its name, but compiled code must now pass it the
    context: an entry compiled for the old filter must not be used."""
    (tmp_path / "t.txt.j2").write_text("{{ wert|laut }}", encoding="utf-8")

    def loud(value: str) -> str:
        return f"{value}!"

    @pass_context
    def loud_with_context(context: object, value: str) -> str:
        return f"{value}!!"

    first = TextTemplates(tmp_path)
    first.env.filters["laut"] = loud
    assert first.render("t.txt.j2", {"wert": "abc"}) == "abc!"
    second = TextTemplates(tmp_path)
    second.env.filters["laut"] = loud_with_context
    assert second.render("t.txt.j2", {"wert": "abc"}) == "abc!!"


def _resealed(good: bytes, header_change: object = None, code: bytes | None = None) -> bytes:
    payload = unseal(MAGIC, good)
    assert payload is not None
    size = int.from_bytes(payload[:4], "big")
    header = json.loads(payload[4 : 4 + size])
    if header_change is not None:
        header_change(header)  # type: ignore[operator]
    raw = json.dumps(header).encode()
    return seal(MAGIC, len(raw).to_bytes(4, "big") + raw + (code or payload[4 + size :]))


def _other_code() -> bytes:
    return marshal.dumps(compile("raise SystemExit('ran')", "/elsewhere/t.txt.j2", "exec"))


BAD = {
    "empty": lambda good: b"",
    "flipped byte": lambda good: good[:-10] + bytes([good[-10] ^ 0xFF]) + good[-9:],
    "other key": lambda good: _resealed(good, lambda h: h.__setitem__("key", "x")),
    "names not text": lambda good: _resealed(good, lambda h: h.__setitem__("names", [1])),
    "not code": lambda good: _resealed(good, code=marshal.dumps(42)),
    "truncated code": lambda good: _resealed(
        good, code=marshal.dumps(compile("1", "f", "exec"))[:9]
    ),
    "code of another file": lambda good: _resealed(good, code=_other_code()),
}


@pytest.mark.parametrize("damage", BAD)
def test_a_bad_entry_is_not_run_but_compiled_again(
    damage: str, cache: Path, tmp_path: Path
) -> None:
    text = "Hallo {{ name }}"
    assert own_template(tmp_path, text).render("press/t.txt.j2", {"name": "A"}) == "Hallo A"
    (entry,) = entries(cache)
    good = entry.read_bytes()
    entry.write_bytes(BAD[damage](good))
    again = own_template(tmp_path, text)
    assert again.render("press/t.txt.j2", {"name": "B"}) == "Hallo B"
    assert again.undefined_names("press/t.txt.j2", {}) == ["name"]
    assert entry.read_bytes() == good

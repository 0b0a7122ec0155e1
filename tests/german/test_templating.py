from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ceremonykit.german.templating import TemplateProblem, TextTemplates


def _templates(tmp_path: Path, text: str) -> TextTemplates:
    (tmp_path / "press").mkdir(exist_ok=True)
    (tmp_path / "press" / "t.txt.j2").write_text(text, encoding="utf-8")
    return TextTemplates(tmp_path)


def test_filters_format_german(tmp_path: Path) -> None:
    t = _templates(
        tmp_path,
        "{{ total|amount }} | {{ total|amount_words }} | {{ d|day_in_text }} | "
        "{{ d|date_newsroom }} | {{ p|quoted }} | {{ tel|phone }} | {{ 2|place_heading }} | "
        "{{ 'Preisträger'|group_term('star') }}",
    )
    out = t.render(
        "press/t.txt.j2",
        {"total": Decimal("5000"), "d": date(2025, 11, 10), "p": "Ankoppeln", "tel": "0231 50-1"},
    )
    assert out.replace("\u00a0", " ").replace("\u2011", "-") == (
        "5.000 Euro | fünftausend Euro | Montag (10. November) | Mo 10. November 2025 | "
        "„Ankoppeln“ | 0231 50-1 | Zweiter Platz | Preisträger*innen"
    )


def test_unknown_names_are_listed_with_the_file_before_rendering(tmp_path: Path) -> None:
    t = _templates(tmp_path, "{% for x in items %}{{ x }}{% endfor %}{{ ort }} {{ preis }}")
    assert t.undefined_names("press/t.txt.j2", {"items": []}) == ["ort", "preis"]
    with pytest.raises(TemplateProblem) as info:
        t.render("press/t.txt.j2", {"items": []})
    assert "„ort“, „preis“" in info.value.message
    assert str(tmp_path / "press" / "t.txt.j2") in info.value.message


def test_missing_attribute_and_none_are_errors_not_blanks(tmp_path: Path) -> None:
    t = _templates(tmp_path, "Text\n{{ host.titel }}")
    with pytest.raises(TemplateProblem, match=r"Zeile 2.*fehlt ein Wert"):
        t.render("press/t.txt.j2", {"host": {"name": "A"}})
    t = _templates(tmp_path, "{{ venue }}")
    with pytest.raises(TemplateProblem, match="None"):
        t.render("press/t.txt.j2", {"venue": None})


def test_sandbox_blocks_code(tmp_path: Path) -> None:
    t = _templates(tmp_path, "{{ x.__class__.__mro__ }}")
    with pytest.raises(TemplateProblem):
        t.render("press/t.txt.j2", {"x": "a"})


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    t = _templates(tmp_path, "ok\n{% if x %}offen")
    with pytest.raises(TemplateProblem, match=r"t\.txt\.j2.*Zeile"):
        t.render("press/t.txt.j2", {"x": 1})


def test_missing_template_is_a_german_message(tmp_path: Path) -> None:
    with pytest.raises(TemplateProblem, match="nicht gefunden"):
        TextTemplates(tmp_path).render("press/gibtsnicht.txt.j2", {})


def test_an_edited_template_is_read_again(tmp_path: Path) -> None:
    """Parsed and compiled once per file version: staff editing their copy see the new text
    in the next build of the same session (GUI)."""
    import os

    t = _templates(tmp_path, "Alt: {{ ort }}")
    assert t.render("press/t.txt.j2", {"ort": "Dortmund"}) == "Alt: Dortmund"
    path = tmp_path / "press" / "t.txt.j2"
    path.write_text("Neu: {{ ort }} {{ jahr }}", encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert t.undefined_names("press/t.txt.j2", {"ort": "x"}) == ["jahr"]
    assert t.render("press/t.txt.j2", {"ort": "Dortmund", "jahr": 2026}) == "Neu: Dortmund 2026"

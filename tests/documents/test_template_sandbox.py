"""No template can run code: known SSTI payloads in text (.j2) and Word (docxtpl) templates
write no file and run nothing; a Word template named by a project file needs confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest
from certificate_helpers import build
from docx import Document
from docx.oxml.ns import qn

from ceremonykit.documents.certificates.user_template import WordTemplate
from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.preflight import run_preflight
from ceremonykit.domain.settings_keys import CERTIFICATE_WORD_TEMPLATE
from ceremonykit.errors import UserError
from ceremonykit.german.templating import TemplateProblem, TextTemplates
from ceremonykit.resources import template_path
from ceremonykit.store import ProjectFile
from conftest import run_cli

SAMPLE = template_path("certificates/eigene-vorlage-beispiel.docx")

# {M} is replaced by the path of a marker file that a successful escape would create.
PAYLOADS = [
    "{{ x.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('touch {M}').read() }}",
    "{{ joiner.__init__.__globals__.os.system('touch {M}') }}",
    "{{ namespace.__init__.__globals__.os.system('touch {M}') }}",
    "{{ lipsum.__globals__['os'].popen('touch {M}').read() }}",
    "{{ lipsum|attr('__globals__')|attr('get')('os') }}",
    "{{ x|attr('__class__')|attr('__base__')|attr('__subclasses__')() }}",
    "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').system('touch {M}') }}{% endif %}{% endfor %}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.system('touch {M}') }}",
    "{{ '{0.__class__.__init__.__globals__}'.format(x) }}",
    "{% set g = cycler.__init__.__globals__ %}{{ g['os'].system('touch {M}') }}",
    "{{ range.__init__.__globals__ }}",
    "{{ x.__init__.__globals__['__builtins__']['open']('{M}', 'w').write('x') }}",
    "{{ 'x' * 100000000 }}",
    "{{ 9 ** 999999999 }}",
]


def _payload(raw: str, marker: Path) -> str:
    return raw.replace("{M}", str(marker))


@pytest.mark.parametrize("raw", PAYLOADS)
def test_text_template_payload_is_refused(raw: str, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    (tmp_path / "press").mkdir()
    (tmp_path / "press" / "angriff.txt").write_text(_payload(raw, marker), encoding="utf-8")
    templates = TextTemplates(tmp_path)
    with pytest.raises(TemplateProblem) as info:
        templates.render("press/angriff.txt", {"x": "Wert"})
    assert "angriff.txt" in str(info.value)
    assert not marker.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["press"]  # nothing written


def _word_file(folder: Path, body: str, *, title: str = "") -> Path:
    doc = Document(str(SAMPLE))
    doc.add_paragraph(body)
    if title:  # written into the XML: python-docx refuses titles over 255 characters
        doc.core_properties.title = "x"
        doc.core_properties._element.find(qn("dc:title")).text = title
    path = folder / "vorlage.docx"
    doc.save(str(path))
    return path


@pytest.mark.parametrize("raw", PAYLOADS)
@pytest.mark.parametrize("where", ["body", "title"])
def test_word_template_payload_runs_nothing(raw: str, where: str, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = _payload(raw, marker)
    path = _word_file(
        tmp_path,
        payload if where == "body" else "{{ preistraeger }}",
        title=payload if where == "title" else "",
    )
    template = WordTemplate(path)
    with pytest.raises(UserError) as info:
        template.render(dict.fromkeys(template.used | {"preistraeger", "x"}, "Wert"))
    assert "vorlage.docx" in str(info.value)
    assert not marker.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vorlage.docx"]


def test_word_payload_through_a_build_writes_no_certificate(tmp_path: Path, demo: Ceremony) -> None:
    marker = tmp_path / "pwned"
    path = _word_file(
        tmp_path,
        "{{ preistraeger.__class__.__mro__[1].__subclasses__()[0].__init__.__globals__ }}"
        + f"{{{{ preistraeger.__init__.__globals__['os'].system('touch {marker}') }}}}",
    )
    out = tmp_path / "out"
    report = build(demo, out, "classic", word_template=str(path))
    reasons = " ".join(p.reason for p in report.failed)
    assert "nicht erlaubten Ausdruck" in reasons
    assert not marker.exists()
    assert not (out / "urkunden" / "eigene_vorlage").exists()
    assert (out / "urkunden" / "word").is_dir()  # the other certificates are still made


def test_word_template_whose_filled_title_is_too_long(tmp_path: Path) -> None:
    path = _word_file(tmp_path, "{{ preistraeger }}", title="{{ preistraeger * 30 }}")
    template = WordTemplate(path)
    with pytest.raises(UserError) as info:
        template.render(dict.fromkeys(template.used, "Nachbarschaftshilfe"))
    assert "zu langen Titel" in str(info.value)


def test_sandboxed_word_template_still_fills_placeholders(tmp_path: Path) -> None:
    path = _word_file(tmp_path, "{% if teilnahme %}T{% endif %}{{ preistraeger|upper }}")
    template = WordTemplate(path)
    values = dict.fromkeys(template.used, "")
    data = template.render(values | {"preistraeger": "Anna & Söhne <GmbH>", "teilnahme": ""})
    out = tmp_path / "out.docx"
    out.write_bytes(data)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "ANNA & SÖHNE <GMBH>" in text  # escaped into the XML, shown as typed


# ------------------------------------------------------------ templates named by a project
def _project_template(demo: Ceremony, path: Path) -> Ceremony:
    demo.settings[CERTIFICATE_WORD_TEMPLATE] = str(path)
    return demo


def test_project_template_outside_the_folders_is_not_used(tmp_path: Path, demo: Ceremony) -> None:
    foreign = tmp_path / "anhang"
    foreign.mkdir()
    path = _word_file(foreign, "{{ preistraeger }}")
    out = tmp_path / "out"
    report = build(_project_template(demo, path), out, "classic")
    reasons = " ".join(p.reason for p in report.failed)
    assert (
        str(path) in reasons
        and "nicht verwendet" in reasons
        and "beim Erstellen erlauben" in reasons
    )
    assert "--vorlage-erlauben" not in reasons  # the build report shows in the window, too
    assert not (out / "urkunden" / "eigene_vorlage").exists()


@pytest.fixture
def template_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user template folder (as listed in CEREMONYKIT_TEMPLATE_DIRS)."""
    folder = tmp_path / "Vorlagen"
    folder.mkdir()
    monkeypatch.setenv("CEREMONYKIT_TEMPLATE_DIRS", str(folder))
    return folder


def test_project_template_inside_a_template_folder_is_used(
    tmp_path: Path, demo: Ceremony, template_folder: Path
) -> None:
    path = _word_file(template_folder, "{{ preistraeger }}")
    report = build(_project_template(demo, path), tmp_path / "out", "classic")
    assert report.failed == []
    assert len(list((tmp_path / "out" / "urkunden" / "eigene_vorlage").glob("*.docx"))) == 5


def test_symlink_in_template_folder_to_outside_is_not_trusted(
    tmp_path: Path, demo: Ceremony, template_folder: Path
) -> None:
    outside = _word_file(tmp_path, "{{ preistraeger }}")
    (template_folder / "link.docx").symlink_to(outside)
    link = template_folder / "link.docx"
    report = build(_project_template(demo, link), tmp_path / "out", "classic")
    assert any("nicht verwendet" in p.reason for p in report.failed)


def test_preview_formats_never_render_the_word_template(tmp_path: Path, demo: Ceremony) -> None:
    from ceremonykit.build import build_ceremony
    from ceremonykit.documents.context import BuildOptions

    marker = tmp_path / "pwned"
    path = _word_file(tmp_path, f"{{{{ preistraeger.__init__.__globals__ }}}}{marker}")
    options = BuildOptions(
        formats={"certificate": ("pdf",)},
        kind_options={"certificate": {"word_template": str(path)}},
    )
    report = build_ceremony(demo, tmp_path / "out", only=["certificate"], options=options)
    assert report.failed == []
    assert {f.format for f in report.files} == {"pdf"}


def test_check_shows_the_project_template(demo: Ceremony) -> None:
    findings = run_preflight(_project_template(demo, Path("/irgendwo/vorlage.docx")))
    texts = [f.text() for f in findings if f.field == "settings"]
    assert len(texts) == 1 and "„/irgendwo/vorlage.docx“" in texts[0]


def test_cli_refuses_a_foreign_project_template_unless_allowed(
    tmp_path: Path, demo: Ceremony
) -> None:
    foreign = tmp_path / "anhang"
    foreign.mkdir()
    path = _word_file(foreign, "{{ preistraeger }}")
    project = tmp_path / "fremd.ceremony"
    ProjectFile.create(project, _project_template(demo, path)).close()

    check = run_cli("check", str(project))
    assert str(path) in check.stdout + check.stderr

    out = tmp_path / "out"
    refused = run_cli("build", str(project), "--out", str(out), "--only", "certificate", "--quiet")
    assert refused.returncode == 1, refused.stderr
    assert "--vorlage-erlauben" in refused.stderr and str(path) in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not out.exists()  # nothing built

    others = run_cli("build", str(project), "--out", str(out), "--only", "cheque", "--quiet")
    assert others.returncode == 0, others.stderr  # only certificates need the template

    allowed = run_cli(
        "build", str(project), "--out", str(out), "--only", "certificate", "--quiet",
        "--vorlage-erlauben",
    )  # fmt: skip
    assert allowed.returncode == 0, allowed.stderr
    assert len(list((out / "urkunden" / "eigene_vorlage").glob("*.docx"))) == 5

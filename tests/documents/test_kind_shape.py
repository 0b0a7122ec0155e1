"""Every document kind has the same shape: declared label, German folder, formats, options."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.context import BuildContext, BuildOptions, BuildReport
from ceremonykit.documents.kind import LazyBuild
from ceremonykit.documents.registry import (
    CERTIFICATE_DESIGNS,
    CHEQUE_DESIGNS,
    all_kinds,
    get_kind,
)
from ceremonykit.errors import Cancelled, UserError
from conftest import cli_env

GERMAN_FOLDERS = {"urkunden", "presse", "newsroom", "fotos", "schecks", "gaeste"}


def test_every_kind_declares_label_folder_and_formats() -> None:
    names = [k.name for k in all_kinds()]
    assert len(names) == len(set(names))
    for kind in all_kinds():
        assert kind.label and kind.formats and callable(kind.build), kind.name
        assert kind.folder and "/" not in kind.folder, f"{kind.name} declares no folder"
        assert kind.folder == kind.folder.lower() and kind.folder.isascii(), kind.folder
    assert {k.folder for k in all_kinds()} >= GERMAN_FOLDERS


def test_every_kind_names_a_build_function_that_exists() -> None:
    for kind in all_kinds():
        assert isinstance(kind.build, LazyBuild), kind.name
        assert callable(kind.build.resolve()), kind.name


def test_declared_designs_match_the_design_modules() -> None:
    from ceremonykit.documents.certificates.design import BUNDLED
    from ceremonykit.documents.cheques.design import BUNDLED_DESIGNS

    assert CERTIFICATE_DESIGNS == BUNDLED
    assert CHEQUE_DESIGNS == BUNDLED_DESIGNS
    assert get_kind("certificate").designs == BUNDLED


HEAVY = ("reportlab", "docx", "openpyxl", "PIL", "pikepdf", "docxtpl", "lxml")


def test_listing_and_checking_kinds_imports_no_document_library() -> None:
    """The registry is metadata only: a build module is imported when its kind is built."""
    code = (
        "import sys\n"
        "from ceremonykit.build.choices import check_formats, check_only, check_options\n"
        "check_only(['greeting_list']); check_formats({'cheque': ('pdf',)})\n"
        "check_options({'cheque': {'size': '900x450'}, 'name_badges': {'layout': 'avery_l4785'}})\n"
        "from ceremonykit.build import runner\n"
        f"heavy = {HEAVY!r}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(), check=True
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_every_file_of_a_full_build_lies_in_its_kinds_folder(tmp_path: Path) -> None:
    report = build_ceremony(demo_ceremony(), tmp_path)
    folders = {k.name: k.folder for k in all_kinds()}
    assert report.files
    for f in report.files:
        assert f.path.split("/")[0] == folders[f.kind], f.path
        assert (tmp_path / f.path).is_file()
    written = {f.path.split("/")[0] for f in report.files}
    assert {"cheques", "guests"}.isdisjoint(written)
    assert not (tmp_path / "cheques").exists() and not (tmp_path / "guests").exists()


def _ctx(tmp_path: Path) -> BuildContext:
    return BuildContext(
        demo_ceremony(), "probe", tmp_path, BuildOptions(), BuildReport(), folder="probe"
    )


def test_attempt_turns_each_problem_into_a_failure_of_that_subject(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    done = []
    for subject, error in (
        ("a", UserError("Bitte das Logo hinterlegen.")),
        ("b", PermissionError(13, "Zugriff verweigert")),
        ("c", ZeroDivisionError("x")),
        ("d", None),
    ):
        with ctx.attempt(subject, f"Das Dokument {subject}"):
            if error is not None:
                raise error
            done.append(subject)
    assert done == ["d"]
    reasons = {p.subject: p.reason for p in ctx.report.failed}
    assert reasons["a"] == "Bitte das Logo hinterlegen."
    # the OS error is explained in German (not echoed from the exception's text)
    assert reasons["b"].startswith("Das Dokument b konnte nicht geschrieben werden: ")
    assert "Schreibrechte" in reasons["b"]
    assert "Das Dokument c konnte nicht erstellt werden" in reasons["c"]
    assert "ZeroDivisionError" in reasons["c"] and "Protokolldatei" in reasons["c"]
    with pytest.raises(Cancelled), ctx.attempt("e", "E"):
        raise Cancelled()


def test_path_places_a_file_in_the_kinds_folder(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    ctx.write_bytes(ctx.path("x.txt"), "txt", b"x")
    assert (tmp_path / "probe" / "x.txt").read_bytes() == b"x"


def test_options_come_from_the_build_else_the_project_else_the_default(tmp_path: Path) -> None:
    ceremony = demo_ceremony()
    ceremony.settings["cheque.size"] = "600x300"
    stored = build_ceremony(ceremony, tmp_path / "a", only=["cheque"])
    assert stored.files and all("_600x300." in f.path for f in stored.files)
    chosen = BuildOptions(kind_options={"cheque": {"size": "1200x600"}})
    report = build_ceremony(ceremony, tmp_path / "b", only=["cheque"], options=chosen)
    assert report.files and all("_1200x600." in f.path for f in report.files)
    default = build_ceremony(demo_ceremony(), tmp_path / "c", only=["cheque"])
    assert default.files and all("_900x450." in f.path for f in default.files)


def test_every_declared_option_has_label_help_and_a_valid_default() -> None:
    for kind in all_kinds():
        for option in kind.options:
            assert option.label and option.help, (kind.name, option.name)
            assert option.normalise(option.default) == option.default, (kind.name, option.name)
            if option.values:
                assert option.describe_values()


def test_fonts_are_registered_when_first_used(tmp_path: Path) -> None:
    """A guest list parses the two fonts it draws with, not all ten bundled ones."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from ceremonykit.build import build_ceremony\n"
        "from ceremonykit.demo import demo_ceremony\n"
        "from ceremonykit.documents.pdf.fonts import register_fonts\n"
        "before = set(pdfmetrics.getRegisteredFontNames())\n"
        f"build_ceremony(demo_ceremony(), Path({str(tmp_path)!r}), only=['checkin_list'])\n"
        "print(sorted(set(pdfmetrics.getRegisteredFontNames()) - before))\n"
        "register_fonts()\n"
        "print(len(set(pdfmetrics.getRegisteredFontNames()) - before))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(), check=True
    )
    first, everything = result.stdout.split("\n")[:2]
    assert first == "['Sans', 'Sans-Bold']", result.stdout + result.stderr
    assert everything == "10"

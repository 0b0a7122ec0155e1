"""``ceremonykit --selftest`` from the source tree: passes on a complete installation and names
what is missing or broken when it is not."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ceremonykit import resources, selftest
from ceremonykit.build import runner
from ceremonykit.documents import registry
from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.registry import DocumentKind
from conftest import REPO, run_cli


def test_selftest_passes_and_writes_german_report(tmp_path: Path) -> None:
    result = run_cli("--selftest", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Ergebnis: alle 7 Prüfungen bestanden." in result.stdout
    for title in ("Schriften", "Vorlagen", "Projektdatei", "Dokumente der Demo-Verleihung"):
        assert f"[OK] {title}:" in result.stdout
    assert "qtbase_de.qm" in result.stdout
    assert "10 Schriften geladen" in result.stdout


def test_report_is_written_next_to_the_log(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ceremonykit.logs import log_file

    # in-process without Qt (the full run is the child process above): keep this worker Qt-free
    results = [selftest.Result("Schriften", True, "10 Schriften geladen")]
    monkeypatch.setattr(selftest, "run_checks", lambda: results)
    assert selftest.run_selftest() == 0
    printed = capsys.readouterr().out
    assert "[OK] Schriften: 10 Schriften geladen" in printed
    assert "Ergebnis: alle 1 Prüfungen bestanden." in printed
    assert log_file().with_name("selftest.txt").read_text(encoding="utf-8") == printed


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """A copy of the bundled resources and templates that a test may break."""
    res, tpl = tmp_path / "resources", tmp_path / "templates"
    shutil.copytree(REPO / "resources", res)
    tpl.mkdir()
    monkeypatch.setattr(resources, "_roots", lambda: (res, tpl))
    yield res, tpl


def test_font_without_licence_is_named(bundle: tuple[Path, Path]) -> None:
    res, _ = bundle
    (res / "fonts" / "LICENSE-DejaVu.txt").unlink()
    with pytest.raises(selftest.CheckFailed, match="Lizenzdatei zur Schrift DejaVuSans"):
        selftest.check_fonts()


def test_broken_translation_and_template_fail(
    bundle: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    res, tpl = bundle
    _register(monkeypatch)  # the kinds are tested on their own; keep this test fast
    without_qt = tuple(c for c in selftest.CHECKS if "Qt" not in c[0])  # worker stays Qt-free
    monkeypatch.setattr(selftest, "CHECKS", without_qt)
    (res / "translations").mkdir(exist_ok=True)  # the GUI ships translations/*.ts
    (res / "translations" / "ceremonykit_en.qm").write_bytes(b"not a qm file")
    with pytest.raises(selftest.CheckFailed, match=r"ceremonykit_en\.qm ist keine Qt-Übersetzung"):
        selftest.check_resources()
    (tpl / "press").mkdir()
    (tpl / "press" / "design.json").write_text('{"kaputt": ', encoding="utf-8")
    results = {r.title: r for r in selftest.run_checks()}
    assert not results["Vorlagen"].ok
    assert "JSONDecodeError" in results["Vorlagen"].detail
    report = selftest.format_report(list(results.values()))
    assert "[FEHLER] Ressourcen und Übersetzungen" in report
    assert "Prüfungen fehlgeschlagen" in report


def _register(monkeypatch: pytest.MonkeyPatch, *kinds: DocumentKind) -> None:
    monkeypatch.setattr(registry, "all_kinds", lambda: kinds)
    monkeypatch.setattr(runner, "all_kinds", lambda: kinds)


def _writes_text(ctx: BuildContext) -> None:
    for prize in ctx.ceremony.prizes:
        ctx.write_bytes(f"probe/{prize.id}.txt", "txt", f"Preis {prize.id}".encode(), prize.id)


def _breaks(ctx: BuildContext) -> None:
    raise RuntimeError("kaputt")


def test_every_registered_kind_is_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _register(monkeypatch, DocumentKind("probe", "Probe", "Probe", ("txt",), _writes_text))
    detail = selftest.check_documents(tmp_path)
    assert detail == "1 Dokumentarten, 4 Dateien (Probe 4)"  # one per prize of the demo
    assert (tmp_path / "ausgabe" / "manifest.json").is_file()


def test_failing_kind_fails_the_selftest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _register(
        monkeypatch,
        DocumentKind("probe", "Probe", "Probe", ("txt",), _writes_text),
        DocumentKind("broken", "Kaputt", "Broken", ("pdf",), _breaks),
    )
    with pytest.raises(selftest.CheckFailed) as info:
        selftest.check_documents(tmp_path)
    assert "broken: Interner Fehler (RuntimeError)" in str(info.value)
    assert "Kaputt: keine Datei erzeugt" in str(info.value)


def test_no_kinds_is_reported_not_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _register(monkeypatch)
    assert "keine Dokumentarten registriert" in selftest.check_documents(tmp_path)


def test_windowed_build_without_console_still_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    from ceremonykit.logs import log_file

    monkeypatch.setattr(selftest, "run_checks", lambda: [selftest.Result("Probe", False, "fehlt")])
    monkeypatch.setattr("sys.stdout", None)
    assert selftest.run_selftest() == 1
    report = log_file().with_name("selftest.txt").read_text(encoding="utf-8")
    assert "[FEHLER] Probe: fehlt" in report


def test_missing_rl_accel_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    selftest.check_rl_accel()  # present in the development environment
    monkeypatch.setitem(__import__("sys").modules, "_rl_accel", None)  # as if not bundled
    with pytest.raises(selftest.CheckFailed, match="_rl_accel fehlt"):
        selftest.check_rl_accel()

"""The command line as a user meets it: exit codes, German messages, never a traceback."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ceremonykit.user_settings import load_sender_profile, sender_file
from conftest import run_cli


def test_new_demo_show_and_check(tmp_path: Path) -> None:
    path = tmp_path / "demo.ceremony"
    result = run_cli("new", str(path), "--demo")
    assert result.returncode == 0, result.stderr
    shown = run_cli("show", str(path))
    assert shown.returncode == 0
    assert "Ehrenamtspreis 2026" in shown.stdout
    assert "Erster Preis (5.000\u00a0Euro): Nachbarschaftshilfe Hörde-Süd e.V." in shown.stdout
    assert "Ehrenpreis: Aylin D'Angelo und Sven Økland" in shown.stdout
    checked = run_cli("check", str(path))
    assert checked.returncode == 0, checked.stdout
    assert "Prüfung:" in checked.stdout


def test_show_json_has_the_whole_record_with_money_as_strings(demo_file: Path) -> None:
    result = run_cli("show", str(demo_file), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total_prize_money"] == "10000.00"
    assert [p["amount"] for p in data["prizes"]] == ["5000.00", "3000.00", "2000.00", None]
    assert len(data["guests"]) == 48 and len(data["photos"]) == 5
    assert {w["organisation"] for w in data["winners"]} >= {"Lesewelten Nordstadt gGmbH"}
    assert all("bytes" in a and "data" not in a for a in data["assets"])


def test_check_exits_1_on_errors(tmp_path: Path) -> None:
    path = tmp_path / "leer.ceremony"
    assert run_cli("new", str(path)).returncode == 0
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert "Fehler: Veranstaltung: Es fehlt der Name des Preises." in result.stdout


def test_new_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "x.ceremony"
    path.write_bytes(b"wichtig")
    result = run_cli("new", str(path))
    assert result.returncode == 1
    assert "gibt es schon" in result.stderr
    assert path.read_bytes() == b"wichtig"


def test_usage_errors_exit_2_in_german(tmp_path: Path) -> None:
    result = run_cli("build", str(tmp_path / "x.ceremony"))
    assert result.returncode == 2
    assert "Aufruf fehlerhaft" in result.stderr
    assert run_cli().returncode == 2
    unknown = run_cli("frobnicate")
    assert unknown.returncode == 2
    assert "ungültige Auswahl: 'frobnicate' (möglich: 'new'" in unknown.stderr
    assert "choose" not in unknown.stderr


def test_missing_file_is_a_data_error_and_unknown_kind_a_usage_error(
    tmp_path: Path, demo_file: Path
) -> None:
    result = run_cli("show", str(tmp_path / "fehlt.ceremony"))
    assert result.returncode == 1 and "nicht gefunden" in result.stderr
    result = run_cli("build", str(demo_file), "--out", str(tmp_path / "o"), "--only", "zauberei")
    assert result.returncode == 2
    assert "„--only zauberei“: Diese Dokumentart gibt es nicht" in result.stderr
    assert "certificate, press_release" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        (
            ["--option", "cheque.sise=600x300"],
            "keine Option „sise“. Gültige Optionen: size, bleed, crop_marks, png_dpi, number.",
        ),
        (
            ["--option", "cheque.bleed=99"],
            "„99“ ist nicht erlaubt. Erlaubt: eine Zahl von 0 bis 50",
        ),
        (["--option", "cheque.png_dpi=200"], "Erlaubt: 150, 300."),
        (["--option", "certificate.participation=vielleicht"], "Erlaubt: 1 (ja) oder 0 (nein)."),
        (["--option", "guest_list.farbe=rot"], "Diese Art hat keine Optionen."),
        (["--option", "zauberei.size=1"], "„--option zauberei“: Diese Dokumentart gibt es nicht."),
        (["--format", "cheque=docx"], "Schecks gibt es nicht als DOCX. Gültige Formate: pdf, png."),
        (["--option", "ohnepunkt=1"], "ART.NAME=WERT"),
        (
            ["--design", "cheque=zzz"],
            "Das Design „zzz“ gibt es für Schecks nicht. Gültige Designs:",
        ),
        (["--design", "certificate="], "„--design certificate=“: bitte ein Design nennen."),
        (["--design", "guest_list=modern"], "hat keine Designs zur Auswahl."),
        (["--design", "zauberei=modern"], "„--design zauberei“: Diese Dokumentart gibt es nicht."),
        (["--only", ","], "„--only“: bitte mindestens eine Dokumentart nennen. Gültig sind:"),
    ],
)
def test_typos_in_kinds_formats_and_options_are_usage_errors(
    tmp_path: Path, demo_file: Path, argument: list[str], expected: str
) -> None:
    out = tmp_path / "out"
    result = run_cli("build", str(demo_file), "--out", str(out), "--quiet", *argument)
    assert result.returncode == 2, result.stdout + result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_build_writes_manifest(tmp_path: Path, demo_file: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("build", str(demo_file), "--out", str(out), "--quiet")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["ceremony"]["title"] == "Ehrenamtspreis 2026"
    assert manifest["ceremony"]["total_prize_money"] == "10000.00"
    assert manifest["report"]["done"] == len(manifest["files"])
    for entry in manifest["files"]:
        assert (out / entry["path"]).is_file()
        assert entry["format"] in {"pdf", "docx", "png", "html", "xlsx", "csv", "jpg", "txt", "eml"}
    assert result.returncode == (1 if manifest["report"]["failed"] else 0), manifest["report"][
        "failed"
    ]


def _build_cheques(demo_file: Path, out: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """``ceremonykit build`` of the demo's cheques only, quietly, with extra ``arguments``."""
    return run_cli(
        "build", str(demo_file), "--out", str(out), "--quiet", "--only", "cheque", *arguments
    )


def test_build_options_and_formats_reach_the_kinds(tmp_path: Path, demo_file: Path) -> None:
    out = tmp_path / "out"
    result = _build_cheques(
        demo_file,
        out,
        *("--format", "cheque=pdf"),
        *("--option", "cheque.size=600x300", "--option", "cheque.bleed=10"),
    )
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {f["format"] for f in manifest["files"]} == {"pdf"}
    assert all("600x300" in f["path"] for f in manifest["files"])
    flags = _build_cheques(
        demo_file, out, "--option", "cheque.crop_marks=ja", "--option", "cheque.number=nein"
    )
    assert flags.returncode == 0, flags.stderr


def test_final_assigns_the_running_number_once(tmp_path: Path) -> None:
    path = tmp_path / "demo.ceremony"
    assert run_cli("new", str(path), "--demo").returncode == 0
    first = run_cli("final", str(path), "--ohne-profil")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Nr. 1085 ist endgültig" in first.stdout
    again = run_cli("final", str(path), "--ohne-profil")
    assert "Nr. 1085 ist endgültig" in again.stdout
    data = json.loads(run_cli("show", str(path), "--json").stdout)
    assert data["release_final"] is True and data["sender"]["release_number"] == 1086
    # --ohne-profil leaves the user's own sender profile alone and says so
    assert "Absenderprofil nicht geändert" in first.stdout
    assert not sender_file().exists()


def test_final_counts_the_profile_on_so_two_copies_get_different_numbers(
    tmp_path: Path,
) -> None:
    one, two = tmp_path / "eins.ceremony", tmp_path / "zwei.ceremony"
    assert run_cli("new", str(one), "--demo").returncode == 0
    shutil.copyfile(one, two)
    first = run_cli("final", str(one))
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Nr. 1085 ist endgültig" in first.stdout
    assert "nächste Medieninformation erhält Nr. 1086" in first.stdout
    assert load_sender_profile().release_number == 1086
    second = run_cli("final", str(two))
    assert "Nr. 1086 ist endgültig" in second.stdout, second.stdout
    assert "nächste Medieninformation erhält Nr. 1087" in second.stdout
    shown = json.loads(run_cli("show", str(two), "--json").stdout)
    assert shown["settings"]["press.release_number"] == "1086"


def test_final_is_refused_while_preflight_has_errors(tmp_path: Path) -> None:
    path = tmp_path / "leer.ceremony"
    assert run_cli("new", str(path)).returncode == 0
    result = run_cli("final", str(path))
    assert result.returncode == 1
    assert "erst endgültig werden" in result.stdout

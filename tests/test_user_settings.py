"""The per-user sender profile: default from the first seed, saved copy used by new projects."""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from ceremonykit.domain.model import Asset, DateStyle, GenderStyle, SenderProfile
from ceremonykit.errors import UserError
from ceremonykit.project import new_ceremony, read_ceremony
from ceremonykit.user_settings import (
    default_sender_profile,
    load_sender_logo,
    load_sender_profile,
    save_sender_profile,
    sender_file,
)
from conftest import DATA, run_cli

SEED = DATA / "seeds" / "000_bdf76bb6b9ae35f9_header.txt"


def digits(text: str) -> str:
    return re.sub(r"\D", "", text.replace("(0)", ""))


def custom_profile() -> tuple[SenderProfile, Asset]:
    logo = Asset(id="logo-bochum", filename="logo.png", media_type="image/png", data=b"\x89PNG..")
    profile = SenderProfile(
        sender_name="Stadt Bochum",
        office="Referat für Kommunikation",
        responsible="Jana Kowalczyk",
        street="Willy-Brandt-Platz 2–6",
        postcode="44777",
        city="Bochum",
        phone="+49 234 910-0",
        email="presse@bochum.example",
        web=["www.bochum.example/presse"],
        contact_name="Ömer Şahin",
        release_number=77,
        date_style=DateStyle.LONG,
        gender_style=GenderStyle.STAR,
        logo_asset_id=logo.id,
    )
    return profile, logo


def test_default_is_the_press_office_of_the_first_seed() -> None:
    seed = SEED.read_text(encoding="utf-8")
    header = seed.split("MEDIENINFORMATION", 1)[1].split("###", 1)[0]
    p = default_sender_profile()
    assert f"# {p.sender_name}" in seed
    assert p.office in header and f"{p.responsible} (verantwortlich)" in header
    assert f"{p.street}, {p.postcode} {p.city}" in header
    phone_line, fax_line = (re.search(rf"{k}: (.*)", header) for k in ("Telefon", "Telefax"))
    assert phone_line and digits(phone_line.group(1)) == digits(p.phone)
    assert fax_line and digits(fax_line.group(1)) == digits(p.fax)
    assert f"E-Mail: [{p.email}]" in header
    assert all(f"[{site}]" in header for site in p.web)
    assert f"Kontakt: {p.contact_name}" in seed
    assert p.date_style is DateStyle.SHORT and "\n3.7.2018\n" in header  # short date style


def test_without_settings_file_the_default_is_used(tmp_path: Path) -> None:
    assert not sender_file().exists()
    assert load_sender_profile() == default_sender_profile()
    assert load_sender_logo() is None
    assert new_ceremony().sender == default_sender_profile()


def test_settings_live_in_the_configured_folder() -> None:
    profile, logo = custom_profile()
    save_sender_profile(profile, logo)
    assert sender_file() == Path(os.environ["CEREMONYKIT_CONFIG_DIR"]) / "sender_profile.json"
    stored = json.loads(sender_file().read_text(encoding="utf-8"))
    assert stored["format"] == 1 and stored["sender"]["city"] == "Bochum"
    assert load_sender_profile() == profile
    assert load_sender_logo() == logo


def test_saving_without_logo_keeps_the_stored_one() -> None:
    profile, logo = custom_profile()
    save_sender_profile(profile, logo)
    save_sender_profile(replace(profile, release_number=78))
    assert load_sender_logo() == logo and load_sender_profile().release_number == 78
    save_sender_profile(replace(profile, logo_asset_id=None))
    assert load_sender_logo() is None


def test_new_project_gets_a_copy_of_the_saved_profile_and_logo(tmp_path: Path) -> None:
    profile, logo = custom_profile()
    save_sender_profile(profile, logo)
    path = tmp_path / "Bochum.ceremony"
    result = run_cli("new", str(path))
    assert result.returncode == 0, result.stderr
    ceremony = read_ceremony(path)
    assert ceremony.sender == profile
    assert ceremony.city == "Bochum"
    assert ceremony.assets["logo-bochum"].data == logo.data
    # changing the settings later never changes an existing project
    save_sender_profile(replace(profile, city="Herne", logo_asset_id=None))
    assert read_ceremony(path).sender == profile


@pytest.mark.parametrize(
    "content",
    [
        b"{kein json",
        b"[1, 2, 3]",
        b'{"sender": "Stadt"}',
        b'{"sender": {"release_number": "eins"}}',
        b'{"sender": {"date_style": "mondkalender"}}',
        b'{"sender": {"web": 5}}',
        b"\xff\xfe\x00kaputt",
    ],
)
def test_unreadable_settings_fall_back_with_a_warning(
    content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    sender_file().parent.mkdir(parents=True, exist_ok=True)
    sender_file().write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="ceremonykit.user_settings"):
        assert load_sender_profile() == default_sender_profile()
    assert "unreadable" in caplog.text and str(sender_file()) in caplog.text


def test_logo_missing_from_settings_is_dropped_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sender_file().parent.mkdir(parents=True, exist_ok=True)
    sender_file().write_text(json.dumps({"sender": {"city": "Bochum", "logo_asset_id": "x"}}))
    with caplog.at_level(logging.WARNING):
        loaded = load_sender_profile()
    assert loaded.city == "Bochum" and loaded.logo_asset_id is None
    assert "logo" in caplog.text
    assert new_ceremony().assets == {}


def test_cli_new_with_broken_settings_still_works_and_logs(tmp_path: Path) -> None:
    sender_file().parent.mkdir(parents=True, exist_ok=True)
    sender_file().write_text("{kaputt", encoding="utf-8")
    path = tmp_path / "neu.ceremony"
    result = run_cli("new", str(path))
    assert result.returncode == 0, result.stderr
    assert read_ceremony(path).sender == default_sender_profile()
    logs = list(Path(os.environ["CEREMONYKIT_LOG_DIR"]).glob("ceremonykit-*.log"))
    log_text = "".join(p.read_text("utf-8") for p in logs)
    assert "sender profile" in log_text and "unreadable" in log_text


def test_saving_into_an_unwritable_place_is_a_user_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "keinordner"
    blocker.write_text("eine Datei, kein Ordner", encoding="utf-8")
    monkeypatch.setenv("CEREMONYKIT_CONFIG_DIR", str(blocker / "sub"))
    with pytest.raises(UserError, match="Absenderprofil konnte nicht gespeichert"):
        save_sender_profile(default_sender_profile())


# --- roaming profile, migration, machine-wide defaults (Windows rollout) -----------------


def _fake_platform_dirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[Path, Path]:
    """Windows' two folders: %APPDATA% (roaming) and %LOCALAPPDATA% (this PC only)."""
    import ceremonykit.user_settings as settings

    roaming, local = tmp_path / "AppData" / "Roaming", tmp_path / "AppData" / "Local"
    monkeypatch.delenv("CEREMONYKIT_CONFIG_DIR")

    def user_config_dir(app: str, author: str, roaming: bool = False) -> str:
        return str((tmp_path / "AppData" / ("Roaming" if roaming else "Local")) / author / app)

    monkeypatch.setattr(settings, "user_config_dir", user_config_dir)
    return roaming / "Stadt Dortmund" / "CeremonyKit", local / "Stadt Dortmund" / "CeremonyKit"


def test_profile_lives_in_the_roaming_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    roaming, local = _fake_platform_dirs(monkeypatch, tmp_path)
    profile, logo = custom_profile()
    save_sender_profile(profile, logo)
    assert sender_file() == roaming / "sender_profile.json" and sender_file().is_file()
    assert not local.exists()


def test_old_local_profile_is_migrated_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from ceremonykit.user_settings import migrate_legacy_settings

    roaming, local = _fake_platform_dirs(monkeypatch, tmp_path)
    profile, logo = custom_profile()
    monkeypatch.setenv("CEREMONYKIT_CONFIG_DIR", str(local))  # as version 0.1 saved it
    save_sender_profile(profile, logo)
    old_bytes = (local / "sender_profile.json").read_bytes()
    monkeypatch.delenv("CEREMONYKIT_CONFIG_DIR")
    with caplog.at_level(logging.WARNING):
        assert load_sender_profile() == profile  # first read copies it over
    assert (roaming / "sender_profile.json").read_bytes() == old_bytes
    assert load_sender_logo() == logo and "migrated" in caplog.text
    changed = replace(profile, release_number=78)
    save_sender_profile(changed)  # later saves go to the roaming file only ...
    assert not migrate_legacy_settings()  # ... and the old file is never copied again
    assert load_sender_profile().release_number == 78
    assert (local / "sender_profile.json").read_bytes() == old_bytes  # left for old versions


def _write_defaults(folder: Path, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n stadtlogo")
    (folder / "ob.png").write_bytes(b"\x89PNG\r\n\x1a\n unterschrift")
    path = folder / "defaults.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8-sig")
    return path


DEFAULTS = {
    "format": 1,
    "sender": {
        "office": "Referat Kommunikation",
        "contact_name": "Lea Kaya",
        "release_number": 500,
    },
    "logo": "logo.png",
    "signatories": [
        {"name": "Thomas Westphal", "function": "Oberbürgermeister", "signature": "ob.png"},
        {"name": "Birgit Zoerner", "function": "Bürgermeisterin"},
    ],
}


def test_machine_defaults_fill_new_projects(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "ProgramData" / "Stadt Dortmund" / "CeremonyKit"
    monkeypatch.setenv("CEREMONYKIT_DEFAULTS_FILE", str(_write_defaults(folder, DEFAULTS)))
    ceremony = new_ceremony()
    sender = ceremony.sender
    assert (sender.office, sender.contact_name, sender.release_number) == (
        "Referat Kommunikation", "Lea Kaya", 500,
    )  # fmt: skip
    assert sender.street == default_sender_profile().street  # unnamed fields: built-in
    assert sender.logo_asset_id is not None
    assert ceremony.assets[sender.logo_asset_id].data.endswith(b"stadtlogo")
    names = [(s.name, s.function, s.position) for s in ceremony.signatories]
    assert names == [
        ("Thomas Westphal", "Oberbürgermeister", 0), ("Birgit Zoerner", "Bürgermeisterin", 1),
    ]  # fmt: skip
    signature = ceremony.signatories[0].signature_asset_id
    assert signature and ceremony.assets[signature].data.endswith(b"unterschrift")
    assert ceremony.signatories[1].signature_asset_id is None


def test_users_own_profile_wins_over_machine_defaults(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = _write_defaults(tmp_path / "machine", DEFAULTS)
    monkeypatch.setenv("CEREMONYKIT_DEFAULTS_FILE", str(path))
    profile, logo = custom_profile()
    save_sender_profile(profile, logo)
    ceremony = new_ceremony()
    assert ceremony.sender == profile and ceremony.assets[logo.id] == logo
    assert len(ceremony.signatories) == 2  # signatories still come from IT


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{kaputt", "unusable"),
        ({"format": 2}, "Format"),
        ({"sender": {"ofice": "Tippfehler"}}, "ofice"),
        ({"logo": "fehlt.png"}, "fehlt.png"),
        ({"signatories": [{"function": "ohne Namen"}]}, "Name fehlt"),
    ],
)
def test_unusable_machine_defaults_are_logged_and_ignored(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    data: object,
    message: str,
) -> None:
    path = _write_defaults(tmp_path / "machine", {})
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("CEREMONYKIT_DEFAULTS_FILE", str(path))
    with caplog.at_level(logging.WARNING):
        ceremony = new_ceremony()
    assert ceremony.sender == default_sender_profile() and ceremony.signatories == []
    assert str(path) in caplog.text and message in caplog.text

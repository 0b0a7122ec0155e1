"""Settings kept per user (not per project): the sender profile new projects start with.

The press office sets its header data up once; every new project gets a *copy* (profile and
logo image), so that a project file stays self-contained and a later change of the settings
never alters an existing ceremony's documents.

Stored as ``sender_profile.json`` in the user's *roaming* config directory – on Windows
``%APPDATA%\\Stadt Dortmund\\CeremonyKit``, which follows the user to every desktop of a domain
with roaming profiles or folder redirection (``CEREMONYKIT_CONFIG_DIR`` overrides it, used by
tests and portable installs)::

    {"format": 1, "sender": {…SenderProfile…}, "logo": {id, filename, media_type, data(base64)}}

Versions up to 0.1 kept the file in ``%LOCALAPPDATA%`` (which does not roam); the first read
copies it over once (:func:`migrate_legacy_settings`).

Without a saved file the profile comes from the machine-wide defaults IT deployed
(:mod:`ceremonykit.machine_defaults`), else it holds the press office data of the first seed.
A file that cannot be read falls back to that default with a warning in the log, because a
broken settings file must never stop anyone from creating a project.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from ceremonykit.atomic import write_bytes_atomic, write_text_atomic
from ceremonykit.domain.codec import from_dict, to_dict
from ceremonykit.domain.model import Asset, DateStyle, GenderStyle, SenderProfile, Signatory
from ceremonykit.errors import UserError
from ceremonykit.logs import APP_AUTHOR, APP_NAME
from ceremonykit.machine_defaults import load_machine_defaults

log = logging.getLogger(__name__)

SETTINGS_FORMAT = 1


SENDER_NAME = "sender_profile.json"


def config_dir() -> Path:
    """The user's roaming CeremonyKit config folder (``CEREMONYKIT_CONFIG_DIR`` wins)."""
    override = os.environ.get("CEREMONYKIT_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP_NAME, APP_AUTHOR, roaming=True))


def legacy_config_dir() -> Path | None:
    """Where versions up to 0.1 kept the settings (``%LOCALAPPDATA%``); None if it is the same."""
    if os.environ.get("CEREMONYKIT_CONFIG_DIR"):
        return None
    old = Path(user_config_dir(APP_NAME, APP_AUTHOR, roaming=False))
    return None if old == config_dir() else old


def sender_file() -> Path:
    return config_dir() / SENDER_NAME


def migrate_legacy_settings() -> bool:
    """Copy the sender profile from the old local folder to the roaming one, once.

    Only when the roaming folder has no profile yet; the old file stays where it is (an older
    version on another PC may still read it). True if a file was copied."""
    old = legacy_config_dir()
    target = sender_file()
    if old is None or target.exists():
        return False
    try:
        data = (old / SENDER_NAME).read_bytes()
    except FileNotFoundError:
        return False
    except OSError as exc:
        log.warning("old sender profile %s unreadable, not migrated: %s", old, exc)
        return False
    try:
        write_bytes_atomic(target, data)
    except (OSError, UserError) as exc:
        log.warning("cannot migrate sender profile to %s: %s", target, exc)
        return False
    log.warning("sender profile migrated from %s to %s", old / SENDER_NAME, target)
    return True


def default_sender_profile() -> SenderProfile:
    """The press office of the first seed: what the program holds out of the box."""
    return SenderProfile(
        sender_name="Stadt Dortmund",
        office="Pressestelle der Stadt Dortmund",
        responsible="Frank Bußmann",
        street="Friedensplatz 1",
        postcode="44122",
        city="Dortmund",
        phone="+49 231 50-23022",
        fax="+49 231 50-22167",
        email="pressestelle@stadtdo.de",
        web=["www.dortmund.de/presse", "www.dortmund-ueberrascht-dich.de"],
        contact_name="Katrin Pinetzki",
        contact_phone="+49 231 50-23022",
        contact_email="pressestelle@stadtdo.de",
        release_number=1085,
        date_style=DateStyle.SHORT,
        gender_style=GenderStyle.PAIR,
    )


def _fallback() -> tuple[SenderProfile, Asset | None]:
    """No saved profile: IT's machine-wide defaults, else the built-in press office."""
    defaults = load_machine_defaults(default_sender_profile())
    if defaults.sender is None:
        return default_sender_profile(), None
    return defaults.sender, defaults.logo


def _read() -> tuple[SenderProfile, Asset | None]:
    migrate_legacy_settings()
    path = sender_file()
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("top level is not an object")
        sender = data.get("sender", data)  # early files held the bare profile
        if not isinstance(sender, dict):
            raise ValueError("sender is not an object")
        profile = from_dict(SenderProfile, sender)
        logo_data = data.get("logo")
        logo = from_dict(Asset, logo_data) if isinstance(logo_data, dict) else None
    except FileNotFoundError:
        return _fallback()
    except (OSError, ValueError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        log.warning("sender profile %s unreadable, using the default: %s", path, exc)
        return _fallback()
    if profile.logo_asset_id and (logo is None or logo.id != profile.logo_asset_id):
        log.warning("sender profile %s names a logo that is not stored; ignoring it", path)
        profile.logo_asset_id = None
        logo = None
    return profile, logo


def load_sender_profile() -> SenderProfile:
    """The user's sender profile, or the default if none was saved (or it is unreadable)."""
    return _read()[0]


def load_sender_logo() -> Asset | None:
    """The logo image that belongs to the saved profile, if it has one."""
    return _read()[1]


def sender_for_new_project() -> tuple[SenderProfile, Asset | None]:
    """Profile and logo to copy into a new project (read once, consistent with each other)."""
    return _read()


def signatories_for_new_project() -> tuple[list[Signatory], list[Asset]]:
    """The signatories IT deployed for every new project, with their signature images."""
    defaults = load_machine_defaults(default_sender_profile())
    return defaults.signatories, defaults.assets


def save_sender_profile(profile: SenderProfile, logo: Asset | None = None) -> None:
    """Save the profile (and its logo) for all future projects.

    ``logo`` is the image ``profile.logo_asset_id`` names; when omitted, the logo saved before
    is kept if the profile still names it. Raises :class:`UserError` if the file cannot be
    written.
    """
    if logo is None and profile.logo_asset_id:
        kept = load_sender_logo()
        logo = kept if kept and kept.id == profile.logo_asset_id else None
    if logo is not None and logo.id != profile.logo_asset_id:
        raise ValueError("logo does not belong to the profile")
    data = {
        "format": SETTINGS_FORMAT,
        "sender": to_dict(profile),
        "logo": to_dict(logo, include_bytes=True) if logo else None,
    }
    try:
        write_text_atomic(sender_file(), json.dumps(data, ensure_ascii=False, indent=2))
    except OSError as exc:
        log.warning("cannot save sender profile to %s: %s", sender_file(), exc)
        raise UserError(
            f"Das Absenderprofil konnte nicht gespeichert werden ({sender_file()}).",
            hint="Bitte prüfen, ob der Ordner beschreibbar ist; bestehende Projekte sind "
            "davon nicht betroffen.",
        ) from None

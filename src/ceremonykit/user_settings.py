"""Settings kept per user (not per project): the sender profile new projects start with.

The sender profile is set up once by the press office; every new project gets a copy so that a
project file stays self-contained. Stored as JSON in the user's config directory.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from platformdirs import user_config_dir

from ceremonykit.atomic import write_text_atomic
from ceremonykit.domain.codec import from_dict, to_dict
from ceremonykit.domain.model import DateStyle, GenderStyle, SenderProfile
from ceremonykit.logs import APP_AUTHOR, APP_NAME

log = logging.getLogger(__name__)


def config_dir() -> Path:
    override = os.environ.get("CEREMONYKIT_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP_NAME, APP_AUTHOR))


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


def _sender_file() -> Path:
    return config_dir() / "sender_profile.json"


def load_sender_profile() -> SenderProfile:
    """The user's sender profile, or the default if none was saved (or it is unreadable)."""
    try:
        data = json.loads(_sender_file().read_text(encoding="utf-8"))
        return from_dict(SenderProfile, data)
    except FileNotFoundError:
        return default_sender_profile()
    except (OSError, ValueError, TypeError) as exc:
        log.warning("sender profile unreadable, using default: %s", exc)
        return default_sender_profile()


def save_sender_profile(profile: SenderProfile) -> None:
    text = json.dumps(to_dict(profile), ensure_ascii=False, indent=2)
    write_text_atomic(_sender_file(), text)

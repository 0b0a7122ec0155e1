"""Defaults that IT deploys for every user of a computer: the office's profile, logo, signatories.

A press office with many desktops (or a Citrix farm) should not have every user type the same
header data. IT places one file, ``defaults.json``, in the machine-wide configuration folder –
on Windows ``%ProgramData%\\Stadt Dortmund\\CeremonyKit\\defaults.json`` (platformdirs'
``site_config_dir``; ``CEREMONYKIT_DEFAULTS_FILE`` names another file, e.g. on a share)::

    {
      "format": 1,
      "sender": {"office": "Pressestelle …", "contact_name": "…", …},
      "logo": "logo.png",
      "signatories": [{"name": "…", "function": "Oberbürgermeister", "signature": "ob.png"}]
    }

``sender`` may name only some fields of the sender profile; the others keep the built-in
values. Image files are given relative to the defaults file. What a user saved themselves
(:mod:`ceremonykit.user_settings`) wins over the sender part; the signatories go into every new
project. A file that cannot be read is logged and ignored, because a broken deployment must
never stop anyone from creating a project; ``ceremonykit --selftest`` reports it.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import site_config_dir

from ceremonykit.domain.codec import from_dict, to_dict
from ceremonykit.domain.model import Asset, SenderProfile, Signatory
from ceremonykit.logs import APP_AUTHOR, APP_NAME

log = logging.getLogger(__name__)

DEFAULTS_NAME = "defaults.json"
DEFAULTS_FORMAT = 1


class DefaultsError(ValueError):
    """The machine-wide defaults file exists but is unusable (German message)."""


@dataclass
class MachineDefaults:
    """What the defaults file provides; ``sender`` is None when it names no sender data."""

    sender: SenderProfile | None = None
    logo: Asset | None = None
    signatories: list[Signatory] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)  # signature images


def defaults_file() -> Path:
    override = os.environ.get("CEREMONYKIT_DEFAULTS_FILE")
    if override:
        return Path(override)
    return Path(site_config_dir(APP_NAME, APP_AUTHOR)) / DEFAULTS_NAME


def _image(base: Path, name: Any, what: str) -> Asset:
    if not isinstance(name, str) or not name:
        raise DefaultsError(f"{what}: Dateiname fehlt")
    path = base / name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DefaultsError(f"{what}: Bild {path} nicht lesbar ({exc.strerror})") from None
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if not media_type.startswith("image/"):
        raise DefaultsError(f"{what}: {path.name} ist kein Bild")
    return Asset(filename=path.name, media_type=media_type, data=data)


def parse_defaults(data: Any, base: Path, base_profile: SenderProfile) -> MachineDefaults:
    """The defaults described by ``data`` (images relative to ``base``); DefaultsError if bad."""
    if not isinstance(data, dict):
        raise DefaultsError("oberste Ebene ist kein JSON-Objekt")
    if data.get("format", DEFAULTS_FORMAT) != DEFAULTS_FORMAT:
        raise DefaultsError(f"unbekanntes Format {data.get('format')!r} (erwartet 1)")
    result = MachineDefaults()
    sender = data.get("sender")
    if sender is not None:
        if not isinstance(sender, dict):
            raise DefaultsError("„sender“ ist kein JSON-Objekt")
        unknown = sorted(set(sender) - set(to_dict(base_profile)) - {"logo_asset_id"})
        if unknown:
            raise DefaultsError(f"unbekannte Felder in „sender“: {', '.join(unknown)}")
        try:
            result.sender = from_dict(SenderProfile, {**to_dict(base_profile), **sender})
        except (TypeError, ValueError) as exc:
            raise DefaultsError(f"„sender“ ungültig: {exc}") from None
        result.sender.logo_asset_id = None
    if data.get("logo"):
        result.logo = _image(base, data["logo"], "Logo")
        result.sender = result.sender or from_dict(SenderProfile, to_dict(base_profile))
        result.sender.logo_asset_id = result.logo.id
    signatories = data.get("signatories", [])
    if not isinstance(signatories, list):
        raise DefaultsError("„signatories“ ist keine Liste")
    for position, entry in enumerate(signatories):
        if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
            raise DefaultsError(f"Unterzeichner {position + 1}: Name fehlt")
        signatory = Signatory(
            name=str(entry["name"]).strip(),
            function=str(entry.get("function", "")).strip(),
            position=position,
        )
        if entry.get("signature"):
            image = _image(base, entry["signature"], f"Unterschrift von {signatory.name}")
            signatory.signature_asset_id = image.id
            result.assets.append(image)
        result.signatories.append(signatory)
    return result


def load_machine_defaults(base_profile: SenderProfile) -> MachineDefaults:
    """The deployed defaults, or empty ones if there is no file or it is unusable (logged)."""
    path = defaults_file()
    try:
        text = path.read_text(encoding="utf-8-sig")  # Notepad writes a BOM
    except FileNotFoundError:
        return MachineDefaults()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("machine defaults %s unreadable, ignored: %s", path, exc)
        return MachineDefaults()
    try:
        return parse_defaults(json.loads(text), path.parent, base_profile)
    except (ValueError, DefaultsError) as exc:  # JSONDecodeError is a ValueError
        log.warning("machine defaults %s unusable, ignored: %s", path, exc)
        return MachineDefaults()

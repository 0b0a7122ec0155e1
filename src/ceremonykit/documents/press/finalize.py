"""The running number of a Medieninformation: which one a release shows, and counting the
user's sender profile on – only when the user asks for it.

Marking a release final is the operation :func:`ceremonykit.operations.release.finalize_release`
(it writes the project only). Whether the next project should start with the next number is
the user's decision: :func:`count_profile_on` changes the saved sender profile and is called
only from an explicit user action (a question in the GUI, ``ceremonykit final --profil``).
"""

from __future__ import annotations

from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.settings_keys import RELEASE_NUMBER
from ceremonykit.user_settings import load_sender_profile, save_sender_profile


def release_number(ceremony: Ceremony) -> int:
    """The number the release shows: the assigned one once final, else the next free one."""
    assigned = ceremony.settings.get(RELEASE_NUMBER, "")
    if ceremony.release_final and assigned.isdigit():
        return int(assigned)
    return ceremony.sender.release_number


def profile_release_number() -> int:
    """The next running number the user's saved sender profile would give (read only)."""
    return load_sender_profile().release_number


def count_profile_on(next_number: int) -> bool:
    """Let the user's sender profile continue with ``next_number`` (never counts back).
    Returns True if the profile was changed. Call only on the user's explicit request."""
    profile = load_sender_profile()
    if profile.release_number >= next_number:
        return False
    profile.release_number = next_number
    save_sender_profile(profile)
    return True

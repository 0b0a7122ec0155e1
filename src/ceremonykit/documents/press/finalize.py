"""Marking a Medieninformation final: it keeps its running number, the next one counts on.

The running number ("1085.") comes from the sender profile. Drafts may be built any number of
times with the same number; only when staff mark the release final is that number assigned
to this ceremony for good and the profile's counter moves on – in the project file and in
the user's own sender profile, so the next project starts with the next number.
"""

from __future__ import annotations

from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.settings_keys import RELEASE_NUMBER
from ceremonykit.store import ProjectFile
from ceremonykit.user_settings import load_sender_profile, save_sender_profile


def release_number(ceremony: Ceremony) -> int:
    """The number the release shows: the assigned one once final, else the next free one."""
    assigned = ceremony.settings.get(RELEASE_NUMBER, "")
    if ceremony.release_final and assigned.isdigit():
        return int(assigned)
    return ceremony.sender.release_number


def mark_release_final(project: ProjectFile, ceremony: Ceremony) -> int:
    """Finalise the release (the operation) and move the user's profile counter on – the
    explicit user action ``final`` / „Endgültig machen“. Returns the release's number."""
    from ceremonykit.operations.release import finalize_release

    profile = load_sender_profile()
    # two projects made from the same profile must not both become release no. N
    changes = finalize_release(project, ceremony, profile.release_number)
    number = int(str(changes.extra["number"]))
    if profile.release_number <= number:
        profile.release_number = number + 1
        save_sender_profile(profile)
    return number

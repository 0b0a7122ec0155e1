"""Marking a Medieninformation final: it keeps its running number, the next one counts on.

The running number ("1085.") comes from the sender profile copied into the project. Drafts
may be built any number of times with the same number; only :func:`finalize_release` assigns
that number to this ceremony for good (``Ceremony.settings[RELEASE_NUMBER]``) and counts the
project's copy of the profile on. The user's own sender profile (settings file) is **not**
changed here: counting it on for the next project is a separate, explicit action of the user
(:func:`ceremonykit.documents.press.finalize.count_profile_on`, offered by the GUI and by
``ceremonykit final --profil``).
"""

from __future__ import annotations

import dataclasses

from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.settings_keys import RELEASE_NUMBER
from ceremonykit.operations.changes import Changes
from ceremonykit.store import ProjectFile


def finalize_release(
    project: ProjectFile, ceremony: Ceremony, *, profile_number: int = 0
) -> Changes:
    """Assign the running number to this release (one transaction).

    ``profile_number`` is the next number the user's sender profile would give (the caller
    reads it); the higher of it and the project's own counter is used, so two projects made
    from the same profile do not both become release no. N. ``Changes.extra["number"]`` holds
    the number; for a release already final nothing is written and its number is returned.
    """
    assigned = ceremony.settings.get(RELEASE_NUMBER, "")
    if ceremony.release_final and assigned.isdigit():
        return Changes(extra={"number": int(assigned)})
    number = max(ceremony.sender.release_number, profile_number)
    settings = {**ceremony.settings, RELEASE_NUMBER: str(number)}
    sender = dataclasses.replace(ceremony.sender, release_number=number + 1)
    updated = dataclasses.replace(ceremony, settings=settings, sender=sender, release_final=True)
    with project.transaction():
        project.save_info(updated)
    ceremony.settings, ceremony.sender, ceremony.release_final = settings, sender, True
    return Changes(
        frozenset({"ceremony"}),
        info=frozenset({"settings", "sender", "release_final"}),
        message=f"Medieninformation Nr. {number} ist endgültig; die nächste erhält Nr. {number + 1}.",
        extra={"number": number},
    )

"""Finalising the Medieninformation: the release gets its running number for good.

A draft shows "ENTWURF" and no number; finalising assigns the next free number (the larger of
the project's counter and the user's profile counter, passed in by the caller, who also moves
the profile on – operations never touch the settings file).
"""

from __future__ import annotations

from ceremonykit.documents.press.finalize import release_number
from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.settings_keys import RELEASE_NUMBER
from ceremonykit.operations.changes import Changes
from ceremonykit.store import ProjectFile


def finalize_release(project: ProjectFile, ceremony: Ceremony, profile_next: int) -> Changes:
    """Assign the running number (idempotent: a final release keeps its number).

    ``extra["number"]`` is the release's number in both cases."""
    if ceremony.release_final and ceremony.settings.get(RELEASE_NUMBER, "").isdigit():
        number = release_number(ceremony)
        return Changes(
            message=f"Medieninformation Nr. {number} ist bereits endgültig.",
            extra={"number": number},
        )
    number = max(ceremony.sender.release_number, profile_next)
    settings = {**ceremony.settings, RELEASE_NUMBER: str(number)}
    with project.transaction():
        ceremony.settings = settings
        ceremony.release_final = True
        ceremony.sender.release_number = number + 1
        project.save_info(ceremony)
    return Changes(
        kinds=frozenset({"ceremony"}),
        info=frozenset({"release_final", "settings", "sender"}),
        message=f"Medieninformation Nr. {number} ist endgültig; die nächste erhält Nr. {number + 1}.",
        extra={"number": number},
    )

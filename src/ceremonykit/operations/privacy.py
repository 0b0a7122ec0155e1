"""Deleting the guests' personal data for good (data protection), as one operation.

:func:`ceremonykit.guests.privacy.plan_purge` computes what goes (every guest; guests' names in
photo data become "N. N."); :func:`purge_guest_data` deletes and rewrites in one transaction,
then rebuilds the file (VACUUM with ``secure_delete``) so the names are not left in free pages.
"""

from __future__ import annotations

from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.guests.privacy import PurgePlan, plan_purge
from ceremonykit.operations.changes import Changes
from ceremonykit.operations.edit import replace_in_memory
from ceremonykit.store import ProjectFile


def purge_guest_data(
    project: ProjectFile, ceremony: Ceremony, plan: PurgePlan | None = None
) -> Changes:
    """Delete every guest and scrub guests' names from photos; ``Changes.extra["plan"]`` is
    what was done. Not undoable: the data is meant to be gone."""
    plan = plan or plan_purge(ceremony)
    photos = list(plan.photos)  # already scrubbed copies
    with project.transaction():
        project.delete(Guest, [g.id for g in plan.guests])
        project.put_many(photos)
    project.vacuum()
    gone = {g.id for g in plan.guests}
    ceremony.guests = [g for g in ceremony.guests if g.id not in gone]
    replace_in_memory(ceremony, photos)
    return Changes(
        frozenset({"guest", "photo"} if photos else {"guest"}),
        frozenset(gone | {p.id for p in photos}),
        message=f"{len(gone)} Gäste gelöscht"
        + (f", Namen in {len(photos)} Fotoangaben ersetzt." if photos else "."),
        extra={"plan": plan},
    )

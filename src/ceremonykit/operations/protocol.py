"""Protocol order set by hand: staff drag the honoured guests into the order they are greeted.

The order becomes typed protocol ranks (10, 20, 30 …, gaps left for later insertions) on every
guest in the list, in one transaction; guests not in the list keep theirs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ceremonykit.domain.model import Ceremony
from ceremonykit.errors import UserError
from ceremonykit.operations.changes import Changes
from ceremonykit.operations.edit import put_objects
from ceremonykit.store import ProjectFile

RANK_STEP = 10


def set_protocol_order(
    project: ProjectFile, ceremony: Ceremony, guest_ids: Sequence[str]
) -> Changes:
    """Give the guests ``guest_ids`` the ranks 10, 20, 30 … in this order."""
    by_id = {g.id: g for g in ceremony.guests}
    missing = [i for i in guest_ids if i not in by_id]
    if missing:
        raise UserError(
            "Ein Gast der Begrüßungsreihenfolge ist nicht mehr in der Gästeliste. Bitte die "
            "Reihenfolge neu öffnen."
        )
    if len(set(guest_ids)) != len(guest_ids):
        raise UserError("Ein Gast steht zweimal in der Begrüßungsreihenfolge.")
    changed = [
        dataclasses.replace(by_id[gid], protocol_rank=(n + 1) * RANK_STEP)
        for n, gid in enumerate(guest_ids)
        if by_id[gid].protocol_rank != (n + 1) * RANK_STEP
    ]
    if not changed:
        return Changes()
    changes = put_objects(project, ceremony, changed)
    return dataclasses.replace(
        changes, message=f"Begrüßungsreihenfolge für {len(guest_ids)} Gäste festgelegt."
    )

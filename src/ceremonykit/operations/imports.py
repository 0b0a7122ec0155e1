"""Committing an import preview, and undoing it: one transaction each.

:func:`ceremonykit.importing.preview` plans an import without writing; :func:`commit_import`
writes what it planned – the new and updated rows (text cleaned like every other edit), the
remembered column mapping and any new guest categories – in one transaction and updates the
ceremony in memory. Rows with errors are not written.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ceremonykit.domain.cleaning import cleaned
from ceremonykit.domain.model import Ceremony
from ceremonykit.operations.changes import Changes
from ceremonykit.operations.edit import INFO_FIELDS, TYPE_NAME, replace_in_memory
from ceremonykit.operations.edit import put_objects as _put_objects
from ceremonykit.operations.edit import remove_objects as _remove_objects
from ceremonykit.store import ProjectFile

if TYPE_CHECKING:
    from ceremonykit.importing import ImportPreview


_CHUNK = 20_000
"""Objects serialised at once inside the one transaction (300,000 rows: 1/15 of the JSON)."""


def commit_import(project: ProjectFile, ceremony: Ceremony, preview: ImportPreview) -> Changes:
    """Write the preview's changes and remember its column mapping, in ONE transaction.

    ``ceremony`` must be the ceremony the preview was made against. ``Changes.extra["result"]``
    holds the :class:`~ceremonykit.importing.ImportResult` (counts per row status)."""
    from ceremonykit.importing.bulk import gc_paused
    from ceremonykit.importing.planning import import_result

    objs = [cleaned(o) for o in preview.changes]
    mappings = dict(ceremony.import_mappings)
    mappings[preview.target.value] = preview.mapping.remembered()
    categories = [*ceremony.guest_categories, *preview.new_categories]
    info = dataclasses.replace(ceremony, import_mappings=mappings, guest_categories=categories)
    with gc_paused(), project.transaction():
        for start in range(0, len(objs), _CHUNK):  # bounded memory for 300,000 rows
            project.put_many(objs[start : start + _CHUNK])
        project.save_info(info)
    ceremony.import_mappings = mappings
    ceremony.guest_categories = categories
    replace_in_memory(ceremony, objs)
    result = import_result(preview)
    return Changes(
        frozenset(TYPE_NAME[type(o)] for o in objs) | {"ceremony"},
        frozenset(o.id for o in objs),
        frozenset({"import_mappings", "guest_categories"}),
        message=f"{result.imported} neu, {result.updated} aktualisiert.",
        extra={"result": result},
    )


def revert_import(
    project: ProjectFile,
    ceremony: Ceremony,
    added: Sequence[Any],
    before: Sequence[Any],
    info: dict[str, Any],
) -> Changes:
    """Undo an import: remove the objects it added, put back the former versions of those it
    updated and restore the ceremony fields in ``info`` (mapping, categories)."""
    unknown = set(info) - INFO_FIELDS
    if unknown:
        raise ValueError(f"not fields of the ceremony itself: {sorted(unknown)}")
    with project.transaction():
        changes = _remove_objects(project, ceremony, added)
        changes |= _put_objects(project, ceremony, before)
        values = {k: copy.deepcopy(v) for k, v in info.items()}
        project.save_info(dataclasses.replace(ceremony, **values))
    for attr, value in values.items():
        setattr(ceremony, attr, value)
    return dataclasses.replace(
        changes, kinds=changes.kinds | {"ceremony"}, info=frozenset(info), extra={}
    )

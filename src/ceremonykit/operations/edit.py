"""Generic edits: a field of the ceremony, objects stored, added or removed.

These are what the GUI's undo commands call for the forms and tables (every edit of a winner,
photo, guest, prize or signatory is one of them); the specialised operations in the sibling
modules (guests, imports, privacy, release, documents) build on the same rules: validate, clean
the text once, write one transaction, update the in-memory ceremony, return :class:`Changes`.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from typing import Any

from ceremonykit.domain.cleaning import clean_text, cleaned
from ceremonykit.domain.model import (
    Applicant,
    Asset,
    Ceremony,
    Guest,
    Photo,
    Prize,
    Signatory,
    Winner,
)
from ceremonykit.operations.changes import Changes
from ceremonykit.store import ProjectFile
from ceremonykit.store.project_file import LIST_FIELDS

LIST_ATTR: dict[type, str] = {cls: attr for attr, cls in LIST_FIELDS.items()}
"""The ceremony's list of each object type (the store's :data:`LIST_FIELDS`, turned round)."""

TYPE_NAME: dict[type, str] = {
    Prize: "prize",
    Winner: "winner",
    Photo: "photo",
    Guest: "guest",
    Signatory: "signatory",
    Applicant: "applicant",
    Asset: "asset",
}
"""The name a change of each object type is reported under (``Changes.kinds``)."""

INFO_FIELDS: frozenset[str] = frozenset(
    f.name
    for f in dataclasses.fields(Ceremony)
    if f.name not in {*LIST_ATTR.values(), "assets", "settings"}
)
"""The ceremony's own fields :func:`set_field` may change (settings: :func:`set_setting`)."""


def items(ceremony: Ceremony, cls: type) -> list[Any]:
    found: list[Any] = getattr(ceremony, LIST_ATTR[cls])
    return found


def set_field(project: ProjectFile, ceremony: Ceremony, attr: str, value: Any) -> Changes:
    """Set one of the ceremony's own fields (award, date, ``sender`` …) and store it."""
    if attr not in INFO_FIELDS:
        raise ValueError(f"{attr!r} is not a field of the ceremony itself")
    value = _clean_any(copy.deepcopy(value))
    updated = dataclasses.replace(ceremony, **{attr: value})
    with project.transaction():
        project.save_info(updated)
    setattr(ceremony, attr, value)
    return Changes(frozenset({"ceremony"}), info=frozenset({attr}))


def set_setting(project: ProjectFile, ceremony: Ceremony, key: str, value: str) -> Changes:
    """Store one project setting (``Ceremony.settings``); an empty value removes it."""
    settings = dict(ceremony.settings)
    value = value.strip()
    if value:
        settings[key] = value
    else:
        settings.pop(key, None)
    if settings == ceremony.settings:
        return Changes()
    with project.transaction():
        project.save_info(dataclasses.replace(ceremony, settings=settings))
    ceremony.settings = settings
    return Changes(frozenset({"ceremony"}), info=frozenset({"settings"}))


def put_objects(project: ProjectFile, ceremony: Ceremony, objs: Sequence[Any]) -> Changes:
    """Replace each object with the same id (or append it) and store them in one transaction."""
    objs = [cleaned(copy.deepcopy(o)) for o in objs]
    with project.transaction():
        project.put_many(objs)
    replace_in_memory(ceremony, objs)
    return _changes(objs)


def add_objects(
    project: ProjectFile,
    ceremony: Ceremony,
    objs: Sequence[Any],
    indices: Sequence[int] | None = None,
) -> Changes:
    """Add new objects (at ``indices`` when undoing a deletion) in one transaction."""
    objs = [cleaned(copy.deepcopy(o)) for o in objs]
    with project.transaction():
        project.put_many(objs)
    order = list(range(len(objs)))
    if indices is not None:
        order.sort(key=lambda n: indices[n])
    for n in order:
        obj = objs[n]
        if type(obj) is Asset:
            ceremony.assets[obj.id] = obj
            continue
        listed = items(ceremony, type(obj))
        at = indices[n] if indices is not None and indices[n] >= 0 else len(listed)
        listed.insert(min(at, len(listed)), obj)
    return _changes(objs)


def remove_objects(project: ProjectFile, ceremony: Ceremony, objs: Sequence[Any]) -> Changes:
    """Delete objects in one transaction; ``Changes.extra["indices"]`` holds their former
    places (for undo)."""
    by_type: dict[type, list[str]] = {}
    for obj in objs:
        by_type.setdefault(type(obj), []).append(obj.id)
    with project.transaction():
        for cls, ids in by_type.items():
            project.delete(cls, ids)
    positions = {
        cls: {o.id: i for i, o in enumerate(items(ceremony, cls))}
        for cls in by_type
        if cls is not Asset
    }
    indices = [-1 if type(o) is Asset else positions[type(o)].get(o.id, -1) for o in objs]
    for obj, index in sorted(zip(objs, indices, strict=True), key=lambda p: -p[1]):
        if type(obj) is Asset:
            ceremony.assets.pop(obj.id, None)
        elif index >= 0:
            del items(ceremony, type(obj))[index]
    changes = _changes(objs)
    return dataclasses.replace(changes, extra={"indices": indices})


def replace_in_memory(ceremony: Ceremony, objs: Sequence[Any]) -> None:
    """Put stored objects into the ceremony's lists: replace by id, else append."""
    positions: dict[type, dict[str, int]] = {}
    for obj in objs:
        cls = type(obj)
        if cls is Asset:
            ceremony.assets[obj.id] = obj
            continue
        listed = items(ceremony, cls)
        index = positions.get(cls)
        if index is None:
            index = positions[cls] = {o.id: n for n, o in enumerate(listed)}
        if obj.id in index:
            listed[index[obj.id]] = obj
        else:
            index[obj.id] = len(listed)
            listed.append(obj)


def _changes(objs: Sequence[Any]) -> Changes:
    return Changes(frozenset(TYPE_NAME[type(o)] for o in objs), frozenset(o.id for o in objs))


def _clean_any(value: Any) -> Any:
    """A field value cleaned: text, a nested dataclass (sender, host) or a list of them."""
    if type(value) is str:
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_any(v) for v in value]
    return cleaned(value)

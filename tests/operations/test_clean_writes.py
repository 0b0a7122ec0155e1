"""Every write cleans text once: control characters in every text field of a ceremony, written
through the operations, are gone from the project file, and every kind still builds."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from ceremonykit.build import build_ceremony
from ceremonykit.demo import demo_ceremony
from ceremonykit.domain.cleaning import MULTILINE, control_characters, text_fields
from ceremonykit.domain.model import Ceremony
from ceremonykit.domain.preflight import run_preflight
from ceremonykit.operations import edit
from ceremonykit.store import ProjectFile

ALL_CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]) + "\u2028"
ENTITY_LISTS = ("prizes", "winners", "applicants", "photos", "guests", "signatories")


def _poisoned(value: Any) -> Any:
    """Every text field with all control characters in the middle of its text."""
    changes = {}
    for f in dataclasses.fields(value):
        current = getattr(value, f.name)
        if f.name == "id" or f.name.endswith("_id"):
            continue
        if type(current) is str and current:
            half = len(current) // 2
            changes[f.name] = current[:half] + ALL_CONTROLS + current[half:]
        elif isinstance(current, list) and current and type(current[0]) is str:
            changes[f.name] = [s + ALL_CONTROLS for s in current]
        elif isinstance(current, list) and current and dataclasses.is_dataclass(current[0]):
            changes[f.name] = [_poisoned(item) for item in current]
        elif dataclasses.is_dataclass(current) and not isinstance(current, type):
            changes[f.name] = _poisoned(current)
    return dataclasses.replace(value, **changes)


def _stored_controls(ceremony: Ceremony) -> list[str]:
    found = []
    objects: list[Any] = [ceremony]
    for attr in ENTITY_LISTS:
        objects += getattr(ceremony, attr)
    for obj in objects:
        skip = frozenset(ENTITY_LISTS) if obj is ceremony else frozenset()
        for path, text in text_fields(obj, skip=skip):
            leaf = path.rsplit(".", 1)[-1].split("[")[0]
            if control_characters(text, multiline=leaf in MULTILINE):
                found.append(f"{type(obj).__name__}.{path}: {text!r}")
    return found


def test_control_characters_in_every_field_are_cleaned_and_every_kind_builds(
    tmp_path: Path,
) -> None:
    baseline = build_ceremony(demo_ceremony(), tmp_path / "vorher")
    path = tmp_path / "p.ceremony"
    ProjectFile.create(path, demo_ceremony()).close()
    with ProjectFile.open(path) as project:
        ceremony = project.load()
        poisoned = _poisoned(ceremony)
        for attr in sorted(edit.INFO_FIELDS):
            edit.set_field(project, ceremony, attr, getattr(poisoned, attr))
        for attr in ENTITY_LISTS:
            edit.put_objects(project, ceremony, getattr(poisoned, attr))
        # breaks and tabs become one space each in one-line fields, the rest disappears
        assert ceremony.award_name == "Ehrenam     tspreis"
        assert not _stored_controls(ceremony)
    stored = ProjectFile.open(path)
    try:
        reloaded = stored.load()
    finally:
        stored.close()
    assert not _stored_controls(reloaded)
    laudation = demo_ceremony().winners[0].laudation
    half = len(laudation) // 2
    assert reloaded.winners[0].laudation == f"{laudation[:half]}\t\n\n\n\n{laudation[half:]}"
    assert not [f for f in run_preflight(reloaded) if "Steuerzeichen" in f.message]

    report = build_ceremony(reloaded, tmp_path / "nachher")
    assert [(p.kind, p.subject) for p in report.failed] == [
        (p.kind, p.subject) for p in baseline.failed
    ]
    assert {f.kind for f in report.files} == {f.kind for f in baseline.files}
    assert len(report.files) == len(baseline.files)


def test_unusable_characters_remain_for_the_preflight(tmp_path: Path) -> None:
    path = tmp_path / "p.ceremony"
    ProjectFile.create(path, demo_ceremony()).close()
    with ProjectFile.open(path) as project:
        ceremony = project.load()
        guest = dataclasses.replace(ceremony.guests[0], last_name="Berg\ue000")
        edit.put_objects(project, ceremony, [guest])
        findings = [f for f in run_preflight(ceremony) if f.object_id == guest.id]
    assert any(
        f.field == "last_name" and "U+E000" in f.message and f.severity.value == "Fehler"
        for f in findings
    )


def test_an_imported_csv_is_cleaned_like_an_edit(tmp_path: Path) -> None:
    from ceremonykit.importing import commit, preview

    sheet = tmp_path / "gaeste.csv"
    sheet.write_text(
        "Vorname;Nachname;Institution;Bemerkung\r\n"
        "Anna\x07;Mu\u0308ller\x0b;Stadt\x1bDortmund;Rollstuhl\x0bParkplatz\r\n",
        encoding="utf-8",
    )
    path = tmp_path / "p.ceremony"
    ProjectFile.create(path, Ceremony(award_name="Preis")).close()
    with ProjectFile.open(path) as project:
        ceremony = project.load()
        result = commit(preview(sheet, "guests", ceremony=ceremony), project, ceremony)
        assert result.imported == 1
    with ProjectFile.open(path) as project:
        [guest] = project.load().guests
    assert (guest.first_name, guest.last_name, guest.organisation) == (
        "Anna",
        "Müller",
        "StadtDortmund",
    )
    assert guest.notes == "Rollstuhl\nParkplatz"

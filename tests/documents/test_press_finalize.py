"""The running number moves on only when a release is marked final."""

from __future__ import annotations

from pathlib import Path

from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.press.finalize import mark_release_final, release_number
from ceremonykit.documents.press.release import release_content
from ceremonykit.project import open_project, read_ceremony
from ceremonykit.user_settings import load_sender_profile


def test_number_stays_for_drafts_and_moves_on_when_final(tmp_path: Path) -> None:
    path = tmp_path / "p.ceremony"
    with open_project(path, create_with=demo_ceremony()) as project:
        ceremony = project.load()
        draft = release_content(ceremony)
        assert draft.draft and not draft.headline.startswith("1085.")  # drafts: no number
        assert read_ceremony(path).sender.release_number == 1085

        assert mark_release_final(project, ceremony) == 1085
        assert mark_release_final(project, ceremony) == 1085  # idempotent
    stored = read_ceremony(path)
    assert stored.release_final and stored.sender.release_number == 1086
    assert release_number(stored) == 1085
    assert release_content(stored).headline.startswith("1085.")  # the final release keeps it
    assert load_sender_profile().release_number == 1086  # next project gets the next number

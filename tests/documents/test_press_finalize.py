"""The running number moves on only when a release is marked final."""

from __future__ import annotations

from pathlib import Path

from ceremonykit.demo import demo_ceremony
from ceremonykit.documents.press.finalize import count_profile_on, release_number
from ceremonykit.documents.press.release import release_content
from ceremonykit.operations.release import finalize_release
from ceremonykit.project import open_project, read_ceremony
from ceremonykit.user_settings import load_sender_profile, sender_file


def test_number_stays_for_drafts_and_moves_on_when_final(tmp_path: Path) -> None:
    path = tmp_path / "p.ceremony"
    with open_project(path, create_with=demo_ceremony()) as project:
        ceremony = project.load()
        draft = release_content(ceremony)
        assert draft.draft and not draft.headline.startswith("1085.")  # drafts: no number
        assert read_ceremony(path).sender.release_number == 1085

        profile_before = load_sender_profile().release_number
        assert not sender_file().exists()
        changes = finalize_release(project, ceremony, profile_number=profile_before)
        assert changes.extra["number"] == 1085 and "Nr. 1085 ist endgültig" in changes.message
        again = finalize_release(project, ceremony, profile_number=profile_before)
        assert again.extra["number"] == 1085 and again.empty  # idempotent, nothing written
    stored = read_ceremony(path)
    assert stored.release_final and stored.sender.release_number == 1086
    assert release_number(stored) == 1085
    assert release_content(stored).headline.startswith("1085.")  # the final release keeps it
    # the user's own profile changes only when the user asks for it
    assert load_sender_profile().release_number == profile_before
    assert not sender_file().exists()  # not even written
    assert count_profile_on(1086)
    assert load_sender_profile().release_number == 1086  # next project gets the next number
    assert not count_profile_on(1080)  # never counts back

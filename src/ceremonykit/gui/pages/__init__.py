"""One module per page of the main window; pages are built when first shown.

:func:`build_page` imports a page's module only when the page is first shown (start-up stays
fast) with ordinary imports, so type checkers see each page class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ceremonykit.gui.pages.base import Page
    from ceremonykit.gui.session import Session

# name -> (module, class, icon), in sidebar order
PAGES: dict[str, tuple[str, str, str]] = {
    "event": ("event", "EventPage", "event"),
    "winners": ("winners", "WinnersPage", "prizes"),
    "photos": ("photos", "PhotosPage", "photos"),
    "guests": ("guests", "GuestsPage", "guests"),
    "applicants": ("applicants", "ApplicantsPage", "import"),
    "evening": ("evening", "EveningPage", "event"),
    "documents": ("documents", "DocumentsPage", "documents"),
    "check": ("check", "CheckPage", "check"),
    "checkin": ("checkin", "CheckinPage", "checkin"),
}


def build_page(name: str, session: Session) -> Page:
    """The page ``name`` (a key of :data:`PAGES`), built for ``session``."""
    if name == "event":
        from ceremonykit.gui.pages.event import EventPage

        return EventPage(session)
    if name == "winners":
        from ceremonykit.gui.pages.winners import WinnersPage

        return WinnersPage(session)
    if name == "applicants":
        from ceremonykit.gui.pages.applicants import ApplicantsPage

        return ApplicantsPage(session)
    if name == "photos":
        from ceremonykit.gui.pages.photos import PhotosPage

        return PhotosPage(session)
    if name == "guests":
        from ceremonykit.gui.pages.guests import GuestsPage

        return GuestsPage(session)
    if name == "evening":
        from ceremonykit.gui.pages.evening import EveningPage

        return EveningPage(session)
    if name == "documents":
        from ceremonykit.gui.pages.documents import DocumentsPage

        return DocumentsPage(session)
    if name == "check":
        from ceremonykit.gui.pages.check import CheckPage

        return CheckPage(session)
    if name == "checkin":
        from ceremonykit.gui.pages.checkin import CheckinPage

        return CheckinPage(session)
    raise KeyError(name)

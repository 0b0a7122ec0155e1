"""One module per page of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ceremonykit.gui.pages.base import Page
    from ceremonykit.gui.session import Session


def build_pages(session: Session) -> dict[str, Page]:
    """The pages of the main window in sidebar order, keyed by a stable name."""
    from ceremonykit.gui.pages.check import CheckPage
    from ceremonykit.gui.pages.documents import DocumentsPage
    from ceremonykit.gui.pages.event import EventPage
    from ceremonykit.gui.pages.guests import GuestsPage
    from ceremonykit.gui.pages.photos import PhotosPage
    from ceremonykit.gui.pages.winners import WinnersPage

    return {
        "event": EventPage(session),
        "winners": WinnersPage(session),
        "photos": PhotosPage(session),
        "guests": GuestsPage(session),
        "documents": DocumentsPage(session),
        "check": CheckPage(session),
    }

"""One module per page of the main window; pages are built when first shown."""

from __future__ import annotations

import importlib
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
    "documents": ("documents", "DocumentsPage", "documents"),
    "check": ("check", "CheckPage", "check"),
}


def build_page(name: str, session: Session) -> Page:
    module_name, class_name, _icon = PAGES[name]
    module = importlib.import_module(f"ceremonykit.gui.pages.{module_name}")
    page: Page = getattr(module, class_name)(session)
    return page

"""Pages of the main window as their own classes, so tests use their attributes typed."""

from __future__ import annotations

from typing import TypeVar

from ceremonykit.gui.main_window import MainWindow
from ceremonykit.gui.pages.base import Page

P = TypeVar("P", bound=Page)


def show_page_as(window: MainWindow, name: str, kind: type[P]) -> P:
    """Show the page ``name`` and return it as ``kind`` (the test fails if it is another)."""
    page = window.show_page(name)
    assert isinstance(page, kind), page
    return page

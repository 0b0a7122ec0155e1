"""``python -m ceremonykit`` – same as the ``ceremonykit`` command."""

from ceremonykit.cli import run

run()

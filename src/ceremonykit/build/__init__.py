"""Build a ceremony package: run the chosen document kinds and write ``manifest.json``."""

from ceremonykit.build.runner import build_ceremony

__all__ = ["build_ceremony"]

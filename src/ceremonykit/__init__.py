"""CeremonyKit: one record of an award ceremony, every document generated from it."""

__version__ = "0.1.0"

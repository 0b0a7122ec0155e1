"""What a document kind declares about itself: one :class:`DocumentKind` per kind module.

A kind module (``ceremonykit.documents.kinds.<name>``) holds a ``build(ctx)`` function and one
``KIND = DocumentKind(...)`` that names its German label, its output folder (German names:
``urkunden/``, ``presse/``, ``newsroom/``, ``fotos/``, ``schecks/``, ``gaeste/``), its formats,
designs and options. The build writes only below that folder (``ctx.path(name)``), so two
kinds never collide and the folder is named in exactly one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ceremonykit.documents.options import KindOption

if TYPE_CHECKING:
    from ceremonykit.documents.context import BuildContext


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document CeremonyKit can produce."""

    name: str  # "certificate" – stable, used in manifest.json and on the command line
    label: str  # "Urkunden" – German label for the GUI
    label_en: str  # "Certificates"
    formats: tuple[str, ...]  # e.g. ("pdf", "docx")
    build: Callable[[BuildContext], None]
    designs: tuple[str, ...] = ()  # bundled design names, first is the default
    description: str = ""
    options: tuple[KindOption, ...] = ()
    folder: str = ""  # "urkunden" – the kind's folder inside the output folder (German)

    def option(self, name: str) -> KindOption | None:
        return next((o for o in self.options if o.name == name), None)

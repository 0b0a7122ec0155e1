"""What a document kind declares about itself: one :class:`DocumentKind` per kind.

The registry (:mod:`ceremonykit.documents.registry`) holds one ``DocumentKind(...)`` per kind
that names its German label, its output folder (German names: ``urkunden/``, ``presse/``,
``newsroom/``, ``fotos/``, ``schecks/``, ``gaeste/``), its formats, designs and options, and
names its build function with :class:`LazyBuild` – the module that builds the documents
(``ceremonykit.documents.kinds.<name>``, with reportlab, python-docx, XlsxWriter …) is imported
only when the kind is built, so listing or choosing kinds stays cheap. The build writes only
below that folder (``ctx.path(name)``), so two kinds never collide and the folder is named in
exactly one place.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ceremonykit.documents.options import KindOption
from ceremonykit.resources import template_path

if TYPE_CHECKING:
    from ceremonykit.documents.context import BuildContext


@dataclass(frozen=True)
class LazyBuild:
    """A kind's build function named by module and attribute, imported on the first call.

    Picklable (a worker process of a parallel build resolves it itself)."""

    module: str  # "ceremonykit.documents.kinds.cheque"
    attr: str = "build"

    def resolve(self) -> Callable[[BuildContext], None]:
        function: Callable[[BuildContext], None] = getattr(
            importlib.import_module(self.module), self.attr
        )
        return function

    def __call__(self, ctx: BuildContext) -> None:
        self.resolve()(ctx)


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
    # what a build writes when it names no format for the kind; empty = every format
    default_formats: tuple[str, ...] = ()
    # CPU time of building the demo's kind in a process that has its libraries loaded, in
    # 10 ms (bench/kind_cpu.py warm, plus its own modules' first use): plans a full build for
    # two processes (see ceremonykit.build.plan)
    cost: int = 1
    # the large libraries its build loads (module names, see ceremonykit.build.plan
    # LIBRARY_COST): a full build keeps kinds that need the same ones in the same process
    libraries: tuple[str, ...] = ()

    def formats_by_default(self) -> tuple[str, ...]:
        return self.default_formats or self.formats

    def option(self, name: str) -> KindOption | None:
        return next((o for o in self.options if o.name == name), None)


_DESIGN_FOLDERS = {"certificate": "certificates", "cheque": "cheques", "name_badges": "badges"}
"""Where a kind's bundled designs live under ``templates/`` (each JSON file has a "label")."""


def design_label(kind: str, design: str) -> str:
    """The German label a design file declares ("Klassisch", "A4, 2 × 4 Namensschilder …"),
    for the GUI instead of the internal name ("classic", "a4_2x4_90x54")."""
    folder = _DESIGN_FOLDERS.get(kind)
    if not folder or not design:
        return design
    try:
        path = template_path(f"{folder}/{design}.json")
        label = json.loads(path.read_text(encoding="utf-8")).get("label", "")
    except (OSError, ValueError, AttributeError):
        return design
    return str(label) or design

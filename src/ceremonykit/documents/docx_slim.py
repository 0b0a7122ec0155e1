"""Take python-docx's template parts out of a Word file that does not use them.

python-docx starts every document from its bundled template: a thumbnail picture of an empty
page (``docProps/thumbnail.jpeg``, wrong for any real document), ``stylesWithEffects.xml``
(a Word 2010 copy of the styles), web settings, list numbering, a ``customXml`` item and
about 160 styles with their latent-style table (350 KB of XML). A certificate uses none of
them; they made up a third of each file. :func:`slim_package` drops those parts with their
relationships and content types, and keeps only the default styles plus those the caller
names (and what they are based on). Word and LibreOffice open the result unchanged.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterable

STYLES_PART = "word/styles.xml"
CONTENT_TYPES = "[Content_Types].xml"
UNUSED_PARTS = (
    "docProps/thumbnail.jpeg",
    "word/stylesWithEffects.xml",
    "word/webSettings.xml",
    "word/numbering.xml",
    "customXml/",
)


def _unused(name: str) -> bool:
    return any(name == p or (p.endswith("/") and name.startswith(p)) for p in UNUSED_PARTS)


def slim_package(package: bytes, *, used_styles: Iterable[str] = ()) -> bytes:
    """``package`` (a DOCX) without python-docx's unused template parts and styles."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            if _unused(item.filename):
                continue
            data = source.read(item)
            if item.filename.endswith(".rels"):
                data = _without_relationships(item.filename, data)
            elif item.filename == CONTENT_TYPES:
                data = _without_overrides(data)
            elif item.filename == STYLES_PART:
                data = _only_styles(data, set(used_styles))
            target.writestr(item, data)
    return out.getvalue()


def _without_relationships(rels_name: str, data: bytes) -> bytes:
    """A ``.rels`` part without the relationships to dropped parts."""
    folder = posixpath.dirname(posixpath.dirname(rels_name))  # "word/_rels/x.rels" -> "word"

    def drop(match: re.Match[bytes]) -> bytes:
        element = match.group(0)
        target = _attribute(element, b"Target")
        if b'TargetMode="External"' in element:
            return element
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        return b"" if _unused(posixpath.normpath(path)) else element

    return _RELATIONSHIP.sub(drop, data)


def _without_overrides(data: bytes) -> bytes:
    def drop(match: re.Match[bytes]) -> bytes:
        name = _attribute(match.group(0), b"PartName").lstrip("/")
        return b"" if _unused(name) else match.group(0)

    return _OVERRIDE.sub(drop, data)


def _only_styles(data: bytes, used: set[str]) -> bytes:
    """The styles part with the document defaults, the default styles and ``used`` (with the
    styles they are based on); the latent-style table goes."""
    data = _LATENT.sub(b"", data)
    styles = {_attribute(m.group(0), b"w:styleId"): m.group(0) for m in _STYLE.finditer(data)}
    keep = {sid for sid, xml in styles.items() if b'w:default="1"' in xml[:200]} | used
    todo = list(keep)
    while todo:
        based_on = _BASED_ON.search(styles.get(todo.pop(), b""))
        if based_on and based_on.group(1).decode() not in keep:
            keep.add(based_on.group(1).decode())
            todo.append(based_on.group(1).decode())

    def drop(match: re.Match[bytes]) -> bytes:
        return match.group(0) if _attribute(match.group(0), b"w:styleId") in keep else b""

    return _STYLE.sub(drop, data)


# python-docx writes these parts itself, so their shape is known: flat, self-closing
# relationships and overrides, styles that do not nest
_RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*/>")
_OVERRIDE = re.compile(rb"<Override\b[^>]*/>")
_LATENT = re.compile(rb"<w:latentStyles\b.*?</w:latentStyles>|<w:latentStyles\b[^>]*/>", re.S)
_STYLE = re.compile(rb"<w:style\b[^>]*?(?:/>|>.*?</w:style>)", re.S)
_BASED_ON = re.compile(rb'<w:basedOn w:val="([^"]+)"')


def _attribute(element: bytes, name: bytes) -> str:
    found = re.search(rb"\s" + re.escape(name) + rb'="([^"]*)"', element)
    return found.group(1).decode("utf-8") if found else ""

"""Reading a tagged PDF the way assistive technology does: the structure tree with its text.

pdfium (pypdfium2) gives each text object of a page with its marked-content id (MCID; -1 for
artifacts); pikepdf walks the structure tree, whose leaves name those ids. Together they give
the text a screen reader reads, element by element, and the text in drawing order.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


@dataclass
class Element:
    """One structure element: its type (``H1``, ``P``, ``Figure`` …), attributes, children."""

    tag: str
    attrs: dict[str, str]
    parts: list[str | Element] = field(default_factory=list)  # marked text and kids, in order
    annotations: list[dict[str, str]] = field(default_factory=list)  # OBJR: Subtype, Contents, URI

    @property
    def children(self) -> list[Element]:
        return [part for part in self.parts if isinstance(part, Element)]

    def walk(self) -> list[Element]:
        return [self, *(e for child in self.children for e in child.walk())]

    def all_text(self) -> str:
        """The element's text in structure order (its own content and its kids' interleaved)."""
        return "".join(p if isinstance(p, str) else p.all_text() for p in self.parts)


def _object_text(obj: pdfium.PdfObject, textpage: pdfium.PdfTextPage) -> str:
    size = pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
    buffer = (ctypes.c_ushort * size)()
    pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, buffer, size)
    # pdfium reports a hyphen that ends a line as \x02 (it cannot tell it from a soft hyphen)
    return bytes(buffer).decode("utf-16-le").rstrip("\0").replace("\x02", "-")


def marked_texts(path: Path) -> tuple[dict[tuple[int, int], str], list[tuple[int, int, str]]]:
    """({(page, mcid): text}, [(page, mcid, text) in drawing order, artifacts with mcid -1])."""
    by_id: dict[tuple[int, int], str] = {}
    drawn: list[tuple[int, int, str]] = []
    doc = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            for obj in page.get_objects(max_depth=8):
                if obj.type != pdfium_c.FPDF_PAGEOBJ_TEXT:
                    continue
                mcid = pdfium_c.FPDFPageObj_GetMarkedContentID(obj.raw)
                text = _object_text(obj, textpage)
                drawn.append((index, mcid, text))
                if mcid >= 0:
                    by_id[(index, mcid)] = by_id.get((index, mcid), "") + text
    finally:
        doc.close()
    return by_id, drawn


def structure_tree(path: Path) -> Element:
    """The structure tree below /StructTreeRoot, each element with the text it marks."""
    texts, _ = marked_texts(path)
    with pikepdf.open(path) as pdf:
        pages = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
        root = Element("StructTreeRoot", {})

        def visit(node: pikepdf.Object, parent: Element, page: int | None) -> None:
            if isinstance(node, pikepdf.Array):
                for item in node:
                    visit(item, parent, page)
                return
            if not isinstance(node, pikepdf.Dictionary):
                if page is not None:  # a bare MCID
                    parent.parts.append(texts.get((page, int(node)), ""))
                return
            if "/Pg" in node:
                page = pages[node.Pg.objgen]
            kind = node.get("/Type")
            if kind == "/MCR":
                parent.parts.append(
                    texts.get((page if page is not None else -1, int(node.MCID)), "")
                )
                return
            if kind == "/OBJR":
                annotation = node.Obj
                action = annotation.get("/A", pikepdf.Dictionary())
                parent.annotations.append(
                    {
                        "Subtype": str(annotation.get("/Subtype", "")),
                        "Contents": str(annotation.get("/Contents", "")),
                        "URI": str(action.get("/URI", "")),
                    }
                )
                return
            attrs = {
                key[1:]: str(node[key])
                for key in ("/Alt", "/ActualText", "/T", "/Lang")
                if key in node
            }
            element = Element(str(node.S)[1:], attrs)
            parent.parts.append(element)
            if "/K" in node:
                visit(node.K, element, page)

        visit(pdf.Root.StructTreeRoot.get("/K", pikepdf.Array()), root, None)
    return root


def drawn_text(path: Path) -> str:
    """The tagged text in the order the pages draw it (artifacts left out)."""
    _, drawn = marked_texts(path)
    return "".join(text for _, mcid, text in drawn if mcid >= 0)


def artifact_text(path: Path) -> list[tuple[int, str]]:
    """(page, text) of everything marked as an artifact."""
    _, drawn = marked_texts(path)
    return [(page, text) for page, mcid, text in drawn if mcid < 0]

"""Images and drawings that many reportlab PDFs of one build share: prepared once per build.

``Canvas.drawImage`` shares an image within one PDF, but a build writes many PDFs with the same
picture (every cheque is a file of its own, every e-mail may carry its letter as PDF): each
call decodes the PNG, splits off its alpha channel, hashes some megabytes of pixels and deflates
them again – for the demo logo 25 ms per PDF. Likewise the guilloche of a cheque is a quarter
megabyte of path operators, the same on every cheque, deflated again for every file.

:func:`shared_image` and :func:`shared_form` do that work once per build
(:func:`~ceremonykit.build_memo.build_memo`); :func:`draw_shared_image` and
:func:`draw_shared_form` place the prepared XObject in any canvas.

An image is byte for byte what ``drawImage(ImageReader(data), …, mask="auto")`` writes: the
same XObject name (reportlab's digest of pixels and mask), the same streams, registered in the
same order. A form is what ``beginForm``/``endForm`` make of the same operators, with the stream
compressed once. reportlab has no public call to register a prepared XObject, so both repeat
its registration step (reportlab 5.1: ``addForm`` on the canvas's document, ``Reference`` for
an image's soft mask); ``tests/documents/test_shared_xobjects.py`` compares the output with
reportlab's own calls so an upgrade that changes them fails a test, not a print job.
"""

from __future__ import annotations

import copy
import hashlib
import io
import zlib
from dataclasses import dataclass

from PIL import Image
from reportlab.lib.utils import ImageReader, _digester
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFFormXObject,
    PDFImageXObject,
    PDFName,
    PDFObjectReference,
    PDFStream,
    xObjectName,
)
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.build_memo import build_memo


@dataclass(frozen=True)
class SharedImage:
    """An image XObject (and its soft mask) ready to be added to any number of PDFs."""

    name: str  # reportlab's name of the image: the digest of its pixels and mask
    size: tuple[int, int]  # pixels
    xobject: PDFImageXObject  # a template: each PDF gets its own copy
    soft_mask: PDFImageXObject | None


@build_memo
def shared_image(data: bytes, crop: tuple[int, int, int, int] | None = None) -> SharedImage:
    """``data`` (PNG, JPEG, …) prepared as ``drawImage(…, mask="auto")`` would, once per build;
    with ``crop`` (left, top, right, bottom in pixels) only that part, with its transparency.
    Raises what ``ImageReader`` and Pillow raise for unreadable data."""
    if crop is None:
        reader = ImageReader(io.BytesIO(data))
    else:
        with Image.open(io.BytesIO(data)) as image:
            reader = ImageReader(image.convert("RGBA").crop(crop))
    pixels = reader.getRGBData()
    alpha = reader._dataA
    name = _digester(pixels + (alpha.getRGBData() if alpha else b"auto"))
    xobject = PDFImageXObject(name, reader, mask="auto")
    soft_mask = xobject.__dict__.pop("_smask", None)
    return SharedImage(name, reader.getSize(), xobject, soft_mask)


def draw_shared_image(
    canvas: Canvas, image: SharedImage, x: float, y: float, width: float, height: float
) -> None:
    """Draw ``image`` with its lower left corner at ``x``, ``y`` (like ``drawImage``)."""
    if not canvas.hasForm(image.name):  # first use in this PDF: add the XObjects
        doc = canvas._doc
        xobject = copy.copy(image.xobject)
        doc.addForm(image.name, xobject)
        mask = image.soft_mask
        if mask is not None:
            if canvas.hasForm(mask.name):  # another image with the same alpha channel
                xobject.smask = PDFObjectReference(xObjectName(mask.name))
            else:
                xobject.smask = doc.Reference(copy.copy(mask), xObjectName(mask.name))
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas.doForm(image.name)
    canvas.restoreState()


@dataclass(frozen=True)
class SharedForm:
    """PDF drawing operators as a form XObject stream, deflated once."""

    name: str  # digest of the operators: the same drawing has the same name in every PDF
    deflated: bytes


@build_memo
def shared_form(operators: str) -> SharedForm:
    """``operators`` (page coordinates, no fonts or images) prepared once per build."""
    data = operators.encode("latin-1")
    digest = hashlib.md5(data, usedforsecurity=False).hexdigest()
    return SharedForm(f"shared_{digest}", zlib.compress(data))


def draw_shared_form(
    canvas: Canvas, form: SharedForm, bbox: tuple[float, float, float, float]
) -> None:
    """Draw ``form`` at the current position; ``bbox`` (points) must hold the whole drawing."""
    if not canvas.hasForm(form.name):
        xobject = PDFFormXObject(*bbox)
        flate = PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])})
        xobject.Contents = PDFStream(flate, form.deflated)  # "Filter" set: stored as it is
        canvas._doc.addForm(form.name, xobject)
    canvas.doForm(form.name)

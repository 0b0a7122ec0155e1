"""Shared images write exactly what reportlab's drawImage writes, shared forms draw what their
operators draw on the page; both are prepared once per build.

The comparisons guard ``draw_shared_image`` and ``draw_shared_form``, which repeat reportlab's
internal registration step: a reportlab upgrade that changes it fails here.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable

import pypdfium2
import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ceremonykit.build_memo import build_scope
from ceremonykit.documents.pdf.shared_xobjects import (
    draw_shared_form,
    draw_shared_image,
    shared_form,
    shared_image,
)


def _png(mode: str, **save: object) -> bytes:
    image = Image.new(mode, (40, 24))
    for x in range(40):
        for y in range(24):
            value = (x * 6, y * 10, (x + y) * 3, 0 if x < 8 else 255)
            image.putpixel((x, y), value[: len(mode)] if mode != "P" else (x + y) % 4)
    if mode == "P":
        image.putpalette([0, 0, 0, 200, 30, 30, 30, 200, 30, 30, 30, 200] + [0] * 756)
        save = {"transparency": 0, **save}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG" if save.pop("jpeg", False) else "PNG", **save)
    return buffer.getvalue()


SAMPLES = {
    "rgba": _png("RGBA"),
    "rgb": _png("RGB"),
    "grey-alpha": _png("LA"),
    "palette-transparent": _png("P"),
    "jpeg": _png("RGB", jpeg=True),
}


def _pdf(draw: Callable[[Canvas, bytes, float, float], None], data: bytes) -> bytes:
    """Two pages: the image twice on the first, once on the second, beside other drawing."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 200), invariant=1, pageCompression=1)
    canvas.rect(5, 5, 20, 20, fill=1)
    draw(canvas, data, 30, 40)
    draw(canvas, data, 120, 10)
    canvas.showPage()
    draw(canvas, data, 60, 60)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _with_draw_image(canvas: Canvas, data: bytes, x: float, y: float) -> None:
    canvas.drawImage(ImageReader(io.BytesIO(data)), x, y, 80, 48, mask="auto")


def _with_shared_image(canvas: Canvas, data: bytes, x: float, y: float) -> None:
    draw_shared_image(canvas, shared_image(data), x, y, 80, 48)


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_same_bytes_as_draw_image(kind: str) -> None:
    data = SAMPLES[kind]
    expected = _pdf(_with_draw_image, data)
    with build_scope():  # prepared once, drawn into two PDFs
        assert _pdf(_with_shared_image, data) == expected
        assert _pdf(_with_shared_image, data) == expected
    assert _pdf(_with_shared_image, data) == expected  # outside a build: prepared per call


def test_two_images_sharing_a_soft_mask_match_draw_image() -> None:
    """Same alpha, other colours: reportlab stores the soft mask once and both refer to it."""
    first = Image.open(io.BytesIO(SAMPLES["rgba"]))
    second = Image.merge("RGBA", (*first.split()[1::-1], first.split()[2], first.split()[3]))
    buffer = io.BytesIO()
    second.save(buffer, "PNG")
    images = (SAMPLES["rgba"], buffer.getvalue())

    def both(draw: Callable[[Canvas, bytes, float, float], None]) -> bytes:
        return _pdf(lambda c, _d, x, y: [draw(c, d, x, y + 60 * n) for n, d in enumerate(images)],
                    b"")  # fmt: skip

    assert both(_with_shared_image) == both(_with_draw_image)


@pytest.mark.parametrize("kind", ["rgba", "grey-alpha", "palette-transparent"])
def test_a_cropped_image_is_what_draw_image_makes_of_the_cut_out_part(kind: str) -> None:
    box = (8, 2, 31, 20)
    with Image.open(io.BytesIO(SAMPLES[kind])) as image:
        part = io.BytesIO()
        image.convert("RGBA").crop(box).save(part, "PNG")
    cropped = _pdf(lambda c, d, x, y: draw_shared_image(c, shared_image(d, box), x, y, 80, 48),
                   SAMPLES[kind])  # fmt: skip
    assert shared_image(SAMPLES[kind], box).size == (23, 18)
    assert cropped == _pdf(_with_draw_image, part.getvalue())


def test_prepared_once_per_build() -> None:
    data = SAMPLES["rgba"]
    with build_scope():
        image = shared_image(data)
        assert shared_image(data) is image
        assert image.size == (40, 24)
        assert image.soft_mask is not None
    assert shared_image(data) is not image  # the build is over: nothing kept


def test_unreadable_data_raises_like_image_reader() -> None:
    with pytest.raises(OSError):
        ImageReader(io.BytesIO(b"not an image"))
    with pytest.raises(OSError):
        shared_image(b"not an image")


WAVES = "\n".join(
    f"0.{n} 0.2 0.5 RG q 2 w 1 J 10 {20 + 9 * n} m 90 {60 + 9 * n} 160 {9 * n} 290 {40 + 9 * n} c S Q"
    for n in range(9)
)


def _page_with(draw: Callable[[Canvas], None]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 200), invariant=1, pageCompression=1)
    canvas.setFillColorRGB(0.9, 0.1, 0.1)
    canvas.rect(120, 20, 40, 160, fill=1, stroke=0)  # under the waves
    draw(canvas)
    canvas.setFillColorRGB(0.1, 0.1, 0.9)
    canvas.rect(200, 20, 40, 160, fill=1, stroke=0)  # over the waves
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _pixels(pdf: bytes) -> bytes:
    page = pypdfium2.PdfDocument(pdf)[0]
    return bytes(page.render(scale=2).to_pil().convert("RGB").tobytes())


def test_shared_form_draws_what_the_operators_draw_on_the_page() -> None:
    inline = _page_with(lambda c: c.addLiteral(WAVES))
    with build_scope():
        form = shared_form(WAVES)
        assert shared_form(WAVES) is form  # deflated once per build
        first = _page_with(lambda c: draw_shared_form(c, form, (0, 0, 300, 200)))
        second = _page_with(lambda c: draw_shared_form(c, shared_form(WAVES), (0, 0, 300, 200)))
    assert first == second
    assert form.deflated in first  # the stream is stored as prepared, not compressed again
    assert zlib.decompress(form.deflated).decode() == WAVES
    assert _pixels(first) == _pixels(inline)
    assert _pixels(first) != _pixels(_page_with(lambda c: None))  # the waves are visible


def test_a_form_used_twice_in_one_pdf_is_stored_once() -> None:
    form = shared_form(WAVES)

    def twice(canvas: Canvas) -> None:
        draw_shared_form(canvas, form, (0, 0, 300, 200))
        canvas.translate(0, -30)
        draw_shared_form(canvas, form, (0, 0, 300, 200))

    pdf = _page_with(twice)
    assert pdf.count(form.deflated) == 1
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert list(page["/Resources"]["/XObject"]) == [f"/FormXob.{form.name}"]
    assert page.get_contents().get_data().count(f"/FormXob.{form.name} Do".encode()) == 2

"""Pictures for the demo ceremony, drawn here so that no licence question arises.

The "photos" are stylised stage scenes (a gradient, a stage, figures), the logo a wordmark and
the signature a pen stroke – enough to see how every document places and credits them.
"""

from __future__ import annotations

import io
import math
import random
from functools import cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ceremonykit.resources import resource_path


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    return ImageFont.truetype(str(resource_path(f"fonts/{name}")), size)


def _jpeg(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=85, optimize=True)
    return buf.getvalue()


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


@cache
def stage_photo(seed: int, people: int, size: tuple[int, int] = (1600, 1067)) -> bytes:
    """A stage with ``people`` standing figures under spotlights, deterministic per seed
    (cached: the bytes never change and drawing takes a while)."""
    rnd = random.Random(seed)
    w, h = size
    base = (rnd.randint(20, 60), rnd.randint(30, 70), rnd.randint(80, 130))
    img = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(img)
    for y in range(h):  # vertical gradient towards the stage light
        t = y / h
        draw.line(
            [(0, y), (w, y)],
            fill=tuple(int(c * (1 - t) + d * t) for c, d in zip(base, (140, 110, 70), strict=True)),
        )
    for _ in range(3):  # spotlights
        cx = rnd.randint(w // 5, 4 * w // 5)
        cone = Image.new("L", size, 0)
        ImageDraw.Draw(cone).polygon(
            [(cx - 40, 0), (cx + 40, 0), (cx + 320, h), (cx - 320, h)], fill=70
        )
        img.paste((255, 240, 200), mask=cone.filter(ImageFilter.GaussianBlur(40)))
    stage_top = int(h * 0.72)
    draw.rectangle([0, stage_top, w, h], fill=(70, 45, 30))
    draw.rectangle([0, stage_top, w, stage_top + 12], fill=(110, 75, 50))
    spacing = w / (people + 1)
    for i in range(people):
        x = spacing * (i + 1) + rnd.randint(-30, 30)
        height = rnd.randint(int(h * 0.38), int(h * 0.48))
        colour = rnd.choice(
            [(30, 30, 40), (120, 30, 40), (40, 70, 120), (200, 200, 210), (60, 90, 60)]
        )
        top = stage_top - height
        head = height * 0.13
        draw.ellipse([x - head / 2, top, x + head / 2, top + head], fill=(225, 190, 160))
        draw.rounded_rectangle(
            [x - height * 0.14, top + head * 1.05, x + height * 0.14, stage_top + 4],
            radius=int(head / 2),
            fill=colour,
        )
    # delivered at 1.5× (2400 × 1600), as large as a press photo must be for print and for
    # the 1080-pixel social media cards; drawing at that size directly takes three times longer
    return _jpeg(img.resize((w * 3 // 2, h * 3 // 2), Image.Resampling.BICUBIC))


@cache
def logo(text: str = "Stadt Dortmund") -> bytes:
    """A simple wordmark with an emblem, transparent background, high resolution."""
    font = _font(190, bold=True)
    width = 480 + int(font.getlength(text)) + 40
    img = Image.new("RGBA", (width, 480), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle([20, 40, 420, 440], radius=60, fill=(196, 18, 48, 255))
    for k in range(5):  # a stylised "D" of arcs
        r = 60 + k * 28
        draw.arc([220 - r, 240 - r, 220 + r, 240 + r], start=-90, end=90, fill="white", width=14)
    draw.text((480, 95), text, font=font, fill=(40, 40, 40, 255))
    return _png(img)


@cache
def signature(seed: int) -> bytes:
    """A handwritten-looking pen stroke on a transparent background."""
    rnd = random.Random(seed)
    w, h = 900, 300
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    points = []
    x = 40.0
    phase = rnd.random() * math.tau
    while x < w - 60:
        y = h / 2 + math.sin(x / 38 + phase) * 60 * rnd.uniform(0.6, 1.1) + rnd.uniform(-8, 8)
        points.append((x, y))
        x += rnd.uniform(6, 11)
    draw.line(points, fill=(20, 40, 110, 255), width=7, joint="curve")
    draw.line([(60, h * 0.78), (w - 120, h * 0.7)], fill=(20, 40, 110, 255), width=5)
    return _png(img)

"""Draw the CeremonyKit application icon (a rosette with ribbons) and save it as .ico and .png.

Run once when the design changes: ``python packaging/make_icon.py``; the .ico is committed so
that builds need no drawing step. Drawn at 1024 px and scaled down for crisp small sizes.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 1024
RED = (200, 16, 46, 255)  # signal red of the house style
DARK_RED = (140, 10, 32, 255)
GOLD = (232, 178, 48, 255)
LIGHT_GOLD = (250, 214, 110, 255)
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    cx, cy, r = SIZE // 2, 420, 330
    # two ribbons hanging below the rosette
    for side in (-1, 1):
        x0 = cx + side * 60
        x1 = cx + side * 250
        d.polygon(
            [
                (x0, cy),
                (x1, cy + 80),
                (x1 + side * 20, 980),
                (x1 - side * 70, 900),
                (x0 - side * 90, 960),
            ],
            fill=RED if side < 0 else DARK_RED,
        )
    # scalloped rosette edge
    points = []
    for i in range(96):
        a = 2 * math.pi * i / 96
        rr = r + (28 if i % 2 else -10)
        points.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(points, fill=GOLD)
    d.ellipse((cx - r + 40, cy - r + 40, cx + r - 40, cy + r - 40), fill=RED)
    d.ellipse((cx - r + 95, cy - r + 95, cx + r - 95, cy + r - 95), fill=LIGHT_GOLD)
    # a five-pointed star in the middle
    star = []
    for i in range(10):
        a = -math.pi / 2 + math.pi * i / 5
        rr = 190 if i % 2 == 0 else 78
        star.append((cx + rr * math.cos(a), cy + 10 + rr * math.sin(a)))
    d.polygon(star, fill=WHITE, outline=DARK_RED, width=10)
    return img


def main() -> None:
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(HERE / "icons" / "ceremonykit.png")
    image.save(HERE / "icons" / "ceremonykit.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    main()

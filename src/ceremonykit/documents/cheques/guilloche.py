"""Guilloche-like security patterns: interlaced wave bands and rosettes, as plain polylines.

Deterministic curves (no randomness) so that a cheque renders identically every time.
"""

from __future__ import annotations

import math

from ceremonykit.documents.cheques.shapes import Point, Rect

TAU = 2 * math.pi


def wave_bands(
    rect: Rect, *, bands: int, lines: int, waves: float, amplitude: float
) -> list[tuple[Point, ...]]:
    """``bands`` horizontal ribbons across ``rect``, each of ``lines`` phase-shifted waves
    whose crossings form the woven look of a banknote border."""
    x0, y0, w, h = rect
    band_h = h / max(bands, 1)
    steps = max(120, int(waves * 40))
    curves: list[tuple[Point, ...]] = []
    for band in range(max(bands, 1)):
        centre = y0 + band_h * (band + 0.5)
        swing = band_h * amplitude
        for i in range(max(lines, 1)):
            phase = TAU * i / max(lines, 1)
            points = []
            for step in range(steps + 1):
                u = step / steps
                angle = TAU * waves * u
                offset = 0.62 * math.sin(angle + phase) + 0.38 * math.sin(3 * angle - 2 * phase)
                points.append((x0 + w * u, centre + swing * offset))
            curves.append(tuple(points))
    return curves


def rosette(
    rect: Rect, *, lines: int, lobes: float, depth: float = 0.28
) -> list[tuple[Point, ...]]:
    """``lines`` closed lobed rings, each turned by a fraction of a lobe, centred in ``rect``."""
    x0, y0, w, h = rect
    cx, cy = x0 + w / 2, y0 + h / 2
    radius = min(w, h) / 2
    k = max(round(lobes), 3)
    steps = max(360, k * 30)
    curves: list[tuple[Point, ...]] = []
    for j in range(max(lines, 1)):
        shift = TAU * j / (max(lines, 1) * k)
        points = []
        for step in range(steps):
            t = TAU * step / steps
            r = radius * (1 - depth + depth * (0.5 + 0.5 * math.sin(k * (t + shift))))
            r *= 1 - 0.12 * (0.5 + 0.5 * math.cos(2 * k * t - j))
            points.append((cx + r * math.cos(t), cy + r * math.sin(t)))
        curves.append(tuple(points))
    return curves

"""Guilloche-like security patterns: interlaced wave bands and rosettes.

Each curve is a smooth function sampled into cubic Bézier segments (control points from the
curve's tangents), so it stays smooth at any print size with few path operators. Deterministic
(no randomness): a cheque renders identically every time. The patterns are pure functions of
the geometry, the same for every cheque of a build, so they are computed once per build
(:func:`~ceremonykit.build_memo.build_memo`) and returned as tuples the cheques share.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ceremonykit.build_memo import build_memo
from ceremonykit.documents.cheques.shapes import Point, Rect

TAU = 2 * math.pi
_H = 1e-5  # step of the numeric derivative, in curve parameter units


def bezier_points(f: Callable[[float], Point], segments: int) -> tuple[Point, ...]:
    """``f`` on 0..1 as Bézier points: start, then (control, control, end) per segment."""
    dt = 1 / segments
    points: list[Point] = [f(0.0)]
    previous = f(0.0)
    slope = _slope(f, 0.0)
    for index in range(1, segments + 1):
        t = index * dt
        current, tangent = f(t), _slope(f, t)
        points.append((previous[0] + slope[0] * dt / 3, previous[1] + slope[1] * dt / 3))
        points.append((current[0] - tangent[0] * dt / 3, current[1] - tangent[1] * dt / 3))
        points.append(current)
        previous, slope = current, tangent
    return tuple(points)


def _slope(f: Callable[[float], Point], t: float) -> Point:
    (x0, y0), (x1, y1) = f(t - _H), f(t + _H)
    return ((x1 - x0) / (2 * _H), (y1 - y0) / (2 * _H))


@build_memo
def wave_bands(
    rect: Rect, *, bands: int, lines: int, waves: float, amplitude: float
) -> tuple[tuple[Point, ...], ...]:
    """``bands`` horizontal ribbons across ``rect``, each of ``lines`` phase-shifted waves
    whose crossings form the woven look of a banknote border (Bézier points)."""
    x0, y0, w, h = rect
    bands, lines = max(bands, 1), max(lines, 1)
    band_h = h / bands
    segments = max(16, math.ceil(waves * 12))
    curves = []
    for band in range(bands):
        centre = y0 + band_h * (band + 0.5)
        swing = band_h * amplitude
        for i in range(lines):
            phase = TAU * i / lines

            def wave(
                u: float, centre: float = centre, swing: float = swing, phase: float = phase
            ) -> Point:
                angle = TAU * waves * u
                offset = 0.62 * math.sin(angle + phase) + 0.38 * math.sin(3 * angle - 2 * phase)
                return (x0 + w * u, centre + swing * offset)

            curves.append(bezier_points(wave, segments))
    return tuple(curves)


@build_memo
def rosette(
    rect: Rect, *, lines: int, lobes: float, depth: float = 0.28
) -> tuple[tuple[Point, ...], ...]:
    """``lines`` closed lobed rings, each turned by a fraction of a lobe, centred in ``rect``."""
    x0, y0, w, h = rect
    cx, cy = x0 + w / 2, y0 + h / 2
    radius = min(w, h) / 2
    k = max(round(lobes), 3)
    lines = max(lines, 1)
    curves = []
    for j in range(lines):
        shift = TAU * j / (lines * k)

        def ring(u: float, shift: float = shift, j: int = j) -> Point:
            t = TAU * u
            r = radius * (1 - depth + depth * (0.5 + 0.5 * math.sin(k * (t + shift))))
            r *= 1 - 0.12 * (0.5 + 0.5 * math.cos(2 * k * t - j))
            return (cx + r * math.cos(t), cy + r * math.sin(t))

        curves.append(bezier_points(ring, k * 8))
    return tuple(curves)

"""The drawing model of a cheque: shapes in millimetres, origin top left of the trim, y down.

The layout produces these; the PDF writer draws them and the checks measure them, so what is
checked is exactly what is printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # x, y, width, height in mm


@dataclass(frozen=True)
class Fill:
    """A filled (and optionally outlined) rectangle; may reach into the bleed."""

    rect: Rect
    color: str = ""
    stroke: str = ""
    stroke_width: float = 0.0
    radius: float = 0.0


@dataclass(frozen=True)
class Curve:
    """A line: a polyline, or with ``smooth`` cubic Bézier segments (start point, then
    control, control, end per segment) – rules and the guilloche pattern."""

    points: tuple[Point, ...]
    color: str
    width: float
    closed: bool = False
    smooth: bool = False


@dataclass(frozen=True)
class TextRun:
    """One line of text; ``x`` is its left, centre or right end depending on ``align``."""

    text: str
    font: str
    size: float  # mm (em size)
    x: float
    baseline: float
    color: str
    align: str = "left"
    tracking: float = 0.0  # mm between letters
    width: float = 0.0  # measured advance width in mm (including tracking)
    ascent: float = 0.0  # mm above the baseline
    descent: float = 0.0  # mm below the baseline (positive)
    what: str = ""  # German name of the content, for messages

    @property
    def left(self) -> float:
        if self.align == "center":
            return self.x - self.width / 2
        if self.align == "right":
            return self.x - self.width
        return self.x

    @property
    def bounds(self) -> Rect:
        return (self.left, self.baseline - self.ascent, self.width, self.ascent + self.descent)


@dataclass(frozen=True)
class Picture:
    """A raster image (logo, signature) placed in ``rect``."""

    data: bytes
    rect: Rect
    pixels: tuple[int, int]  # of the part shown
    what: str = ""
    crop: tuple[int, int, int, int] | None = None  # the part shown (pixels); None: all

    @property
    def bounds(self) -> Rect:
        return self.rect


Shape = Fill | Curve | TextRun | Picture


@dataclass
class Layout:
    """Everything on one cheque, in drawing order, plus notes for the build report."""

    width: float
    height: float
    paper: str
    shapes: list[Shape] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def important(self) -> list[TextRun | Picture]:
        """Content that must survive trimming: all text and pictures."""
        return [s for s in self.shapes if isinstance(s, TextRun | Picture)]

    def texts(self) -> list[str]:
        return [s.text for s in self.shapes if isinstance(s, TextRun)]

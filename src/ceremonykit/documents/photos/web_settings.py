"""The newsroom's rendition settings (long edge, JPEG quality), read from the build options
or the project, checked with a German message naming the option."""

from __future__ import annotations

from dataclasses import dataclass

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.photos.published import WEB_LONG_EDGE, WEB_QUALITY
from ceremonykit.errors import UserError

LONG_EDGE_RANGE = (320, 6000)
QUALITY_RANGE = (40, 100)


@dataclass(frozen=True)
class WebSettings:
    long_edge: int = WEB_LONG_EDGE
    quality: int = WEB_QUALITY


def _number(ctx: BuildContext, name: str, default: int, bounds: tuple[int, int]) -> int:
    text = ctx.options.option(ctx.kind, name) or ctx.ceremony.settings.get(f"{ctx.kind}.{name}", "")
    if not text.strip():
        return default
    low, high = bounds
    try:
        value = int(text.strip().removesuffix("px").strip())
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise UserError(
            f"Die Einstellung „{name}“ hat den Wert „{text}“. Erlaubt ist eine ganze Zahl "
            f"von {low} bis {high} (Standard {default})."
        )
    return value


def web_settings(ctx: BuildContext) -> WebSettings:
    return WebSettings(
        long_edge=_number(ctx, "image_size", WEB_LONG_EDGE, LONG_EDGE_RANGE),
        quality=_number(ctx, "image_quality", WEB_QUALITY, QUALITY_RANGE),
    )

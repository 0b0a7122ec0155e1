"""The newsroom's rendition settings (long edge, JPEG quality): declared once as typed kind
options (the CLI checks them, the GUI shows them), read back as numbers for the pipeline."""

from __future__ import annotations

from dataclasses import dataclass

from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.options import KindOption, OptionType

# declared here, not beside the pipeline: the registry reads the options without loading Pillow
WEB_LONG_EDGE = 1600  # px: the newsroom rendition unless set otherwise
WEB_QUALITY = 82

WEB_OPTIONS = (
    KindOption(
        "image_size",
        OptionType.NUMBER,
        "Bildgröße (Pixel)",
        "Längere Seite der Web-Fassungen der Fotos in Pixeln.",
        default=str(WEB_LONG_EDGE),
        minimum=320,
        maximum=6000,
    ),
    KindOption(
        "image_quality",
        OptionType.NUMBER,
        "JPEG-Qualität",
        "JPEG-Qualität der Web-Fassungen (höher = schärfer, aber größere Dateien).",
        default=str(WEB_QUALITY),
        minimum=40,
        maximum=100,
    ),
)


@dataclass(frozen=True)
class WebSettings:
    long_edge: int = WEB_LONG_EDGE
    quality: int = WEB_QUALITY


def _number(ctx: BuildContext, option: KindOption) -> int:
    """The option's value, checked again here: a value stored in the project by hand or by an
    older version reaches the build without passing the CLI."""
    text = option.normalise(ctx.option(option.name), where=f"{ctx.kind}.{option.name}")
    return round(float(text or option.default))


def web_settings(ctx: BuildContext) -> WebSettings:
    size, quality = WEB_OPTIONS
    return WebSettings(long_edge=_number(ctx, size), quality=_number(ctx, quality))

"""Where everything goes on a certificate: a pure function from design + subject to lines.

The layout is computed before drawing, so tests can check every text box against the border
and the PDF and Word outputs share the same fitting decisions (sizes, line breaks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportlab.lib.units import mm

from ceremonykit.documents.certificates.design import Design
from ceremonykit.documents.certificates.fit import Fitted, fit_text, unit_width, wrap_paragraph
from ceremonykit.documents.certificates.subjects import Subject, SubjectKind
from ceremonykit.domain.model import Salutation


@dataclass(frozen=True)
class SignatureInfo:
    name: str
    function: str
    asset_id: str | None


@dataclass(frozen=True)
class CeremonyInfo:
    """What is the same on every certificate of a ceremony."""

    award: str  # "Ehrenamtspreis 2026"
    organiser: str  # "Stadt Dortmund"
    place_date: str  # "Dortmund, 4. Dezember 2026"
    signatures: tuple[SignatureInfo, ...]
    logo_id: str | None = None
    logo_aspect: float = 1.0  # width / height
    signature_aspects: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class TextLine:
    text: str
    font: str
    size: float
    color: str
    x: float  # anchor: centre for "center", left edge for "left"
    y: float  # baseline
    align: str
    tracking: float = 0.0

    @property
    def width(self) -> float:
        return unit_width(self.text, self.font) * self.size + self.tracking * max(
            len(self.text) - 1, 0
        )

    @property
    def left(self) -> float:
        return self.x - self.width / 2 if self.align == "center" else self.x

    @property
    def right(self) -> float:
        return self.left + self.width


@dataclass(frozen=True)
class Picture:
    asset_id: str
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    color: str


@dataclass
class Layout:
    lines: list[TextLine] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    content_box: tuple[float, float, float, float] = (0, 0, 0, 0)  # x0, y0, x1, y1
    warnings: list[str] = field(default_factory=list)
    name_fit: Fitted | None = None
    project_fit: Fitted | None = None


def content_box(design: Design) -> tuple[float, float, float, float]:
    width, height = design.pagesize
    inset = design.frame_inset + design.content_inset
    left = design.band_width + design.content_inset if design.decoration == "band" else inset
    return left, inset, width - inset, height - inset


def citation(design: Design, subject: Subject, info: CeremonyInfo) -> str:
    """The short citation text, gender-appropriate for persons, neutral otherwise."""
    texts = design.texts
    if subject.kind is SubjectKind.PARTICIPATION:
        key = "citation_participation"
    elif subject.kind is SubjectKind.WINNER:
        key = "citation_org"
    else:
        key = {
            Salutation.FRAU: "citation_frau",
            Salutation.HERR: "citation_herr",
        }.get(subject.salutation, "citation_neutral")
    text = fill(texts[key], info, subject)
    return text[:1].upper() + text[1:]


_FEMININE_BODIES = ("stadt", "landeshauptstadt", "gemeinde", "bezirksvertretung", "stiftung")


def organiser_phrase(organiser: str) -> str:
    """ "Stadt Dortmund" -> "die Stadt Dortmund" (article for use inside a sentence)."""
    organiser = organiser.strip()
    if not organiser:
        return "die Stadt"
    first = organiser.split()[0].lower()
    if first in ("die", "der", "das"):
        return organiser
    return f"die {organiser}" if first in _FEMININE_BODIES else organiser


def fill(template: str, info: CeremonyInfo, subject: Subject) -> str:
    """Put organiser, award and amount into a design text."""
    values = {
        "verleiher": organiser_phrase(info.organiser),
        "preis": re.sub(r" (\d{4})$", "\u00a0\\1", info.award),  # never break before the year
        "betrag": subject.amount_text,
    }
    return template.format_map(values)


class _Stack:
    """Collects text lines top-down; groups are spread vertically afterwards."""

    def __init__(self, design: Design, x: float, align: str) -> None:
        self.design = design
        self.x = x
        self.align = align
        self.groups: list[list[tuple[str, float, float, str, str, float]]] = [[]]

    def new_group(self) -> None:
        if self.groups[-1]:
            self.groups.append([])

    def add(
        self,
        text: str,
        font: str,
        size: float,
        color: str,
        lead: float = 1.25,
        tracking: float = 0.0,
    ) -> None:
        self.groups[-1].append((text, size, lead, font, color, tracking))

    def space(self, points: float) -> None:
        self.groups[-1].append(("", points, 1.0, "", "", 0.0))

    @staticmethod
    def height(group: list[tuple[str, float, float, str, str, float]]) -> float:
        return sum(size * lead for _, size, lead, *_ in group)


def layout_certificate(design: Design, subject: Subject, info: CeremonyInfo) -> Layout:
    """Place logo, texts, signatures; fit the name and project into the content box."""
    x0, y0, x1, y1 = content_box(design)
    width = x1 - x0
    sizes = design.sizes
    font = design.font
    bold, italic = f"{font}-Bold", f"{font}-Italic"
    center = design.align == "center"
    anchor = (x0 + x1) / 2 if center else x0
    layout = Layout(content_box=(x0, y0, x1, y1))
    accent, text_color, muted = design.color_accent, design.color_text, design.color_muted

    # bottom block: place/date, then signatures (image, rule, name, function)
    sig_count = min(len(info.signatures), design.max_signatures)
    sig_image_h = 15 * mm
    bottom = y0
    col_w = min(width / max(sig_count, 1), 75 * mm)
    if sig_count:
        if center:
            total = col_w * sig_count
            start = anchor - total / 2
        else:
            start = x0
        for index, sig in enumerate(info.signatures[:sig_count]):
            cx = start + col_w * index + col_w / 2 if center else start + col_w * index
            line_w = col_w - 12 * mm
            function_size = sizes.signature
            layout.lines.append(
                TextLine(sig.function, font, function_size, muted, cx, bottom, design.align)
            )
            layout.lines.append(
                TextLine(
                    sig.name,
                    bold,
                    function_size,
                    text_color,
                    cx,
                    bottom + function_size * 1.35,
                    design.align,
                )
            )
            rule_y = bottom + function_size * 2.8
            rx = cx - line_w / 2 if center else cx
            layout.rules.append(Rule(rx, rule_y, rx + line_w, rule_y, 0.6, muted))
            if sig.asset_id:
                aspect = info.signature_aspects.get(sig.asset_id, 3.0)
                pic_w = min(line_w * 0.85, sig_image_h * aspect)
                pic_h = pic_w / aspect
                px = cx - pic_w / 2 if center else cx
                layout.pictures.append(Picture(sig.asset_id, px, rule_y - 2 * mm, pic_w, pic_h))
        bottom += sizes.signature * 2.8 + sig_image_h + 4 * mm
    if info.place_date:
        layout.lines.append(
            TextLine(info.place_date, font, sizes.small, text_color, anchor, bottom, design.align)
        )
        bottom += sizes.small * 1.3

    # top stack
    stack = _Stack(design, anchor, design.align)
    top = y1
    head_width = width  # title and award line (beside the logo in left-aligned designs)
    if info.logo_id:
        logo_h = min(min(design.logo_width, width) / info.logo_aspect, design.logo_height)
        logo_w = logo_h * info.logo_aspect
        if center:
            layout.pictures.append(
                Picture(info.logo_id, anchor - logo_w / 2, top - logo_h, logo_w, logo_h)
            )
            top -= logo_h + 12 * mm
        else:  # left-aligned designs carry the logo in the top right corner
            layout.pictures.append(Picture(info.logo_id, x1 - logo_w, top - logo_h, logo_w, logo_h))
            head_width = width - logo_w - 8 * mm
    title = design.texts["title"]
    title = title.upper() if design.title_upper else title
    title_fit = fit_text(
        title, bold, sizes.title, sizes.title * 0.6, head_width - design.title_tracking * len(title)
    )
    stack.add(
        title_fit.lines[0] if title_fit.lines else "",
        bold,
        title_fit.size,
        accent,
        1.15,
        design.title_tracking,
    )
    if info.award:
        award_fit = fit_text(info.award, font, sizes.award, 9, head_width)
        for line in award_fit.lines:
            stack.add(line, font, award_fit.size, text_color, 1.5, 1.2)
    stack.new_group()
    participation = subject.kind is SubjectKind.PARTICIPATION
    prize = design.texts["participation_prize"] if participation else subject.prize
    if prize:
        prize_fit = fit_text(prize, bold, sizes.prize, 12, width)
        for line in prize_fit.lines:
            stack.add(line, bold, prize_fit.size, accent, 1.25)
    if design.show_amount and subject.amount is not None and not participation:
        stack.add(fill(design.texts["amount"], info, subject), italic, sizes.amount, muted, 1.5)
    stack.new_group()
    stack.add(
        design.texts["participation_to" if participation else "awarded_to"],
        italic,
        sizes.small,
        muted,
        2.0,
    )
    name_fit = fit_text(subject.recipient, bold, sizes.name_max, sizes.name_min, width, 3)
    layout.name_fit = name_fit
    if name_fit.squeezed:
        layout.warnings.append(
            f"Der Name „{subject.recipient}“ ist sehr lang und wurde kleiner als vorgesehen gesetzt – bitte prüfen, ob eine Kurzform passt."
        )
    for line in name_fit.lines:
        stack.add(line, bold, name_fit.size, text_color, 1.22)
    if subject.organisation:
        org_fit = fit_text(subject.organisation, font, sizes.award, 9, width)
        for line in org_fit.lines:
            stack.add(line, font, org_fit.size, text_color, 1.4)
    if subject.project:
        stack.space(7)
        stack.add(design.texts["project_intro"], italic, sizes.small, muted, 1.7)
        project_fit = fit_text(
            f"„{subject.project}“", italic, sizes.project_max, sizes.project_min, width * 0.92, 3
        )
        layout.project_fit = project_fit
        if project_fit.squeezed:
            layout.warnings.append(
                f"Der Projekttitel „{subject.project}“ ist sehr lang und wurde kleiner als vorgesehen gesetzt – bitte eine Kurzform erwägen."
            )
        for line in project_fit.lines:
            stack.add(line, italic, project_fit.size, text_color, 1.3)
    stack.new_group()
    body_width = width * (0.82 if center else 0.75)
    for line in wrap_paragraph(citation(design, subject, info), font, sizes.body, body_width):
        stack.add(line, font, sizes.body, text_color, 1.45)

    _place_stack(stack, layout, top, bottom + (8 * mm if design.landscape else 14 * mm), design)
    return layout


def _place_stack(stack: _Stack, layout: Layout, top: float, floor: float, design: Design) -> None:
    """Spread the groups between ``top`` and ``floor`` with equal gaps (compressed if tight)."""
    groups = [g for g in stack.groups if g]
    heights = [_Stack.height(g) for g in groups]
    free = (top - floor) - sum(heights)
    gaps = max(len(groups) - 1, 1)
    gap = max(min(free / (gaps + 0.6), 26 * mm), 2.0)
    if free < 0:
        layout.warnings.append(
            "Die Texte dieser Urkunde sind zu lang für die Gestaltung und stehen sehr eng – bitte kürzen."
        )
    y = top
    first = True
    for index, group in enumerate(groups):
        for text, size, lead, font, color, tracking in group:
            if not font:  # explicit space
                y -= size
                continue
            y -= size * 0.75 if first else size * lead  # first line: cap height below the top
            first = False
            layout.lines.append(
                TextLine(text, font, size, color, stack.x, y, stack.align, tracking)
            )
        if index == 0 and len(groups) > 1:
            _divider(layout, stack, y - gap / 2 - 2, design)
        y -= gap


def _divider(layout: Layout, stack: _Stack, y: float, design: Design) -> None:
    length = 34 * mm
    color = design.color_frame if design.decoration == "ornament" else design.color_accent
    if stack.align == "center":
        layout.rules.append(Rule(stack.x - length / 2, y, stack.x - 4, y, 0.7, color))
        layout.rules.append(Rule(stack.x + 4, y, stack.x + length / 2, y, 0.7, color))
        layout.rules.append(Rule(stack.x - 2.5, y, stack.x + 2.5, y, 5, color))  # centre mark
    else:
        layout.rules.append(Rule(stack.x, y, stack.x + length, y, 2.2, color))

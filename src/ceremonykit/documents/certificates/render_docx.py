"""Certificates as Word files that look like their PDFs: the same layout, placed the same way.

Every text block of the PDF layout (title, award, prize, name, project, citation, place and
date, signatures) becomes a paragraph in a text frame at the PDF's position (``w:framePr``
anchored to the page), with the same size, colour and line spacing; rules and pictures sit in
frames as well. So the Word file is one page in both designs whatever the font metrics, the
signatures stand where the PDF has them, and staff can still click into any line and edit it.
The decoration is drawn the same way: the double frame as two bordered frames, the colour
band as shaded frames.

For speed the package (styles, page set-up, images) is built once with python-docx; each
certificate only writes its own ``word/document.xml`` from the layout.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from docx.enum.section import WD_ORIENT
from docx.shared import Pt

from ceremonykit.documents.certificates.design import Design
from ceremonykit.documents.certificates.layout import CeremonyInfo, Layout, Picture, TextLine
from ceremonykit.documents.docx_slim import slim_package
from ceremonykit.documents.docx_tools import clean_text, new_document, property_text
from ceremonykit.xml_text import escape, quoteattr

EMU_PER_PT = 12700
CORE_PART = "docProps/core.xml"
_DC_TITLE = re.compile(r"<dc:title>.*?</dc:title>|<dc:title/>", re.S)
_ASCENT = 0.95  # of the font size above the baseline: where a frame's first line starts


def _tw(points: float) -> int:
    """Twentieths of a point, Word's unit for positions and spacing."""
    return round(points * 20)


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


@dataclass(frozen=True)
class _Block:
    """Consecutive layout lines of one paragraph (a name set on two lines, the citation)."""

    lines: tuple[TextLine, ...]

    @property
    def first(self) -> TextLine:
        return self.lines[0]

    @property
    def leading(self) -> float:
        """Baseline distance of the PDF's lines (for one line: the size plus a little)."""
        if len(self.lines) > 1:
            return self.lines[0].y - self.lines[1].y
        return self.first.size * 1.25


def _blocks(lines: list[TextLine]) -> Iterator[_Block]:
    """Group lines that continue one another: same style and anchor, one line lower."""
    group: list[TextLine] = []
    for line in lines:
        if group:
            last = group[-1]
            same = (line.font, line.size, line.color, line.align, line.x) == (
                last.font,
                last.size,
                last.color,
                last.align,
                last.x,
            )
            if same and 0 < last.y - line.y <= line.size * 1.8:
                group.append(line)
                continue
            yield _Block(tuple(group))
        group = [line]
    if group:
        yield _Block(tuple(group))


class DocxCertificates:
    """Build the package once; :meth:`render` returns one certificate's DOCX bytes."""

    def __init__(self, design: Design, info: CeremonyInfo, images: Mapping[str, bytes]) -> None:
        self.design = design
        self.info = info
        self.page_width, self.page_height = design.pagesize
        x0, _y0, x1, _y1 = _content(design)
        self.x0, self.x1 = x0, x1
        package, self._pictures = _package(design, info, images)
        base = io.BytesIO()
        document = core = b""
        with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(base, "w") as static:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == "word/document.xml":
                    document = data
                    continue
                if item.filename == CORE_PART:  # its title names each certificate's recipient
                    core = data
                    continue
                stored = item.filename.startswith("word/media/")
                static.writestr(
                    item.filename, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                )
        self._static = base.getvalue()
        head, _, rest = document.decode("utf-8").partition("<w:body>")
        section = rest[rest.index("<w:sectPr") : rest.rindex("</w:body>")]
        self._head, self._section = head + "<w:body>", section
        self._core = core.decode("utf-8")

    # ------------------------------------------------------------------ per certificate
    def render(self, layout: Layout, title: str = "") -> bytes:
        """The DOCX of one certificate laid out as ``layout`` (the PDF's layout); ``title``
        (document property, as in its PDF/A) replaces the master's "Urkunde <Preis>"."""
        # in the PDF's drawing order: rules over the (white-backed) signature images
        parts = [*self._decoration()]
        parts += [self._picture(p, n) for n, p in enumerate(layout.pictures, start=1)]
        parts += [self._text(block) for block in _blocks(layout.lines)]
        parts += [self._rule(r.x1, r.y1, r.x2, r.width, r.color) for r in layout.rules]
        # the one paragraph in the text flow: tiny, so the page never spills over
        parts.append(
            '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" '
            'w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
        )
        xml = self._head + "".join(parts) + self._section + "</w:body></w:document>"
        out = io.BytesIO(self._static)
        out.seek(0, io.SEEK_END)
        with zipfile.ZipFile(out, "a") as package:
            package.writestr("word/document.xml", xml.encode("utf-8"), zipfile.ZIP_DEFLATED, 1)
            core = self._core
            if title:
                named = f"<dc:title>{escape(property_text(clean_text(title)))}</dc:title>"
                core = _DC_TITLE.sub(lambda _: named, core, count=1)
            package.writestr(CORE_PART, core.encode("utf-8"), zipfile.ZIP_DEFLATED, 1)
        return out.getvalue()

    def _frame(self, x: float, top: float, width: float, height: float, rule: str) -> str:
        """A text frame at a fixed place on the page (points from the top left corner)."""
        return (
            f'<w:framePr w:w="{_tw(width)}" w:h="{_tw(height)}" w:hRule="{rule}" '
            f'w:wrap="none" w:vAnchor="page" w:hAnchor="page" '
            f'w:x="{_tw(x)}" w:y="{_tw(top)}"/>'
        )

    def _text(self, block: _Block) -> str:
        line = block.first
        if line.align == "center":
            half = min(line.x - self.x0, self.x1 - line.x)
            half = half if half > 20 else (self.x1 - self.x0) / 2
        else:
            half = max(self.x1 - line.x, 40) / 2
        if len(block.lines) > 1:  # wrap where the PDF wraps: as wide as its widest line
            half = min(half, max(item.width for item in block.lines) * 0.53)
        if line.align == "center":
            x, width, jc = line.x - half, 2 * half, "center"
        else:
            x, width, jc = line.x, 2 * half, "left"
        leading = block.leading
        top = self.page_height - line.y - line.size * _ASCENT - (leading - line.size) / 2
        height = leading * len(block.lines)
        font = self.design.docx_font
        bold = "<w:b/><w:bCs/>" if "Bold" in line.font else ""
        italic = "<w:i/><w:iCs/>" if "Italic" in line.font else ""
        tracking = f'<w:spacing w:val="{_tw(line.tracking)}"/>' if line.tracking else ""
        text = " ".join(clean_text(item.text) for item in block.lines)
        return (
            f"<w:p><w:pPr>{self._frame(x, top, width, height, 'atLeast')}"
            f'<w:spacing w:before="0" w:after="0" w:line="{_tw(leading)}" w:lineRule="exact"/>'
            f'<w:jc w:val="{jc}"/></w:pPr>'
            f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
            f'{bold}{italic}<w:color w:val="{_hex(line.color)}"/>{tracking}'
            f'<w:sz w:val="{round(line.size * 2)}"/><w:szCs w:val="{round(line.size * 2)}"/>'
            f'</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        )

    def _rule(self, x1: float, y: float, x2: float, width: float, colour: str) -> str:
        """A horizontal line: the top border of an empty framed paragraph."""
        size = min(max(round(width * 8), 2), 96)  # eighths of a point, as Word allows
        top = self.page_height - y - width / 2
        return (
            f"<w:p><w:pPr>{self._frame(x1, top, x2 - x1, max(width, 1), 'exact')}"
            f'<w:pBdr><w:top w:val="single" w:sz="{size}" w:space="0" '
            f'w:color="{_hex(colour)}"/></w:pBdr>'
            '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
            '<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
        )

    def _picture(self, picture: Picture, number: int) -> str:
        template = self._pictures.get(picture.asset_id)
        if template is None:
            return ""
        top = self.page_height - picture.y - picture.height
        run = (
            template.replace("{CX}", str(round(picture.width * EMU_PER_PT)))
            .replace("{CY}", str(round(picture.height * EMU_PER_PT)))
            .replace("{ID}", str(number))
        )
        return (
            # room to spare: a frame exactly as wide as the picture crops its edge
            f"<w:p><w:pPr>{self._frame(picture.x, top, picture.width + 12, picture.height + 2, 'exact')}"
            '<w:spacing w:before="0" w:after="0"/></w:pPr>'
            f"{run}</w:p>"
        )

    def _box(self, inset: float, width: float, colour: str) -> str:
        """A rectangle ``inset`` points inside the page edge: an empty framed paragraph with
        borders on all four sides."""
        size = min(max(round(width * 8), 2), 96)
        side = f'w:val="single" w:sz="{size}" w:space="0" w:color="{_hex(colour)}"'
        borders = "".join(f"<w:{edge} {side}/>" for edge in ("top", "left", "bottom", "right"))
        w = self.page_width - 2 * inset
        h = self.page_height - 2 * inset
        return (
            f"<w:p><w:pPr>{self._frame(inset, inset, w, h, 'exact')}"
            f"<w:pBdr>{borders}</w:pBdr>"
            f'<w:spacing w:before="0" w:after="0" w:line="{_tw(h)}" w:lineRule="exact"/>'
            "</w:pPr></w:p>"
        )

    def _decoration(self) -> Iterator[str]:
        """The ornamental double frame, or the colour band of the "band" design."""
        design = self.design
        if design.decoration == "ornament":  # the PDF's double frame: thick outside, thin inside
            for inset, width in ((design.frame_inset, 2.4), (design.frame_inset + 5.0, 0.7)):
                yield self._box(inset, width, design.color_frame)
            return
        for x, width, colour in (
            (0.0, design.band_width, design.color_accent),
            (design.band_width, 1.6 * 72 / 25.4, design.color_frame),  # the 1.6 mm strip
        ):
            yield (
                f"<w:p><w:pPr>{self._frame(x, 0, width, self.page_height, 'exact')}"
                f'<w:shd w:val="clear" w:color="auto" w:fill="{_hex(colour)}"/>'
                f'<w:spacing w:before="0" w:after="0" w:line="{_tw(self.page_height)}" '
                'w:lineRule="exact"/></w:pPr></w:p>'
            )


def master_title(info: CeremonyInfo) -> str:
    """The title of the shared package; :meth:`DocxCertificates.render` names the recipient."""
    return f"Urkunde {info.award}"


def _content(design: Design) -> tuple[float, float, float, float]:
    from ceremonykit.documents.certificates.layout import content_box

    return content_box(design)


def _package(
    design: Design, info: CeremonyInfo, images: Mapping[str, bytes]
) -> tuple[bytes, dict[str, str]]:
    """The package with page set-up and every image; plus, per image, the XML of a run that
    shows it ({CX}, {CY}, {ID} to fill in) with its alt text."""
    doc = new_document(title=master_title(info), author=info.organiser, font=design.docx_font)
    section = doc.sections[0]
    width, height = design.pagesize
    section.orientation = WD_ORIENT.LANDSCAPE if design.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Pt(width), Pt(height)
    margin = Pt(design.frame_inset + design.content_inset)
    section.top_margin = section.bottom_margin = section.right_margin = margin
    section.left_margin = margin
    section.header_distance = section.footer_distance = Pt(0)
    alt = {info.logo_id: f"Logo {info.organiser}"} if info.logo_id else {}
    alt.update({s.asset_id: f"Unterschrift {s.name}" for s in info.signatures if s.asset_id})
    runs: dict[str, str] = {}
    for asset_id, text in alt.items():
        if asset_id not in images:
            continue
        paragraph = doc.add_paragraph()
        run = paragraph.add_run()
        run.add_picture(io.BytesIO(images[asset_id]), width=Pt(10))
        xml = run._r.xml
        xml = re.sub(r'<wp:extent cx="\d+" cy="\d+"/>', '<wp:extent cx="{CX}" cy="{CY}"/>', xml)
        xml = re.sub(r'<a:ext cx="\d+" cy="\d+"/>', '<a:ext cx="{CX}" cy="{CY}"/>', xml)
        xml = re.sub(r'<wp:docPr id="\d+" name="[^"]*"/?>?', "", xml)
        xml = xml.replace(
            "<wp:cNvGraphicFramePr>",
            # alt text in descr only: a title beside it is read a second time
            f'<wp:docPr id="{{ID}}" name="Bild {{ID}}" descr={quoteattr(text)}/>'
            "<wp:cNvGraphicFramePr>",
        )
        runs[asset_id] = re.sub(r"^<w:r [^>]*>", "<w:r>", xml)  # namespaces come from the root
        paragraph._p.getparent().remove(paragraph._p)  # the image stays in the package
    out = io.BytesIO()
    doc.save(out)
    return slim_package(out.getvalue()), runs  # no unused template parts in every certificate

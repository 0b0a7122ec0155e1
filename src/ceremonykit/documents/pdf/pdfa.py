"""PDF/A-2b for reportlab output: XMP metadata, sRGB OutputIntent, clean document info.

reportlab writes embedded TrueType subsets but no PDF/A structure. :func:`make_pdfa_meta` adds what
PDF/A-2b asks for with pikepdf (XMP ``pdfaid`` part 2 / conformance B, an OutputIntent
``GTS_PDFA1`` with an sRGB ICC profile, document ID, info dictionary that matches the XMP) and
refuses input that cannot become PDF/A (encryption, JavaScript, fonts not embedded).
Create the reportlab canvas with ``initialFontName`` set to a bundled font, or reportlab adds a
non-embedded Helvetica. :func:`split_pdfa` then cuts a finished PDF/A into one PDF/A per page
without re-running pikepdf for every file (fast for a thousand certificates).
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

import pikepdf

from ceremonykit.documents.images.colour import srgb_icc
from ceremonykit.xml_text import escape

PRODUCER = "CeremonyKit (reportlab, pikepdf)"


class PdfaError(ValueError):
    """The PDF cannot be made PDF/A-2b (German message)."""


@dataclass(frozen=True)
class DocMeta:
    """What goes into the info dictionary and the XMP packet of one PDF."""

    title: str
    author: str
    lang: str = "de-DE"
    subject: str = ""
    created: datetime | None = None  # default: now (UTC)


def _pdf_date(moment: datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")


def _xmp_date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def xmp_packet(meta: DocMeta, moment: datetime) -> bytes:
    """The XMP packet: Dublin Core, XMP basic, PDF and PDF/A identification schemas."""
    title = escape(meta.title)
    author = escape(meta.author)
    lang = escape(meta.lang)
    description = (
        f"<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>{escape(meta.subject)}"
        "</rdf:li></rdf:Alt></dc:description>"
        if meta.subject
        else ""
    )
    stamp = _xmp_date(moment)
    text = (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'"
        " xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'"
        " xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/'>"
        "<dc:format>application/pdf</dc:format>"
        f"<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>{title}</rdf:li></rdf:Alt></dc:title>"
        f"<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>"
        f"{description}"
        f"<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>"
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate><xmp:ModifyDate>{stamp}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{stamp}</xmp:MetadataDate>"
        f"<xmp:CreatorTool>{PRODUCER}</xmp:CreatorTool>"
        f"<pdf:Producer>{PRODUCER}</pdf:Producer>"
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        "<?xpacket end='w'?>"
    )
    return text.encode("utf-8")


def info_entries(meta: DocMeta, moment: datetime) -> dict[str, str]:
    """Info dictionary entries that mirror the XMP packet exactly."""
    entries = {
        "/Title": meta.title,
        "/Author": meta.author,
        "/Creator": PRODUCER,
        "/Producer": PRODUCER,
        "/CreationDate": _pdf_date(moment),
        "/ModDate": _pdf_date(moment),
    }
    if meta.subject:
        entries["/Subject"] = meta.subject
    return entries


def _check_convertible(pdf: pikepdf.Pdf) -> None:
    if pdf.is_encrypted:
        raise PdfaError("Die PDF-Datei ist verschlüsselt und kann kein PDF/A werden.")
    names = pdf.Root.get("/Names")
    if "/OpenAction" in pdf.Root or (names is not None and "/JavaScript" in names):
        raise PdfaError("Die PDF-Datei enthält Skripte; PDF/A erlaubt keine.")
    for page in pdf.pages:
        fonts: pikepdf.Object = page.obj.get("/Resources", pikepdf.Dictionary()).get(
            "/Font", pikepdf.Dictionary()
        )
        for name, font in dict(fonts).items():
            if not _font_embedded(font):
                raise PdfaError(f"Schrift {name} ist nicht eingebettet; PDF/A verlangt das.")


def _font_embedded(font: pikepdf.Object) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font.DescendantFonts[0]
    if font.get("/Subtype") == "/Type3":
        return True
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
    )


def _output_intent(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    icc = pdf.make_stream(zlib.compress(srgb_icc()))
    icc["/Filter"] = pikepdf.Name.FlateDecode
    icc["/N"] = 3
    return pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier="sRGB IEC61966-2.1",
        RegistryName="http://www.color.org",
        Info="sRGB IEC61966-2.1",
        DestOutputProfile=icc,
    )


def make_pdfa_meta(pdf_bytes: bytes, meta: DocMeta) -> bytes:
    """Turn a reportlab PDF into PDF/A-2b (raises :class:`PdfaError` if it cannot be)."""
    moment = meta.created or datetime.now(UTC)
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        _check_convertible(pdf)
        root = pdf.Root
        root.Lang = pikepdf.String(meta.lang)
        root.OutputIntents = pikepdf.Array([_output_intent(pdf)])
        if "/PageMode" in root and root.PageMode not in ("/UseNone", "/UseOutlines"):
            del root["/PageMode"]
        for page in pdf.pages:
            # reportlab writes a presentation transition per page; PDF/A-2b does not list it,
            # so validators cannot approve it, and a print file has no use for it
            if "/Trans" in page.obj:
                del page.obj["/Trans"]
        metadata = pdf.make_stream(xmp_packet(meta, moment))
        metadata["/Type"] = pikepdf.Name.Metadata
        metadata["/Subtype"] = pikepdf.Name.XML
        root.Metadata = metadata
        info = pikepdf.Dictionary(
            {k: pikepdf.String(v) for k, v in info_entries(meta, moment).items()}
        )
        pdf.trailer.Info = pdf.make_indirect(info)
        digest = hashlib.md5(meta.title.encode() + _pdf_date(moment).encode()).digest()
        pdf.trailer.ID = pikepdf.Array([pikepdf.String(digest), pikepdf.String(digest)])
        out = io.BytesIO()
        # reportlab compressed every stream already (binary Flate, see the package docstring);
        # letting qpdf compress again decodes and re-encodes each one (20 ms per build)
        pdf.save(out, fix_metadata_version=False, compress_streams=False)
        return out.getvalue()

"""A structural PDF/A-2b check with pikepdf (no veraPDF here): the rules we can verify.

Checks XMP ``pdfaid`` part/conformance, the ``GTS_PDFA1`` OutputIntent with an ICC profile,
embedded fonts on every page (also inside form XObjects), no encryption, no JavaScript or
OpenAction scripts, a document ID, and that Title/Author/Producer of the info dictionary
match the XMP packet. Used by tests and available to every kind that writes PDF/A.
"""

from __future__ import annotations

import io

import pikepdf

_NS = {
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}


def _fonts(
    resources: pikepdf.Object | None, seen: set[tuple[int, int]]
) -> list[tuple[str, pikepdf.Object]]:
    found: list[tuple[str, pikepdf.Object]] = []
    if resources is None:
        return found
    for name, font in dict(resources.get("/Font", pikepdf.Dictionary())).items():
        found.append((str(name), font))
    for xobject in dict(resources.get("/XObject", pikepdf.Dictionary())).values():
        if xobject.is_indirect and xobject.objgen in seen:
            continue
        if xobject.is_indirect:
            seen.add(xobject.objgen)
        if xobject.get("/Subtype") == "/Form":
            found += _fonts(xobject.get("/Resources"), seen)
    return found


def _embedded(font: pikepdf.Object) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font.DescendantFonts[0]
    if font.get("/Subtype") == "/Type3":
        return True
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
    )


def pdfa_problems(pdf_bytes: bytes) -> list[str]:
    """Every PDF/A-2b rule this check can see broken (empty list = passes)."""
    problems: list[str] = []
    try:
        pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    except pikepdf.PasswordError:
        return ["encrypted"]
    with pdf:
        if pdf.is_encrypted or "/Encrypt" in pdf.trailer:
            problems.append("encrypted")
        if "/ID" not in pdf.trailer or len(pdf.trailer.ID) != 2:
            problems.append("no document ID")
        root = pdf.Root
        if "/OpenAction" in root or "/AA" in root:
            problems.append("OpenAction/AA present")
        if "/Names" in root and "/JavaScript" in root.Names:
            problems.append("JavaScript present")
        intents = root.get("/OutputIntents", pikepdf.Array())
        pdfa_intents = [i for i in intents if i.get("/S") == "/GTS_PDFA1"]
        if not pdfa_intents:
            problems.append("no GTS_PDFA1 OutputIntent")
        elif "/DestOutputProfile" not in pdfa_intents[0]:
            problems.append("OutputIntent without DestOutputProfile")
        elif int(pdfa_intents[0].DestOutputProfile.get("/N", 0)) != 3:
            problems.append("OutputIntent profile is not RGB (N != 3)")
        if "/Metadata" not in root:
            problems.append("no XMP metadata")
        else:
            if "/Filter" in root.Metadata:
                problems.append("XMP metadata stream is compressed")
            meta = pdf.open_metadata()
            if meta.get("pdfaid:part") != "2":
                problems.append(f"pdfaid:part is {meta.get('pdfaid:part')!r}, expected '2'")
            if meta.get("pdfaid:conformance") != "B":
                problems.append(f"pdfaid:conformance is {meta.get('pdfaid:conformance')!r}")
            info = pdf.trailer.get("/Info", pikepdf.Dictionary())
            pairs = (
                ("/Title", "dc:title"),
                ("/Author", "dc:creator"),
                ("/Producer", "pdf:Producer"),
            )
            for key, xmp_key in pairs:
                if key not in info:
                    continue
                value = meta.get(xmp_key)
                if isinstance(value, list):
                    value = ", ".join(value)
                if str(info[key]) != str(value):
                    problems.append(
                        f"Info {key} {str(info[key])!r} differs from XMP {xmp_key} {value!r}"
                    )
        seen: set[tuple[int, int]] = set()
        for number, page in enumerate(pdf.pages, start=1):
            if "/AA" in page.obj:
                problems.append(f"page {number}: additional actions")
            for name, font in _fonts(page.obj.get("/Resources"), seen):
                if not _embedded(font):
                    problems.append(
                        f"page {number}: font {name} ({font.get('/BaseFont')}) not embedded"
                    )
            for annot in page.obj.get("/Annots", pikepdf.Array()):
                action = annot.get("/A")
                if action is not None and action.get("/S") == "/JavaScript":
                    problems.append(f"page {number}: JavaScript link")
    return sorted(set(problems))

"""Text for XML we write (Word parts, XMP packets, ReportLab paragraph markup).

The same as ``xml.sax.saxutils.escape`` / ``quoteattr`` (a test compares them), without its
import: ``xml.sax.saxutils`` loads ``urllib.request`` and with it ``http.client``, ``email``
and ``ssl`` – 0.03–0.04 s in every build process for three string replacements.
"""

from __future__ import annotations

import re

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities (ampersand first)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(text: str) -> str:
    """``text`` escaped and quoted as an attribute value, line breaks and tabs as references."""
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))


def xml_clean(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (control characters break DOCX and XLSX
    files); tab, line feed and carriage return stay."""
    return _XML_ILLEGAL.sub("", text)

"""Web and e-mail addresses in press text, found the way readers write them.

"www.dortmund.de/presse", "https://…", "dortmund.de/integrationspreis-2025" (no www, no
scheme) and "pressestelle@stadtdo.de" all become links in the DOCX, the PDF and the article.
A bare domain needs a known top-level domain, so "e.V." or "5.000" never turn into links.
"""

from __future__ import annotations

import re

_TLDS = "de|com|org|net|eu|info|nrw|ruhr|berlin|koeln|hamburg|io|app|online|gov|edu"
_END = r"[^\s<>\"'.,;:!?)\]“”‘’]"  # a link never ends in punctuation of the sentence
LINK = re.compile(
    r"(?<![\w/@.\-])("
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}"  # e-mail
    rf"|(?:https?://|www\.)[^\s<>\"]*{_END}"  # with scheme or www.
    rf"|[\w][\w\-]*(?:\.[\w\-]+)*\.(?:{_TLDS})(?:/[^\s<>\"]*{_END})?"  # bare domain
    r")(?![\w@])",
    re.IGNORECASE,
)


def href(address: str) -> str:
    """The link target: "mailto:" for e-mail, "https://" where no scheme was written."""
    if "@" in address and "/" not in address and not address.lower().startswith("http"):
        return f"mailto:{address}"
    scheme, sep, rest = address.partition("://")
    if not sep:
        scheme, rest = "https", address
    host, slash, path = rest.partition("/")
    if not host.isascii():  # "dortmund-überrascht-dich.de": the link target in Punycode
        host = host.encode("idna").decode("ascii")
    return f"{scheme}://{host}{slash}{path}"


def split_links(text: str) -> list[tuple[str, bool]]:
    """ "Mehr: www.x.de." -> [("Mehr: ", False), ("www.x.de", True), (".", False)]."""
    parts = LINK.split(text)
    return [(part, i % 2 == 1) for i, part in enumerate(parts) if part]

"""E-mail invitations as drafts: one ``.eml`` per guest and a CSV for Outlook's mail merge.

CeremonyKit sends nothing. Each ``.eml`` is an RFC 5322 message (Python's ``email``
package: UTF-8 subject and names, a plain-text and an HTML part, optionally the letter as
PDF; a guest's check-in code as text in both parts and as a QR image inline in the HTML) with the header ``X-Unsent: 1``, so Outlook opens it as a draft with a Send button;
Thunderbird opens it with "Als neu bearbeiten". The CSV (UTF-8 with BOM, semicolons, as
German Excel and Word's mail merge read it) holds the same fields for Outlook's own merge.

Most headers are the same in every draft of a build ("From", "Subject", "MIME-Version", the
content types of the parts). The ``email`` package parses each header it is given and folds it
again when writing – two thirds of a draft's time. :data:`POLICY` is the SMTP policy with a
header factory that parses each distinct header once per build (header objects are immutable,
so the drafts share them) and folds it once; the ``.eml`` files are the same as with ``SMTP``.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.policy import EmailPolicy, Policy
from email.utils import make_msgid
from typing import Any

from ceremonykit.build_memo import build_memo
from ceremonykit.documents.guestdocs.qr import qr_png
from ceremonykit.documents.invitations.content import Invitation
from ceremonykit.errors import UserError

CSV_HEADER = ("E-Mail", "Name", "Anrede", "Betreff", "Text")
CODE_TEXT = "Ihr Einlass-Code (bitte am Eingang vorzeigen):"


def address(name: str, email: str) -> Address:
    """``Address`` for a header; a malformed e-mail address becomes a German UserError.
    Whitespace inside an address (a line break pasted from a signature) is dropped: an
    e-mail address never contains any."""
    user, at, domain = "".join(email.split()).rpartition("@")
    if not (at and user and domain):
        raise UserError(
            f"„{email}“ ist keine gültige E-Mail-Adresse. Bitte in der Gästeliste korrigieren."
        )
    try:
        return Address(display_name=name, username=user, domain=domain)
    except (ValueError, IndexError) as exc:
        raise UserError(
            f"„{email}“ ist keine gültige E-Mail-Adresse ({exc}). "
            "Bitte in der Gästeliste korrigieren."
        ) from None


class _FoldOnce:
    """Header mixin: a header is folded once per policy (it is immutable, so the result is
    always the same) – a header shared by the drafts of a build is folded once. The
    generator writes each MIME part with a copy of the policy, so equal copies count as
    the same policy."""

    def fold(self, *, policy: Policy) -> str:
        cached = self.__dict__.get("_folded")
        if cached is not None and _same_policy(cached[0], policy):
            return str(cached[1])
        folded = super().fold(policy=policy)  # type: ignore[misc]
        self.__dict__["_folded"] = (policy, folded)
        return str(folded)


def _same_policy(a: Policy, b: Policy) -> bool:
    return a is b or (type(a) is type(b) and a.__dict__ == b.__dict__)


class _SharedHeaders(HeaderRegistry):
    """The standard header factory, but one class per header name (the standard one creates
    a class on every call), and header objects shared within a build."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        if key not in self._classes:
            cls = self.registry.get(key, self.default_class)
            self._classes[key] = type("_" + cls.__name__, (_FoldOnce, cls, self.base_class), {})
        return self._classes[key]

    def __call__(self, name: str, value: Any) -> BaseHeader:
        if isinstance(value, str):
            return _shared_header(name, value)
        if isinstance(value, Address):  # unhashable: its parts are the key
            return _shared_header(name, (value.display_name, value.username, value.domain))
        return self[name](name, value)


_HEADERS = _SharedHeaders()


@build_memo
def _shared_header(name: str, value: str | tuple[str, str, str]) -> BaseHeader:
    source = Address(*value) if isinstance(value, tuple) else value
    return _HEADERS[name](name, source)


POLICY = EmailPolicy(linesep="\r\n", header_factory=_HEADERS)
"""``email.policy.SMTP`` with the sharing header factory."""


def html_body(paragraphs: Sequence[str]) -> str:
    blocks = "\n".join(
        "<p>" + "<br>".join(html.escape(line) for line in text.split("\n")) + "</p>"
        for text in paragraphs
    )
    return (
        '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"></head>\n'
        '<body style="font-family: Arial, sans-serif; font-size: 11pt;">\n'
        f"{blocks}\n</body></html>\n"
    )


def draft_message(
    invitation: Invitation,
    sender: Address,
    attachment: tuple[str, bytes] | None = None,
) -> bytes:
    """The ``.eml`` file of one guest's invitation (``attachment``: file name and PDF)."""
    guest = invitation.guest
    message = EmailMessage(policy=POLICY)
    message["X-Unsent"] = "1"
    message["From"] = sender
    message["To"] = address(guest.full_name or guest.organisation, guest.email)
    message["Subject"] = invitation.subject
    code = guest.checkin_token
    paragraphs = [*invitation.paragraphs, *([f"{CODE_TEXT} {code}"] if code else [])]
    message.set_content("\n\n".join(paragraphs) + "\n", charset="utf-8")
    if code:  # the QR code inline in the HTML part, the code as text in both parts
        cid = make_msgid(domain="einlass.ceremonykit")
        image = f'<p><img src="cid:{cid[1:-1]}" alt="QR-Code {code}" width="160" height="160"></p>'
        body = html_body(paragraphs).replace("\n</body>", f"\n{image}\n</body>")
        message.add_alternative(body, subtype="html", charset="utf-8")
        html_part = message.get_body(preferencelist=("html",))
        assert isinstance(html_part, EmailMessage)
        html_part.add_related(qr_png(code, scale=8), "image", "png", cid=cid)
    else:
        message.add_alternative(html_body(paragraphs), subtype="html", charset="utf-8")
    if attachment is not None:
        name, data = attachment
        message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return message.as_bytes()


def merge_csv(invitations: Sequence[Invitation]) -> bytes:
    """The mail-merge table: one row per e-mail invitation."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for inv in invitations:
        salutation, *rest = inv.paragraphs or ("",)
        writer.writerow(
            (inv.guest.email, inv.guest.full_name, salutation, inv.subject, "\n\n".join(rest))
        )
    return buffer.getvalue().encode("utf-8-sig")

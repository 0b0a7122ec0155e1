"""The certificate build: subjects, glyph check, PDF/A print file and singles, Word files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ceremonykit.documents.certificates.design import Design, load_design
from ceremonykit.documents.certificates.fit import missing_everywhere
from ceremonykit.documents.certificates.layout import (
    CeremonyInfo,
    Layout,
    SignatureInfo,
    layout_certificate,
)
from ceremonykit.documents.certificates.render_docx import DocxCertificates
from ceremonykit.documents.certificates.render_pdf import CertificateCanvas
from ceremonykit.documents.certificates.subjects import (
    Subject,
    participation_subjects,
    place_and_date,
    winner_subjects,
)
from ceremonykit.documents.certificates.user_template import (
    WordTemplate,
    missing_message,
    template_context,
)
from ceremonykit.documents.context import BuildContext
from ceremonykit.documents.filenames import safe_filename, unique_names
from ceremonykit.documents.images.flat import flat_image
from ceremonykit.documents.images.safe_open import ImageProblem
from ceremonykit.documents.pdf.page_split import split_pdfa
from ceremonykit.documents.pdf.pdfa import DocMeta, PdfaError, make_pdfa_meta
from ceremonykit.domain.model import Ceremony
from ceremonykit.errors import Remedy, UserError
from ceremonykit.template_folders import is_in_template_folder, not_confirmed_message

COMBINED = "Urkunden_alle_zum_Druck.pdf"  # inside the kind's folder


MAX_IMAGE_PX = 2400  # ≥ 300 dpi for a 200 mm wide logo; only huge scans are scaled down


def ceremony_info(ctx: BuildContext) -> tuple[CeremonyInfo, dict[str, bytes]]:
    """Shared texts and pictures; unreadable logo/signature images become warnings."""
    ceremony = ctx.ceremony
    images: dict[str, bytes] = {}
    aspects: dict[str, float] = {}
    wanted = [ceremony.sender.logo_asset_id] + [s.signature_asset_id for s in ceremony.signatories]
    for asset_id in wanted:
        asset = ceremony.asset(asset_id)
        if asset_id and asset is None:
            ctx.warn(
                None,
                f"Das Bild „{asset_id}“ (Logo oder Unterschrift) fehlt im Projekt – die Urkunden erscheinen ohne.",
            )
        if asset is None:
            continue
        try:
            ready = flat_image(asset.data, asset.filename or asset.id, MAX_IMAGE_PX)
        except ImageProblem as exc:
            ctx.warn(None, f"{exc} Die Urkunden erscheinen ohne dieses Bild.")
            continue
        images[asset.id], aspects[asset.id] = ready.data, ready.aspect
    logo = ceremony.sender.logo_asset_id if ceremony.sender.logo_asset_id in images else None
    signatories = sorted(ceremony.signatories, key=lambda s: s.position)
    info = CeremonyInfo(
        award=ceremony.title,
        organiser=ceremony.organiser or ceremony.sender.sender_name,
        place_date=place_and_date(ceremony),
        signatures=tuple(
            SignatureInfo(
                s.name, s.function, s.signature_asset_id if s.signature_asset_id in images else None
            )
            for s in signatories
        ),
        logo_id=logo,
        logo_aspect=aspects.get(logo or "", 1.0),
        signature_aspects=aspects,
    )
    if not signatories:
        ctx.warn(
            None,
            "Keine Unterzeichnenden eingetragen – die Urkunden haben keine Unterschriftszeile.",
        )
    return info, images


def collect_subjects(ctx: BuildContext) -> list[Subject]:
    subjects, problems = winner_subjects(ctx.ceremony)
    if ctx.option("participation") == "1":
        extra, more = participation_subjects(ctx.ceremony)
        subjects += extra
        problems += more
    for subject_id, reason in problems:
        ctx.skip(subject_id, reason)
    return subjects


def glyph_problem(subject: Subject, design: Design) -> str | None:
    """German message if a character of the subject's texts is in no font at all."""
    font = design.font
    for text, face in (
        (subject.recipient, f"{font}-Bold"),
        (subject.project, f"{font}-Italic"),
        (subject.prize, f"{font}-Bold"),
    ):
        missing = missing_everywhere(text, face)
        if missing:
            chars = " ".join(f"„{ch}“ (U+{ord(ch):04X})" for ch in sorted(missing))
            return (
                f"Urkunde für „{subject.recipient}“: Das Zeichen {chars} in „{text}“ ist in keiner "
                "mitgelieferten Schrift enthalten. Bitte die Schreibweise prüfen oder das Zeichen ersetzen."
            )
    return None


def shared_glyph_problem(info: CeremonyInfo, design: Design) -> str | None:
    """German message if a text on every certificate (award, place, signatories) has an
    uncovered character – then no certificate can be printed correctly."""
    texts = [
        ("Preis", info.award),
        ("Verleiher", info.organiser),
        ("Ort und Datum", info.place_date),
    ]
    for sig in info.signatures:
        texts += [("Unterzeichnende", sig.name), ("Funktion", sig.function)]
    for label, text in texts:
        missing = missing_everywhere(text, f"{design.font}-Bold")
        if missing:
            chars = " ".join(f"„{ch}“ (U+{ord(ch):04X})" for ch in sorted(missing))
            return (
                f"{label} „{text}“ enthält das Zeichen {chars}, das keine mitgelieferte Schrift "
                "darstellen kann. Bitte die Schreibweise in den Projektdaten korrigieren."
            )
    return None


def _design(ctx: BuildContext) -> Design:
    design = load_design(ctx.design, ctx.options.user_template_dir)
    show = ctx.option("show_amount")
    if show in ("0", "1"):
        design = dataclasses.replace(design, show_amount=show == "1")
    return design


def build_certificates(ctx: BuildContext) -> None:
    """Build every wanted format; one bad subject never stops the others."""
    try:
        design = _design(ctx)
        template = _word_template(ctx) if ctx.wants("docx") else None
    except UserError as exc:
        ctx.fail(None, str(exc))
        return
    subjects = collect_subjects(ctx)
    if not subjects:
        ctx.skip(None, "Keine Preisträger eingetragen – es gibt keine Urkunden zu erstellen.")
        return
    info, images = ceremony_info(ctx)
    shared_problem = shared_glyph_problem(info, design)
    if shared_problem:
        ctx.fail(None, shared_problem)
        return
    laid_out: list[tuple[Subject, Layout]] = []
    for index, subject in enumerate(subjects):
        ctx.progress(0.3 * index / len(subjects), f"Urkunde für {subject.recipient}")
        problem = glyph_problem(subject, design)
        if problem:
            ctx.fail(subject.id, problem)
            continue
        with ctx.attempt(subject.id, f"Die Urkunde für „{subject.recipient}“"):
            layout = layout_certificate(design, subject, info)
            for warning in layout.warnings:
                ctx.warn(subject.id, warning)
            laid_out.append((subject, layout))
    names = unique_names(
        [safe_filename(s.file_stem, "", i) for i, (s, _) in enumerate(laid_out, start=1)]
    )
    if ctx.wants("pdf") and laid_out:
        write_pdfs(ctx, design, info, images, laid_out, names)
    if ctx.wants("docx") and laid_out:
        write_docx(ctx, design, info, images, laid_out, names)
    if template is not None and laid_out:
        write_user_template(ctx, template, design, info, laid_out, names)


def _meta(ceremony: Ceremony, subject: Subject | None, info: CeremonyInfo) -> DocMeta:
    who = f" – {subject.recipient}" if subject else ""
    return DocMeta(
        title=f"Urkunde {info.award}{who}",
        author=info.organiser,
        subject=f"Urkunden {ceremony.title}",
    )


def write_pdfs(
    ctx: BuildContext,
    design: Design,
    info: CeremonyInfo,
    images: dict[str, bytes],
    laid_out: list[tuple[Subject, Layout]],
    names: list[str],
) -> None:
    """The combined print file and one PDF/A per certificate."""
    canvas = CertificateCanvas(design, images, f"Urkunden {info.award}", info.organiser)
    for index, (_subject, layout) in enumerate(laid_out):
        if index % 50 == 0:
            ctx.progress(0.3 + 0.3 * index / len(laid_out), "Urkunden werden gezeichnet")
        canvas.draw(layout)
    try:
        combined = make_pdfa_meta(canvas.finish(), _meta(ctx.ceremony, None, info))
    except PdfaError as exc:
        ctx.fail(None, f"Die Urkunden konnten nicht als PDF/A gespeichert werden: {exc}")
        return
    ctx.write_bytes(ctx.path(COMBINED), "pdf", combined)
    if ctx.options.preview:
        return  # the preview shows the combined file; splitting it would only cost time
    metas = [_meta(ctx.ceremony, subject, info) for subject, _ in laid_out]
    for index, (data, (subject, _), name) in enumerate(
        zip(split_pdfa(combined, metas), laid_out, names, strict=True)
    ):
        if index % 50 == 0:
            ctx.progress(0.6 + 0.2 * index / len(laid_out), "Einzelne PDF-Dateien")
        ctx.write_bytes(ctx.path(f"pdf/{name}.pdf"), "pdf", data, subject.id)


def write_docx(
    ctx: BuildContext,
    design: Design,
    info: CeremonyInfo,
    images: dict[str, bytes],
    laid_out: list[tuple[Subject, Layout]],
    names: list[str],
) -> None:
    docs = DocxCertificates(design, info, images)
    for index, ((subject, layout), name) in enumerate(zip(laid_out, names, strict=True)):
        if index % 50 == 0:
            ctx.progress(0.8 + 0.15 * index / len(laid_out), "Word-Dateien")
        title = _meta(ctx.ceremony, subject, info).title  # as in the certificate's PDF/A
        ctx.write_bytes(
            ctx.path(f"word/{name}.docx"), "docx", docs.render(layout, title), subject.id
        )


def _word_template(ctx: BuildContext) -> WordTemplate | None:
    """The staff's template, checked for unknown placeholders before anything is written.

    A path from the build options is the user's choice; a path stored in the project file is
    used only from the user's template folders (anything else needs the user's confirmation,
    which the CLI and GUI turn into a build option)."""
    chosen = ctx.options.option(ctx.kind, "word_template").strip()
    configured = ctx.option("word_template").strip()
    if not configured:
        return None
    path = Path(configured)
    if not chosen and not is_in_template_folder(path):
        raise UserError(not_confirmed_message(path), remedy=Remedy.ALLOW_TEMPLATE)
    if not path.is_file():
        raise UserError(
            f"Die Word-Vorlage „{path}“ wurde nicht gefunden.",
            hint="Bitte den Pfad in den Urkunden-Einstellungen prüfen.",
        )
    template = WordTemplate(path)
    unknown = template.unknown_placeholders()
    if unknown:
        raise UserError(missing_message(path, unknown))
    return template


def write_user_template(
    ctx: BuildContext,
    template: WordTemplate,
    design: Design,
    info: CeremonyInfo,
    laid_out: list[tuple[Subject, Layout]],
    names: list[str],
) -> None:
    unnamed = template.pictures_without_alt()
    if unnamed:
        ctx.warn(
            None,
            f"Die Word-Vorlage „{template.path.name}“ enthält {unnamed} Bild(er) ohne "
            "Alternativtext; Screenreader können sie nicht beschreiben. In Word: Rechtsklick "
            "auf das Bild › Alternativtext bearbeiten.",
        )
    for index, ((subject, _), name) in enumerate(zip(laid_out, names, strict=True)):
        ctx.progress(0.95 + 0.05 * index / len(laid_out), "Eigene Word-Vorlage")
        values = template_context(subject, info, design)
        empty = sorted(k for k in template.used if not values.get(k))
        if "betrag" in empty and subject.amount is None:
            empty.remove("betrag")
        try:
            data = template.render(values)
        except Exception as exc:  # Jinja errors inside the user's Word file
            ctx.fail(
                subject.id,
                f"Eigene Word-Vorlage für „{subject.recipient}“: {exc}. Bitte die Vorlage prüfen.",
            )
            continue
        if empty:
            ctx.warn(
                subject.id,
                f"Eigene Word-Vorlage: für „{subject.recipient}“ sind diese Platzhalter leer: {', '.join(empty)}.",
            )
        ctx.write_bytes(ctx.path(f"eigene_vorlage/{name}.docx"), "docx", data, subject.id)

"""Purge: the guests' personal data deleted for good, everywhere CeremonyKit keeps a copy."""

from __future__ import annotations

from ceremonykit.domain.model import Ceremony, Guest
from ceremonykit.guests.privacy import PurgePlan, plan_purge, purged_texts
from ceremonykit.importing.report_file import delete_report
from ceremonykit.logs import redact_logs
from ceremonykit.operations.changes import Changes
from ceremonykit.operations.edit import replace_in_memory
from ceremonykit.scratch import remove_everything
from ceremonykit.store import ProjectError, ProjectFile


def purge_guests(
    project: ProjectFile, ceremony: Ceremony, plan: PurgePlan | None = None
) -> Changes:
    """Delete every guest and scrub guest names from photos, rebuild the file, delete every
    temporary copy (GUI previews, read copies), delete the import report beside the project
    file and blank the names out of the log files.

    The deletion is one transaction: if it fails (disk full), nothing is deleted and the
    ``ProjectError`` says so. The rebuild afterwards needs free space as large as the file;
    if that fails the guests *are* deleted – ``secure_delete`` already overwrote them – and
    ``plan.not_rebuilt`` says why, so nobody is told "nicht übernommen" about a done purge.
    ``Changes.extra["plan"]`` is the :class:`PurgePlan` with what did not complete.
    """
    plan = plan or plan_purge(ceremony)
    with project.transaction():
        project.delete(Guest, [g.id for g in plan.guests])
        project.put_many(plan.photos)
    ceremony.guests = []
    replace_in_memory(ceremony, plan.photos)
    try:
        project.vacuum()
    except ProjectError as exc:
        plan.not_rebuilt = exc.message
    plan.temp_left = remove_everything() + redact_logs(purged_texts(plan.guests))
    report, failed = delete_report(project.path)
    message = f"{len(plan.guests)} Gäste gelöscht."
    if report is not None and failed:
        plan.temp_left.append(report)
    elif report is not None:
        plan.reports_deleted.append(report)
        message += f" Importbericht „{report.name}“ (mit Namen und E-Mail-Adressen) gelöscht."
    return Changes(
        frozenset({"guest", "photo"} if plan.photos else {"guest"}),
        frozenset(p.id for p in plan.photos),
        message=message,
        extra={"plan": plan},
    )

"""Applicant rows (everyone who applied) -> :class:`Applicant` objects."""

from __future__ import annotations

import copy

from ceremonykit.domain.model import Applicant, Ceremony, Person
from ceremonykit.importing.matching import organisation_or_persons_key
from ceremonykit.importing.report import RowReport, RowStatus
from ceremonykit.importing.rows import RowCells
from ceremonykit.importing.values import split_persons


class ApplicantImport:
    key_fields = frozenset({"organisation", "persons"})
    label = "Bewerbung"

    def __init__(self, ceremony: Ceremony) -> None:
        self.existing = {
            organisation_or_persons_key(a.organisation, a.persons): a for a in ceremony.applicants
        }
        self.seen: dict[str, int] = {}
        self.applicants: list[Applicant] = []

    def add_row(self, cells: RowCells, row: int, sheet: str) -> RowReport:
        organisation = cells.name("organisation", person=False)
        cells.check_names("persons")
        persons: list[Person] = cells.get("persons", split_persons, [])
        key = organisation_or_persons_key(organisation, persons)
        subject = organisation or ", ".join(p.full_name for p in persons)
        report = RowReport(sheet, row, RowStatus.ERROR, subject=subject)
        if not key:
            cells.error("organisation", "weder Organisation noch Personen angegeben")
        elif key in self.seen:
            cells.error(
                "organisation", f"doppelt: dieselbe Bewerbung wie in Zeile {self.seen[key]}"
            )
        if cells.errors:
            report.notes = cells.errors + cells.notes
            return report
        self.seen[key] = row
        old = self.existing.get(key)
        applicant = copy.deepcopy(old) if old else Applicant()
        applicant.organisation = organisation
        applicant.persons = persons or applicant.persons
        applicant.project_title = cells.text("project_title") or applicant.project_title
        applicant.position = len(self.seen) - 1
        report.object_id = applicant.id
        report.notes = cells.notes
        report.status = (
            RowStatus.IMPORTED
            if old is None
            else RowStatus.UPDATED
            if applicant != old
            else RowStatus.UNCHANGED
        )
        if report.status is not RowStatus.UNCHANGED:
            self.applicants.append(applicant)
        return report

    def changes(self) -> list[Applicant]:
        return self.applicants

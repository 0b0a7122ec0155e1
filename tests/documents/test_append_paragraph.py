"""``append_paragraph`` writes what ``Document.add_paragraph`` writes, in constant time."""

from __future__ import annotations

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.xmlchemy import BaseOxmlElement

from ceremonykit.documents.docx_tools import append_paragraph


def _body_xml(doc: DocxDocument) -> list[str]:
    return [child.xml for child in doc.element.body]


def test_same_xml_as_add_paragraph() -> None:
    ours, theirs = Document(), Document()
    for doc, add in ((ours, lambda *a: append_paragraph(ours, *a)), (theirs, theirs.add_paragraph)):
        add("Erster Absatz")
        add("Zweiter", "List Bullet")
        add()
        doc.add_heading("Überschrift", level=2)
        add("Nach der Überschrift")
    assert _body_xml(ours) == _body_xml(theirs)
    assert ours.element.body[-1].tag.endswith("sectPr")  # section properties stay last
    assert [p.text for p in ours.paragraphs][-1] == "Nach der Überschrift"


def test_the_body_is_not_scanned_for_each_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quadratic part of python-docx (finding w:sectPr among all body children) is not
    used: that lookup on the body is made to fail, and 2,000 paragraphs are still added."""
    doc = Document()
    real = BaseOxmlElement.first_child_found_in

    def refuse(self: BaseOxmlElement, *tagnames: str) -> object:
        if self.tag.endswith("}body"):
            raise AssertionError(f"scanned the body for {tagnames}")
        return real(self, *tagnames)

    monkeypatch.setattr(BaseOxmlElement, "first_child_found_in", refuse)
    for number in range(2000):
        append_paragraph(doc, f"Gast {number}")
    monkeypatch.undo()
    assert len(doc.paragraphs) == 2000

"""Tables written into the saved Word file as XML must open as real tables, markers gone."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from ceremonykit.documents.docx_tools import new_document
from ceremonykit.documents.guestdocs.docx_table import TableWriter


def test_tables_are_written_in_place_of_their_markers(tmp_path: Path) -> None:
    doc = new_document(title="Test", author="Presseamt")
    doc.add_paragraph("Vorher")
    tables = TableWriter(doc)
    tables.add_table(("Name", "Tisch"), [["Müller & Co <GmbH>", "1"], ["Zeile\nzwei", ""]], (5, 2))
    doc.add_paragraph("Zwischen")
    tables.add_table(("Name", "Tisch"), [["Öztürk, Ayşe", "12"]], (5, 2))
    target = tmp_path / "t.docx"
    tables.save(target)

    saved = Document(str(target))
    assert len(saved.tables) == 2
    first, second = saved.tables
    assert [c.text for c in first.rows[0].cells] == ["Name", "Tisch"]
    assert first.rows[1].cells[0].text == "Müller & Co <GmbH>"
    assert first.rows[2].cells[0].text == "Zeile\nzwei"
    assert second.rows[1].cells[0].text == "Öztürk, Ayşe"
    texts = [p.text for p in saved.paragraphs]
    assert "Vorher" in texts and "Zwischen" in texts
    assert not any("ck-table" in t for t in texts)
    body = [child.tag.rsplit("}", 1)[1] for child in saved.element.body]
    assert body.index("tbl") < body.index("sectPr")

"""The compiled render writes the very document a plain docxtpl render and save would write."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from generator.checking.check import check_workbook
from generator.documents import all_kinds, cell_documents
from generator.rendering import render
from generator.rendering.resources import bundled_template, sample_workbook


def plain(path: Path, context: dict) -> bytes:
    template = render.Template(path)  # docxtpl's, with Word's non-breaking hyphen
    template.render(context, render.environment(), autoescape=True)
    saved = io.BytesIO()
    template.save(saved)
    return saved.getvalue()


def parts(data: bytes) -> dict[str, bytes]:
    """Every member of a .docx; XML in canonical form (namespaces, quoting, declaration aside)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        found = {}
        for name in archive.namelist():
            raw = archive.read(name)
            if name.endswith((".xml", ".rels")):
                raw = etree.tostring(etree.fromstring(raw), method="c14n")
            found[name] = raw
        return found


def assert_same(path: Path, context: dict, target: Path) -> None:
    render.render(path, context, target)
    expected, got = parts(plain(path, context)), parts(target.read_bytes())
    assert got.keys() == expected.keys()
    for name in expected:
        assert got[name] == expected[name], (path.name, name)


@pytest.fixture(scope="module")
def sample_documents():
    checked = check_workbook(sample_workbook())
    return [
        document
        for cell in checked.congresses.cells
        if not checked.errors_of(cell.code)
        for document in cell_documents(cell, checked.profile).documents
    ]


@pytest.mark.parametrize("kind", all_kinds())
def test_every_sample_document_is_what_plain_docxtpl_writes(kind, sample_documents, tmp_path):
    documents = [d for d in sample_documents if d.kind == kind]
    assert documents, kind
    for document in documents:  # one compiled template renders them all, one after another
        assert_same(bundled_template(kind), document.context, tmp_path / "out.docx")


def test_headers_footers_title_tables_and_line_breaks_match_docxtpl(tmp_path):
    document = Document()
    document.core_properties.title = "Biên bản {{ name }}"
    document.sections[0].header.paragraphs[0].text = "Đầu trang {{ name }}"
    document.sections[0].footer.paragraphs[0].text = "Cuối trang {{ lines }}"
    document.add_paragraph("{%p if note %}")
    document.add_paragraph("Ghi chú: {{ note }}")
    document.add_paragraph("{%p endif %}")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "{%tr for person in people %}"
    table.cell(1, 0).text = "{{ person }}"
    table.cell(1, 1).text = "{{ loop.index }}"
    table.cell(2, 0).text = "{%tr endfor %}"
    path = tmp_path / "mau.docx"
    document.save(path)
    for context in (
        {"name": "A & <B>", "lines": "dòng 1\ndòng 2\tcột", "note": "có", "people": ["An", "Bình"]},
        {"name": "Chi bộ 2", "lines": "", "note": "", "people": []},
    ):
        assert_same(path, context, tmp_path / "out.docx")


def test_a_template_changed_on_disk_is_compiled_again(tmp_path):
    path = tmp_path / "mau.docx"
    for text in ("Lần một {{ name }}", "Lần hai, dài hơn {{ name }}"):
        document = Document()
        document.add_paragraph(text)
        document.save(path)
        render.render(path, {"name": "X"}, tmp_path / "out.docx")
        paragraphs = [p.text for p in Document(tmp_path / "out.docx").paragraphs]
        assert paragraphs == [text.replace("{{ name }}", "X")]


def test_column_loops_and_merged_cells_are_fixed_as_docxtpl_fixes_them(tmp_path):
    """Tables whose grid the rendering changes (docxtpl's fix_tables at work) and merged cells."""
    document = Document()
    table = document.add_table(rows=4, cols=3)
    for index, text in enumerate(("{%tc for year in years %}", "{{ year }}", "{%tc endfor %}")):
        table.cell(0, index).text = text
    table.cell(1, 0).text = "{%tr if note %}"
    table.cell(2, 0).merge(table.cell(2, 2)).text = "Cả dòng {{ note }}"
    table.cell(3, 0).text = "{%tr endif %}"
    path = tmp_path / "mau.docx"
    document.save(path)
    for years in (["2020", "2021", "2022", "2023", "2024"], ["2025"], []):
        for note in ("có", ""):
            assert_same(path, {"years": years, "note": note}, tmp_path / "out.docx")

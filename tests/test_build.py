"""`daihoi build`: the package of SPEC §2 per cell, its templates, its manifest and its safety."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import Book, add_cell
from docx import Document

from generator.checking.check import check_workbook
from generator.documents import all_kinds, cell_documents
from generator.documents.common import has_committee
from generator.rendering.resources import bundled_template, sample_workbook
from generator.rendering.template_check import context_names, template_problems
from generator.writing.package import NEW_VERSION, build

ALWAYS = [
    "summary_report",
    "draft_resolution",
    "action_program",
    "personnel_plan",
    "personnel_vote_minutes",
    "personnel_roster",
    "personnel_approval",
    "congress_script",
    "congress_notice",
    "ballot",
    "nomination_poll_ballot",
    "nomination_poll_minutes",
    "preparation_checklist",
]
AFTER_CONGRESS = [
    "vote_count_minutes",
    "congress_minutes",
    "resolution",
    "results_report",
    "approval_request",
    "elected_roster",
]


def quiet(*_):
    return None


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    checked = check_workbook(sample_workbook())
    outdir = tmp_path_factory.mktemp("sample")
    result = build(checked, outdir, progress=quiet)
    return checked, outdir, result


def manifests(outdir: Path) -> dict[str, dict]:
    found = {}
    for path in outdir.glob("*/manifest.json"):
        manifest = json.loads(path.read_text(encoding="utf-8"))
        found[manifest["cell_code"]] = manifest | {"folder": path.parent}
    return found


def texts(path: Path, nbsp_as_space: bool = True) -> str:
    """All paragraph text of a .docx, tables included, as a reader sees it (a non-breaking
    space reads as a space, unless asked otherwise)."""
    document = Document(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    text = "\n".join(parts)
    return text.replace("\u00a0", " ") if nbsp_as_space else text


def test_every_kind_has_a_template_and_every_template_a_kind():
    kinds = set(all_kinds())
    assert {p.stem for p in bundled_template("x").parent.glob("*.docx")} == kinds


def test_the_bundled_templates_pass_the_check_build_runs_before_writing(sample_build):
    """A misspelt variable in a template fails here, not in a clerk's print run."""
    checked, _, _ = sample_build
    documents = [
        document
        for cell in checked.congresses.cells
        for document in cell_documents(cell, checked.profile).documents
    ]
    assert {d.kind for d in documents} == set(all_kinds())
    names = context_names(documents)
    for kind in all_kinds():
        assert template_problems(bundled_template(kind), names[kind]) == [], kind


def test_sample_builds_every_cell_with_exactly_the_kinds_spec_requires(sample_build):
    checked, outdir, result = sample_build
    assert result.exit_code == 0 and not result.skipped
    found = manifests(outdir)
    assert set(found) == {cell.code for cell in checked.congresses.cells}
    for cell in checked.congresses.cells:
        manifest = found[cell.code]
        kinds = [d["kind"] for d in manifest["documents"]]
        expected = list(ALWAYS)
        if has_committee(cell, checked.profile):
            expected.append("self_review_report")
        if cell.kind != "Ấp":
            expected.append("residence_comment")
        if cell.opinions:
            expected += ["opinion_minutes", "opinion_summary"]
        if cell.has_congress_record:
            expected += AFTER_CONGRESS
        assert set(kinds) == set(expected), cell.code
        people = sorted(
            d["person"] for d in manifest["documents"] if d["kind"] == "residence_comment"
        )
        nominees = {
            n.member.name for n in cell.nominations if n.post != "Đại biểu dự đại hội cấp trên"
        }
        assert people == (sorted(nominees) if cell.kind != "Ấp" else [])
        assert manifest["cell_name"] == cell.name
        for document in manifest["documents"]:
            assert (manifest["folder"] / document["path"]).is_file()
        numbers = [int(d["path"][:2]) for d in manifest["documents"]]
        assert numbers == sorted(numbers) and numbers[0] == 1


def test_sample_covers_both_committee_cases_and_hamlets(sample_build):
    checked, _, _ = sample_build
    cells = checked.congresses.cells
    assert any(has_committee(c, checked.profile) for c in cells)
    assert any(not has_committee(c, checked.profile) for c in cells)
    assert {c.kind for c in cells} >= {"Ấp", "Cơ quan"}


def test_documents_hold_computed_figures_and_no_leftover_tags(sample_build):
    checked, outdir, _ = sample_build
    found = manifests(outdir)
    for cell in checked.congresses.cells:
        folder = found[cell.code]["folder"]
        for document in found[cell.code]["documents"]:
            text = texts(folder / document["path"])
            assert "{%" not in text and "{{" not in text.replace("{{ x }}", ""), document
            assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
        summary = next(d for d in found[cell.code]["documents"] if d["kind"] == "summary_report")
        text = texts(folder / summary["path"])
        assert cell.name.upper() in " ".join(text.split())  # the header may break it in lines
        official = len(cell.official_members)
        assert f"chính thức: {official:02d}" in text
        script = next(d for d in found[cell.code]["documents"] if d["kind"] == "congress_script")
        text = texts(folder / script["path"])
        assert f"chính thức: {official:02d}," in text
        assert ("Bầu Chi ủy" in text) == has_committee(cell, checked.profile)


def write_cell_book(tmp_path: Path, narrative_text: str | None = None, **cell) -> Path:
    book = Book(tmp_path)
    add_cell(book, "CB01", official=10, **cell)
    if narrative_text:
        book.add(
            "Nội dung",
            {
                "Mã chi bộ": "CB01",
                "Văn kiện": "Báo cáo tổng kết",
                "Mục": "Ưu điểm",
                "Nội dung": narrative_text,
            },
        )
    return book.save()


def test_workbook_text_prints_literally(tmp_path):
    hostile = 'Lãnh đạo & quản lý <tốt> "đúng" {{ cell_name }} {% if x %} </w:t>'
    path = write_cell_book(tmp_path, hostile)
    build(check_workbook(path), tmp_path / "out", progress=quiet)
    summary = next((tmp_path / "out").glob("*/01 - *.docx"))
    assert hostile in texts(summary)


def test_rerun_on_unchanged_input_touches_nothing(tmp_path):
    path = write_cell_book(tmp_path)
    out = tmp_path / "out"
    build(check_workbook(path), out, progress=quiet)
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*/*.docx")}
    result = build(check_workbook(path), out, progress=quiet)
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("*/*.docx")}
    assert before == after and not result.kept


def test_an_edited_document_is_kept_and_the_new_version_written_beside_it(tmp_path):
    path = write_cell_book(tmp_path)
    out = tmp_path / "out"
    build(check_workbook(path), out, progress=quiet)
    edited = next(out.glob("*/01 - *.docx"))
    document = Document(edited)
    document.add_paragraph("Ý kiến bổ sung của đồng chí bí thư.")
    document.save(edited)
    path = write_cell_book(tmp_path, "Một đoạn mới của báo cáo.")  # the report changes
    result = build(check_workbook(path), out, progress=quiet)
    assert "Ý kiến bổ sung của đồng chí bí thư." in texts(edited)
    fresh = edited.with_name(f"{edited.stem}{NEW_VERSION}.docx")
    assert fresh.is_file() and "Ý kiến bổ sung" not in texts(fresh)
    assert "Một đoạn mới của báo cáo." in texts(fresh)
    assert result.kept == [edited]
    manifest = json.loads((edited.parent / "manifest.json").read_text(encoding="utf-8"))
    assert any(edited.name in w for w in manifest["warnings"])
    build(check_workbook(path), out, force=True, progress=quiet)
    assert "Ý kiến bổ sung" not in texts(edited)


def test_files_the_clerk_added_to_a_cell_folder_survive_a_rebuild(tmp_path):
    path = write_cell_book(tmp_path)
    out = tmp_path / "out"
    build(check_workbook(path), out, progress=quiet)
    note = next(out.glob("*/")) / "ghi chú.txt"
    note.write_text("giữ lại", encoding="utf-8")
    build(check_workbook(path), out, progress=quiet)
    assert note.read_text(encoding="utf-8") == "giữ lại"


def test_a_cell_with_errors_gets_no_folder_and_nothing_is_half_written(tmp_path, run_cli):
    book = Book(tmp_path)
    add_cell(book, "CB01", official=10)
    add_cell(book, "CB02", official=8, first_person=40, **{"Số chi ủy viên": 3})
    path = book.save()
    out = tmp_path / "out"
    result = run_cli("build", path, "-o", out)
    assert result.code == 1
    assert [p.name.split(" - ")[0] for p in out.iterdir() if p.is_dir()] == ["CB01"]
    assert "CB02" in result.out and "Traceback" not in result.out + result.err


def test_build_only_the_cells_asked_for(tmp_path, run_cli):
    book = Book(tmp_path)
    add_cell(book, "CB01", official=10)
    add_cell(book, "CB02", official=5, first_person=40)
    path = book.save()
    out = tmp_path / "out"
    assert run_cli("build", path, "-o", out, "--chi-bo", "CB02").code == 0
    assert [p.name.split(" - ")[0] for p in out.iterdir() if p.is_dir()] == ["CB02"]
    missing = run_cli("build", path, "-o", out, "--chi-bo", "CB09")
    assert missing.code == 1 and "CB09" in missing.err


def test_unusable_input_exits_2(tmp_path, run_cli):
    result = run_cli("build", tmp_path / "khong-co.xlsx", "-o", tmp_path / "out")
    assert result.code == 2 and "Không tìm thấy" in result.err
    assert not (tmp_path / "out").exists()


def test_layout_of_a_generated_document(sample_build):
    """A4, margins 20/20/30/15 mm, page number from page 2, Times New Roman everywhere."""
    _, outdir, _ = sample_build
    for path in sorted(outdir.glob("*/*.docx")):
        document = Document(path)
        section = document.sections[0]
        portrait = (round(section.page_width.mm), round(section.page_height.mm))
        assert portrait in ((210, 297), (297, 210))
        assert [
            round(m.mm)
            for m in (
                section.top_margin,
                section.bottom_margin,
                section.left_margin,
                section.right_margin,
            )
        ] == [20, 20, 30, 15]
        assert section.different_first_page_header_footer
        assert "PAGE" in section.header._element.xml
        assert not section.first_page_header._element.xpath(".//w:fldSimple")
        for part in (document.element.xml, document.styles.element.xml):
            assert not re.search(r'w:(ascii|hAnsi|eastAsia|cs)Theme="', part), path.name
            fonts = set(re.findall(r'w:ascii="([^"]+)"', part))
            assert fonts <= {"Times New Roman"}, (path.name, fonts)
        first = document.tables[0]
        right = first.rows[0].cells[1].paragraphs
        if re.fullmatch(r"Mẫu \d\w?", right[0].text):  # HD 04's forms: the label above, right
            right = right[1:]
        heading = right[0]
        assert heading.text == "ĐẢNG CỘNG SẢN VIỆT NAM"
        assert heading.runs[0].bold and heading.runs[0].font.size.pt == 15
        assert "w:bottom" in heading._p.xml, "the rule under the party heading"
        date_line = right[1].text.replace("\u00a0", " ")
        assert re.fullmatch(
            r".+, ngày (0[1-9]|[12]\d|3[01]|\s+) tháng (0[12]|[3-9]|1[0-2]|\s+) "
            r"năm 20\d\d",
            date_line,
        ), date_line


@pytest.fixture(scope="module")
def sample_pdfs(sample_build, tmp_path_factory):
    import os
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("CI must install LibreOffice and poppler-utils (.ci/run)")
        pytest.skip("LibreOffice or poppler-utils is not installed")
    _, outdir, _ = sample_build
    pdfdir = tmp_path_factory.mktemp("pdf")
    pairs = []
    for index, path in enumerate(sorted(outdir.glob("*/*.docx"))):
        copy = pdfdir / f"{index:03d}.docx"
        shutil.copy(path, copy)
        pairs.append((path, copy.with_suffix(".pdf")))
    profile = pdfdir / "profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdfdir),
            *[str(p.with_suffix(".docx")) for _, p in pairs],
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    return pairs


def test_every_sample_document_opens_as_an_a4_pdf_with_its_key_text(sample_pdfs):
    import subprocess

    for docx, pdf in sample_pdfs:
        assert pdf.is_file(), f"LibreOffice could not open {docx.name}"
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        width, height = sorted(float(v) for v in size.groups())
        assert abs(width - 595.3) < 1 and abs(height - 841.9) < 1, (docx.name, info)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        text = " ".join(text.split())
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text, docx.name
        cell_name = docx.parent.name.split(" - ", 1)[1]
        assert cell_name in text or cell_name.upper() in text, docx.name


# Forms handed out or filled in by hand: each copy on one sheet of paper.
ONE_PAGE = {"ballot", "nomination_poll_ballot", "nomination_poll_minutes", "residence_comment"}


def test_every_form_of_every_sample_cell_prints_on_one_page(sample_pdfs):
    import subprocess

    kinds = {}
    for folder in {docx.parent for docx, _ in sample_pdfs}:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        kinds |= {folder / d["path"]: d["kind"] for d in manifest["documents"]}
    forms = [(docx, pdf) for docx, pdf in sample_pdfs if kinds[docx] in ONE_PAGE]
    assert {kinds[docx] for docx, _ in forms} == ONE_PAGE
    for docx, pdf in forms:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert re.search(r"Pages:\s+1\n", info), (docx.parent.name, docx.name)


def test_a_workbook_with_no_cell_is_an_error_for_build(tmp_path, run_cli):
    result = run_cli("build", Book(tmp_path).save(), "-o", tmp_path / "out")
    assert result.code == 1 and "lỗi chung" in result.out


@pytest.mark.parametrize("edited", [False, True])
def test_a_document_no_longer_produced_goes_unless_the_clerk_edited_it(tmp_path, edited):
    book = Book(tmp_path)
    info = add_cell(book, "CB01", official=10, **{"Bầu phó bí thư": "Có"})
    deputy = book.add(
        "Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": info.official[1], "Dự kiến": "Phó bí thư"}
    )
    out = tmp_path / "out"
    build(check_workbook(book.save()), out, progress=quiet)
    ballot = next(out.glob("*/* - Phiếu bầu - Phó bí thư.docx"))
    if edited:
        document = Document(ballot)
        document.add_paragraph("Ghi chú của văn phòng.")
        document.save(ballot)
    book.set("Chi bộ", info.row, "Bầu phó bí thư", None)
    for header in ("Mã chi bộ", "Họ và tên", "Dự kiến"):
        book.set("Nhân sự", deputy, header, None)
    result = build(check_workbook(book.save()), out, progress=quiet)
    assert not result.skipped
    assert ballot.exists() == edited
    assert not list(out.glob("*/* - Phiếu bầu - Phó bí thư (bản mới).docx"))

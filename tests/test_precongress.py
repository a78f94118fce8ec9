"""The pre-congress package read as a Party office clerk reads it, on cells of different shapes:
dates, a cell without chi ủy, long names, numbers and terms, page breaks, blanks to fill."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import Book, add_cell, describe, errors
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from test_build import texts

from generator.checking.check import check_workbook
from generator.writing.package import build

ISSUED = dt.date(2024, 12, 2)
VOTED = dt.date(2024, 11, 14)
NOTE = "Được miễn sinh hoạt đảng từ tháng 9/2024; đề nghị Đảng ủy cho ý kiến"
LONG_NAME = "Chi bộ Trường Trung học phổ thông Nguyễn Thị Minh Khai xã Tân Long"


def party_post(book: Book, info, person: str, post: str) -> None:
    book.set("Đảng viên", info.member_rows[person], "Chức vụ Đảng", post)


def nominate(book: Book, info, person: str, post: str, **values) -> None:
    info.nomination_rows[(person, post)] = book.add(
        "Nhân sự", {"Mã chi bộ": info.code, "Họ và tên": person, "Dự kiến": post, **values}
    )


def shapes(book: Book) -> dict[str, object]:
    """Cells of the shapes a đảng ủy has: small without phó bí thư, exactly 9, 21 and more with
    an ordinal, small with a phó bí thư and a 60-character name."""
    small = add_cell(
        book,
        "CB01",
        official=6,
        probationary=1,
        kind="Cơ quan",
        **{
            "Tên chi bộ": "Chi bộ Cơ quan Mặt trận Tổ quốc xã Hiệp Hưng",
            "Ngày ban hành": ISSUED,
            "Ngày họp lấy ý kiến nhân sự": VOTED,
        },
    )
    party_post(book, small, small.secretary, "Bí thư")
    nine = add_cell(
        book,
        "CB02",
        official=9,
        kind="Đơn vị sự nghiệp",
        first_person=20,
        **{"Ngày họp lấy ý kiến nhân sự": None},
    )
    book.set("Nhân sự", nine.nomination_rows[(nine.official[2], "Chi ủy viên")], "Ghi chú", NOTE)
    book.set("Nhân sự", small.nomination_rows[(small.secretary, "Bí thư")], "Ghi chú", "Tái cử")
    party_post(book, nine, nine.secretary, "Bí thư")
    party_post(book, nine, nine.official[1], "Phó bí thư")
    big = add_cell(
        book,
        "CB03",
        official=22,
        exempt=2,
        kind="Ấp",
        first_person=40,
        **{"Tên chi bộ": "Chi bộ Ấp Mỹ Phú", "Đại hội lần thứ": "VIII", "Bầu phó bí thư": "Có"},
    )
    party_post(book, big, big.secretary, "Bí thư")
    nominate(book, big, big.official[1], "Phó bí thư")
    long = add_cell(
        book,
        "CB04",
        official=7,
        kind="Đơn vị sự nghiệp",
        first_person=70,
        **{
            "Tên chi bộ": LONG_NAME,
            "Bầu phó bí thư": "Có",
            "Đảng bộ cơ sở": "Đảng bộ xã Tân Long",
            "Địa danh": "Tân Long",
        },
    )
    party_post(book, long, long.secretary, "Bí thư")
    party_post(book, long, long.official[1], "Phó bí thư")
    nominate(book, long, long.official[1], "Phó bí thư")
    return {"small": small, "nine": nine, "big": big, "long": long}


@pytest.fixture(scope="module")
def shaped(tmp_path_factory):
    """The shapes built once: (cells by shape, manifests by cell code)."""
    folder = tmp_path_factory.mktemp("shapes")
    book = Book(folder)
    cells = shapes(book)
    checked = check_workbook(book.save())
    assert not errors(checked.findings), describe(checked.findings)
    assert build(checked, folder / "out", progress=lambda *_: None).exit_code == 0
    manifests = {}
    for path in (folder / "out").glob("*/manifest.json"):
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifests[manifest["cell_code"]] = manifest | {"folder": path.parent}
    return cells, manifests


@pytest.fixture(scope="module")
def sample_cell(tmp_path_factory):
    """A document of the sample's CB01 (Ấp Mỹ Phú, with chi ủy), by kind."""
    from generator.rendering.resources import sample_workbook

    folder = tmp_path_factory.mktemp("sample")
    build(check_workbook(sample_workbook()), folder, only=["CB01"], progress=lambda *_: None)
    return lambda kind: next(folder.glob(f"CB01*/* - {KIND_FILES[kind]}.docx"))


KIND_FILES = {
    "draft_resolution": "Dự thảo nghị quyết đại hội",
    "action_program": "Chương trình hành động",
    "summary_report": "Báo cáo tổng kết nhiệm kỳ",
    "resolution": "Nghị quyết đại hội",
    "results_report": "Báo cáo kết quả đại hội",
    "opinion_summary": "Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện",
}


def paths(shaped, shape: str, kind: str) -> list[Path]:
    cells, manifests = shaped
    manifest = manifests[cells[shape].code]
    return [manifest["folder"] / d["path"] for d in manifest["documents"] if d["kind"] == kind]


def read(shaped, shape: str, kind: str) -> str:
    """The text of the (first) document of that kind, spaces as a reader sees them."""
    return texts(paths(shaped, shape, kind)[0])


def flat(text: str) -> str:
    return " ".join(text.split())


# ----------------------------------------------------------------------------- dates


def test_a_biên_bản_is_dated_on_its_meeting_day_in_the_header_and_the_body(shaped):
    minutes = read(shaped, "small", "personnel_vote_minutes")
    assert "Hiệp Hưng, ngày 14 tháng 11 năm 2024" in minutes
    assert "Hôm nay, ngày 14 tháng 11 năm 2024" in minutes
    assert "ngày 02 tháng 12" not in minutes  # the issue date belongs to the other papers
    # The papers of the personnel step carry the day of the vote, the reports the issue date.
    for kind in ("personnel_plan", "personnel_roster", "residence_comment"):
        assert "Hiệp Hưng, ngày 14 tháng 11 năm 2024" in read(shaped, "small", kind), kind
    assert "Hiệp Hưng, ngày 02 tháng 12 năm 2024" in read(shaped, "small", "summary_report")
    # No meeting date: both are left blank for handwriting, never the issue date.
    blank = read(shaped, "nine", "personnel_vote_minutes")
    assert "Hiệp Hưng, ngày      tháng      năm 2024" in blank
    assert "Hôm nay, ngày …… tháng …… năm ……" in blank


# ----------------------------------------------------------------------------- without chi ủy

SMALL_KINDS = (
    "summary_report",
    "draft_resolution",
    "action_program",
    "personnel_plan",
    "personnel_vote_minutes",
    "residence_comment",
    "personnel_roster",
    "personnel_approval",
    "preparation_checklist",
)


@pytest.mark.parametrize("kind", SMALL_KINDS)
def test_a_cell_without_chi_ủy_and_phó_bí_thư_is_never_told_of_them(shaped, kind):
    text = flat(read(shaped, "small", kind)).lower()
    # Only the plan says why ("… nên không bầu chi ủy"), and the residence form asks about the
    # member's ties with the chi ủy of the place where the member lives.
    for why in ("nên không bầu chi ủy", "liên hệ với chi ủy, chi bộ và nhân dân nơi cư trú"):
        text = text.replace(why, "")
    assert "chi ủy" not in text, kind
    assert "phó bí thư" not in text, kind


def test_titles_name_exactly_the_posts_the_cell_elects(shaped):
    small = flat(read(shaped, "small", "personnel_plan"))
    assert "PHƯƠNG ÁN nhân sự bí thư chi bộ nhiệm kỳ 2025 - 2027" in small
    assert "2. Dự kiến Bí thư" in small
    long = flat(read(shaped, "long", "personnel_plan"))
    assert "PHƯƠNG ÁN nhân sự bí thư, phó bí thư chi bộ" in long
    assert "2. Dự kiến Bí thư, Phó Bí thư" in long
    assert "- Phó Bí thư Chi bộ: đồng chí" in long
    big = flat(read(shaped, "big", "personnel_vote_minutes"))
    assert "về dự kiến nhân sự chi ủy, bí thư, phó bí thư nhiệm kỳ 2025 - 2027" in big
    nine = flat(read(shaped, "nine", "personnel_approval"))
    assert "THÔNG BÁO về nhân sự chi ủy, bí thư Chi bộ" in nine  # no phó bí thư is elected there


def test_the_self_review_of_a_cell_without_chi_ủy_names_who_is_in_office(shaped):
    small = flat(read(shaped, "small", "summary_report"))
    assert "VII- KIỂM ĐIỂM CỦA BÍ THƯ CHI BỘ" in small
    long = flat(read(shaped, "long", "summary_report"))
    assert "VII- KIỂM ĐIỂM CỦA BÍ THƯ, PHÓ BÍ THƯ CHI BỘ" in long


def test_resolution_recipients_and_action_programme_name_who_leads(shaped):
    assert "- Đảng viên trong chi bộ," in read(shaped, "small", "draft_resolution")
    assert "- Chi ủy, đảng viên trong chi bộ," in read(shaped, "big", "draft_resolution")
    assert "Bí thư chi bộ phân công đảng viên" in flat(read(shaped, "small", "action_program"))
    big = flat(read(shaped, "big", "action_program"))
    assert "Chi ủy chi bộ phân công chi ủy viên, đảng viên" in big


# ----------------------------------------------------------------------------- workbook data


def table_column(path: Path, header: str) -> dict[str, str]:
    """Name → text of the column headed `header`, in the table that has it."""
    for table in Document(path).tables:
        heads = [c.text for c in table.rows[0].cells]
        if header in heads and "Họ và tên" in heads:
            name, column = heads.index("Họ và tên"), heads.index(header)
            return {
                r.cells[name].text: r.cells[column].text.replace("\u00a0", " ")
                for r in table.rows[1:]
            }
    raise AssertionError(f"no table with a {header!r} column in {path.name}")


def test_the_personnel_note_is_printed_where_the_đảng_ủy_decides(shaped):
    cells, _ = shaped
    person = cells["nine"].official[2]
    assert table_column(paths(shaped, "nine", "personnel_plan")[0], "Ghi chú")[person] == NOTE
    # The đảng ủy's decision (5) carries no note addressed to itself.
    assert NOTE not in flat(read(shaped, "nine", "personnel_approval"))
    roster = table_column(paths(shaped, "nine", "personnel_roster")[0], "Ghi chú")
    assert roster[person] == f"Lần đầu; {NOTE}"
    small = flat(read(shaped, "small", "personnel_plan"))
    # "cán bộ trẻ" is added by the rule of the structure count, whatever the note typed
    young = "cán bộ trẻ (dưới 35 tuổi): 01 đồng chí"
    assert f"- Bí thư Chi bộ: đồng chí {cells['small'].secretary} (Tái cử, cán bộ trẻ)." in small
    assert young in small


# ----------------------------------------------------------------------------- numbers, terms


def test_counts_in_prose_have_a_leading_zero_and_zero_is_không_có(shaped):
    minutes = flat(read(shaped, "small", "personnel_vote_minutes"))
    assert "07 đồng chí (chính thức: 06; dự bị: 01)" in minutes
    assert "miễn sinh hoạt 0" not in minutes
    roster = flat(read(shaped, "small", "personnel_roster"))
    assert "Danh sách gồm 01 đồng chí." in roster  # one person is in no order
    summary = flat(read(shaped, "big", "summary_report"))
    assert (
        "Chi bộ hiện có 22 đảng viên (chính thức: 22, trong đó 02 đồng chí được miễn sinh "
        "hoạt; dự bị: không có)." in summary
    )
    # A lead-in line is never left without what it announces.
    assert "hằng năm: [Chưa có nội dung: kết quả xếp loại hằng năm." in summary


def test_figures_in_tables_are_right_aligned_without_leading_zero(sample_cell):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    tables = Document(sample_cell("summary_report")).tables
    targets = next(t for t in tables if t.rows[0].cells[1].text == "Chỉ tiêu")
    years = next(t for t in tables if t.rows[0].cells[0].text == "Năm")
    for table, figures in ((targets, (3, 4, 5)), (years, (2, 3, 4, 5, 6))):
        for row in table.rows[1:]:
            for index in figures:
                paragraph = row.cells[index].paragraphs[0]
                assert paragraph.alignment == WD_ALIGN_PARAGRAPH.RIGHT, row.cells[index].text
                assert not paragraph.text.startswith("0") or paragraph.text == "0"


def test_terms_and_dates_never_break_across_lines(shaped):
    document = Document(paths(shaped, "small", "personnel_vote_minutes")[0])
    raw = "\n".join(p.text for p in document.paragraphs)
    assert "2025\u00a0-\u00a02027" in raw and "2025 - 2027" not in raw
    assert "ngày\u00a014 tháng\u00a011 năm\u00a02024" in raw
    # The place name ("Địa danh") is one word to the line breaker too.
    title = Document(paths(shaped, "long", "draft_resolution")[0]).paragraphs
    assert any("Minh Khai xã Tân\u00a0Long," in p.text for p in title)


def justified_texts(path: Path) -> str:
    """The text of the paragraphs of a .docx that are justified (the body's prose), one a line."""
    document = Document(path)
    paragraphs = list(document.paragraphs) + [
        p
        for table in document.tables
        for row in table.rows
        for c in row.cells
        for p in c.paragraphs
    ]
    return "\n".join(
        p.text
        for p in paragraphs
        if (p.alignment or p.style.paragraph_format.alignment) == WD_ALIGN_PARAGRAPH.JUSTIFY
    )


def test_a_term_s_years_are_held_together_and_the_words_before_them_are_not(shaped):
    """The years of "nhiệm kỳ 2025 - 2027" never part; in justified prose "nhiệm kỳ" may end a
    line, so a line never stretches to make room for the whole phrase (a centred title holds
    the whole phrase: there, nothing stretches)."""
    _, manifests = shaped
    seen = 0
    for manifest in manifests.values():
        for entry in manifest["documents"]:
            text = justified_texts(manifest["folder"] / entry["path"])
            for match in re.finditer(r"nhiệm(\s)kỳ(\s)\d{4}(\s)-(\s)\d{4}", text, re.IGNORECASE):
                seen += 1
                spaces = match.groups()
                assert spaces == (" ", " ", "\u00a0", "\u00a0"), (entry["path"], match.group())
    assert seen > 50


# ----------------------------------------------------------------------------- headings


def headings(path: Path) -> list[str]:
    return [p.text for p in Document(path).paragraphs if p.style.name in ("Heading", "Part")]


def test_the_resolution_has_one_heading_per_section_numbered_as_36_hd_asks(sample_cell):
    draft = headings(sample_cell("draft_resolution"))
    assert (
        draft[:6]
        == [
            "QUYẾT NGHỊ:",
            "1. Về các báo cáo trình Đại hội",  # every item under a bold heading of its own
            "2. Mục tiêu và các chỉ tiêu chủ yếu nhiệm kỳ 2025\u00a0-\u00a02027",
            "3. Nhiệm vụ, giải pháp",
            "4. Kết quả bầu cử",
            "5. Tổ chức thực hiện",
        ][: len(draft[:6])]
    )
    text = texts(sample_cell("draft_resolution"))
    assert text.count("Nhiệm vụ, giải pháp") == 1 and "Mục tiêu\n" not in text


def test_the_action_programme_has_its_four_parts_once_and_the_task_table(sample_cell):
    path = sample_cell("action_program")
    assert headings(path) == [
        "I- MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "2. Yêu cầu",
        "II- CÁC CHỈ TIÊU NHIỆM KỲ 2025\u00a0-\u00a02027",
        "III- NHIỆM VỤ, GIẢI PHÁP",
        "IV- TỔ CHỨC THỰC HIỆN",
    ]
    table = next(
        t for t in Document(path).tables if t.rows[0].cells[1].text == "Nhiệm vụ, giải pháp"
    )
    assert [c.text for c in table.rows[0].cells] == [
        "STT",
        "Nhiệm vụ, giải pháp",
        "Chủ trì",
        "Phối hợp",
        "Thời gian thực hiện",
    ]
    second = [c.text for c in table.rows[2].cells]
    assert second[0] == "2" and second[1].startswith("Lãnh đạo phát triển kinh tế nông nghiệp")
    assert second[2:] == ["Chi ủy", "Ban nhân dân ấp, Hội Nông dân, tổ hợp tác", "Hằng năm"]


def test_an_action_programme_without_tasks_gets_a_blank_table_and_a_warning(shaped):
    cells, manifests = shaped
    path = paths(shaped, "small", "action_program")[0]
    table = next(
        t for t in Document(path).tables if t.rows[0].cells[1].text == "Nhiệm vụ, giải pháp"
    )
    assert len(table.rows) == 6 and all(c.text.strip() == "" for c in table.rows[3].cells[1:])
    warnings = " ".join(manifests[cells["small"].code]["warnings"])
    assert "bảng phân công thực hiện in trống để ghi tay" in warnings


def test_the_draft_resolution_leaves_each_result_on_a_dotted_line(shaped, sample_cell):
    document = Document(paths(shaped, "big", "draft_resolution")[0])
    lines = [p for p in document.paragraphs if p.text.startswith("- Bầu")]
    assert [p.text.rstrip("\t") for p in lines] == [
        "- Bầu Chi ủy Chi bộ nhiệm kỳ 2025\u00a0-\u00a02027 gồm 07 đồng chí:",
        "- Bầu Bí thư Chi bộ nhiệm kỳ 2025\u00a0-\u00a02027, đồng chí:",
        "- Bầu Phó Bí thư Chi bộ nhiệm kỳ 2025\u00a0-\u00a02027, đồng chí:",
    ]
    assert all(p._p.xpath("./w:r/w:tab") and p.style.name == "Fill" for p in lines)
    # Once elected, the resolution states the results in justified prose, no dotted line.
    final = [
        p for p in Document(sample_cell("resolution")).paragraphs if p.text.startswith("- Bầu")
    ]
    assert final and all(p.style.name == "Body" and not p._p.xpath(".//w:tab") for p in final)


# ----------------------------------------------------------------------------- page breaks


def test_table_rows_never_split_and_headers_repeat(shaped):
    for kind in ("personnel_roster", "personnel_vote_minutes", "personnel_plan"):
        document = Document(paths(shaped, "big", kind)[0])
        grids = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
        assert grids, kind
        for table in grids:
            for row in table.rows:
                assert row._tr.xpath("./w:trPr/w:cantSplit"), kind
            assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader"), kind
            lead = table._tbl.getprevious()
            assert lead.xpath("./w:pPr/w:keepNext"), (kind, "the line before a table")


def test_headings_and_lead_in_lines_stay_with_what_follows(shaped):
    document = Document(paths(shaped, "nine", "residence_comment")[0])
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if text.endswith(":") or paragraph.style.name in ("Heading", "Part"):
            assert (
                paragraph.paragraph_format.keep_with_next
                or paragraph.style.paragraph_format.keep_with_next
            ), text


# ----------------------------------------------------------------------------- blanks


def test_blanks_for_handwriting_are_dot_leaders_on_unjustified_lines(shaped):
    document = Document(paths(shaped, "nine", "residence_comment")[0])
    lines = [p for p in document.paragraphs if p._p.xpath(".//w:tab")]
    assert len(lines) == 5  # two lines under each of the first questions, one under the last
    for line in lines:
        assert line.style.name == "Fill" and line.text.strip() == ""
        assert line._p.xpath("./w:pPr/w:tabs/w:tab[@w:leader='dot']")
    assert "……" * 10 not in texts(paths(shaped, "nine", "residence_comment")[0])


# ----------------------------------------------------------------------------- long names


def left_header_lines(pdf: Path) -> list[str]:
    """The lines of the left header column of page 1, as LibreOffice laid them out, up to "*"."""
    import subprocess

    # The column starts at the 30 mm margin and is 80 mm wide: x < 312 pt; the header ends
    # well above 260 pt.
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "310", "-H", "260"]
        + ["-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return lines[: lines.index("*")]


@pytest.fixture(scope="module")
def header_pdfs(shaped, tmp_path_factory):
    """Page 1 of a cell document and of a congress document, for the longest names."""
    import shutil
    import subprocess

    from generator.rendering.resources import sample_workbook

    if not shutil.which("soffice") or not shutil.which("pdftotext"):
        pytest.skip("LibreOffice or poppler-utils is not installed")
    folder = tmp_path_factory.mktemp("headers")
    build(
        check_workbook(sample_workbook()),
        folder / "sample",
        only=["CB04", "CB07"],
        progress=lambda *_: None,
    )
    sources = {
        "long": paths(shaped, "long", "personnel_plan") + paths(shaped, "long", "draft_resolution"),
        "small": paths(shaped, "small", "personnel_plan")
        + paths(shaped, "small", "draft_resolution"),
        "CB04": sorted((folder / "sample").glob("CB04*/0[13] - *.docx")),
        "CB07": sorted((folder / "sample").glob("CB07*/0[13] - *.docx")),
    }
    copies = {}
    for name, (cell_paper, congress_paper) in sources.items():
        for role, path in (("cell", cell_paper), ("congress", congress_paper)):
            copy = folder / f"{name}-{role}.docx"
            shutil.copy(path, copy)
            copies[(name, role)] = copy.with_suffix(".pdf")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{folder / 'profile'}", "--headless"]
        + ["--convert-to", "pdf", "--outdir", str(folder), *map(str, folder.glob("*.docx"))],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return copies


@pytest.mark.parametrize(
    ("name", "role", "lines"),
    [
        (
            "long",
            "cell",
            ["ĐẢNG BỘ XÃ TÂN LONG", "CHI BỘ TRƯỜNG", "TRUNG HỌC PHỔ THÔNG"]
            + ["NGUYỄN THỊ MINH KHAI", "XÃ TÂN LONG"],
        ),
        (
            "long",
            "congress",
            ["ĐẠI HỘI CHI BỘ TRƯỜNG", "TRUNG HỌC PHỔ THÔNG", "NGUYỄN THỊ MINH KHAI"]
            + ["XÃ TÂN LONG", "NHIỆM KỲ 2025 - 2027"],
        ),
        (
            "CB04",
            "cell",
            ["ĐẢNG BỘ XÃ HIỆP HƯNG", "CHI BỘ", "CƠ QUAN ỦY BAN NHÂN DÂN", "XÃ HIỆP HƯNG"],
        ),
        ("CB07", "cell", ["ĐẢNG BỘ XÃ HIỆP HƯNG", "CHI BỘ CÔNG TY CỔ PHẦN", "NÔNG SẢN HIỆP HƯNG"]),
        (
            "small",
            "cell",
            ["ĐẢNG BỘ XÃ HIỆP HƯNG", "CHI BỘ CƠ QUAN", "MẶT TRẬN TỔ QUỐC", "XÃ HIỆP HƯNG"],
        ),
    ],
)
def test_long_names_break_in_the_header_where_a_reader_expects(header_pdfs, name, role, lines):
    printed = left_header_lines(header_pdfs[(name, role)])
    assert printed[: len(lines)] == lines


@pytest.mark.parametrize(
    "name",
    [
        "Đại hội Chi bộ Ấp Mỹ Phú lần thứ VIII, nhiệm kỳ 2025 - 2027",
        "Đại hội Chi bộ Trường Trung học cơ sở Hiệp Hưng lần thứ XII, nhiệm kỳ 2025 - 2030",
    ],
)
def test_a_congress_header_keeps_lan_thu_and_nhiem_ky_with_what_follows(name):
    from generator.documents.common import HEADER_EM, broken_header

    lines = broken_header(name, "Đảng bộ xã Hiệp Hưng", "Hiệp Hưng", True, HEADER_EM)
    assert " ".join(lines) == name.upper()
    for phrase in ("LẦN THỨ ", "NHIỆM KỲ 2025 - "):
        assert sum(phrase in line for line in lines) == 1, lines


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("Chi bộ Quân sự xã Tân Long", ("CHI BỘ QUÂN SỰ", "XÃ TÂN LONG")),
        ("Chi bộ Công an xã Tân Long", ("CHI BỘ CÔNG AN", "XÃ TÂN LONG")),
        (
            "Chi bộ Cơ quan Ủy ban nhân dân xã Tân Long",
            ("CHI BỘ", "CƠ QUAN ỦY BAN NHÂN DÂN", "XÃ TÂN LONG"),
        ),
    ],
)
def test_a_short_name_breaks_before_its_place_rather_than_after_chi_bộ(name, lines):
    from generator.documents.common import HEADER_EM, broken_header

    assert broken_header(name, "Đảng bộ xã Tân Long", "Tân Long", True, HEADER_EM) == lines


def test_the_approval_is_the_đảng_ủys_decision_and_the_vote_minutes_say_their_base(shaped):
    nine = flat(read(shaped, "nine", "personnel_approval"))
    assert "Xét Phương án số ……-PA/CB, ngày" in nine and "Ban Thường vụ Đảng ủy xã" in nine
    assert "1. Số lượng chi ủy viên nhiệm kỳ 2025 - 2027:" in nine
    assert "2. Danh sách bầu cử chi ủy gồm" in nine and "để Đại hội bầu Bí thư Chi bộ" in nine
    assert "đề nghị Đảng ủy" not in nine.lower() and "Ghi chú" not in nine
    minutes = flat(read(shaped, "small", "personnel_vote_minutes"))
    assert "tỷ lệ so với số đảng viên chính thức có mặt tham gia biểu quyết" in minutes
    assert "Biên bản đã được đọc lại cho hội nghị nghe và nhất trí thông qua" in minutes


@pytest.mark.parametrize("kind", ["action_program", "summary_report", "draft_resolution"])
def test_the_last_lines_of_the_body_go_with_the_signature(sample_cell, kind):
    """The body's last printed paragraph is kept with the signature block, even where the
    template ends in a conditional or a loop (their tag paragraphs vanish on render)."""
    body = Document(sample_cell(kind)).element.body
    table = [e for e in body.iterchildren() if e.tag.endswith("}tbl")][-1]
    before = [p for p in table.itersiblings(preceding=True) if p.tag.endswith("}p")]
    text_before = next(p for p in before if "".join(p.itertext()).strip())
    for paragraph in before[: before.index(text_before) + 1]:
        assert paragraph.find(".//" + qn("w:keepNext")) is not None, "".join(text_before.itertext())
    assert table.find(".//" + qn("w:cantSplit")) is not None


# ----------------------------------------------------------------------------- second review


def test_the_result_report_gives_only_the_higher_drafts_opinions_from_the_cell_meeting(sample_cell):
    """The opinions were gathered at a cell meeting before the congress; those on the cell's own
    drafts were weighed before it: the result report does not present them as the congress's."""
    report = texts(sample_cell("results_report"))
    lead = (
        "Những ý kiến chủ yếu góp ý vào dự thảo văn kiện đại hội đảng bộ cấp trên, tập hợp tại "
        "cuộc họp chi bộ ngày 05/12/2024:"
    )
    assert lead in report and "Đại hội đã thảo luận, đóng góp ý kiến vào dự thảo" not in report
    assert "- Văn kiện Đại hội XIV của Đảng (02 ý kiến)" in report
    for own in ("Báo cáo tổng kết của chi bộ", "Báo cáo kiểm điểm của chi ủy"):
        assert f"- {own} (" not in report
    # one spelling of the posts in the report; time and place on their own lines
    assert "chuẩn y kết quả bầu cử chi ủy, bí thư và phó bí thư Chi bộ Ấp Mỹ Phú" in report
    assert "Chi ủy, Bí thư" not in report
    assert "\n- Địa điểm: Hội trường Ấp Mỹ Phú." in report


def test_the_opinion_summary_keeps_who_gave_with_what_follows(sample_cell):
    document = Document(sample_cell("opinion_summary"))
    counts = [
        p for p in document.paragraphs if p.text.startswith("Có ") and "ý kiến góp ý" in p.text
    ]
    assert counts and all(p.paragraph_format.keep_with_next for p in counts)
    assert all(p.text.endswith("ý kiến góp ý của:") for p in counts)
    text = texts(sample_cell("opinion_summary"))
    assert "cán bộ hưu trí: ông Trương Văn Mười (cán bộ hưu trí)." in text
    assert "; Ông " not in text and ": Ông " not in text


def test_the_action_programme_implements_the_adopted_resolution_on_its_day(sample_cell):
    document = Document(sample_cell("action_program"))
    text = texts(sample_cell("action_program"))
    assert "ngày 19 tháng 12 năm 2024" in document.tables[0].cell(0, 1).text.replace("\u00a0", " ")
    assert (
        "Căn cứ Nghị quyết Đại hội Chi bộ Ấp Mỹ Phú lần thứ VIII, nhiệm kỳ 2025 - 2027, Chi ủy "
        "Chi bộ nhiệm kỳ 2025 - 2027 xây dựng Chương trình hành động thực hiện Nghị quyết" in text
    )


def test_the_draft_resolution_names_no_signer_and_the_resolution_does(sample_cell):
    def signature_cell(kind):
        return Document(sample_cell(kind)).tables[-1].cell(0, 1).text

    draft, final = signature_cell("draft_resolution"), signature_cell("resolution")
    assert "ĐOÀN CHỦ TỊCH" in draft and not draft.replace("T/M ĐOÀN CHỦ TỊCH", "").strip()
    assert "Trần Văn Nghĩa" in final


def test_the_president_s_name_is_never_split_on_a_line(sample_cell):
    text = texts(sample_cell("summary_report"), nbsp_as_space=False)
    assert "Hồ\u00a0Chí\u00a0Minh" in text and "Hồ Chí Minh" not in text

"""Opinions on the draft documents (sheet "Góp ý"): their minutes and summary, and the checklist."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from conftest import CONGRESS, NOTICE, Book, add_cell, describe, errors, findings_of, with_code
from docx import Document
from openpyxl import load_workbook
from test_build import texts
from test_init import listed_choices, validation_at

from generator.checking.check import check_workbook
from generator.checking.profile import DEFAULT, new_workbook_profile
from generator.reading import schema
from generator.textvn import body_date, sort_by_name
from generator.writing.package import build

XIV, COMMUNE, SUMMARY = DEFAULT.drafts[0], DEFAULT.drafts[3], DEFAULT.drafts[4]
MEETING = dt.date(2024, 12, 2)
FRONT = "Ban công tác Mặt trận ấp Mỹ Phú"
FARMERS = "Hội Nông dân ấp Mỹ Phú"
VETERANS = "Hội Cựu chiến binh ấp Mỹ Phú"
RETIRED = "Ông Lê Văn Mười (cán bộ hưu trí)"


def opinion(book: Book, draft: str, giver: str, text: str, code: str = "CB01") -> int:
    return book.add(
        "Góp ý", {"Mã chi bộ": code, "Dự thảo": draft, "Người góp ý": giver, "Nội dung": text}
    )


def built(book: Book, tmp_path: Path) -> tuple[dict, Path]:
    """Build the book; the manifest and folder of its only cell."""
    checked = check_workbook(book.save())
    assert not errors(checked.findings), describe(checked.findings)
    result = build(checked, tmp_path / "out", progress=lambda *_: None)
    assert result.exit_code == 0
    folder = next((tmp_path / "out").iterdir())
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8")), folder


def text_of(folder: Path, manifest: dict, kind: str) -> str:
    """All text of the one document of that kind, tables included, one line per paragraph."""
    return texts(next(folder / d["path"] for d in manifest["documents"] if d["kind"] == kind))


def table_rows(folder: Path, manifest: dict, kind: str, first_header: str) -> list[list[str]]:
    path = next(folder / d["path"] for d in manifest["documents"] if d["kind"] == kind)
    table = next(t for t in Document(path).tables if t.rows[0].cells[0].text == first_header)
    return [[cell.text.replace("\u00a0", " ") for cell in row.cells] for row in table.rows[1:]]


def kinds(manifest: dict) -> list[str]:
    return [d["kind"] for d in manifest["documents"]]


def test_a_cell_without_opinions_gets_a_warning_and_still_its_checklist(book, tmp_path):
    add_cell(book, "CB01", official=10)
    manifest, folder = built(book, tmp_path)
    assert "opinion_minutes" not in kinds(manifest)
    assert "opinion_summary" not in kinds(manifest)
    assert kinds(manifest).count("preparation_checklist") == 1
    warning = next(w for w in manifest["warnings"] if "chưa có ý kiến góp ý" in w)
    assert 'sheet "Góp ý"' in warning and "Ngày họp góp ý văn kiện" in warning
    assert "{{" not in text_of(folder, manifest, "preparation_checklist")


def hamlet_with_opinions(book: Book):
    info = add_cell(
        book,
        "CB01",
        official=10,
        kind="Ấp",
        **{"Tên chi bộ": "Chi bộ Ấp Mỹ Phú", "Ngày họp góp ý văn kiện": MEETING},
    )
    book.set("Đảng viên", info.member_rows[info.secretary], "Chức vụ Đảng", "Bí thư")
    first, second = info.official[3], info.official[2]  # written out of A-B-C order
    opinion(book, SUMMARY, second, "Bổ sung số liệu giảm nghèo")
    opinion(book, COMMUNE, FRONT, "Làm rõ vai trò của Mặt trận trong xây dựng nông thôn mới")
    opinion(book, XIV, first, "Thống nhất với dự thảo Báo cáo chính trị")
    opinion(book, COMMUNE, FARMERS, "Hỗ trợ liên kết tiêu thụ nông sản")
    opinion(book, XIV, RETIRED, "Quan tâm chính sách đối với cán bộ hưu trí")
    opinion(book, COMMUNE, VETERANS, "Phát huy vai trò cựu chiến binh trong hòa giải ở cơ sở")
    opinion(book, SUMMARY, first, "Nêu rõ hạn chế về chuyển đổi số")
    return info


def test_hamlet_opinions_of_the_front_and_mass_organisations_are_summed_up_as_such(book, tmp_path):
    info = hamlet_with_opinions(book)
    findings = findings_of(book.save())
    assert not [f for f in findings if f.code.startswith("opinion-")], describe(findings)
    manifest, folder = built(book, tmp_path)
    assert {"opinion_minutes", "opinion_summary"} <= set(kinds(manifest))
    assert not any("chưa có ý kiến góp ý" in w for w in manifest["warnings"])

    summary = text_of(folder, manifest, "opinion_summary")
    group = "Ban công tác Mặt trận, các đoàn thể, cán bộ hưu trí"
    assert f"- {group}: {FRONT}; {FARMERS}; {VETERANS}." in summary
    # mid-sentence, a person's word of address is in lower case; the count takes no comma
    assert f"- {group}: ông Lê Văn Mười (cán bộ hưu trí)." in summary
    assert "Có 02 ý kiến góp ý của:" in summary and "góp ý, của" not in summary
    assert (
        f"- Đảng viên: đồng chí {info.official[2]}, đồng chí {info.official[3]}." in summary
    )  # A-B-C order, whatever the order of the rows
    assert "Tổng số có 07 ý kiến góp ý" in summary and "Ngày 02/12/2024" in summary
    assert table_rows(folder, manifest, "opinion_summary", "STT") == [
        ["1", XIV, "2", "1", "1"],  # figures of a table: no leading zero
        ["2", COMMUNE, "3", "0", "3"],
        ["3", SUMMARY, "2", "2", "0"],
        ["", "Tổng cộng", "7", "3", "4"],
    ]
    # the cell's own draft was commented on: the report says who weighs those opinions, not
    # that the drafts were changed (the package does not change them)
    weighed = (
        "Các ý kiến góp ý vào dự thảo văn kiện của chi bộ được chi ủy xem xét, tiếp thu, giải trình "
        "trước khi trình Đại hội."
    )
    assert (
        weighed in summary
        and "chỉnh lý" not in summary
        and "Ngày 02/12/2024, Chi bộ Ấp Mỹ Phú đã tổ chức họp" in summary
    )
    closing = "Trên đây là kết quả tổng hợp ý kiến góp ý dự thảo văn kiện của Chi bộ Ấp Mỹ Phú"
    assert f"{closing}, kính báo cáo Đảng ủy xã Hiệp Hưng xem xét, tổng hợp./." in summary

    minutes = text_of(folder, manifest, "opinion_minutes")
    headings = [f"1. {XIV} (02 ý kiến)", f"2. {COMMUNE} (03 ý kiến)", f"3. {SUMMARY} (02 ý kiến)"]
    assert [minutes.index(h) for h in headings] == sorted(minutes.index(h) for h in headings)
    assert f"- Đồng chí {info.official[3]}: Thống nhất với dự thảo Báo cáo chính trị." in minutes
    assert f"- {FARMERS}: Hỗ trợ liên kết tiêu thụ nông sản." in minutes
    assert "ngày 02 tháng 12 năm 2024" in minutes
    assert f"Chủ trì: đồng chí {info.secretary}, Bí thư Chi bộ." in minutes
    invited = next(line for line in minutes.splitlines() if line.startswith("Mời dự"))
    assert "; ông Lê Văn Mười (cán bộ hưu trí)" in invited and "Ông" not in invited
    assert f"- {RETIRED}: Quan tâm chính sách" in minutes  # at the head of a line: capital
    assert (
        "- Giao chi ủy xem xét, tiếp thu, giải trình các ý kiến góp ý vào dự thảo văn "
        "kiện của chi bộ trước khi trình Đại hội." in minutes
    )
    assert "chỉnh lý" not in minutes
    assert f"Thư ký: đồng chí {info.official[1]}." in minutes
    assert "Tổng số đảng viên của chi bộ: 10 đồng chí" in minutes
    assert "{{" not in minutes + summary


def test_an_opinion_for_an_unknown_cell_is_a_finding_at_its_row(book):
    add_cell(book, "CB01", official=10)
    stray = opinion(book, XIV, "Nguyễn Văn An", "Góp ý", code="CB09")
    findings = findings_of(book.save())
    unknown = with_code(findings, "unknown-cell")
    assert [(f.sheet, f.row, f.column, f.is_error) for f in unknown] == [
        ("Góp ý", stray, "Mã chi bộ", True)
    ]


def test_the_draft_is_free_text_and_the_summary_groups_by_it(book, tmp_path):
    """SPEC §5: "which draft"; a clerk writes the draft's real name, in any case or spacing."""
    info = add_cell(book, "CB01", official=10, **{"Ngày họp góp ý văn kiện": MEETING})
    own_name = "Dự thảo Báo cáo chính trị Đại hội Đảng bộ xã Hiệp Hưng lần thứ XV"
    opinion(book, own_name, info.official[2], "Bổ sung chỉ tiêu giảm nghèo.")
    opinion(book, SUMMARY.upper(), info.official[3], "Nêu rõ nguyên nhân hạn chế.")
    opinion(
        book,
        "  dự thảo báo cáo chính trị đại hội đảng bộ xã hiệp hưng  lần thứ XV",
        FRONT,
        "Đồng tình.",
    )
    findings = findings_of(book.save())
    assert not [f for f in findings if f.sheet == "Góp ý"], describe(findings)
    manifest, folder = built(book, tmp_path)
    assert table_rows(folder, manifest, "opinion_summary", "STT") == [
        ["1", SUMMARY, "1", "1", "0"],
        ["2", own_name, "2", "1", "1"],
        ["", "Tổng cộng", "3", "2", "1"],
    ]
    minutes = text_of(folder, manifest, "opinion_minutes")
    assert f"2. {own_name} (02 ý kiến)" in minutes
    assert "dự thảo văn kiện đại hội đảng bộ cấp trên" in minutes  # the named draft is a higher one
    assert "dự thảo văn kiện của chi bộ" in minutes
    summary = text_of(folder, manifest, "opinion_summary")
    assert "xem xét, tiếp thu, giải trình" in summary  # SUMMARY is the cell's own draft


def test_opinion_checks_warn_at_the_cell_to_fix(book, tmp_path):
    info = add_cell(book, "CB01", official=5, kind="Cơ quan")
    members_only = opinion(book, SUMMARY, info.official[1], "Bổ sung kết quả cải cách hành chính")
    stranger = opinion(book, XIV, "Nguyễn Văn Khách", "Đồng tình với dự thảo")
    findings = findings_of(book.save())
    assert not errors(findings), describe(findings)
    missing = with_code(findings, "opinion-meeting-missing")
    assert [(f.sheet, f.row, f.column) for f in missing] == [
        ("Chi bộ", info.row, "Ngày họp góp ý văn kiện")
    ]
    giver = with_code(findings, "opinion-giver")
    assert [(f.sheet, f.row, f.column) for f in giver] == [("Góp ý", stranger, "Người góp ý")]
    assert not with_code(findings, "opinion-sources")  # the stranger is not a member

    book.set("Góp ý", stranger, "Người góp ý", info.official[2])
    book.set("Chi bộ", info.row, "Ngày họp góp ý văn kiện", CONGRESS + dt.timedelta(days=1))
    findings = findings_of(book.save())
    sources = with_code(findings, "opinion-sources")
    assert [(f.row, f.column) for f in sources] == [(members_only, "Người góp ý")]
    assert "đoàn thể chính trị - xã hội" in sources[0].message
    late = [f for f in with_code(findings, "bad-date") if f.column == "Ngày họp góp ý văn kiện"]
    assert len(late) == 1 and not late[0].is_error


def test_minutes_without_a_meeting_date_print_the_blank_form(book, tmp_path):
    info = add_cell(book, "CB01", official=5, kind="Cơ quan")
    opinion(book, SUMMARY, info.official[1], "Bổ sung kết quả cải cách hành chính")
    opinion(book, SUMMARY, "Công đoàn cơ sở Ủy ban nhân dân xã", "Đánh giá rõ hơn kết quả")
    hostile = 'Đề nghị ghi <b>rõ</b> & "đúng" {{ cell_name }} {% if x %}.'
    opinion(book, XIV, info.official[2], hostile)
    manifest, folder = built(book, tmp_path)
    minutes = text_of(folder, manifest, "opinion_minutes")
    assert hostile in minutes and hostile in text_of(folder, manifest, "opinion_summary")
    assert "ngày …… tháng …… năm ……" in minutes
    assert "Chủ trì: đồng chí ……" in minutes  # no member carries "Chức vụ Đảng" here
    summary = text_of(folder, manifest, "opinion_summary")
    assert "- Các đoàn thể chính trị - xã hội: Công đoàn cơ sở Ủy ban nhân dân xã." in summary


def test_checklist_computes_the_dates_and_names_the_people(book, tmp_path):
    guests = [
        "Đồng chí Lê Văn Hùng - Phó Bí thư Đảng ủy xã",
        "Đồng chí Trần Thị Mai - Ủy viên Ban Thường vụ Đảng ủy xã",
    ]
    info = add_cell(
        book,
        "CB01",
        official=12,
        probationary=1,
        exempt=1,
        kind="Ấp",
        **{
            "Tên chi bộ": "Chi bộ Ấp Mỹ Phú",
            "Đại hội lần thứ": "VII",
            "Đại biểu cấp trên": "; ".join(guests),
        },
    )
    team = [info.official[-3], info.official[-4]]  # not on the ballot, not exempt
    for name in team:
        book.add(
            "Phân công", {"Mã chi bộ": "CB01", "Nhiệm vụ": "Tổ viên kiểm phiếu", "Họ và tên": name}
        )
    book.add(
        "Phân công", {"Mã chi bộ": "CB01", "Nhiệm vụ": "Tham luận", "Họ và tên": info.official[5]}
    )
    manifest, folder = built(book, tmp_path)
    text = " ".join(text_of(folder, manifest, "preparation_checklist").split())

    latest = DEFAULT.last_working_day(DEFAULT.latest_notice_date(CONGRESS))
    # 05 days after the congress is Saturday 21/12: the report is due the Friday before
    due = CONGRESS + dt.timedelta(days=DEFAULT.results_report_days - 1)
    assert (
        f"Thông báo khai mạc: ngày {body_date(NOTICE)} (chậm nhất ngày {body_date(latest)}, "
        f"trước 30 ngày làm việc)."
    ) in text
    assert f"Khai mạc đại hội: 07 giờ 30 ngày {body_date(CONGRESS)}" in text
    assert f"chậm nhất ngày {body_date(due)}." in text and body_date(due) == "20/12/2024"
    assert "Đảng Cộng sản Việt Nam quang vinh muôn năm" in text
    assert "cờ Đảng, cờ Tổ quốc; tượng hoặc ảnh Chủ tịch Hồ Chí Minh" in text
    assert "CHI BỘ ẤP MỸ PHÚ - ĐẠI HỘI LẦN THỨ VII, NHIỆM KỲ 2025 - 2027" in text
    members = ", ".join(sort_by_name(team, name=str, birth=lambda _: None))
    assert f"Tổ kiểm phiếu: tổ trưởng {info.counting_lead}; tổ viên {members}." in text
    lower = [g.replace("Đồng chí", "đồng chí", 1) for g in guests]  # inside a sentence
    assert f"Giấy mời đại biểu cấp trên: {lower[0]}; {lower[1]}." in text
    assert "mỗi loại 12 phiếu" in text  # one per official member
    convened = "(chính thức: 12, trong đó 01 đồng chí được miễn sinh hoạt; dự bị: 01)"
    assert f"Giấy triệu tập 13 đảng viên {convened}" in text
    rows = table_rows(folder, manifest, "preparation_checklist", "")
    by_paper = {paper: person for _, paper, person in rows}
    assert by_paper["Báo cáo tổng kết nhiệm kỳ 2022 - 2025"] == info.secretary
    assert by_paper["Báo cáo kiểm điểm của chi ủy"] == info.secretary
    assert by_paper["Tham luận"] == info.official[5]
    assert by_paper["Kịch bản điều hành đại hội"] == info.official[1]
    assert all(box == "\u25a1" for box, _, _ in rows)  # Times New Roman has □, not ☐
    assert "{{" not in text and "{%" not in text


def test_checklist_without_a_notice_date_gives_the_latest_one(book, tmp_path):
    add_cell(book, "CB01", official=5, notice=None)
    manifest, folder = built(book, tmp_path)
    text = " ".join(text_of(folder, manifest, "preparation_checklist").split())
    latest = DEFAULT.last_working_day(DEFAULT.latest_notice_date(CONGRESS))
    assert (
        f"Thông báo khai mạc: chậm nhất ngày {body_date(latest)} (trước 30 ngày làm việc)." in text
    )
    assert "Báo cáo kiểm điểm của chi ủy" not in text  # no chi ủy, no self-review report


def test_init_offers_the_drafts_as_a_drop_down(tmp_path, run_cli):
    path = tmp_path / "so_lieu.xlsx"
    assert run_cli("init", path).code == 0
    workbook = load_workbook(path)
    opinions = workbook["Góp ý"]
    assert [c.value for c in opinions[1]][:4] == ["Mã chi bộ", "Dự thảo", "Người góp ý", "Nội dung"]
    drafts = validation_at(opinions, "B2")
    assert listed_choices(opinions, drafts) == list(new_workbook_profile().drafts)  # init: newest
    assert drafts.errorStyle == "information"  # offered, not enforced: a draft's real name is fine
    codes = workbook.defined_names[validation_at(opinions, "A2").formula1].attr_text
    assert "'Chi bộ'!$A" in codes  # codes of the Chi bộ sheet
    assert validation_at(opinions, "C2").type != "list"  # a member or an organisation: free text
    headers = [c.value for c in workbook["Chi bộ"][1]]
    assert "Ngày họp góp ý văn kiện" in headers
    guide = " ".join(
        str(c.value) for row in workbook["Hướng dẫn"].iter_rows() for c in row if c.value
    )
    assert "Góp ý" in guide and schema.OWN_DRAFTS[-1] in guide


def test_the_script_counts_the_opinions_by_who_gave_them(book, tmp_path):
    hamlet_with_opinions(book)
    manifest, folder = built(book, tmp_path)
    script = text_of(folder, manifest, "congress_script")
    outside = "Ban công tác Mặt trận, các đoàn thể, cán bộ hưu trí"
    assert f"07 ý kiến (03 của đảng viên; 04 của {outside}) tại cuộc họp chi bộ" in script


def test_a_cell_electing_only_its_bí_thư_has_one_kind_of_ballot(book, tmp_path):
    add_cell(book, "CB01", official=6)
    manifest, folder = built(book, tmp_path)
    checklist = text_of(folder, manifest, "preparation_checklist")
    assert "Phiếu bầu bí thư (01 người): 06 phiếu (số đảng viên chính thức)" in checklist
    assert "mỗi loại" not in checklist

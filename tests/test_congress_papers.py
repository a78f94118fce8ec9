"""What a clerk reads on the congress papers (issue 8, part A): headers with the ordinal, who
signs, type codes, ballot wording, the script, the poll forms and the papers after the count."""

from __future__ import annotations

import re

import pytest
from conftest import add_cell
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from test_congress import (
    attend,
    built,
    committee_vote,
    count,
    text_of,
    tie_then_second_round,
    vote,
)

from generator.checking.check import check_workbook

HEADERS = ("draft_resolution",)  # the script is the outgoing chi ủy's working paper


def built_cell(book, tmp_path, **cell):
    add_cell(book, **cell)
    return built(check_workbook(book.save()), tmp_path / "out")["CB01"]


@pytest.mark.parametrize("kind", HEADERS)
def test_congress_header_carries_the_ordinal_when_known(book, tmp_path, kind):
    out = built_cell(book, tmp_path, official=11, **{"Đại hội lần thứ": "VIII"})
    assert "ĐẠI HỘI CHI BỘ ẤP CB01 LẦN THỨ VIII, NHIỆM KỲ 2025 - 2027" in text_of(out, kind)


@pytest.mark.parametrize("kind", HEADERS)
def test_congress_header_has_the_term_alone_without_an_ordinal(book, tmp_path, kind):
    out = built_cell(book, tmp_path, official=11, **{"Nhiệm kỳ": "2025 - 2030"})
    text = text_of(out, kind)
    assert "ĐẠI HỘI CHI BỘ ẤP CB01 NHIỆM KỲ 2025 - 2030" in text and "LẦN THỨ" not in text


def test_body_and_signature_name_the_same_body(book, tmp_path):
    out = built_cell(book, tmp_path, official=11)
    approval = text_of(out, "personnel_approval")
    assert "Ban Thường vụ Đảng ủy xã Hiệp Hưng thống nhất" in approval
    assert "T/M BAN THƯỜNG VỤ" in approval and "T/M ĐẢNG ỦY" not in approval
    notice = text_of(out, "congress_notice")
    assert "Chi bộ Ấp CB01 thông báo" in notice and "T/M CHI BỘ" in notice
    assert "T/M CHI ỦY" not in notice


def test_type_codes_only_from_the_guideline(book, tmp_path):
    out = built_cell(book, tmp_path, official=11, kind="Cơ quan")
    codes = {}
    for document in out["documents"]:
        text = " ".join(text_of(out, document["kind"], document["path"].split(" - ", 1)[1]).split())
        codes[document["kind"]] = re.findall(r"Số -([^/ ]+)/", text)
    allowed = {"NQ", "QĐ", "CT", "KL", "QC", "HD", "TT", "TB", "BC", "KH", "CTr", "TTr", "BB", "PA"}
    assert all(set(found) <= allowed for found in codes.values()), codes
    for kind in ("personnel_roster", "residence_comment", "ballot"):
        assert codes[kind] == [], kind
    assert codes["personnel_plan"] == ["PA"]
    assert codes["congress_script"] == ["CTr"]


def test_ballot_wording(book, tmp_path):
    out = built_cell(book, tmp_path, official=15)
    committee = text_of(out, "ballot", "Chi ủy")
    assert (
        "Bầu không quá 05 đồng chí. Đồng chí nào không bầu thì gạch ngang cả họ và tên "
        "đồng chí đó" in committee
    )
    assert "không bầu đồng chí nào" not in committee


# ----------------------------------------------------------------------------- the script


def script_steps(out) -> list[tuple[str, str, str]]:
    """(time, task, person) of each row of the script's table of steps."""
    path = next(out["folder"].glob("* - Kịch bản điều hành đại hội.docx"))
    table = next(t for t in Document(path).tables if t.rows[0].cells[-1].text == "Người thực hiện")
    return [tuple(c.text for c in row.cells[1:]) for row in table.rows[1:]]


def chairs(book, info, *names):
    for name in names:
        book.add(
            "Phân công", {"Mã chi bộ": info.code, "Nhiệm vụ": "Chủ tịch đại hội", "Họ và tên": name}
        )


def test_script_small_cell_without_deputy(book, tmp_path):
    info = add_cell(book, official=7)
    book.set("Đảng viên", info.member_rows[info.secretary], "Chức vụ Đảng", "Bí thư")
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    text = text_of(out, "congress_script")
    assert "Đại hội biểu quyết việc không bầu Phó Bí thư Chi bộ" in text
    # One chair (add_cell): the chair speaks as "Chủ tịch Đại hội", not for a presidium.
    assert (
        "Chủ tịch Đại hội đề nghị Đại hội không bầu Phó Bí thư Chi bộ nhiệm kỳ 2025 - 2027" in text
    )
    assert "Đoàn Chủ tịch" not in text.split("II- CÁC BƯỚC")[-1]  # the closing and Nơi nhận too
    assert "Bầu Phó Bí thư Chi bộ:" not in text and "chi ủy" not in text.lower()
    assert "Bầu Bí thư Chi bộ: giới thiệu danh sách" in text
    assert (
        f"Báo cáo tình hình đảng viên dự Đại hội Người thực hiện: Đồng chí {info.secretary} "
        "(Bí thư Chi bộ nhiệm kỳ 2022 - 2025)" in text
    )
    steps = script_steps(out)
    times = [time for time, _, _ in steps]
    assert (
        times[0] == "07\xa0giờ\xa030" and times == sorted(times) and len(set(times)) == len(times)
    )
    assert "Nếu có đồng chí xin rút: đồng chí đó trình bày lý do" in text


def test_script_small_cell_electing_a_deputy(book, tmp_path):
    info = add_cell(book, official=8, **{"Bầu phó bí thư": "Có"})
    book.add(
        "Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": info.official[1], "Dự kiến": "Phó bí thư"}
    )
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    text = text_of(out, "congress_script")
    assert "Chủ tịch Đại hội đề nghị Đại hội bầu 01 Phó Bí thư Chi bộ" in text
    assert (
        "Bầu Phó Bí thư Chi bộ: giới thiệu danh sách (01 đồng chí); ứng cử, đề cử, xin rút; Đại "
        f"hội biểu quyết danh sách bầu cử Người thực hiện: Đồng chí {info.secretary}" in text
    )
    assert f"1. Đồng chí {info.official[1]} Ngoài danh sách trên" in text
    assert "Bầu Phó Bí thư Chi bộ: hướng dẫn cách bỏ phiếu" in text


def test_script_with_a_committee_one_person_per_step(book, tmp_path):
    info = add_cell(book, official=9)
    chairs(book, info, info.official[2], info.official[3])
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    text = text_of(out, "congress_script")
    assert "biểu quyết số lượng Chi ủy nhiệm kỳ 2025 - 2027 là 03 đồng chí" in text
    assert "Ngoài danh sách trên, đồng chí nào ứng cử hoặc đề cử" in text
    assert "Nếu có đồng chí xin rút" in text
    assert "là Chi ủy viên vừa trúng cử" in text and "biểu quyết việc bầu Phó Bí thư" not in text
    assert all(f"Đồng chí {name}" in text for name in info.candidates())
    for _, _, person in script_steps(out):
        assert sum(name in person for name in info.official) <= 1, person
    presidium = [p for _, task, p in script_steps(out) if task == "Khai mạc Đại hội"]
    assert presidium == [f"Đồng chí {info.secretary} (thay mặt Đoàn Chủ tịch)"]
    assert "T/M CHI ỦY" in text and "ĐOÀN CHỦ TỊCH" not in text.split("Nơi nhận")[-1]


def test_script_large_cell_with_delegates_and_assigned_presidium_steps(book, tmp_path):
    info = add_cell(book, official=21, **{"Số đại biểu dự đại hội cấp trên": 2})
    for name in info.official[10:12]:
        book.add(
            "Nhân sự",
            {"Mã chi bộ": "CB01", "Họ và tên": name, "Dự kiến": "Đại biểu dự đại hội cấp trên"},
        )
    runner = info.official[5]
    book.add(
        "Phân công", {"Mã chi bộ": "CB01", "Nhiệm vụ": "Điều hành bầu cử", "Họ và tên": runner}
    )
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    text = text_of(out, "congress_script")
    assert "là 07 đồng chí" in text
    assert "Chi bộ được bầu 02 đại biểu dự Đại hội Đảng bộ xã Hiệp Hưng" in text
    assert f"biểu quyết danh sách bầu cử Người thực hiện: Đồng chí {runner}" in text
    elections = [p for _, task, p in script_steps(out) if "ứng cử, đề cử, xin rút" in task]
    assert len(elections) == 3 and set(elections) == {f"Đồng chí {runner}"}
    assert "Bầu không quá 07 đồng chí. Đồng chí nào không bầu thì gạch ngang" in text


# ----------------------------------------------------------------------------- after the count


def counted_committee(book, official: int, votes: list[int]):
    """A cell whose chi ủy was counted (everyone present), its bí thư elected too."""
    info = add_cell(book, official=official)
    attend(book, info)
    committee_vote(book, info, votes, voters=official)
    count(book, info, "Bí thư", official, official, official, 0)
    vote(book, info, "Bí thư", info.secretary, official - 1)
    return info


def test_equal_votes_are_listed_in_a_b_c_order(book, tmp_path):
    """The Kết quả bầu cử rows come in reverse order: the order printed is not the sheet's."""
    info = add_cell(book, official=15)
    attend(book, info)
    count(book, info, "Chi ủy", 15, 15, 15, 0)
    for name, votes in reversed(list(zip(info.candidates(), [15, 9, 14, 9, 12, 3], strict=True))):
        vote(book, info, "Chi ủy", name, votes)
    count(book, info, "Bí thư", 15, 15, 15, 0)
    vote(book, info, "Bí thư", info.secretary, 14)
    _, second, _, fourth, fifth, _ = info.candidates()
    assert sorted([second, fourth], key=lambda n: n.split()[-1]) == [second, fourth]
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    for kind in ("congress_minutes", "results_report", "approval_request", "elected_roster"):
        # The minutes vote on the list (A, B, C) before the results: read from the results.
        marker = "Trúng cử (" if kind == "congress_minutes" else "3. Bầu cử"
        text = text_of(out, kind).split(marker, 1)[-1]
        assert text.index(fifth) < text.index(second) < text.index(fourth), kind


def test_minutes_record_the_show_of_hands_and_every_candidate(book, tmp_path):
    info = counted_committee(book, 11, [11, 10, 9, 3])
    first, second, third, fourth = info.candidates()
    book.add(
        "Góp ý",
        {
            "Mã chi bộ": "CB01",
            "Dự thảo": "Báo cáo tổng kết của chi bộ",
            "Người góp ý": second,
            "Nội dung": "Đề nghị bổ sung số liệu hộ nghèo",
        },
    )
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    minutes = text_of(out, "congress_minutes")
    assert "Đại hội đã biểu quyết bằng thẻ đảng viên thông qua:" in minutes
    assert (
        "Đại hội đã biểu quyết thông qua số lượng Chi ủy nhiệm kỳ 2025 - 2027: 03 đồng chí "
        "(tán thành: ……/11 đồng chí)." in minutes
    )
    assert (
        "Đại hội đã biểu quyết thông qua danh sách bầu cử Chi ủy nhiệm kỳ 2025 - 2027 gồm 04 "
        f"đồng chí (xếp theo vần A, B, C): {first}" in minutes
    )
    assert (
        f"danh sách bầu cử Bí thư Chi bộ nhiệm kỳ 2025 - 2027 gồm 01 đồng chí: {info.secretary} "
        in minutes
    )
    assert minutes.count("Ứng cử, đề cử thêm tại Đại hội: ……") == 2
    assert "Tổ kiểm phiếu gồm 01 đồng chí" in minutes
    assert f"Đồng chí {third}: 09 phiếu (81,82%), trúng cử." in minutes
    assert f"Đồng chí {fourth}: 03 phiếu (27,27%), không trúng cử (chưa quá một nửa)." in minutes
    assert f"Đồng chí {info.secretary}: 10 phiếu (90,91%), trúng cử." in minutes
    # The comments of the meeting before the congress are referred to, not told as spoken there.
    assert "Đề nghị bổ sung số liệu hộ nghèo" not in minutes
    assert "Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện (01 ý kiến (01 của đảng viên)" in minutes
    # … as the script has it: a step with its presenter, time and vote.
    script = text_of(out, "congress_script")
    assert "Báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện Người thực hiện: Đồng chí" in script
    assert "Tóm tắt ý kiến thảo luận tại Đại hội: ………" in minutes


def test_minutes_without_opinions_leave_lines_to_write_on(book, tmp_path):
    counted_committee(book, 11, [11, 10, 9, 3])
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    minutes = text_of(out, "congress_minutes")
    assert "Tóm tắt ý kiến thảo luận tại Đại hội: ………" in minutes
    assert "Báo cáo tổng hợp ý kiến góp ý" not in minutes
    assert minutes.count("được Đại hội biểu quyết thông qua") == 1


def test_results_report_refers_only_to_papers_of_the_package(book, tmp_path):
    counted_committee(book, 11, [11, 10, 9, 3])
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    report = text_of(out, "results_report")
    assert "báo cáo trước ngày" not in report
    assert (
        "Gửi kèm báo cáo: Biên bản Đại hội; 02 biên bản kiểm phiếu; Nghị quyết Đại hội; Tờ "
        "trình đề nghị chuẩn y kết quả bầu cử chi ủy và bí thư; Danh sách trích ngang những "
        "đồng chí trúng cử./." in report
    )
    kinds = [d["kind"] for d in out["documents"]]
    assert kinds.count("vote_count_minutes") == 2
    assert {"congress_minutes", "resolution", "approval_request", "elected_roster"} <= set(kinds)


def test_approval_request_and_elected_roster(book, tmp_path):
    info = counted_committee(book, 11, [11, 10, 9, 3])
    first, second, third, _ = info.candidates()
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    request = text_of(out, "approval_request")
    assert "TỜ TRÌNH đề nghị chuẩn y kết quả bầu cử chi ủy và bí thư" in request
    assert "Kính gửi: Ban Thường vụ Đảng ủy xã Hiệp Hưng." in request
    assert "Số -TTr/CB" in request
    assert (
        f"1. Chi ủy Chi bộ Ấp CB01 nhiệm kỳ 2025 - 2027 gồm 03 đồng chí (xếp theo thứ tự số "
        f"phiếu bầu từ cao đến thấp): - Đồng chí {first}: 11 phiếu (100%). - Đồng chí {second}: 10 phiếu"
        in request
    )
    assert f"2. Bí thư Chi bộ Ấp CB01 nhiệm kỳ 2025 - 2027: đồng chí {first}, 10 phiếu" in request
    assert f"T/M CHI BỘ BÍ THƯ {first}" in request
    roster = text_of(out, "elected_roster")
    assert "Danh sách gồm 03 đồng chí, xếp theo thứ tự kết quả bầu cử." in roster
    assert f"{first} Nữ" in roster and "Chi ủy viên, Bí thư" in roster and "Số -" not in roster


def test_no_approval_papers_before_the_count(book, tmp_path):
    out = built_cell(book, tmp_path, official=11)
    kinds = {d["kind"] for d in out["documents"]}
    assert not kinds & {"approval_request", "elected_roster"}
    assert {"nomination_poll_ballot", "nomination_poll_minutes"} <= kinds


# ----------------------------------------------------------------------------- poll forms


@pytest.mark.parametrize("official, elections", [(7, 1), (9, 2), (21, 2)])
def test_poll_forms_for_every_election(book, tmp_path, official, elections):
    out = built_cell(book, tmp_path, official=official)
    ballots = [d for d in out["documents"] if d["kind"] == "nomination_poll_ballot"]
    minutes = [d for d in out["documents"] if d["kind"] == "nomination_poll_minutes"]
    assert len(ballots) == 2 * len(minutes) == 2 * elections  # Mẫu 4A and 4B
    ballot = text_of(out, "nomination_poll_ballot", "Bí thư - Mẫu 4A")
    assert "PHIẾU LẤY Ý KIẾN GIỚI THIỆU về người ứng cử tại Đại hội" in ballot
    assert "Họ và tên Đồng ý Không đồng ý Ghi chú" in ballot
    assert "người được đề cử tại Đại hội" in text_of(
        out, "nomination_poll_ballot", "Bí thư - Mẫu 4B"
    )
    copies = ballot.count("PHIẾU LẤY Ý KIẾN GIỚI THIỆU")
    assert ballot.count("Họ và tên Đồng ý Không đồng ý Ghi chú") == copies >= 2
    count_ = text_of(out, "nomination_poll_minutes", "Bí thư")
    assert f"Đảng viên chính thức được triệu tập: {official:02d} đồng chí" in count_
    path = next(
        out["folder"] / d["path"]
        for d in out["documents"]
        if d["kind"] == "nomination_poll_minutes" and "Bí thư" in d["path"]
    )
    left, right = Document(path).tables[0].rows[0].cells
    assert right.paragraphs[0].text == "Mẫu 5" and "-BB/ĐH" not in left.text  # a form: no number
    assert "BIÊN BẢN KIỂM PHIẾU lấy ý kiến giới thiệu người ứng cử, được đề cử" in count_
    columns = "STT Họ và tên Ứng cử / được đề cử Đồng ý Không đồng ý Tỷ lệ đồng ý"
    assert columns in count_ and "so với số đảng viên chính thức dự Đại hội" in count_
    assert "hơn 30% số đảng viên chính thức dự Đại hội đồng ý giới thiệu" in count_
    assert "T/M TỔ GIÚP VIỆC" in count_ and "Tổ kiểm phiếu" not in count_


def test_poll_minutes_compute_the_votes_needed_once_attendance_is_known(book, tmp_path):
    info = add_cell(book, official=20)
    attend(book, info)
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    text = text_of(out, "nomination_poll_minutes", "Chi ủy")
    assert "có mặt: 20 đồng chí" in text and "tức ít nhất 07 phiếu đồng ý" in text


def test_results_report_of_a_cell_without_deputy_names_no_deputy(book, tmp_path):
    info = add_cell(book, official=7)
    attend(book, info)
    count(book, info, "Bí thư", 7, 7, 7, 0)
    vote(book, info, "Bí thư", info.secretary, 7)
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    report = text_of(out, "results_report")
    assert "Cơ cấu bí thư mới (01 đồng chí)" in report and "phó bí thư" not in report.lower()
    request = text_of(out, "approval_request")
    assert "đề nghị chuẩn y kết quả bầu cử bí thư Chi bộ" in request
    assert "phó bí thư" not in request.lower() and "chi ủy" not in request.lower()


def test_figures_of_the_congress_tables_are_right_aligned(book, tmp_path):
    counted_committee(book, 11, [11, 10, 9, 3])
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    for kind, headers in (
        ("results_report", ("Số phiếu", "Tỷ lệ")),
        ("vote_count_minutes", ("Số phiếu", "Tỷ lệ")),
    ):
        path = next(out["folder"] / d["path"] for d in out["documents"] if d["kind"] == kind)
        table = next(
            t
            for t in Document(path).tables
            if "Tỷ lệ" in t.rows[0].cells[-2].text + t.rows[0].cells[-1].text
        )
        titles = [cell.text for cell in table.rows[0].cells]
        for header in headers:
            column = titles.index(header)
            for row in table.rows[1:]:
                cell = row.cells[column]
                if any(ch.isdigit() for ch in cell.text):
                    assert cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT, (kind, header)


def test_vote_count_minutes_of_a_one_seat_ballot(book, tmp_path):
    """Bí thư: agree and disagree counted; the team under the congress named with its term; no
    line for the reasons of invalid ballots when there are none; signed by the team."""
    info = counted_committee(book, 11, [11, 10, 9, 3])
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    minutes = text_of(out, "vote_count_minutes", "Bí thư")
    path = next(
        out["folder"] / d["path"]
        for d in out["documents"]
        if d["kind"] == "vote_count_minutes" and "Bí thư" in d["path"]
    )
    head = [p for p in Document(path).tables[0].rows[0].cells[0].paragraphs if p.text.strip()]
    bold = [(p.text.replace("\xa0", " "), any(r.bold for r in p.runs)) for p in head]
    assert bold[:3] == [
        ("ĐẠI HỘI CHI BỘ ẤP CB01", False),
        ("NHIỆM KỲ 2025 - 2027", False),
        ("TỔ KIỂM PHIẾU", True),
    ], bold
    assert "Số phiếu đồng ý Không đồng ý Tỷ lệ Ghi chú" in minutes
    assert f"1 {info.secretary} 10 1 90,91% Trúng cử" in minutes
    assert "đã tiến hành bầu bí thư" in minutes
    assert "Lý do phiếu không hợp lệ" not in minutes
    assert "T/M TỔ KIỂM PHIẾU TỔ TRƯỞNG" in minutes
    committee = text_of(out, "vote_count_minutes", "Chi ủy")
    assert "Không đồng ý" not in committee and "Số phiếu Tỷ lệ Ghi chú" in committee


def test_results_report_gives_each_election_its_rounds_ballots_and_table(book, tmp_path):
    info = add_cell(book, official=11)
    tie_then_second_round(book, info, invalid=1)
    third = info.candidates()[2]
    count(book, info, "Bí thư", 11, 11, 11, 0)
    vote(book, info, "Bí thư", info.secretary, 10)
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    report = text_of(out, "results_report")
    assert (
        "1. Bầu Chi ủy Chi bộ Ấp CB01, nhiệm kỳ 2025 - 2027 (bầu 02 lần) Lần 1: số phiếu phát "
        "ra 11, thu vào 11, hợp lệ 11, không có phiếu không hợp lệ; lần 2: số phiếu phát ra 11, "
        "thu vào 11, hợp lệ 10, không hợp lệ 01." in report
    )
    # each row says in which round its member was elected
    assert "Chi ủy viên (bầu lần 1)" in report
    assert f"3 {third} Chi ủy viên (bầu lần 2) 7 63,64%" in report
    # addressed to the body it asks to approve the results
    assert "Kính gửi: Ban Thường vụ Đảng ủy xã" in report
    assert "kính đề nghị Ban Thường vụ Đảng ủy xã" in report
    secretary = report.index("2. Bầu Bí thư Chi bộ Ấp CB01, nhiệm kỳ 2025 - 2027 Số phiếu phát")
    assert report.index(f"1 {info.secretary} Bí thư 10 90,91%") > secretary
    assert "gồm 11 đảng viên chính thức được triệu tập" in report or "bằng số đảng viên" in report
    resolution = text_of(out, "resolution")
    assert "Giao Chi ủy Chi bộ nhiệm kỳ 2025 - 2027 xây dựng chương trình hành động" in resolution
    assert "khóa mới" not in resolution
    assert "có mặt 11/11 đảng viên được triệu tập (11 đảng viên chính thức, không có" in resolution


def test_resolution_of_a_cell_without_committee(book, tmp_path):
    info = add_cell(book, official=7, **{"Bầu phó bí thư": "Có"})
    book.add(
        "Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": info.official[1], "Dự kiến": "Phó bí thư"}
    )
    attend(book, info)
    for election, name in (("Bí thư", info.secretary), ("Phó bí thư", info.official[1])):
        count(book, info, election, 7, 7, 7, 0)
        vote(book, info, election, name, 7)
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    resolution = text_of(out, "resolution")
    assert "nhiệm kỳ 2025 - 2027, trong đó có kiểm điểm của bí thư" in resolution
    assert (
        "Giao đồng chí Bí thư và đồng chí Phó Bí thư Chi bộ nhiệm kỳ 2025 - 2027 xây dựng"
        in resolution
    )


def test_a_count_of_a_list_without_surplus_counts_agree_and_disagree(book, tmp_path):
    """A list as long as its seats is voted agree / disagree on the ballot: the count shows
    both; a one-name list is named without an A, B, C order."""
    info = counted_committee(book, 11, [11, 10, 9, 3])
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    secretary = text_of(out, "vote_count_minutes", "Bí thư")
    assert "Danh sách bầu cử gồm 01 đồng chí: " in secretary
    assert "(xếp theo vần A, B, C)" not in secretary
    assert "Số phiếu đồng ý Không đồng ý" in secretary
    committee = text_of(out, "vote_count_minutes", "Chi ủy")
    assert "(xếp theo vần A, B, C)" in committee and "Không đồng ý" not in committee
    assert info.secretary in secretary

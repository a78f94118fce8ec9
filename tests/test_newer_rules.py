"""Rules the newer central texts add (issue 11, item 4): the bí thư appointed after the third
round (QĐ 294), "Vắng có lý do" meaning absent for the whole congress, and the counting team
checked per election (QĐ 190 Điều 8)."""

from __future__ import annotations

from conftest import add_cell, describe, errors, findings_of, with_code
from test_build import texts
from test_congress import EXCUSED, attend, checked_cell, committee_vote, count, vote

from generator.reading.blank import blank_workbook
from generator.writing.package import build


def secretary_rounds(book, info, rounds: int) -> list[int]:
    """Rounds of the bí thư election in which the nominee stays below half of the base."""
    rows = []
    for number in range(1, rounds + 1):
        rows.append(count(book, info, "Bí thư", 10, 10, 10, 0, round_=number))
        vote(book, info, "Bí thư", info.secretary, 4, round_=number)
    return rows


def built_texts(checked, folder) -> dict[str, str]:
    build(checked, folder, progress=lambda *_: None)
    return {path.name: texts(path) for path in folder.glob("*/*.docx")}


def test_no_secretary_after_the_third_round_is_appointed_by_the_higher_committee(book, tmp_path):
    info = add_cell(book, official=10)
    attend(book, info)
    committee_vote(book, info, [9, 8, 8, 2], 10)
    rows = secretary_rounds(book, info, 3)
    checked, _ = checked_cell(book)
    assert errors(checked.findings) == [], describe(checked.findings)
    found = with_code(checked.findings, "secretary-appointed")
    assert [(f.sheet, f.row, f.is_error) for f in found] == [("Kiểm phiếu", rows[-1], False)]
    assert "Quy định 24-QĐ/TW" in found[0].message  # the source of the default profile
    documents = built_texts(checked, tmp_path / "out")
    appointed = "Đảng ủy xã Hiệp Hưng chỉ định một đồng chí trong số chi ủy viên làm bí thư"
    minutes = next(t for name, t in documents.items() if "Biên bản đại hội" in name)
    report = next(t for name, t in documents.items() if "Báo cáo kết quả" in name)
    assert appointed in minutes and appointed in report


def test_two_rounds_without_a_secretary_leave_the_re_vote_to_the_congress(book, tmp_path):
    info = add_cell(book, official=10)
    attend(book, info)
    committee_vote(book, info, [9, 8, 8, 2], 10)
    secretary_rounds(book, info, 2)
    checked, _ = checked_cell(book)
    assert not with_code(checked.findings, "secretary-appointed")
    documents = built_texts(checked, tmp_path / "out")
    report = next(t for name, t in documents.items() if "Báo cáo kết quả" in name)
    assert "chỉ định" not in report and "Việc bầu lại do Đại hội quyết định" in report


def test_a_member_absent_with_a_reason_cannot_have_a_task_at_the_congress(book):
    info = add_cell(book, official=10)
    helper, quiet = info.official[1], info.official[5]  # helper hosts and keeps the minutes
    attend(book, info, away={helper: EXCUSED, quiet: EXCUSED})
    committee_vote(book, info, [8, 8, 7, 1], 8)
    findings = findings_of(book.save())
    found = with_code(findings, "absent-but-assigned")
    assert sorted((f.sheet, f.row, f.column) for f in found) == sorted(
        ("Phân công", info.assignment_rows[(task, helper)], "Họ và tên")
        for task in ("Dẫn chương trình", "Thư ký")
    ), describe(findings)
    assert all(f.is_error and helper in f.message for f in found)


def test_the_guide_says_what_absent_with_a_reason_means():
    guide = blank_workbook()["Hướng dẫn"]
    rows = {row[0].value: row for row in guide.iter_rows() if row[0].value}
    explanation = rows["Cơ sở tính kết quả bầu cử (quy định chung)"][3].value
    assert '"Vắng có lý do"' in explanation and "vắng suốt thời gian đại hội" in explanation
    assert "Phân công" in explanation


def test_counting_team_is_checked_per_election(book):
    info = add_cell(book, official=10, candidates=3)
    lead = info.counting_lead
    for post in ("Chi ủy viên", "Bí thư"):
        book.add("Nhân sự", {"Mã chi bộ": info.code, "Họ và tên": lead, "Dự kiến": post})
    findings = findings_of(book.save())
    found = with_code(findings, "counting-team")
    row = info.assignment_rows[("Tổ trưởng kiểm phiếu", lead)]
    assert [(f.row, f.is_error) for f in found] == [(row, True), (row, True)], describe(findings)
    assert "danh sách bầu cử chi ủy" in found[0].message
    assert "danh sách bầu cử bí thư" in found[1].message


def test_counting_team_may_count_an_election_whose_list_it_is_not_on(book):
    info = add_cell(book, official=5)  # no chi ủy: only the bí thư election is held
    book.add(
        "Nhân sự",
        {"Mã chi bộ": info.code, "Họ và tên": info.counting_lead, "Dự kiến": "Chi ủy viên"},
    )
    found = with_code(findings_of(book.save()), "counting-team")
    assert found == []  # the chi ủy list is an error of its own, not a counting-team one

"""`daihoi check`: every finding code at its exact place, the rules of SPEC §3, the outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from conftest import (
    CONGRESS,
    Book,
    D,
    add_cell,
    describe,
    errors,
    findings_of,
    person_name,
    with_code,
)

from generator.checking.profile import DEFAULT

ERROR, WARNING = "error", "warning"
JSON_KEYS = {"severity", "code", "sheet", "row", "column", "cell_code", "message"}


@dataclass(frozen=True)
class Expected:
    code: str
    severity: str
    sheet: str
    row: int | None
    column: str | None
    cell_code: str | None = None


# --- one workbook per finding code ----------------------------------------------------------
# Each scenario starts from a valid workbook, breaks one thing, and says where the finding goes.


def missing_sheet(book: Book) -> Expected:
    add_cell(book, official=5)
    book.remove_sheet("Nhân sự")
    return Expected("missing-sheet", ERROR, "Nhân sự", None, None)


def missing_column(book: Book) -> Expected:
    add_cell(book, official=5)
    book.rename_header("Đảng viên", "Giới tính", None)
    return Expected("missing-column", ERROR, "Đảng viên", 1, "Giới tính")


def bad_value(book: Book) -> Expected:
    info = add_cell(book, official=5)
    row = info.member_rows[info.official[2]]
    book.set("Đảng viên", row, "Miễn sinh hoạt", "Không rõ")
    return Expected("bad-value", ERROR, "Đảng viên", row, "Miễn sinh hoạt", "CB01")


def bad_date(book: Book) -> Expected:
    info = add_cell(book, official=5)
    row = info.member_rows[info.official[3]]
    book.set("Đảng viên", row, "Ngày chính thức", "31/02/2006")
    return Expected("bad-date", ERROR, "Đảng viên", row, "Ngày chính thức", "CB01")


def duplicate_cell(book: Book) -> Expected:
    add_cell(book, official=5)
    row = book.add(
        "Chi bộ",
        {
            "Mã chi bộ": "cb01",
            "Tên chi bộ": "Chi bộ Ấp Trùng",
            "Loại chi bộ": "Ấp",
            "Đảng bộ cơ sở": "Đảng bộ xã Hiệp Hưng",
            "Địa danh": "Hiệp Hưng",
            "Ngày đại hội": CONGRESS,
            "Địa điểm": "Hội trường",
        },
    )
    return Expected("duplicate-cell", ERROR, "Chi bộ", row, "Mã chi bộ", "cb01")


def unknown_cell(book: Book) -> Expected:
    add_cell(book, official=5)
    row = book.add(
        "Đảng viên",
        {
            "Mã chi bộ": "CB99",
            "Họ và tên": "Lê Văn Lạc",
            "Giới tính": "Nam",
            "Ngày sinh": D(1980, 1, 1),
            "Ngày vào Đảng": D(2010, 1, 1),
            "Tình trạng": "Chính thức",
        },
    )
    return Expected("unknown-cell", ERROR, "Đảng viên", row, "Mã chi bộ", "CB99")


def unknown_person(book: Book) -> Expected:
    add_cell(book, official=5)
    row = book.add(
        "Phân công", {"Mã chi bộ": "CB01", "Nhiệm vụ": "Tham luận", "Họ và tên": "Trần Văn Vắng"}
    )
    return Expected("unknown-person", ERROR, "Phân công", row, "Họ và tên", "CB01")


def ambiguous_person(book: Book) -> Expected:
    info = add_cell(book, official=5)
    twin = info.official[2]
    book.add(
        "Đảng viên",
        {
            "Mã chi bộ": "CB01",
            "Họ và tên": twin,
            "Giới tính": "Nam",
            "Ngày sinh": D(1988, 7, 7),
            "Ngày vào Đảng": D(2012, 1, 1),
            "Tình trạng": "Chính thức",
        },
    )
    row = book.add("Phân công", {"Mã chi bộ": "CB01", "Nhiệm vụ": "Tham luận", "Họ và tên": twin})
    return Expected("ambiguous-person", ERROR, "Phân công", row, "Họ và tên", "CB01")


def committee_not_allowed(book: Book) -> Expected:
    info = add_cell(book, official=8, **{"Số chi ủy viên": 3})
    return Expected("committee-not-allowed", ERROR, "Chi bộ", info.row, "Số chi ủy viên", "CB01")


def committee_size(book: Book) -> Expected:
    info = add_cell(book, official=10, seats=4)
    return Expected("committee-size", ERROR, "Chi bộ", info.row, "Số chi ủy viên", "CB01")


def candidate_surplus(book: Book) -> Expected:
    info = add_cell(book, official=10, seats=3, candidates=3)
    row = info.nomination_rows[(info.official[0], "Chi ủy viên")]
    return Expected("candidate-surplus", ERROR, "Nhân sự", row, "Dự kiến", "CB01")


def nominee_not_official(book: Book) -> Expected:
    info = add_cell(book, official=5, probationary=1)
    row = book.add(
        "Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": info.probationary[0], "Dự kiến": "Bí thư"}
    )
    return Expected("nominee-not-official", ERROR, "Nhân sự", row, "Họ và tên", "CB01")


def nominee_exempt(book: Book) -> Expected:
    info = add_cell(book, official=6, exempt=1)
    row = book.add(
        "Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": info.exempt[0], "Dự kiến": "Bí thư"}
    )
    return Expected("nominee-exempt", WARNING, "Nhân sự", row, "Họ và tên", "CB01")


def secretary_not_in_committee(book: Book) -> Expected:
    info = add_cell(book, official=10, secretary=False)
    outsider = info.official[6]
    row = book.add("Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": outsider, "Dự kiến": "Bí thư"})
    return Expected("secretary-not-in-committee", ERROR, "Nhân sự", row, "Họ và tên", "CB01")


def secretary_missing(book: Book) -> Expected:
    info = add_cell(book, official=5, secretary=False)
    return Expected("secretary-missing", ERROR, "Chi bộ", info.row, "Mã chi bộ", "CB01")


def congress_date_window(book: Book) -> Expected:
    info = add_cell(book, official=5, congress=D(2025, 1, 6))
    return Expected("congress-date-window", ERROR, "Chi bộ", info.row, "Ngày đại hội", "CB01")


def notice_too_late(book: Book) -> Expected:
    info = add_cell(book, official=5, notice=D(2024, 11, 15))
    return Expected("notice-too-late", ERROR, "Chi bộ", info.row, "Ngày thông báo khai mạc", "CB01")


def notice_missing(book: Book) -> Expected:
    info = add_cell(book, official=5, notice=None)
    return Expected(
        "notice-missing", WARNING, "Chi bộ", info.row, "Ngày thông báo khai mạc", "CB01"
    )


def unknown_setting(book: Book) -> Expected:
    add_cell(book, official=5)
    book.add("Cấu hình", {"Khóa": "Số chi ủy viên tối thiểu nhất", "Giá trị": "3"})
    row = book.add("Cấu hình", {"Khóa": "Tuổi cán bộ già", "Giá trị": "60"})
    return Expected("unknown-setting", ERROR, "Cấu hình", row, "Khóa")


def counting_team(book: Book) -> Expected:
    info = add_cell(book, official=10)
    row = book.add(
        "Phân công",
        {"Mã chi bộ": "CB01", "Nhiệm vụ": "Tổ viên kiểm phiếu", "Họ và tên": info.candidates()[1]},
    )
    return Expected("counting-team", ERROR, "Phân công", row, "Họ và tên", "CB01")


def section_missing(book: Book) -> Expected:
    info = add_cell(book, official=5, narrative=False)
    return Expected("section-missing", WARNING, "Chi bộ", info.row, "Mã chi bộ", "CB01")


def role_missing(book: Book) -> Expected:
    info = add_cell(book, official=5, roles=False)
    return Expected("role-missing", WARNING, "Chi bộ", info.row, "Mã chi bộ", "CB01")


def no_cells(book: Book) -> Expected:
    return Expected("no-cells", ERROR, "Chi bộ", 2, None)


def no_members(book: Book) -> Expected:
    info = add_cell(book, official=0, narrative=False)
    return Expected("no-members", ERROR, "Chi bộ", info.row, "Mã chi bộ", "CB01")


SCENARIOS = [
    missing_sheet,
    missing_column,
    bad_value,
    bad_date,
    duplicate_cell,
    unknown_cell,
    unknown_person,
    ambiguous_person,
    committee_not_allowed,
    committee_size,
    candidate_surplus,
    nominee_not_official,
    nominee_exempt,
    secretary_not_in_committee,
    secretary_missing,
    congress_date_window,
    notice_too_late,
    notice_missing,
    unknown_setting,
    counting_team,
    section_missing,
    role_missing,
    no_cells,
    no_members,
]
SPEC_CODES = {
    "missing-sheet",
    "missing-column",
    "bad-value",
    "bad-date",
    "duplicate-cell",
    "unknown-cell",
    "unknown-person",
    "committee-not-allowed",
    "committee-size",
    "candidate-surplus",
    "nominee-not-official",
    "secretary-not-in-committee",
    "congress-date-window",
    "notice-too-late",
}


def scenario_id(scenario) -> str:
    return scenario.__name__.replace("_", "-")


def build(book: Book, scenario) -> tuple[Path, Expected]:
    expected = scenario(book)
    return book.save(), expected


def matching(findings, expected: Expected):
    return [
        f
        for f in findings
        if (f.code, f.severity, f.sheet, f.row, f.column)
        == (expected.code, expected.severity, expected.sheet, expected.row, expected.column)
    ]


def test_every_spec_code_has_a_scenario():
    assert {scenario_id(s) for s in SCENARIOS} >= SPEC_CODES


@pytest.mark.parametrize(
    "official, probationary, exempt",
    [
        (2, 0, 0),
        (5, 1, 1),
        (8, 2, 0),
        (9, 0, 0),
        (14, 1, 2),
        (15, 0, 0),
        (20, 3, 0),
        (21, 0, 1),
        (30, 2, 2),
    ],
)
def test_valid_baseline_has_no_findings(book, official, probationary, exempt):
    add_cell(book, official=official, probationary=probationary, exempt=exempt)
    findings = findings_of(book.save())
    assert findings == [], describe(findings)


def test_valid_baseline_with_several_cells(book, run_cli):
    add_cell(book, "CB01", official=5)
    add_cell(
        book,
        "CB02",
        official=12,
        first_person=40,
        kind="Cơ quan",
        **{"Tên chi bộ": "Chi bộ Cơ quan Đảng"},
    )
    path = book.save()
    findings = findings_of(path)
    assert findings == [], describe(findings)
    result = run_cli("check", path)
    assert result.code == 0
    assert "2 chi bộ, 0 lỗi" in result.out


@pytest.mark.parametrize("scenario", SCENARIOS, ids=scenario_id)
def test_finding_at_its_place(book, scenario):
    path, expected = build(book, scenario)
    findings = findings_of(path)
    found = matching(findings, expected)
    assert found, f"expected {expected}, got:\n{describe(findings)}"
    assert found[0].cell_code == expected.cell_code
    assert found[0].message.strip()


@pytest.mark.parametrize("scenario", SCENARIOS, ids=scenario_id)
def test_human_output_names_the_place(book, scenario, run_cli):
    path, expected = build(book, scenario)
    result = run_cli("check", path)
    assert "Traceback" not in result.out + result.err
    has_error = any(f.is_error for f in findings_of(path))
    assert result.code == (1 if has_error else 0)
    lines = [line for line in result.out.splitlines() if line.endswith(f"[{expected.code}]")]
    assert lines, result.out
    line = next(
        (
            line
            for line in lines
            if f'"{expected.sheet}"' in line
            and (expected.row is None or f"dòng {expected.row}" in line.lower())
        ),
        None,
    )
    assert line is not None, result.out
    if expected.column:
        assert f'"{expected.column}"' in line


@pytest.mark.parametrize("scenario", SCENARIOS, ids=scenario_id)
def test_json_output(book, scenario, run_cli):
    path, expected = build(book, scenario)
    result = run_cli("check", path, "--json")
    assert "Traceback" not in result.out + result.err
    data = json.loads(result.out)
    assert isinstance(data, list) and data
    for item in data:
        assert isinstance(item, dict)
        assert set(item) >= JSON_KEYS, item
        assert item["severity"] in (ERROR, WARNING)
    assert any(
        (
            item["code"],
            item["severity"],
            item["sheet"],
            item["row"],
            item["column"],
            item["cell_code"],
        )
        == (
            expected.code,
            expected.severity,
            expected.sheet,
            expected.row,
            expected.column,
            expected.cell_code,
        )
        for item in data
    ), result.out
    assert result.code == (1 if any(item["severity"] == ERROR for item in data) else 0)


# --- the committee rules (SPEC §3) ----------------------------------------------------------


def test_issue_example_eight_official_members_with_seats(book, run_cli):
    add_cell(book, "CB01", official=5)
    info = add_cell(
        book,
        "CB02",
        official=8,
        probationary=2,
        first_person=20,
        **{"Số chi ủy viên": 3, "Tên chi bộ": "Chi bộ Ấp Mỹ Phú"},
    )
    path = book.save()
    found = with_code(findings_of(path), "committee-not-allowed")
    assert len(found) == 1, describe(found)
    finding = found[0]
    assert (finding.severity, finding.sheet, finding.row, finding.column, finding.cell_code) == (
        ERROR,
        "Chi bộ",
        info.row,
        "Số chi ủy viên",
        "CB02",
    )
    assert info.row == 3
    assert "08 đảng viên chính thức" in finding.message
    assert "Điều 24" in finding.message
    assert "Chi bộ Ấp Mỹ Phú" in finding.message
    result = run_cli("check", path)
    assert result.code == 1
    assert 'Sheet "Chi bộ", dòng 3' in result.out
    assert "08 đảng viên chính thức" in result.out


def test_committee_nominees_in_a_small_cell(book):
    info = add_cell(book, official=8, seats=None)
    rows = [
        book.add("Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": name, "Dự kiến": "Chi ủy viên"})
        for name in info.official[:3]
    ]
    found = with_code(findings_of(book.save()), "committee-not-allowed")
    assert [(f.sheet, f.row, f.column) for f in found] == [
        ("Nhân sự", row, "Dự kiến") for row in rows
    ]


@pytest.mark.parametrize("official", [9, 12, 14])
def test_nine_to_fourteen_allow_at_most_three(book, official):
    add_cell(book, official=official, seats=4)
    found = with_code(findings_of(book.save()), "committee-size")
    assert len(found) == 1 and found[0].column == "Số chi ủy viên"
    assert "04" in found[0].message and "03" in found[0].message


@pytest.mark.parametrize(
    "official, seats", [(15, 5), (20, 5), (21, 7), (40, 7), (9, 3), (15, 3), (21, 5)]
)
def test_allowed_committee_sizes(book, official, seats):
    add_cell(book, official=official, seats=seats)
    findings = findings_of(book.save())
    assert errors(findings) == [], describe(findings)


@pytest.mark.parametrize("official, seats", [(15, 6), (20, 7), (21, 8), (9, 2)])
def test_committee_size_out_of_range(book, official, seats):
    add_cell(book, official=official, seats=seats)
    assert with_code(errors(findings_of(book.save())), "committee-size")


def test_committee_seats_required_from_nine(book):
    info = add_cell(book, official=9, seats=None)
    found = with_code(findings_of(book.save()), "committee-size")
    assert [(f.sheet, f.row, f.column) for f in found] == [("Chi bộ", info.row, "Số chi ủy viên")]


@pytest.mark.parametrize("candidates, surplus", [(3, True), (4, False), (5, True)])
def test_three_seats_need_exactly_one_extra(book, candidates, surplus):
    add_cell(book, official=10, seats=3, candidates=candidates)
    found = with_code(findings_of(book.save()), "candidate-surplus")
    assert bool(found) == surplus, describe(found)
    if surplus:
        assert "đúng 04 người" in found[0].message


@pytest.mark.parametrize("candidates, surplus", [(7, True), (8, False), (9, False), (10, True)])
def test_seven_seats_allow_thirty_percent(book, candidates, surplus):
    add_cell(book, official=25, seats=7, candidates=candidates)
    found = with_code(findings_of(book.save()), "candidate-surplus")
    assert bool(found) == surplus, describe(found)


def test_no_candidates_for_committee(book):
    info = add_cell(book, official=10, candidates=0, secretary=False)
    found = with_code(findings_of(book.save()), "candidate-surplus")
    assert [(f.sheet, f.row, f.column) for f in found] == [("Chi bộ", info.row, "Số chi ủy viên")]


def test_probationary_nominee_for_committee(book):
    info = add_cell(book, official=10, probationary=2)
    row = book.add(
        "Nhân sự",
        {"Mã chi bộ": "CB01", "Họ và tên": info.probationary[1], "Dự kiến": "Chi ủy viên"},
    )
    findings = findings_of(book.save())
    found = with_code(findings, "nominee-not-official")
    assert [(f.severity, f.sheet, f.row, f.column) for f in found] == [
        (ERROR, "Nhân sự", row, "Họ và tên")
    ]
    assert info.probationary[1] in found[0].message
    # the list now has 5 names for 3 seats
    assert with_code(findings, "candidate-surplus")


def test_deputy_requested_without_nominee(book):
    info = add_cell(book, official=10, **{"Bầu phó bí thư": "Có"})
    found = with_code(findings_of(book.save()), "secretary-missing")
    assert [(f.sheet, f.row, f.column) for f in found] == [("Chi bộ", info.row, "Bầu phó bí thư")]


def test_deputy_in_committee_is_fine(book):
    info = add_cell(book, official=10, **{"Bầu phó bí thư": "x"})
    book.add(
        "Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": info.candidates()[1], "Dự kiến": "Phó bí thư"}
    )
    findings = findings_of(book.save())
    assert errors(findings) == [], describe(findings)


def test_counting_team_member_must_be_official(book):
    info = add_cell(book, official=5, probationary=1)
    row = book.add(
        "Phân công",
        {"Mã chi bộ": "CB01", "Nhiệm vụ": "Tổ viên kiểm phiếu", "Họ và tên": info.probationary[0]},
    )
    found = with_code(findings_of(book.save()), "counting-team")
    assert [(f.sheet, f.row, f.column) for f in found] == [("Phân công", row, "Họ và tên")]
    assert "dự bị" in found[0].message


def test_namesake_picked_by_birth_year(book):
    info = add_cell(book, official=5)
    twin = info.official[2]
    book.add(
        "Đảng viên",
        {
            "Mã chi bộ": "CB01",
            "Họ và tên": twin,
            "Giới tính": "Nam",
            "Ngày sinh": D(1988, 7, 7),
            "Ngày vào Đảng": D(2012, 1, 1),
            "Tình trạng": "Chính thức",
        },
    )
    book.add(
        "Phân công", {"Mã chi bộ": "CB01", "Nhiệm vụ": "Tham luận", "Họ và tên": f"{twin} (1988)"}
    )
    findings = findings_of(book.save())
    assert not with_code(findings, "ambiguous-person"), describe(findings)
    assert errors(findings) == [], describe(findings)


def test_section_missing_names_the_sections(book):
    add_cell(book, official=5, narrative=False)
    found = with_code(findings_of(book.save()), "section-missing")
    assert len(found) == 2
    text = " ".join(f.message for f in found)
    for section in (
        "Đặc điểm tình hình",
        "Chỉ thị 05",
        "Kết luận 21",
        "Xây dựng nông thôn mới",
        "Trách nhiệm",
        "Biện pháp khắc phục",
    ):
        assert section in text


def test_role_missing_lists_each_role(book):
    add_cell(book, official=5, roles=False)
    found = with_code(findings_of(book.save()), "role-missing")
    assert all(f.severity == WARNING for f in found)
    text = " ".join(f.message for f in found)
    for task in (
        "Dẫn chương trình",
        "Chủ tịch đại hội",
        "Thư ký",
        "Tổ trưởng kiểm phiếu",
        "Trình bày báo cáo tổng kết",
    ):
        assert task in text


# --- dates and working days -----------------------------------------------------------------


def test_notice_twenty_working_days_before(book):
    info = add_cell(book, official=5, notice=D(2024, 11, 15))
    found = with_code(findings_of(book.save()), "notice-too-late")
    assert [(f.severity, f.row, f.column) for f in found] == [
        (ERROR, info.row, "Ngày thông báo khai mạc")
    ]
    assert "20 ngày làm việc" in found[0].message
    assert "01/11/2024" in found[0].message  # the last working day still in time


@pytest.mark.parametrize(
    "notice, late", [(D(2024, 11, 1), False), (D(2024, 11, 3), False), (D(2024, 11, 4), True)]
)
def test_notice_boundary(book, notice, late):
    add_cell(book, official=5, notice=notice)
    assert bool(with_code(findings_of(book.save()), "notice-too-late")) == late


@pytest.mark.parametrize(
    "congress, ok",
    [
        (D(2024, 12, 1), True),
        (D(2024, 12, 31), True),
        (D(2024, 11, 30), False),
        (D(2025, 1, 1), False),
    ],
)
def test_congress_date_window_edges(book, congress, ok):
    add_cell(book, official=5, congress=congress, notice=D(2024, 9, 3))
    found = with_code(findings_of(book.save()), "congress-date-window")
    assert (not found) == ok, describe(found)


def test_working_days_across_new_year_2025():
    profile = DEFAULT
    # 01/01/2025 (Wednesday) is a public holiday: nothing between 31/12 and 02/01.
    assert profile.working_days_between(D(2024, 12, 31), D(2025, 1, 2)) == 0
    assert profile.working_days_between(D(2024, 12, 30), D(2025, 1, 3)) == 2
    assert not profile.is_working_day(D(2025, 1, 1))
    assert profile.is_working_day(D(2024, 12, 31))


def test_working_days_across_tet_2025():
    profile = DEFAULT
    # Tết Ất Tỵ: Monday 27/01 to Saturday 01/02/2025 are days off.
    assert profile.working_days_between(D(2025, 1, 24), D(2025, 2, 3)) == 0
    assert profile.working_days_between(D(2025, 1, 20), D(2025, 2, 7)) == 8
    quick = replace(DEFAULT, notice_working_days=5)
    assert quick.latest_notice_date(D(2025, 2, 5)) == D(2025, 1, 21)


def test_extra_working_day_and_day_off():
    saturday = D(2025, 2, 8)
    assert not DEFAULT.is_working_day(saturday)
    assert replace(DEFAULT, extra_working_days=(saturday,)).is_working_day(saturday)
    assert not replace(DEFAULT, extra_days_off=(D(2024, 11, 20),)).is_working_day(D(2024, 11, 20))
    assert replace(DEFAULT, extra_days_off=(D(2024, 11, 20),)).latest_notice_date(CONGRESS) == D(
        2024, 10, 31
    )


@pytest.mark.parametrize("value", ["20/11/2024", D(2024, 11, 20)])
def test_extra_day_off_setting_changes_verdict(book, value):
    add_cell(book, official=5, notice=D(2024, 11, 3))
    assert not with_code(findings_of(book.save("before.xlsx")), "notice-too-late")
    book.add("Cấu hình", {"Khóa": "Ngày nghỉ thêm", "Giá trị": value})
    findings = findings_of(book.save("after.xlsx"))
    found = with_code(findings, "notice-too-late")
    assert len(found) == 1, describe(findings)
    assert "29 ngày làm việc" in found[0].message
    assert not with_code(findings, "unknown-setting")


def test_extra_days_off_accumulate_over_rows(book):
    add_cell(book, official=5, notice=D(2024, 11, 1))
    book.add("Cấu hình", {"Khóa": "Ngày nghỉ thêm", "Giá trị": "18/11/2024; 19/11/2024"})
    book.add("Cấu hình", {"Khóa": "ngày  nghỉ thêm", "Giá trị": "20/11/2024"})
    findings = findings_of(book.save())
    found = with_code(findings, "notice-too-late")
    assert len(found) == 1 and "27 ngày làm việc" in found[0].message, describe(findings)


def test_issue_date_after_congress_is_a_warning(book):
    info = add_cell(book, official=5, **{"Ngày ban hành": D(2024, 12, 20)})
    found = with_code(findings_of(book.save()), "bad-date")
    assert [(f.severity, f.row, f.column) for f in found] == [(WARNING, info.row, "Ngày ban hành")]


def test_confirmed_before_joined(book):
    info = add_cell(book, official=5)
    row = info.member_rows[info.official[1]]
    book.set("Đảng viên", row, "Ngày chính thức", D(2010, 1, 1))
    found = with_code(findings_of(book.save()), "bad-date")
    assert [(f.severity, f.sheet, f.row, f.column) for f in found] == [
        (ERROR, "Đảng viên", row, "Ngày chính thức")
    ]


# --- Cấu hình overrides ---------------------------------------------------------------------


def test_committee_tiers_override(book):
    add_cell(book, official=10, seats=5)
    assert with_code(findings_of(book.save("before.xlsx")), "committee-size")
    book.add("Cấu hình", {"Khóa": "Số chi ủy viên tối đa", "Giá trị": "9: 5"})
    findings = findings_of(book.save("after.xlsx"))
    assert errors(findings) == [], describe(findings)


def test_committee_tiers_override_can_tighten(book):
    add_cell(book, official=21, seats=7)
    book.add("Cấu hình", {"Khóa": "SỐ CHI ỦY VIÊN TỐI ĐA", "Giá trị": "9: 3; 15: 5"})
    assert with_code(findings_of(book.save()), "committee-size")


def test_notice_days_override(book):
    add_cell(book, official=5, notice=D(2024, 11, 15))
    book.add("Cấu hình", {"Khóa": "Số ngày làm việc thông báo trước", "Giá trị": 20})
    findings = findings_of(book.save())
    assert errors(findings) == [], describe(findings)


def test_bad_setting_value(book):
    add_cell(book, official=5)
    row = book.add("Cấu hình", {"Khóa": "Số chi ủy viên tối đa", "Giá trị": "nhiều"})
    found = with_code(findings_of(book.save()), "bad-value")
    assert [(f.severity, f.sheet, f.row, f.column) for f in found] == [
        (ERROR, "Cấu hình", row, "Giá trị")
    ]
    assert "9: 3; 15: 5; 21: 7" in found[0].message


def test_unknown_setting_lists_valid_keys(book):
    add_cell(book, official=5)
    book.add("Cấu hình", {"Khóa": "Màu giấy", "Giá trị": "trắng"})
    found = with_code(findings_of(book.save()), "unknown-setting")
    assert len(found) == 1
    assert "Màu giấy" in found[0].message and "Hướng dẫn" in found[0].message


def test_unknown_setting_suggests_the_closest_key(book):
    add_cell(book, official=5)
    book.add("Cấu hình", {"Khóa": "Ngày nghĩ thêm", "Giá trị": "20/12/2024"})
    found = with_code(findings_of(book.save()), "unknown-setting")
    assert len(found) == 1 and 'Có phải là "Ngày nghỉ thêm"?' in found[0].message


# --- one pass, exit codes, entry point ------------------------------------------------------


def test_all_problems_in_one_pass(book, run_cli):
    add_cell(book, "CB01", official=10, candidates=3, notice=D(2024, 11, 20))
    second = add_cell(book, "CB02", official=6, first_person=50)
    book.set("Đảng viên", second.member_rows[second.official[2]], "Ngày chính thức", "32/01/2001")
    book.add(
        "Đảng viên",
        {
            "Mã chi bộ": "CB03",
            "Họ và tên": "Võ Văn Lạc",
            "Giới tính": "Nam",
            "Ngày sinh": D(1980, 1, 1),
            "Ngày vào Đảng": D(2010, 1, 1),
            "Tình trạng": "Chính thức",
        },
    )
    book.add(
        "Phân công", {"Mã chi bộ": "CB02", "Nhiệm vụ": "Tham luận", "Họ và tên": person_name(99)}
    )
    path = book.save()
    wanted = {"candidate-surplus", "notice-too-late", "bad-date", "unknown-cell", "unknown-person"}
    findings = findings_of(path)
    assert wanted <= {f.code for f in errors(findings)}, describe(findings)
    result = run_cli("check", path)
    assert result.code == 1
    for code in wanted:
        assert f"[{code}]" in result.out
    assert "Traceback" not in result.out + result.err


def test_exit_code_zero_with_warnings_only(book, run_cli):
    add_cell(book, official=5, roles=False, notice=None)
    result = run_cli("check", book.save())
    assert result.code == 0, result.out
    assert "CẢNH BÁO" in result.out and "LỖI" not in result.out


def test_exit_codes(book, run_cli, tmp_path):
    add_cell(book, official=5)
    good = book.save("good.xlsx")
    result = run_cli("check", good)
    assert result.code == 0
    assert "0 lỗi" in result.out
    book.set("Chi bộ", 2, "Số chi ủy viên", 3)
    assert run_cli("check", book.save("bad.xlsx")).code == 1
    missing = run_cli("check", tmp_path / "khong_co.xlsx")
    assert missing.code == 2
    assert "Không tìm thấy" in missing.err and missing.out == ""
    missing_json = run_cli("check", tmp_path / "khong_co.xlsx", "--json")
    assert missing_json.code == 2 and missing_json.out == ""


def test_python_dash_m_entry_point(book):
    add_cell(book, official=8, **{"Số chi ủy viên": 3})
    path = book.save()
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-m", "generator", "check", str(path), "--json"],
        capture_output=True,
        cwd=root,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    data = json.loads(done.stdout.decode("utf-8"))
    assert "committee-not-allowed" in {item["code"] for item in data}


def test_reader_findings_carry_the_cell_code(book, run_cli):
    info = add_cell(book, official=5)
    row = info.member_rows[info.official[2]]
    book.set("Đảng viên", row, "Dân tộc", "#REF!")
    findings = findings_of(book.save())
    found = with_code(findings, "bad-value")
    assert [(f.row, f.column, f.cell_code) for f in found] == [(row, "Dân tộc", "CB01")]


def test_dropped_row_finding_keeps_its_cell_code(book):
    add_cell(book, "CB01", official=5)
    info = add_cell(book, "CB02", official=5, first_person=30)
    row = info.member_rows[info.official[1]]
    book.set("Đảng viên", row, "Ngày sinh", "không rõ")
    findings = findings_of(book.save())
    found = with_code(findings, "bad-date")
    assert [(f.sheet, f.row, f.column) for f in found] == [("Đảng viên", row, "Ngày sinh")]
    assert found[0].cell_code == "CB02"

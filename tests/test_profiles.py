"""Rules profiles as data (SPEC §3 "Profiles"): built-in sets of rules, each value with its source."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import Book, add_cell, describe, errors, findings_of, with_code
from openpyxl import load_workbook

from generator.checking.profile import (
    PROFILE_KEY,
    SETTINGS,
    builtin_profiles,
    default_profile,
    new_workbook_profile,
)
from generator.reading.blank import blank_workbook

D = dt.date
CENTRAL = "Trung ương 2026"
EARLIER = "Trung ương 2025"  # for congresses before the 2026 document format
# A ward of the merged city of Cần Thơ, after the district level was abolished (1/7/2025).
CITY = {
    "Đảng bộ cấp trên": "Đảng bộ thành phố Cần Thơ",
    "Văn bản chỉ đạo": "Kế hoạch số 12-KH/TU ngày 05/01/2027 của Ban Thường vụ Thành ủy Cần Thơ "
    "về đại hội chi bộ trực thuộc đảng ủy cơ sở",
    "Nhiệm kỳ": "2027 - 2032",
    "Nhiệm kỳ trước": "2022 - 2027",
}
WARD = {
    "Đảng bộ cơ sở": "Đảng bộ phường Ninh Kiều",
    "Địa danh": "Ninh Kiều",
    "Địa điểm": "Nhà văn hóa khu vực 3",
    "Tên chi bộ": "Chi bộ Khu vực 3",
}
CONGRESS_2027, NOTICE_2027 = D(2027, 5, 14), D(2027, 3, 1)


def city_book(tmp_path, profile: str | None = CENTRAL, **settings) -> Book:
    """A blank workbook (no district named yet) with the city's settings and one ward cell."""
    book = Book(tmp_path, blank_workbook())
    for key, value in (({PROFILE_KEY: profile} if profile else {}) | CITY | settings).items():
        book.add("Cấu hình", {"Khóa": key, "Giá trị": value})
    return book


def city_cell(book: Book, **values):
    return add_cell(
        book,
        official=13,
        seats=5,
        congress=CONGRESS_2027,
        notice=NOTICE_2027,
        **(WARD | values),
    )


def test_every_builtin_profile_gives_every_setting_a_source_and_an_explanation():
    profiles = builtin_profiles()
    assert list(profiles) == ["Kế hoạch Phụng Hiệp 2024", EARLIER, CENTRAL]
    assert default_profile().name == "Kế hoạch Phụng Hiệp 2024"
    for profile in profiles.values():
        keys = [rule.key for rule in profile.rules if not rule.fixed]
        assert sorted(keys) == sorted(SETTINGS), profile.name
        for rule in profile.rules:
            assert rule.source.strip() and rule.explanation.strip(), (profile.name, rule.key)
    central = profiles[CENTRAL]
    assert central.committee_tiers == ((9, 7),) and central.fixed_surplus_seats == (3, 5)
    assert central.congress_start is None and central.term is None and central.superior is None
    assert not central.delegates and central.term_margin_months == 6


def test_quy_dinh_prints_every_rule_with_value_and_source(run_cli):
    for name, profile in builtin_profiles().items():
        result = run_cli("quy-dinh", "--bo", name)
        assert result.code == 0, result.err
        assert f'"{name}"' in result.out.splitlines()[0]
        for rule in profile.rules:
            assert f"{rule.key}: {rule.shown}" in result.out
            assert f"Nguồn: {rule.source}" in result.out
    default = run_cli("quy-dinh")
    assert default.code == 0 and default_profile().name in default.out.splitlines()[0]


def test_quy_dinh_with_an_unknown_name_suggests_the_closest(run_cli):
    result = run_cli("quy-dinh", "--bo", "Trung uong")
    assert result.code == 1
    assert f'Có phải là "{CENTRAL}"?' in result.err
    assert run_cli("quy-dinh", "--bo", "trung uong 2025").code == 0  # typed without Unikey


@pytest.mark.parametrize("name", [None, CENTRAL])
def test_guide_lists_every_rule_of_the_profile_with_value_and_source(tmp_path, run_cli, name):
    path = tmp_path / "so_lieu.xlsx"
    assert run_cli("init", path, *(["--bo", name] if name else [])).code == 0
    profile = builtin_profiles()[name] if name else new_workbook_profile()  # init: the newest
    rows = [[c.value for c in row] for row in load_workbook(path)["Hướng dẫn"].iter_rows(max_col=5)]
    by_key = {row[0]: row for row in rows if row[0]}
    for rule in profile.rules:
        key = f"{rule.key} (quy định chung)" if rule.fixed else rule.key
        assert by_key[key][1:] == [rule.shown, None, rule.explanation, rule.source], key
    assert by_key[PROFILE_KEY][1] == profile.name


def test_check_and_build_name_the_profile_on_their_first_line(tmp_path, run_cli):
    book = city_book(tmp_path)
    city_cell(book)
    path = book.save()
    check = run_cli("check", path)
    assert check.out.splitlines()[0].startswith(f'Bộ quy định: "{CENTRAL}"'), check.out
    build = run_cli("build", path, "-o", tmp_path / "out", "--chi-bo", "CB01")
    assert build.out.splitlines()[0].startswith(f'Bộ quy định: "{CENTRAL}"'), build.out


def test_default_place_values_used_unchanged_give_one_warning(tmp_path):
    plain = Book(tmp_path, blank_workbook())
    add_cell(plain, official=10)
    findings = findings_of(plain.save("plain.xlsx"))
    place = with_code(findings, "profile-place")
    assert len(place) == 1 and not place[0].is_error, describe(findings)
    assert place[0].sheet == "Cấu hình" and "Đảng bộ cấp trên" in place[0].message
    # the seed's plan has no number nor date yet: one more warning, naming the key to fill
    blank = with_code(findings, "plan-reference-blank")
    assert [(f.severity, f.sheet) for f in blank] == [("warning", "Cấu hình")]
    assert '"Văn bản chỉ đạo"' in blank[0].message
    assert [f for f in findings if f not in place + blank] == [], describe(findings)

    named = Book(tmp_path)  # the test helper names the superior body and the plan
    add_cell(named, official=10)
    assert findings_of(named.save("named.xlsx")) == []


def test_unknown_profile_is_an_error_with_the_closest_name(tmp_path):
    book = Book(tmp_path)
    add_cell(book, official=10)
    row = book.add("Cấu hình", {"Khóa": "Bộ quy định", "Giá trị": "Trung ương 2036"})
    found = with_code(findings_of(book.save()), "unknown-profile")
    assert [(f.sheet, f.row, f.column, f.is_error) for f in found] == [
        ("Cấu hình", row, "Giá trị", True)
    ]
    assert f'Có phải là "{CENTRAL}"?' in found[0].message


def test_central_profile_accepts_a_ward_cell_of_2027_that_the_district_plan_rejects(tmp_path):
    book = city_book(tmp_path)
    city_cell(book)
    findings = findings_of(book.save("central.xlsx"))
    assert errors(findings) == [], describe(findings)
    assert not with_code(findings, "congress-date-window"), describe(findings)

    book = city_book(tmp_path, profile=None)
    city_cell(book)
    findings = findings_of(book.save("district.xlsx"))
    assert {f.code for f in errors(findings)} == {"committee-size", "congress-date-window"}


def test_central_profile_needs_the_superior_body_the_plan_and_the_terms(tmp_path):
    book = Book(tmp_path, blank_workbook())
    book.add("Cấu hình", {"Khóa": PROFILE_KEY, "Giá trị": CENTRAL})
    info = city_cell(book)
    findings = errors(findings_of(book.save()))
    general = with_code(findings, "setting-missing")
    assert sorted(f.message.split('"')[5] for f in general if f.sheet == "Cấu hình") == [
        "Văn bản chỉ đạo",
        "Đảng bộ cấp trên",
    ]
    at_cell = [(f.row, f.column) for f in general if f.sheet == "Chi bộ"]
    assert at_cell == [(info.row, "Nhiệm kỳ"), (info.row, "Nhiệm kỳ trước")]

    book.set("Chi bộ", info.row, "Nhiệm kỳ", "2027 - 2032")
    book.set("Chi bộ", info.row, "Nhiệm kỳ trước", "2022 - 2027")
    assert [f.sheet for f in with_code(findings_of(book.save()), "setting-missing")] == [
        "Cấu hình",
        "Cấu hình",
    ]


def test_congress_far_from_the_end_of_the_outgoing_term_is_a_warning(tmp_path):
    book = city_book(tmp_path, **{"Nhiệm kỳ trước": "2020 - 2025"})
    city_cell(book)
    found = with_code(findings_of(book.save()), "congress-date-window")
    assert [(f.severity, f.column) for f in found] == [("warning", "Ngày đại hội")]
    assert "01/7/2024" in found[0].message and "30/6/2026" in found[0].message


def test_delegates_outside_the_profile_are_a_warning(tmp_path):
    book = city_book(tmp_path)
    info = city_cell(book, **{"Số đại biểu dự đại hội cấp trên": 1})
    book.add(
        "Nhân sự",
        {
            "Mã chi bộ": "CB01",
            "Họ và tên": info.official[2],
            "Dự kiến": "Đại biểu dự đại hội cấp trên",
        },
    )
    findings = findings_of(book.save())
    assert errors(findings) == [], describe(findings)
    found = with_code(findings, "delegates-not-in-profile")
    assert [(f.row, f.column) for f in found] == [(info.row, "Số đại biểu dự đại hội cấp trên")]


def test_one_setting_overrides_one_value_of_the_chosen_profile(tmp_path):
    book = city_book(tmp_path, **{"Số chi ủy viên tối đa": "9: 3; 15: 5; 21: 7"})
    city_cell(book)
    found = with_code(findings_of(book.save()), "committee-size")
    assert len(found) == 1 and found[0].is_error


def test_init_with_a_profile_chooses_it(tmp_path, run_cli):
    path = tmp_path / "so_lieu.xlsx"
    assert run_cli("init", path, "--bo", "trung uong 2025").code == 0
    rows = [[c.value for c in row] for row in load_workbook(path)["Cấu hình"].iter_rows(min_row=2)]
    assert rows == [[PROFILE_KEY, EARLIER]]
    findings = findings_of(path)
    missing = [f.message for f in findings if f.code == "setting-missing"]
    assert {f.code for f in findings} == {"no-cells", "setting-missing"}, describe(findings)
    assert len(missing) == 2 and "Đảng bộ thành phố Cần Thơ" in missing[0]
    assert EARLIER in run_cli("check", path).out.splitlines()[0]

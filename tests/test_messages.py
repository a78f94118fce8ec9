"""Messages for odd input: one clear Vietnamese finding per mistake, never a traceback."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import zipfile

import pytest
from conftest import D, add_cell, describe, errors, findings_of, with_code

from generator.checking.check import check_workbook

IMPLAUSIBLE_DATES = [
    D(1, 1, 1),
    "01/01/0001",
    D(9999, 12, 31),
    "31/12/9999",
    D(1850, 6, 1),
    "15/12/2101",
    dt.datetime(1899, 12, 31),  # Excel serial 0: reads back as a time of day
]


def places(findings):
    return [(f.code, f.sheet, f.row, f.column) for f in findings]


@pytest.mark.parametrize("value", IMPLAUSIBLE_DATES)
def test_implausible_congress_date_is_one_finding(book, run_cli, value):
    info = add_cell(book, official=5)
    book.set("Chi bộ", info.row, "Ngày đại hội", value)
    path = book.save()
    result = run_cli("check", path)
    assert result.code == 1
    assert "Traceback" not in result.out + result.err
    found = errors(findings_of(path))
    assert places(found) == [("bad-date", "Chi bộ", info.row, "Ngày đại hội")], describe(found)
    assert "ngày/tháng/năm" in found[0].message


@pytest.mark.parametrize("header", ["Ngày sinh", "Ngày vào Đảng", "Ngày chính thức"])
@pytest.mark.parametrize("value", [D(1, 1, 1), "31/12/9999"])
def test_implausible_member_date_is_one_finding(book, value, header):
    info = add_cell(book, official=5)
    row = info.member_rows[info.secretary]
    book.set("Đảng viên", row, header, value)
    found = errors(findings_of(book.save()))
    assert places(found) == [("bad-date", "Đảng viên", row, header)], describe(found)
    assert "năm" in found[0].message and "1900" in found[0].message


def test_year_one_congress_date_through_the_real_command(book):
    info = add_cell(book, official=5)
    book.set("Chi bộ", info.row, "Ngày đại hội", "01/01/0001")
    path = book.save()
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert f'dòng {info.row}, cột I "Ngày đại hội"' in result.stdout
    assert "01/01/0001" in result.stdout


# --- namesakes: the advice, followed to the letter, is accepted ------------------------------


def add_namesake(book, info, born) -> int:
    """A second member with the name of the cell's bí thư, born on `born`."""
    return book.add(
        "Đảng viên",
        {
            "Mã chi bộ": info.code,
            "Họ và tên": info.secretary,
            "Giới tính": "Nam",
            "Ngày sinh": born,
            "Ngày vào Đảng": D(2010, 1, 1),
            "Ngày chính thức": D(2011, 1, 1),
            "Tình trạng": "Chính thức",
        },
    )


def advised_name(message: str) -> str:
    return re.search(r'ví dụ "([^"]+)"', message).group(1)


@pytest.mark.parametrize(
    "born, suffix",
    [(D(1980, 7, 7), "(1992)"), (D(1992, 7, 7), "(12/03/1992)"), ("1985", "(1992)")],
)
@pytest.mark.parametrize("sheet", ["Nhân sự", "Phân công"])
def test_namesake_advice_is_accepted(book, born, suffix, sheet):
    info = add_cell(book, official=5)
    twin = add_namesake(book, info, born)
    rows = (
        [info.nomination_rows[(info.secretary, "Bí thư")]]
        if sheet == "Nhân sự"
        else [row for (task, name), row in info.assignment_rows.items() if name == info.secretary]
    )
    found = errors(findings_of(book.save()))
    ambiguous = [f for f in found if f.sheet == sheet]
    assert places(ambiguous) == [("ambiguous-person", sheet, r, "Họ và tên") for r in rows]
    message = ambiguous[0].message
    assert f'dòng {info.member_rows[info.secretary]} và {twin} sheet "Đảng viên"' in message
    advice = advised_name(message)
    assert advice == f"{info.secretary} {suffix}"
    for row in rows:
        book.set(sheet, row, "Họ và tên", advice)
    checked = check_workbook(book.save())
    left = [f for f in errors(checked.findings) if f.sheet == sheet]
    assert left == [], describe(left)
    cell = checked.congresses.cells[0]
    picked = cell.nominees("Bí thư") if sheet == "Nhân sự" else cell.assigned("Chủ tịch đại hội")
    picked = [getattr(p, "member", p) for p in picked]
    assert [(m.name, m.origin.row) for m in picked] == [
        (info.secretary, info.member_rows[info.secretary])
    ]


def test_namesakes_born_the_same_day_get_advice_that_says_so(book):
    info = add_cell(book, official=5)
    add_namesake(book, info, D(1992, 3, 12))
    found = with_code(findings_of(book.save()), "ambiguous-person")
    assert found and all("trùng cả họ tên và năm sinh" in f.message for f in found)
    assert all("xóa dòng thừa" in f.message for f in found)


def test_namesake_suffix_with_a_wrong_year_names_the_real_births(book):
    info = add_cell(book, official=5)
    add_namesake(book, info, D(1980, 7, 7))
    row = info.nomination_rows[(info.secretary, "Bí thư")]
    book.set("Nhân sự", row, "Họ và tên", f"{info.secretary} (1999)")
    found = [f for f in errors(findings_of(book.save())) if f.sheet == "Nhân sự"]
    assert places(found) == [("unknown-person", "Nhân sự", row, "Họ và tên")]
    assert "12/03/1992" in found[0].message and "07/07/1980" in found[0].message


# --- invisible characters -------------------------------------------------------------------

INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e"]


@pytest.mark.parametrize("mark", INVISIBLES)
def test_invisible_characters_in_names_are_removed_and_warned_once_per_column(book, mark):
    info = add_cell(book, official=5)
    marked = [info.official[1], info.official[3]]
    for person in marked:  # as pasted from a chat app: the mark inside and at the end
        first, rest = person.split(" ", 1)
        book.set("Đảng viên", info.member_rows[person], "Họ và tên", f"{first}{mark} {rest}{mark}")
    assign = book.add(
        "Phân công",
        {"Mã chi bộ": "CB01", "Nhiệm vụ": "Tham luận", "Họ và tên": mark + info.official[1]},
    )
    checked = check_workbook(book.save())
    found = checked.findings
    assert places(found) == [
        ("invisible-character", "Đảng viên", info.member_rows[marked[0]], "Họ và tên"),
        ("invisible-character", "Phân công", assign, "Họ và tên"),
    ], describe(found)
    assert all(f.severity == "warning" for f in found)
    rows = sorted(info.member_rows[p] for p in marked)
    assert f"02 ô của cột này (dòng {rows[0]}, {rows[1]})" in found[0].message
    assert "ký tự ẩn" in found[0].message
    cell = checked.congresses.cells[0]
    assert {m.name for m in cell.members} == set(info.official)
    assert [m.name for m in cell.assigned("Tham luận")] == [info.official[1]]


def test_a_cell_of_only_invisible_characters_is_blank(book):
    info = add_cell(book, official=5)
    book.set("Chi bộ", info.row, "Địa điểm", "\u200b\ufeff")
    found = findings_of(book.save())
    assert places(errors(found)) == [("bad-value", "Chi bộ", info.row, "Địa điểm")]
    assert "bắt buộc" in errors(found)[0].message


def test_invisible_characters_in_headers_and_vocabularies_are_ignored(book):
    info = add_cell(book, official=5)
    book.rename_header("Đảng viên", "Ngày sinh", "Ngày\u200b sinh")
    book.set("Chi bộ", info.row, "Loại chi bộ", "\ufeffẤp")
    found = findings_of(book.save())
    assert [f.code for f in found] == ["invisible-character"], describe(found)


# --- numbers written the Vietnamese way -----------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1.234,5", 1234.5),
        ("1.234", 1234),
        ("1.234.567,25", 1234567.25),
        ("12.345,0", 12345),
        ("2,5", 2.5),
        ("2.5", 2.5),  # one or two digits after a dot: a decimal point
        ("0.234", 0.234),  # a leading zero never groups thousands
        ("1 234,5", 1234.5),
        ("1\u00a0234", 1234),
    ],
)
def test_vietnamese_number_text(book, text, expected):
    add_cell(book, official=5)
    book.add(
        "Chỉ tiêu",
        {"Mã chi bộ": "CB01", "Chỉ tiêu": "Thu nhập bình quân", "Kết quả thực hiện": text},
    )
    checked = check_workbook(book.save())
    assert checked.findings == [], describe(checked.findings)
    assert checked.congresses.cells[0].targets[0].result == expected


@pytest.mark.parametrize("text, expected", [("1.234", 1234), ("1.000", 1000), ("12", 12)])
def test_thousands_dot_in_a_count(book, text, expected):
    add_cell(book, official=5)
    book.add("Xếp loại", {"Mã chi bộ": "CB01", "Năm": "2.023", "Hoàn thành tốt nhiệm vụ": text})
    checked = check_workbook(book.save())
    assert checked.findings == [], describe(checked.findings)
    classification = checked.congresses.cells[0].classifications[0]
    assert (classification.year, classification.good) == (2023, expected)


@pytest.mark.parametrize("text", ["1,234", "1.234,5", "1,234.5"])
def test_ambiguous_or_fractional_count_is_one_finding(book, text):
    add_cell(book, official=5)
    row = book.add("Xếp loại", {"Mã chi bộ": "CB01", "Năm": 2023, "Hoàn thành tốt nhiệm vụ": text})
    found = findings_of(book.save())
    assert places(found) == [("bad-value", "Xếp loại", row, "Hoàn thành tốt nhiệm vụ")]
    assert text in found[0].message
    if text == "1,234":
        assert "dấu phẩy là dấu thập phân" in found[0].message


# --- merged cells and formulas without a value (read from the sheet XML) --------------------


def test_cell_code_merged_down_the_member_rows_is_read_on_every_row(book, run_cli):
    info = add_cell(book, official=5)
    rows = sorted(info.member_rows.values())
    for row in rows[1:]:
        book.set("Đảng viên", row, "Mã chi bộ", None)
    book.ws("Đảng viên").merge_cells(f"A{rows[0]}:A{rows[-1]}")
    path = book.save()
    checked = check_workbook(path)
    assert places(checked.findings) == [("merged-cells", "Đảng viên", rows[0], "Mã chi bộ")]
    warning = checked.findings[0]
    assert warning.severity == "warning"
    assert "ô gộp" in warning.message and f"A{rows[0]}:A{rows[-1]}" in warning.message
    assert len(checked.congresses.cells[0].members) == 5
    assert run_cli("check", path).code == 0


def test_cells_merged_across_columns_are_one_error_not_blanks(book, run_cli):
    info = add_cell(book, official=5)
    book.ws("Chi bộ").merge_cells(f"D{info.row}:E{info.row}")  # "Đảng bộ cơ sở" over "Địa danh"
    path = book.save()
    found = findings_of(path)
    assert places(found) == [("merged-cells", "Chi bộ", info.row, "Địa danh")], describe(found)
    assert found[0].severity == "error"
    assert f"D{info.row}:E{info.row}" in found[0].message and "ô gộp" in found[0].message
    result = run_cli("check", path)
    assert result.code == 1 and "Traceback" not in result.out + result.err


def test_member_fields_merged_across_columns_do_not_cascade(book):
    info = add_cell(book, official=5)
    row = info.member_rows[info.secretary]  # named on "Nhân sự" and "Phân công"
    book.ws("Đảng viên").merge_cells(f"B{row}:C{row}")  # "Họ và tên" over "Giới tính"
    found = errors(findings_of(book.save()))
    assert places(found) == [("merged-cells", "Đảng viên", row, "Giới tính")], describe(found)


def test_formula_without_a_saved_value_is_one_finding_for_the_file(book, run_cli):
    first = add_cell(book, "CB01", official=10)
    second = add_cell(book, "CB02", official=5, first_person=20)
    book.set("Chi bộ", first.row, "Số chi ủy viên", "=1+2")  # openpyxl saves no result
    book.set("Đảng viên", second.member_rows[second.official[1]], "Ngày sinh", "=DATE(1980,1,2)")
    path = book.save()
    checked = check_workbook(path)
    assert places(checked.findings) == [
        ("formula-no-value", "Chi bộ", first.row, "Số chi ủy viên")
    ], describe(checked.findings)
    finding = checked.findings[0]
    assert finding.is_error and finding.cell_code is None  # it stops every cell
    assert "hãy mở tệp bằng excel và lưu lại" in finding.message.lower()
    assert "02 ô" in finding.message and '"Đảng viên"' in finding.message
    result = run_cli("check", path)
    assert result.code == 1 and "Traceback" not in result.out + result.err


def test_formula_saved_with_its_value_is_read(book, tmp_path):
    info = add_cell(book, official=10)
    book.set("Chi bộ", info.row, "Số chi ủy viên", "=1+2")
    path = book.save()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(tmp_path / "saved"),
            str(path),
        ],
        check=True,
        capture_output=True,
    )
    checked = check_workbook(tmp_path / "saved" / path.name)
    assert checked.findings == [], describe(checked.findings)
    assert checked.congresses.cells[0].committee_seats == 3


# --- no English system text, no overflow from a setting -------------------------------------


@pytest.mark.parametrize("value, shown", [(True, '"TRUE"'), (2.5, '"2,5"'), ("=1/0", None)])
def test_values_are_quoted_as_excel_shows_them(book, value, shown):
    info = add_cell(book, official=10)
    book.set("Chi bộ", info.row, "Số chi ủy viên", value)
    found = errors(findings_of(book.save()))
    expected = "formula-no-value" if shown is None else "bad-value"
    assert places(found) == [(expected, "Chi bộ", info.row, "Số chi ủy viên")], describe(found)
    if shown:
        assert shown in found[0].message
    for english in ("True", "None", "Error", "2.5", "nan"):
        assert english not in found[0].message


@pytest.mark.parametrize(
    "key", ["Số ngày làm việc thông báo trước", "Số ngày gửi báo cáo kết quả", "Tuổi cán bộ trẻ"]
)
def test_a_huge_setting_is_one_finding_not_an_overflow(book, run_cli, key):
    add_cell(book, official=10)
    row = book.add("Cấu hình", {"Khóa": key, "Giá trị": "1000000"})
    path = book.save()
    result = run_cli("check", path)
    assert result.code == 1 and "Traceback" not in result.out + result.err
    found = errors(findings_of(path))
    assert places(found) == [("bad-value", "Cấu hình", row, "Giá trị")], describe(found)
    assert "quá lớn" in found[0].message


def test_unreadable_file_message_names_no_python_exception(run_cli, tmp_path):
    path = tmp_path / "hong.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<không phải xml")
    result = run_cli("check", path)
    assert result.code == 2 and "Traceback" not in result.err
    assert "hỏng" in result.err
    assert not re.search(r"\b[A-Z][a-z]+(Error|Exception)\b", result.err)


def test_birth_year_written_on_the_member_sheet_too_is_still_found(book):
    info = add_cell(book, official=5)
    add_namesake(book, info, D(1980, 7, 7))
    written = f"{info.secretary} (1992)"
    book.set("Đảng viên", info.member_rows[info.secretary], "Họ và tên", written)
    for (_task, name), row in info.assignment_rows.items():
        if name == info.secretary:
            book.set("Phân công", row, "Họ và tên", written)
    book.set("Nhân sự", info.nomination_rows[(info.secretary, "Bí thư")], "Họ và tên", written)
    found = errors(findings_of(book.save()))
    assert found == [], describe(found)

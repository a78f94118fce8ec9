"""Reading the workbook: tolerant of clerks' habits, strict on vocabularies, clear on bad files."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zipfile

import pytest
from conftest import (
    Book,
    D,
    add_cell,
    describe,
    errors,
    findings_of,
    nfd,
    with_code,
)

from generator.checking.check import check_workbook
from generator.findings import UnusableInput
from generator.reading.blank import blank_workbook
from generator.reading.workbook import BirthDate


def messy(text: str) -> str:
    """How a header may arrive: other case, extra spaces, decomposed Unicode."""
    return "  " + nfd(text.upper()).replace(" ", "   ") + " "


def cell_of(path, code="CB01"):
    checked = check_workbook(path)
    return next(c for c in checked.congresses.cells if c.code == code), checked.findings


# --- headers, sheet names, Unicode ----------------------------------------------------------


def test_headers_match_ignoring_case_spaces_and_composition(book):
    add_cell(book, official=10)
    for worksheet in book.wb.worksheets[1:]:
        for cell in worksheet[1]:
            if isinstance(cell.value, str):
                cell.value = messy(cell.value)
    assert nfd("Mã chi bộ") != "Mã chi bộ"
    findings = findings_of(book.save())
    assert findings == [], describe(findings)


def test_sheet_names_match_ignoring_case_spaces_and_composition(book):
    add_cell(book, official=10)
    for worksheet in book.wb.worksheets[1:]:
        worksheet.title = nfd(worksheet.title.lower()) + " "
    path = book.save()
    cell, findings = cell_of(path)
    assert findings == [], describe(findings)
    assert len(cell.official_members) == 10


def test_names_are_nfc_and_capitalised(book):
    info = add_cell(book, official=5)
    row = info.member_rows[info.official[2]]
    book.set("Đảng viên", row, "Họ và tên", nfd("  trần   thị  ánh "))
    book.add(
        "Phân công", {"Mã chi bộ": "CB01", "Nhiệm vụ": "Tham luận", "Họ và tên": "Trần Thị Ánh"}
    )
    book.set("Chi bộ", info.row, "Địa danh", nfd("Hiệp  Hưng"))
    cell, findings = cell_of(book.save())
    assert errors(findings) == [], describe(findings)
    names = [m.name for m in cell.members]
    assert "Trần Thị Ánh" in names
    assert all(unicodedata.is_normalized("NFC", name) for name in names)
    assert cell.place == "Hiệp Hưng"
    assert [a.member.name for a in cell.assignments if a.task == "Tham luận"] == ["Trần Thị Ánh"]


def test_nfd_name_in_personnel_sheet_finds_the_member(book):
    info = add_cell(book, official=5)
    book.set(
        "Nhân sự",
        info.nomination_rows[(info.secretary, "Bí thư")],
        "Họ và tên",
        nfd(info.secretary.upper()),
    )
    findings = findings_of(book.save())
    assert findings == [], describe(findings)


# --- values ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        (dt.datetime(2024, 12, 5), D(2024, 12, 5)),
        (D(2024, 12, 5), D(2024, 12, 5)),
        ("5/12/2024", D(2024, 12, 5)),
        ("05/12/2024", D(2024, 12, 5)),
        (" 05/12/2024 ", D(2024, 12, 5)),
        ("05-12-2024", D(2024, 12, 5)),
        (45631, D(2024, 12, 5)),  # a date serial in a cell that lost its date format
    ],
)
def test_dates(book, value, expected):
    info = add_cell(book, official=5, notice=D(2024, 9, 4))
    book.set("Chi bộ", info.row, "Ngày đại hội", value)
    if isinstance(value, int):
        book.ws("Chi bộ").cell(row=info.row, column=9).number_format = "General"
    cell, findings = cell_of(book.save())
    assert cell.congress_date == expected
    assert findings == [], describe(findings)


@pytest.mark.parametrize("value", ["31/02/2024", "5/12/24", "ngày 5 tháng 12", "12/2024"])
def test_unreadable_date(book, value):
    info = add_cell(book, official=5)
    book.set("Chi bộ", info.row, "Ngày đại hội", value)
    found = with_code(findings_of(book.save()), "bad-date")
    assert [(f.severity, f.sheet, f.row, f.column) for f in found] == [
        ("error", "Chi bộ", info.row, "Ngày đại hội")
    ]
    assert "ngày/tháng/năm" in found[0].message


@pytest.mark.parametrize(
    "value, expected",
    [
        (1975, BirthDate(D(1975, 1, 1), year_only=True)),
        ("1975", BirthDate(D(1975, 1, 1), year_only=True)),
        (" 1975 ", BirthDate(D(1975, 1, 1), year_only=True)),
        (D(1975, 3, 12), BirthDate(D(1975, 3, 12))),
        ("12/3/1975", BirthDate(D(1975, 3, 12))),
    ],
)
def test_birth_date_or_year(book, value, expected):
    info = add_cell(book, official=5)
    name = info.official[3]
    row = info.member_rows[name]
    book.set("Đảng viên", row, "Ngày sinh", value)
    book.ws("Đảng viên").cell(row=row, column=4).number_format = "General"
    cell, findings = cell_of(book.save())
    assert findings == [], describe(findings)
    member = next(m for m in cell.members if m.name == name)
    assert member.birth == expected


def test_bare_year_typed_into_the_init_template(book):
    info = add_cell(book, official=5)
    name = info.official[3]
    row = info.member_rows[name]
    template = blank_workbook()["Đảng viên"]
    assert template["D1"].value == "Ngày sinh"
    typed_format = template.column_dimensions["D"].number_format
    if typed_format == "General":
        typed_format = template.cell(row=row, column=4).number_format
    # What Excel stores when the clerk types 1975 into that column of the template.
    book.set("Đảng viên", row, "Ngày sinh", 1975)
    book.ws("Đảng viên").cell(row=row, column=4).number_format = typed_format
    cell, findings = cell_of(book.save())
    member = next(m for m in cell.members if m.name == name)
    assert member.birth == BirthDate(D(1975, 1, 1), year_only=True), findings


def test_numbers_stored_as_text(book):
    info = add_cell(book, official=10)
    book.set("Chi bộ", info.row, "Số chi ủy viên", "3")
    book.add(
        "Chỉ tiêu",
        {
            "Mã chi bộ": "CB01",
            "Chỉ tiêu": "Kết nạp đảng viên mới",
            "Chỉ tiêu nhiệm kỳ trước": "2",
            "Kết quả thực hiện": "2,5",
            "Chỉ tiêu nhiệm kỳ mới": "1.234",
        },
    )
    book.add("Xếp loại", {"Mã chi bộ": "CB01", "Năm": "2023", "Hoàn thành tốt nhiệm vụ": " 7 "})
    cell, findings = cell_of(book.save())
    assert findings == [], describe(findings)
    assert cell.committee_seats == 3
    target = cell.targets[0]
    assert (target.previous_target, target.result, target.new_target) == (2, 2.5, 1234)
    assert (cell.classifications[0].year, cell.classifications[0].good) == (2023, 7)


@pytest.mark.parametrize("value", ["ba", "3,5", "-1"])
def test_bad_number(book, value):
    info = add_cell(book, official=10)
    book.set("Chi bộ", info.row, "Số chi ủy viên", value)
    found = with_code(findings_of(book.save()), "bad-value")
    assert [(f.row, f.column) for f in found] == [(info.row, "Số chi ủy viên")]


@pytest.mark.parametrize("value", ["x", "X", "Có", "có", " CÓ ", nfd("có")])
def test_yes_values(book, value):
    info = add_cell(book, official=6, **{"Bầu phó bí thư": value})
    book.add(
        "Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": info.official[1], "Dự kiến": "Phó bí thư"}
    )
    book.set("Đảng viên", info.member_rows[info.official[3]], "Miễn sinh hoạt", value)
    cell, findings = cell_of(book.save())
    assert findings == [], describe(findings)
    assert cell.elect_deputy is True
    assert [m.name for m in cell.exempt_members] == [info.official[3]]


def test_blank_means_no(book):
    info = add_cell(book, official=6)
    cell, _ = cell_of(book.save())
    assert cell.elect_deputy is False
    assert cell.exempt_members == []
    assert info.exempt == []


@pytest.mark.parametrize(
    "value, expected",
    [
        ("07:30", dt.time(7, 30)),
        ("7h30", dt.time(7, 30)),
        ("7 giờ", dt.time(7, 0)),
        (dt.time(14, 0), dt.time(14, 0)),
    ],
)
def test_opening_time(book, value, expected):
    info = add_cell(book, official=5)
    book.set("Chi bộ", info.row, "Giờ khai mạc", value)
    cell, findings = cell_of(book.save())
    assert findings == [], describe(findings)
    assert cell.opening_time == expected


def test_unknown_gender_is_bad_value_naming_the_choices(book):
    info = add_cell(book, official=5, probationary=1)
    row = info.member_rows[info.probationary[0]]
    book.set("Đảng viên", row, "Giới tính", "Nam giới")
    found = with_code(findings_of(book.save()), "bad-value")
    assert [(f.severity, f.sheet, f.row, f.column) for f in found] == [
        ("error", "Đảng viên", row, "Giới tính")
    ]
    assert '"Nam"' in found[0].message and '"Nữ"' in found[0].message
    assert "Nam giới" in found[0].message


def test_vocabulary_ignores_case_and_composition(book):
    info = add_cell(book, official=5)
    book.set("Chi bộ", info.row, "Loại chi bộ", nfd(" ấp "))
    book.set("Đảng viên", info.member_rows[info.official[1]], "Tình trạng", "CHÍNH THỨC")
    cell, findings = cell_of(book.save())
    assert findings == [], describe(findings)
    assert cell.kind == "Ấp"


def test_unknown_cell_type_is_bad_value(book, run_cli):
    info = add_cell(book, official=5)
    book.set("Chi bộ", info.row, "Loại chi bộ", "Xã")
    path = book.save()
    result = run_cli("check", path)
    assert "Traceback" not in result.out + result.err
    assert result.code == 1
    found = with_code(findings_of(path), "bad-value")
    assert [(f.sheet, f.row, f.column) for f in found] == [("Chi bộ", info.row, "Loại chi bộ")]
    for kind in ("Ấp", "Cơ quan", "Đơn vị sự nghiệp", "Doanh nghiệp", "Công an", "Quân sự"):
        assert f'"{kind}"' in found[0].message


@pytest.mark.parametrize("error", ["#REF!", "#N/A", "#DIV/0!", "#VALUE!"])
def test_formula_error_cell(book, run_cli, error):
    info = add_cell(book, official=5)
    book.set("Chi bộ", info.row, "Ngày đại hội", error)
    path = book.save()
    found = with_code(findings_of(path), "bad-value")
    assert [(f.severity, f.sheet, f.row, f.column) for f in found] == [
        ("error", "Chi bộ", info.row, "Ngày đại hội")
    ]
    assert error in found[0].message
    result = run_cli("check", path)
    assert result.code == 1
    assert "Traceback" not in result.out + result.err
    assert error in result.out


@pytest.mark.parametrize("value", ["nan", "1e400"])
def test_non_finite_number_is_bad_value(book, run_cli, value):
    info = add_cell(book, official=5)
    book.set("Chi bộ", info.row, "Số đại biểu dự đại hội cấp trên", value)
    path = book.save()
    result = run_cli("check", path)
    assert "Traceback" not in result.out + result.err
    found = with_code(findings_of(path), "bad-value")
    assert [(f.row, f.column) for f in found] == [(info.row, "Số đại biểu dự đại hội cấp trên")]


def test_required_blank_cell(book):
    info = add_cell(book, official=5)
    book.set("Chi bộ", info.row, "Địa điểm", "   ")
    found = with_code(findings_of(book.save()), "bad-value")
    assert [(f.row, f.column) for f in found] == [(info.row, "Địa điểm")]
    assert "bắt buộc" in found[0].message


# --- layout ---------------------------------------------------------------------------------


def test_blank_rows_in_the_middle_are_skipped(book):
    info = add_cell(book, official=5)
    gap = book.next_row["Đảng viên"] + 2
    book.add("Đảng viên", {"Mã chi bộ": "   ", "Họ và tên": " "}, row=gap - 1)
    late = book.add(
        "Đảng viên",
        {
            "Mã chi bộ": "CB01",
            "Họ và tên": "Lê Văn Muộn",
            "Giới tính": "Nam",
            "Ngày sinh": "1970",
            "Ngày vào Đảng": "01/03/2024",
            "Tình trạng": "Dự bị",
            "Chức vụ Đảng": "Ủy viên",
        },
        row=gap + 1,
    )
    assert late == gap + 1 and late > max(info.member_rows.values()) + 2
    cell, findings = cell_of(book.save())
    assert len(cell.members) == 6
    assert [(f.code, f.sheet, f.row, f.column) for f in findings] == [
        ("bad-value", "Đảng viên", late, "Chức vụ Đảng")
    ]


def test_extra_columns_and_sheets_are_ignored(book):
    add_cell(book, official=10)
    book.add_column("Chi bộ", "Ghi chú của văn phòng")
    book.set("Chi bộ", 2, "Ghi chú của văn phòng", "đã gọi điện")
    book.add_column("Đảng viên", "Số điện thoại")
    book.set("Đảng viên", 3, "Số điện thoại", "0912 345 678")
    extra = book.wb.create_sheet("Nháp", 1)
    extra.append(["gì cũng được", 1, 2])
    extra.append(["#REF!"])
    findings = findings_of(book.save())
    assert findings == [], describe(findings)


def test_columns_in_another_order(book):
    add_cell(book, official=10)
    worksheet = book.ws("Đảng viên")
    worksheet.move_range(f"A1:A{worksheet.max_row}", cols=worksheet.max_column + 1)
    worksheet.delete_cols(1)
    assert worksheet.cell(row=1, column=1).value == "Họ và tên"
    findings = findings_of(book.save())
    assert findings == [], describe(findings)


def test_missing_optional_sheet_is_one_warning_each(book):
    add_cell(book, official=5)
    for sheet in ("Chỉ tiêu", "Xếp loại", "Cấu hình"):
        book.remove_sheet(sheet)
    findings = findings_of(book.save())
    assert not errors(findings), describe(findings)
    # without "Cấu hình" the default profile's district is used unchanged, and its plan has no
    # number nor date yet: a warning each, no more
    assert [(f.code, f.sheet) for f in findings] == [
        ("missing-sheet", "Chỉ tiêu"),
        ("missing-sheet", "Xếp loại"),
        ("missing-sheet", "Cấu hình"),
        ("plan-reference-blank", "Cấu hình"),
        ("profile-place", "Cấu hình"),
    ], describe(findings)


def test_wrong_sheet_dimension_still_reads_every_row(book, tmp_path):
    add_cell(book, official=10)
    source = book.save()
    target = tmp_path / "dimension.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
            new.writestr(item, data)
    findings = findings_of(target)
    assert findings == [], describe(findings)


# --- unusable input -------------------------------------------------------------------------


def unusable(run_cli, path, *words):
    result = run_cli("check", path)
    assert result.code == 2
    assert result.out == ""
    assert "Traceback" not in result.err
    assert result.err.startswith("Không dùng được tệp đầu vào")
    for word in words:
        assert word in result.err, result.err
    with pytest.raises(UnusableInput):
        check_workbook(path)
    return result


def test_missing_file(run_cli, tmp_path):
    unusable(run_cli, tmp_path / "khong_co.xlsx", "Không tìm thấy", "khong_co.xlsx")


def test_csv_file(run_cli, tmp_path):
    path = tmp_path / "so_lieu.csv"
    path.write_text("Mã chi bộ,Tên chi bộ\nCB01,Chi bộ Ấp Mỹ Phú\n", encoding="utf-8")
    unusable(run_cli, path, "CSV", ".xlsx")


def test_text_file_named_xlsx(run_cli, tmp_path):
    path = tmp_path / "so_lieu.xlsx"
    path.write_text("đây không phải tệp Excel", encoding="utf-8")
    unusable(run_cli, path, "không phải tệp Excel")


@pytest.mark.parametrize("name", ["cu.xls", "mat_khau.xlsx"])
def test_old_xls_or_password_protected(run_cli, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
    unusable(run_cli, path, "mật khẩu", ".xlsx")


def test_empty_zip(run_cli, tmp_path):
    path = tmp_path / "rong.xlsx"
    with zipfile.ZipFile(path, "w"):
        pass
    unusable(run_cli, path, "rong.xlsx", "hỏng")


def test_zip_that_is_not_a_workbook(run_cli, tmp_path):
    path = tmp_path / "tai_lieu.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    unusable(run_cli, path, "tai_lieu.xlsx")


def test_directory(run_cli, tmp_path):
    unusable(run_cli, tmp_path, "thư mục")


# --- size -----------------------------------------------------------------------------------


def test_two_hundred_cells_five_thousand_members(tmp_path):
    book = Book(tmp_path)
    for number in range(1, 201):
        add_cell(
            book,
            f"CB{number:03d}",
            official=23,
            probationary=2,
            narrative=False,
            **{"Tên chi bộ": f"Chi bộ Ấp Số {number}"},
        )
    path = book.save()
    checked = check_workbook(path)
    assert errors(checked.findings) == [], describe(errors(checked.findings)[:5])
    assert len(checked.congresses.cells) == 200
    assert sum(len(cell.members) for cell in checked.congresses.cells) == 5000
    assert all(
        cell.committee_seats == 7 and len(cell.nominees("Chi ủy viên")) == 8
        for cell in checked.congresses.cells
    )


def test_a_name_pasted_in_the_old_tcvn3_encoding_is_flagged(book):
    info = add_cell(book, official=5)
    row = info.member_rows[info.official[1]]
    book.set("Đảng viên", row, "Họ và tên", "NguyÔn V¨n B×nh")
    found = with_code(findings_of(book.save()), "legacy-encoding")
    assert [(f.severity, f.sheet, f.row, f.column) for f in found] == [
        ("warning", "Đảng viên", row, "Họ và tên")
    ]
    assert "Unikey" in found[0].message

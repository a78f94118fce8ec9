"""`check --danh-dau`: every finding on its own cell of a copy; the original untouched."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import add_cell, findings_of
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from generator.findings import ERROR, Finding
from generator.reading.markup import AUTHOR, place

REPORT = "Kết quả kiểm tra"
RED, YELLOW = "FFC7CE", "FFEB9C"
CLERK_FILL = "FF00B0F0"

# One unreadable value on each of ten sheets, each in another column: (sheet, header, value).
BROKEN = [
    ("Chi bộ", "Ngày ban hành", "32/13/2024"),
    ("Đảng viên", "Giới tính", "Trai"),
    ("Nhân sự", "Phiếu đồng ý", "mười"),
    ("Phân công", "Nhiệm vụ", "Đánh trống"),
    ("Chỉ tiêu", "Kết quả thực hiện", "nhiều"),
    ("Xếp loại", "Xếp loại chi bộ", "Giỏi"),
    ("Nội dung", "Văn kiện", "Báo cáo năm"),
    ("Góp ý", "Mã chi bộ", "CB99"),  # the draft is free text: a wrong code instead
    ("Kiểm phiếu", "Phiếu hợp lệ", "-3"),
    ("Kết quả bầu cử", "Số phiếu đồng ý", "hai"),
]


def fold_location(finding: Finding) -> tuple:
    return (finding.sheet, finding.row, finding.column)


@pytest.fixture
def broken(book):
    """A valid cell plus one bad value on each of ten sheets; extra things a clerk may have."""
    info = add_cell(book, "CB01", official=9)
    book.add(
        "Chỉ tiêu", {"Mã chi bộ": "CB01", "Chỉ tiêu": "Kết nạp đảng viên", "Kết quả thực hiện": 1}
    )
    book.add("Xếp loại", {"Mã chi bộ": "CB01", "Năm": 2023})
    book.add("Góp ý", {"Mã chi bộ": "CB01", "Người góp ý": info.secretary, "Nội dung": "Ý kiến."})
    book.add(
        "Kiểm phiếu",
        {
            "Mã chi bộ": "CB01",
            "Cuộc bầu": "Chi ủy",
            "Lần bầu": 1,
            "Phiếu phát ra": 9,
            "Phiếu thu vào": 9,
            "Phiếu hợp lệ": 9,
            "Phiếu không hợp lệ": 0,
        },
    )
    book.add(
        "Kết quả bầu cử",
        {
            "Mã chi bộ": "CB01",
            "Cuộc bầu": "Chi ủy",
            "Lần bầu": 1,
            "Họ và tên": info.secretary,
            "Số phiếu đồng ý": 9,
        },
    )
    rows = {}
    for sheet, header, value in BROKEN:
        rows[sheet] = 2
        book.set(sheet, 2, header, value)
    # What must survive in the copy: a formula, a format, a validation, a conditional format,
    # a defined name, a clerk's own comment and fill on a cell that gets marked.
    members = book.ws("Đảng viên")
    members["Z1"] = "Tổng"
    members["Z2"] = "=COUNTA(B2:B100)"
    members["Z2"].number_format = "0.00"
    members.conditional_formatting.add(
        "Z2:Z3",
        CellIsRule(
            operator="greaterThan", formula=["5"], fill=PatternFill("solid", fgColor="FF0000")
        ),
    )
    extra = DataValidation(type="whole", operator="between", formula1="0", formula2="9")
    members.add_data_validation(extra)
    extra.add("Y2:Y10")
    book.wb.defined_names["DanhSach"] = DefinedName("DanhSach", attr_text="'Đảng viên'!$B$2:$B$10")
    cells = book.ws("Chi bộ")
    letter = column_letter(book, "Chi bộ", "Ngày ban hành")
    cells[f"{letter}2"].fill = PatternFill("solid", fgColor=CLERK_FILL)
    cells[f"{letter}2"].comment = Comment("Hỏi lại văn phòng", "Thư")
    return book.save()


def column_letter(book, sheet: str, header: str) -> str:
    from conftest import fold
    from openpyxl.utils import get_column_letter

    return get_column_letter(book.columns(sheet)[fold(header)])


def test_each_finding_sits_on_its_cell_and_the_report_links_to_it(broken, run_cli):
    original = broken.read_bytes()
    findings = findings_of(broken)
    assert {f.sheet for f in findings if f.is_error} >= {sheet for sheet, _, _ in BROKEN}
    result = run_cli("check", broken, "--danh-dau")
    assert result.code == 1
    copy = broken.with_name("so_lieu - đã kiểm tra.xlsx")
    assert str(copy) in result.out
    assert broken.read_bytes() == original

    book = load_workbook(copy)
    assert book.sheetnames[0] == REPORT and book.active.title == REPORT
    for sheet, header, value in BROKEN:
        found = [f for f in findings if f.sheet == sheet and f.column == header]
        assert found, (sheet, header)
        cell = book[sheet][f"{found[0].column_letter}2"]
        assert cell.value == value
        assert cell.comment.author == AUTHOR
        for finding in found:
            assert finding.message in cell.comment.text
            assert f"[{finding.code}]" in cell.comment.text
        assert cell.fill.fgColor.rgb.endswith(RED)
    report = book[REPORT]
    listed = [row for row in report.iter_rows(min_row=3) if row[0].value]
    assert len(listed) == len(findings)
    for row, finding in zip(listed, findings, strict=True):
        assert row[5].value == finding.message
        assert row[6].value == finding.code
        target = book[finding.sheet][f"{finding.column_letter or 'A'}{finding.row or 1}"]
        assert row[4].hyperlink.location == f"'{finding.sheet}'!{target.coordinate}"
        assert target.comment is not None and finding.message in target.comment.text
        expected = RED if finding.is_error else YELLOW
        assert row[1].fill.fgColor.rgb.endswith(expected)

    assert [f.as_json() for f in findings_of(copy)] == [f.as_json() for f in findings]


def test_everything_of_the_original_survives_in_the_copy(broken, run_cli):
    before = load_workbook(broken)
    run_cli("check", broken, "--danh-dau", broken.parent / "danh_dau.xlsx")
    after = load_workbook(broken.parent / "danh_dau.xlsx")
    assert after.sheetnames == [REPORT, *before.sheetnames]
    for worksheet in before.worksheets:
        copy = after[worksheet.title]
        assert copy.sheet_state == worksheet.sheet_state
        for row in worksheet.iter_rows():
            for cell in row:
                twin = copy[cell.coordinate]
                assert (twin.value, twin.number_format) == (cell.value, cell.number_format)
        assert [
            (str(v.sqref), v.formula1, v.type) for v in copy.data_validations.dataValidation
        ] == [(str(v.sqref), v.formula1, v.type) for v in worksheet.data_validations.dataValidation]
        assert [str(r.sqref) for r in copy.conditional_formatting] == [
            str(r.sqref) for r in worksheet.conditional_formatting
        ]
        assert copy.freeze_panes == worksheet.freeze_panes
    assert after.defined_names["DanhSach"].attr_text == "'Đảng viên'!$B$2:$B$10"
    assert after["Đảng viên"]["Z2"].value == "=COUNTA(B2:B100)"


def test_marks_are_replaced_and_a_cleared_cell_gets_its_own_look_back(broken, run_cli):
    run_cli("check", broken, "--danh-dau")
    copy = broken.with_name("so_lieu - đã kiểm tra.xlsx")
    book = load_workbook(copy)
    letter = [f for f in findings_of(broken) if f.column == "Ngày ban hành"][0].column_letter
    cell = book["Chi bộ"][f"{letter}2"]
    assert "Hỏi lại văn phòng" in cell.comment.text
    cell.value = dt.datetime(2024, 12, 1)  # the clerk fixes one error in the copy itself
    book.save(copy)
    fixed = findings_of(copy)

    again = run_cli("check", copy, "--danh-dau")  # a marked copy is re-marked in place
    assert again.code == 1
    assert not broken.with_name("so_lieu - đã kiểm tra - đã kiểm tra.xlsx").exists()
    book = load_workbook(copy)
    cell = book["Chi bộ"][f"{letter}2"]
    assert cell.fill.fgColor.rgb == CLERK_FILL
    assert (cell.comment.text, cell.comment.author) == ("Hỏi lại văn phòng", "Thư")
    assert book.sheetnames.count(REPORT) == 1
    listed = [row for row in book[REPORT].iter_rows(min_row=3) if row[0].value]
    assert len(listed) == len(fixed) == len(findings_of(broken)) - 1
    marked = {
        (worksheet.title, c.coordinate): c.comment.text
        for worksheet in book.worksheets
        for row in worksheet.iter_rows()
        for c in row
        if c.comment and c.comment.author == AUTHOR
    }
    expected: dict = {}
    for f in fixed:
        where = (f.sheet, f"{f.column_letter or 'A'}{f.row or 1}")
        expected.setdefault(where, []).append(f"[{f.code}]: {f.message}")
    assert marked.keys() == expected.keys()
    for where, parts in expected.items():  # no mark stacked on an earlier one
        assert marked[where].count("]: ") == len(parts), where
    assert [f.as_json() for f in findings_of(copy)] == [f.as_json() for f in fixed]


def test_the_original_is_never_the_marked_copy(broken, run_cli):
    original = broken.read_bytes()
    result = run_cli("check", broken, "--danh-dau", broken)
    assert result.code == 2
    assert "Không ghi đè tệp gốc" in result.err
    assert broken.read_bytes() == original


def test_a_clean_workbook_gets_an_empty_report(book, run_cli, tmp_path):
    add_cell(book)
    path = book.save()
    result = run_cli("check", path, "--danh-dau", tmp_path / "ok")
    assert result.code == 0
    report = load_workbook(tmp_path / "ok.xlsx")[REPORT]
    assert report["A1"].value == "Kết quả kiểm tra: 0 lỗi, 0 cảnh báo."
    assert report["F3"].value == "Không có lỗi hay cảnh báo nào."


def test_row_and_sheet_findings_go_to_the_first_cell_or_a1():
    titles = {"chi bộ": "Chi bộ", "đảng viên": "Đảng Viên"}
    origins = {"CB07": ("Chi bộ", 8)}
    row_finding = Finding(ERROR, "x", "m", sheet="Đảng viên", row=5)
    sheet_finding = Finding(ERROR, "x", "m", sheet="Đảng viên")
    cell_finding = Finding(ERROR, "x", "m", cell_code="CB07")
    missing = Finding(ERROR, "missing-sheet", "m", sheet="Góp ý")
    assert place(row_finding, titles, origins) == ("Đảng Viên", "A5")
    assert place(sheet_finding, titles, origins) == ("Đảng Viên", "A1")
    assert place(cell_finding, titles, origins) == ("Chi bộ", "A8")
    assert place(missing, titles, origins) is None


def test_a_finding_inside_merged_cells_is_marked_on_the_merged_cell(tmp_path):
    from openpyxl import Workbook

    from generator.reading.markup import write_marked

    book = Workbook()
    book.active.title = "Chi bộ"
    book.active.merge_cells("B2:D3")
    source, target = tmp_path / "gop.xlsx", tmp_path / "gop - đã kiểm tra.xlsx"
    book.save(source)
    finding = Finding(ERROR, "bad-value", "ô gộp", sheet="Chi bộ", row=3, column_letter="C")
    assert write_marked(source, target, [finding], {}) == 1
    marked = load_workbook(target)["Chi bộ"]
    assert "ô gộp" in marked["B2"].comment.text
    assert marked["B2"].fill.fgColor.rgb.endswith(RED)

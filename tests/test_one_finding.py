"""One mistake in the sample workbook, one finding: never a cascade over the rows that depend on it."""

from __future__ import annotations

import openpyxl
import pytest
from conftest import Book, describe, findings_of

from generator.checking.check import check_workbook
from generator.rendering.resources import sample_workbook


@pytest.fixture(scope="module")
def sample_findings(tmp_path_factory):
    path = Book(tmp_path_factory.mktemp("sample"), openpyxl.load_workbook(sample_workbook())).save()
    return {(f.code, f.message) for f in findings_of(path)}


@pytest.fixture
def sample(tmp_path) -> Book:
    return Book(tmp_path, openpyxl.load_workbook(sample_workbook()))


def new_findings(book: Book, sample_findings) -> list:
    """The findings the change brought, beside those the sample has anyway."""
    return [f for f in findings_of(book.save()) if (f.code, f.message) not in sample_findings]


def test_a_deleted_required_column_is_one_error(sample, sample_findings):
    sample.ws("Chi bộ").delete_cols(sample.columns("Chi bộ")["ngày đại hội"])
    found = new_findings(sample, sample_findings)
    assert [(f.code, f.sheet, f.column) for f in found] == [
        ("missing-column", "Chi bộ", "Ngày đại hội")
    ], describe(found)


def test_a_misspelt_header_is_one_error_that_names_the_header_found(sample, sample_findings):
    sample.rename_header("Chi bộ", "Tên chi bộ", "Ten chi bo")
    found = new_findings(sample, sample_findings)
    assert [(f.code, f.sheet) for f in found] == [("missing-column", "Chi bộ")], describe(found)
    assert 'Dòng 1 có cột "Ten chi bo": có phải là cột "Tên chi bộ"?' in found[0].message


@pytest.mark.parametrize("sheet", ["Phân công", "Nội dung", "Kiểm phiếu", "Đảng viên", "Nhân sự"])
def test_a_deleted_sheet_is_one_finding(sample, sample_findings, sheet):
    sample.remove_sheet(sheet)
    found = new_findings(sample, sample_findings)
    assert [(f.code, f.sheet) for f in found] == [("missing-sheet", sheet)], describe(found)


def test_a_renamed_sheet_is_named_in_its_finding(sample, sample_findings):
    sample.rename_sheet("Phân công", "Phan cong")
    (found,) = new_findings(sample, sample_findings)
    assert found.code == "missing-sheet" and not found.is_error
    assert 'Có sheet "Phan cong": có phải là sheet "Phân công"' in found.message


def test_a_mistyped_code_in_the_cells_sheet_is_one_error_that_stops_its_cell(
    sample, sample_findings
):
    sample.set("Chi bộ", 2, "Mã chi bộ", "CB1")
    path = sample.save()
    checked = check_workbook(path)
    found = [f for f in checked.findings if (f.code, f.message) not in sample_findings]
    assert [f.code for f in found] == ["unknown-cell"], describe(found)
    assert 'không có chi bộ mã "CB01"' in found[0].message
    assert 'Có phải là "CB1" (sheet "Chi bộ", dòng 2)?' in found[0].message
    assert checked.errors_of("CB1") == found  # the cell without its rows is not built


def test_a_mistyped_code_in_member_rows_is_one_error_with_the_closest_code(sample, sample_findings):
    rows = [r for r in range(2, 40) if sample.get("Đảng viên", r, "Mã chi bộ") == "CB01"][:3]
    for row in rows:
        sample.set("Đảng viên", row, "Mã chi bộ", "CB1")
    found = [f for f in new_findings(sample, sample_findings) if f.code == "unknown-cell"]
    assert len(found) == 1, describe(found)
    assert 'Có phải là "CB01" (sheet "Chi bộ", dòng 2)?' in found[0].message
    assert found[0].row == rows[0] and 'có ở 03 dòng của sheet "Đảng viên"' in found[0].message


def test_a_member_row_entered_twice_is_one_error_naming_both_rows(sample, sample_findings):
    members = sample.ws("Đảng viên")
    copied = [c.value for c in members[2]]
    members.append(copied)
    found = new_findings(sample, sample_findings)
    assert [(f.code, f.is_error) for f in found] == [("duplicate-person", True)], describe(found)
    assert f"dòng {members.max_row} và dòng 2" in found[0].message


def test_an_unknown_person_suggests_the_closest_member_of_the_same_cell(sample, sample_findings):
    name = sample.get("Nhân sự", 2, "Họ và tên")
    sample.set("Nhân sự", 2, "Họ và tên", name.replace("ă", "a").replace("ĩ", "i"))
    found = new_findings(sample, sample_findings)
    assert [f.code for f in found] == ["unknown-person"], describe(found)
    assert f'Có phải là "{name}"?' in found[0].message

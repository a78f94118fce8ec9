"""A wrong value in a closed list: one finding, at its cell, suggesting the closest choice."""

from __future__ import annotations

import pytest
from conftest import add_cell, describe, findings_of, nfd

from generator.checking.check import check_workbook


@pytest.mark.parametrize(
    ("sheet", "header", "typed", "meant"),
    [
        ("Chi bộ", "Loại chi bộ", "ap", "Ấp"),
        ("Chi bộ", "Loại chi bộ", "Cơ quann", "Cơ quan"),
        ("Đảng viên", "Tình trạng", "chinh thuc", "Chính thức"),
        ("Đảng viên", "Giới tính", "nu", "Nữ"),
        ("Nhân sự", "Dự kiến", "bi thu", "Bí thư"),
        ("Phân công", "Nhiệm vụ", "to truong kiem phieu", "Tổ trưởng kiểm phiếu"),
    ],
)
def test_one_wrong_value_is_one_finding_that_suggests_the_closest_choice(
    book, sheet, header, typed, meant
):
    info = add_cell(book, "CB01", official=9)
    row = {
        "Chi bộ": info.row,
        "Đảng viên": info.member_rows[info.official[2]],  # a nominee for chi ủy
        "Nhân sự": info.nomination_rows[(info.secretary, "Bí thư")],
        "Phân công": info.assignment_rows[("Tổ trưởng kiểm phiếu", info.counting_lead)],
    }[sheet]
    book.set(sheet, row, header, typed)
    findings = findings_of(book.save())
    assert [(f.code, f.sheet, f.row, f.column) for f in findings] == [
        ("bad-value", sheet, row, header)
    ], describe(findings)
    assert f'"{typed}" không có trong danh sách. Có phải là "{meant}"?' in findings[0].message


def test_no_suggestion_when_nothing_is_close(book):
    info = add_cell(book, "CB01", official=5)
    book.set("Đảng viên", info.member_rows[info.official[1]], "Giới tính", "không rõ")
    (finding,) = findings_of(book.save())
    assert "Có phải là" not in finding.message and '"Nam", "Nữ"' in finding.message


@pytest.mark.parametrize("typed", ["ấp", " ẤP ", nfd("Ấp"), "Ấp"])
def test_exact_matches_ignoring_case_spaces_and_unicode_form_are_accepted(book, typed):
    info = add_cell(book, "CB01", official=5, kind="Ấp")
    book.set("Chi bộ", info.row, "Loại chi bộ", typed)
    checked = check_workbook(book.save())
    assert not checked.findings, describe(checked.findings)
    assert checked.congresses.cells[0].kind == "Ấp"

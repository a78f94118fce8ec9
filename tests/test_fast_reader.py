"""The fast reader (calamine) reads what openpyxl reads, and survives what calamine cannot."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import Book, D, add_cell
from openpyxl.utils import get_column_letter

from generator.checking.check import check_workbook
from generator.reading import workbook
from generator.reading.workbook import fold
from generator.rendering.resources import sample_workbook


def both_ways(path, monkeypatch):
    fast = workbook.read_workbook(path)
    marks = workbook.Workbook.marks
    with monkeypatch.context() as patch:  # every sheet streamed by openpyxl
        patch.setattr(
            workbook.Workbook, "marks", lambda book, name: replace(marks(book, name), vast=True)
        )
        streamed = workbook.read_workbook(path)
    return fast, streamed


def test_the_sample_reads_the_same_with_both_engines(monkeypatch):
    (rows, findings), (streamed_rows, streamed_findings) = both_ways(sample_workbook(), monkeypatch)
    assert sum(len(r) for r in rows.values()) > 500
    assert rows == streamed_rows
    assert findings == streamed_findings


def test_errors_dates_years_and_text_numbers_read_the_same(tmp_path, monkeypatch):
    book = Book(tmp_path)
    info = add_cell(book, official=10)
    book.set("Chi bộ", info.row, "Số chi ủy viên", "3")
    book.set("Chi bộ", info.row, "Giờ khai mạc", "#N/A")
    book.set("Chi bộ", info.row, "Ngày đại hội", 45631)
    row = info.member_rows[info.official[3]]
    book.set("Đảng viên", row, "Ngày sinh", 1975)
    book.ws("Đảng viên").cell(row=row, column=4).number_format = "DD/MM/YYYY"
    book.set("Đảng viên", info.member_rows[info.official[4]], "Ngày sinh", "#REF!")
    book.set("Đảng viên", info.member_rows[info.official[5]], "Ngày vào Đảng", D(1850, 6, 1))
    (rows, findings), streamed = both_ways(book.save(), monkeypatch)
    assert (rows, findings) == streamed
    assert [f.column for f in findings if "1850" in f.message] == ["Ngày vào Đảng"]
    assert {f.column for f in findings if "lỗi công thức" in f.message} == {
        "Giờ khai mạc",
        "Ngày sinh",
    }
    member = next(r for r in rows["members"] if r.row == row)
    assert member.values["birth_date"] == workbook.BirthDate(
        member.values["birth_date"].date, year_only=True
    )
    assert member.values["birth_date"].date.year == 1975


@pytest.mark.parametrize("far", ["XFD1", "XFD1048576"])
def test_a_note_far_away_is_read_without_allocating_the_empty_sheet(tmp_path, far):
    """calamine would allocate every cell up to it (and abort the program on a huge sheet)."""
    book = Book(tmp_path)
    add_cell(book, official=10)
    book.ws("Đảng viên")[far] = "ghi chú"
    checked = check_workbook(book.save())
    assert [c.code for c in checked.congresses.cells] == ["CB01"]
    assert len(checked.congresses.cells[0].members) == 10
    far_rows = [f.row for f in checked.findings if f.row and f.row > 1000]
    assert far_rows == ([] if far == "XFD1" else [1048576] * len(far_rows))


def test_a_sheet_moved_right_by_an_empty_column_reads_the_same(tmp_path, monkeypatch):
    """calamine starts its rows at the first column with a value: the columns before it count."""
    book = Book(tmp_path)
    info = add_cell(book, official=10)
    book.ws("Đảng viên").insert_cols(1)  # column A empty, every header one to the right
    row = info.member_rows[info.official[2]]
    book.set("Đảng viên", row, "Ngày sinh", "#N/A")
    letter = get_column_letter(book.columns("Đảng viên")[fold("Ngày sinh")])
    (rows, findings), streamed = both_ways(book.save(), monkeypatch)
    assert (rows, findings) == streamed
    assert len(rows["members"]) == 10
    assert [(f.row, f.column_letter) for f in findings if "lỗi công thức" in f.message] == [
        (row, letter)
    ]

"""The district roll-up: schedule registration and consolidated results of every cell."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import Book, D, add_cell
from openpyxl import load_workbook

from generator.checking.check import check_workbook
from generator.textvn import sort_by_name
from generator.writing.package import BuildResult
from generator.writing.rollup import RESULTS, ROLLUP, SCHEDULE, write_rollup

TODAY = D(2024, 12, 18)
NEW = "Tổng hợp đại hội chi bộ (bản mới).xlsx"


def congress_day(book: Book, cell, elections: dict[str, dict[str, int]]) -> None:
    """Everyone present except the sixth official member (absent with a reason); one counting
    line and the votes of each election, all in round 1."""
    for name, row in cell.member_rows.items():
        away = name == cell.official[5]
        book.set("Đảng viên", row, "Dự đại hội", "Vắng có lý do" if away else "Có mặt")
    voters = len(cell.official) - 1
    for election, votes in elections.items():
        book.add(
            "Kiểm phiếu",
            {
                "Mã chi bộ": cell.code,
                "Cuộc bầu": election,
                "Lần bầu": 1,
                "Phiếu phát ra": voters,
                "Phiếu thu vào": voters,
                "Phiếu hợp lệ": voters,
                "Phiếu không hợp lệ": 0,
            },
        )
        for name, count in votes.items():
            book.add(
                "Kết quả bầu cử",
                {
                    "Mã chi bộ": cell.code,
                    "Cuộc bầu": election,
                    "Lần bầu": 1,
                    "Họ và tên": name,
                    "Số phiếu đồng ý": count,
                },
            )


@pytest.fixture
def workbook(book):
    """CB01 held its congress (16/12) and entered it; CB02 (10/12) has not entered it; CB04
    (20/12) is still to come; CB03 (05/12) has an error (5 chi ủy seats for 9 members)."""
    held = add_cell(
        book, "CB01", official=9, probationary=2, **{"Số đại biểu dự đại hội cấp trên": 1}
    )
    first, second, third, fourth = held.official[:4]
    book.add(
        "Nhân sự",
        {"Mã chi bộ": "CB01", "Họ và tên": fourth, "Dự kiến": "Đại biểu dự đại hội cấp trên"},
    )
    book.set("Nhân sự", held.nomination_rows[(second, "Chi ủy viên")], "Tái cử", "Có")
    book.set("Đảng viên", held.member_rows[third], "Dân tộc", "Khmer")
    # 9 official, 1 absent with a reason: 8 count, 5 votes elect.
    congress_day(
        book,
        held,
        {
            "Chi ủy": {first: 8, second: 7, third: 6, fourth: 3},
            "Bí thư": {first: 7},
            "Đại biểu": {fourth: 6},
        },
    )
    add_cell(book, "CB02", official=5, congress=D(2024, 12, 10), first_person=20)
    add_cell(book, "CB03", official=9, seats=5, congress=D(2024, 12, 5), first_person=40)
    add_cell(book, "CB04", official=3, congress=D(2024, 12, 20), first_person=60)
    return book.save(), held


def table(path, sheet: str) -> tuple[dict[str, dict], dict]:
    """Rows by cell code and the totals row, each as {bottom header text: value}."""
    ws = load_workbook(path)[sheet]
    top = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "STT")
    headers = [
        ws.cell(top + 1, c).value or ws.cell(top, c).value for c in range(1, ws.max_column + 1)
    ]
    rows, totals = {}, None
    for values in ws.iter_rows(min_row=top + 2, values_only=True):
        row = dict(zip(headers, values, strict=True))
        if str(values[0]).startswith("Tổng cộng"):
            totals = row
            break
        rows[row["Mã"]] = row
    return rows, totals


def written(workbook, tmp_path, today=TODAY, result=None, **options):
    checked = check_workbook(workbook[0])
    return write_rollup(checked, tmp_path / "out", result or BuildResult(), today=today, **options)


def test_the_workbook_is_as_the_fixture_says(workbook):
    checked = check_workbook(workbook[0])
    assert not checked.errors_of("CB01") and not checked.errors_of("CB02")
    assert [f.code for f in checked.errors_of("CB03")] == ["committee-size"]


def test_schedule_lists_every_cell_by_date_with_member_counts_and_totals(workbook, tmp_path):
    path = written(workbook, tmp_path)
    assert path == tmp_path / "out" / ROLLUP
    assert load_workbook(path).sheetnames == [SCHEDULE, RESULTS]
    rows, totals = table(path, SCHEDULE)
    assert list(rows) == ["CB03", "CB02", "CB01", "CB04"]
    assert [r["STT"] for r in rows.values()] == [1, 2, 3, 4]
    cb01 = rows["CB01"]
    assert (cb01["Tổng số"], cb01["Chính thức"], cb01["Dự bị"]) == (11, 9, 2)
    assert cb01["Ngày đại hội"].date() == D(2024, 12, 16)
    assert cb01["Giờ khai mạc"] == dt.time(7, 30)
    assert cb01["Chi bộ"] == "Chi bộ Ấp CB01" and cb01["Đảng bộ cơ sở"] == "Đảng bộ xã Hiệp Hưng"
    assert cb01["Ghi chú"] is None
    assert rows["CB03"]["Ghi chú"] == "Có 01 lỗi, chưa tạo hồ sơ"
    assert totals["STT"] == "Tổng cộng: 04 chi bộ"
    assert (totals["Tổng số"], totals["Chính thức"], totals["Dự bị"]) == (28, 26, 2)
    assert totals["Ghi chú"] == "Có lỗi: 01 chi bộ"


def test_results_give_attendance_elected_names_and_shares(workbook, tmp_path):
    path = written(workbook, tmp_path)
    _, held = workbook
    rows, totals = table(path, RESULTS)
    cb01 = rows["CB01"]
    assert (cb01["Triệu tập"], cb01["Có mặt"]) == (11, 10)
    assert cb01["Tỷ lệ có mặt"] == pytest.approx(10 / 11)
    assert (cb01["Số lượng bầu"], cb01["Trúng cử"]) == (3, 3)
    committee = cb01["Họ và tên"].split("\n")
    assert committee == sort_by_name(held.official[:3], name=str, birth=lambda _: None)
    assert cb01["Bí thư"] == held.official[0]
    assert cb01["Phó bí thư"] == "Không bầu"
    assert cb01["Đại biểu dự đại hội cấp trên"] == held.official[3]
    # Leaders: a young woman, a re-elected man, a Khmer woman.
    shares = {"Nữ": 2, "Trẻ dưới 35 tuổi": 1, "Dân tộc thiểu số": 1, "Tái cử": 1}
    for header, count in shares.items():
        assert cb01[header] == count
    assert cb01["Tỷ lệ nữ"] == pytest.approx(2 / 3)
    assert cb01["Tỷ lệ trẻ"] == cb01["Tỷ lệ tái cử"] == pytest.approx(1 / 3)
    assert cb01["Hạn báo cáo kết quả"].date() == D(2024, 12, 20)  # 21/12 is a Saturday
    assert cb01["Ghi chú"] is None
    assert rows["CB02"]["Ghi chú"] == "Chưa nhập kết quả"
    assert rows["CB04"]["Ghi chú"] == "Chưa đại hội"
    assert rows["CB03"]["Ghi chú"] == "Có 01 lỗi, chưa tạo hồ sơ"
    assert rows["CB02"]["Triệu tập"] is None and rows["CB02"]["Họ và tên"] is None
    assert totals["STT"] == "Tổng cộng: 01 chi bộ có kết quả"
    assert (
        totals["Triệu tập"],
        totals["Có mặt"],
        totals["Trúng cử"],
        totals["Bí thư"],
        totals["Phó bí thư"],
        totals["Đại biểu dự đại hội cấp trên"],
    ) == (11, 10, 3, 1, 0, 1)
    assert totals["Tỷ lệ có mặt"] == pytest.approx(10 / 11)
    assert (totals["Nữ"], totals["Tỷ lệ nữ"]) == (2, pytest.approx(2 / 3))
    assert totals["Ghi chú"] == (
        "Đã có kết quả: 01/04 chi bộ; Chưa đại hội: 01; Chưa nhập kết quả: 01; Có lỗi: 01"
    )


def test_counts_are_numbers_and_shares_excel_percentages(workbook, tmp_path):
    ws = load_workbook(written(workbook, tmp_path))[RESULTS]
    cells = [c for row in ws.iter_rows() for c in row]
    header = next(c for c in cells if c.value == "Tỷ lệ có mặt")
    assert header.font.name == "Times New Roman" and header.font.b
    below = ws.cell(row=header.row + 3, column=header.column)  # CB01, third data row
    assert isinstance(below.value, float) and below.number_format == "0.00%"
    assert all(
        isinstance(c.value, int)
        for c in cells
        if c.column in (5, 6, 8) and c.row > header.row and c.value is not None
    )


def test_formatted_for_printing_on_landscape_a4(workbook, tmp_path):
    book = load_workbook(written(workbook, tmp_path))
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        top = next(r for r in range(1, 20) if ws.cell(r, 1).value == "STT")
        assert ws.print_title_rows == f"${top}:${top + 1}"
        assert ws.freeze_panes == f"D{top + 2}"
        assert ws.cell(top, 1).border.left.style == "thin"
        assert ws["A1"].value == "ĐẢNG BỘ HUYỆN PHỤNG HIỆP"
    schedule = book[SCHEDULE]
    texts = [c.value for row in schedule.iter_rows(max_row=8) for c in row if c.value]
    assert "DANH SÁCH ĐĂNG KÝ THỜI GIAN ĐẠI HỘI CHI BỘ NHIỆM KỲ 2025 - 2027" in texts
    assert "Hạn gửi: chậm nhất ngày 15/11/2024" in texts
    assert "ĐẢNG ỦY XÃ HIỆP HƯNG" in texts  # the one đảng bộ cơ sở of these cells
    assert "T/M ĐẢNG ỦY" in [c.value for row in schedule.iter_rows() for c in row]


def test_rewritten_only_when_the_content_changes(workbook, tmp_path):
    path = written(workbook, tmp_path)
    stamp = path.stat().st_mtime_ns
    assert written(workbook, tmp_path) == path and path.stat().st_mtime_ns == stamp
    # A week later the congress of CB04 is due: its note changes, the roll-up follows.
    assert written(workbook, tmp_path, today=D(2024, 12, 25)) == path
    assert table(path, RESULTS)[0]["CB04"]["Ghi chú"] == "Chưa nhập kết quả"
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix == ".xlsx") == [ROLLUP]


def test_an_edited_rollup_is_kept_and_the_new_one_written_beside_it(workbook, tmp_path):
    path = written(workbook, tmp_path)
    edited = load_workbook(path)
    edited[SCHEDULE]["N12"] = "Đã điện thoại nhắc"
    edited.save(path)
    result = BuildResult()
    new = written(workbook, tmp_path, result=result)
    assert new.name == NEW and result.kept == [path]
    assert load_workbook(path)[SCHEDULE]["N12"].value == "Đã điện thoại nhắc"
    assert table(new, SCHEDULE)[0].keys() == {"CB01", "CB02", "CB03", "CB04"}
    # Still edited on the next run: still kept; with --force it is replaced.
    assert written(workbook, tmp_path).name == NEW
    result = BuildResult()
    assert written(workbook, tmp_path, result=result, force=True) == path and not result.kept
    assert load_workbook(path)[SCHEDULE]["N12"].value is None


def test_build_writes_the_rollup_of_every_cell_and_says_where(workbook, tmp_path, run_cli):
    out = tmp_path / "out"
    result = run_cli("build", workbook[0], "-o", out, "--chi-bo", "CB02")
    assert result.code == 0, result.err
    line = result.out.strip().splitlines()[-1]
    assert line == (
        f'Bảng tổng hợp đăng ký lịch và kết quả đại hội của tất cả chi bộ: "{out / ROLLUP}".'
    )
    assert list(table(out / ROLLUP, SCHEDULE)[0]) == ["CB03", "CB02", "CB01", "CB04"]

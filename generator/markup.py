"""`check --danh-dau`: a copy of the workbook with every finding on its own cell.

Each finding becomes an Excel comment (author "daihoi") on its cell, filled red for an error and
yellow for a warning; a finding about a whole row sits on the row's first cell, one about a
whole sheet on A1. A first sheet lists every finding with a link to its cell, and keeps, in
hidden columns, the fill and comment each marked cell had before: checking the marked copy again
first restores those, so marks are replaced, never stacked. The reader never looks at that sheet,
and fills and comments change no value, so the copy checks exactly like the original.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.fills import Fill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.xml.functions import fromstring, tostring

from .findings import Finding
from .schema import REPORT_SHEET
from .workbook import fold

AUTHOR = "daihoi"
MARKED_SUFFIX = " - đã kiểm tra"
FILLS = {
    True: PatternFill("solid", fgColor="FFC7CE"),  # error
    False: PatternFill("solid", fgColor="FFEB9C"),  # warning
}
HEADERS = ("STT", "Mức độ", "Mã chi bộ", "Sheet", "Ô", "Nội dung", "Mã")
WIDTHS = (6, 11, 11, 16, 12, 100, 22)
# Hidden columns of the report sheet: what each marked cell looked like before it was marked.
STORE = ("sheet", "cell", "fill", "comment", "comment_author")
STORE_COLUMN = len(HEADERS) + 2


def marked_path(source: Path) -> Path:
    """Where the marked copy goes by default; a marked copy is re-marked in place."""
    if source.stem.endswith(MARKED_SUFFIX):
        return source
    return source.with_name(f"{source.stem}{MARKED_SUFFIX}.xlsx")


def write_copies(source: Path, checked, marked: str) -> tuple[bool, list[str]]:
    """`--danh-dau [TỆP]`: write the marked copy. Returns (written, lines for the clerk)."""
    target = Path(marked) if marked else marked_path(source)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    if target.resolve() == source.resolve() and not is_marked(source):
        return False, [
            f'Không ghi đè tệp gốc "{source}". Hãy ghi bản đánh dấu ra tệp khác, ví dụ: '
            f'--danh-dau "{source.with_name(source.stem + MARKED_SUFFIX + ".xlsx")}".'
        ]
    origins = {cell.code: (cell.origin.sheet, cell.origin.row) for cell in checked.congresses.cells}
    try:
        placed = write_marked(source, target, checked.findings, origins)
    except OSError as error:
        return False, [
            f'Không ghi được bản đánh dấu "{target}": {error.strerror or error}. Nếu tệp đang '
            "mở trong Excel, hãy đóng lại rồi chạy lại."
        ]
    return True, [
        f'Đã ghi bản đánh dấu "{target}": {placed} lỗi và cảnh báo được ghi chú ngay trên ô '
        f'(đỏ là lỗi, vàng là cảnh báo); sheet "{REPORT_SHEET}" liệt kê tất cả, bấm vào địa chỉ '
        "ô để đến chỗ cần sửa. Sửa ngay trên bản này rồi kiểm tra lại được."
    ]


def is_marked(path: Path) -> bool:
    """A copy this command wrote: its first sheet is the report."""
    book = load_workbook(path, read_only=True)
    try:
        return REPORT_SHEET in book.sheetnames
    finally:
        book.close()


def write_marked(
    source: Path, target: Path, findings: list[Finding], origins: dict[str, tuple[str, int]]
) -> int:
    """Write the marked copy; returns how many findings sit on a cell.

    `origins` gives, for each cell code, its sheet and row: a finding about a whole cell sits
    on the first cell of that cell's row.
    """
    book = load_workbook(source)
    clear_marks(book)
    titles = {fold(ws.title): ws.title for ws in book.worksheets}
    places = [place(finding, titles, origins) for finding in findings]
    report = book.create_sheet(REPORT_SHEET, 0)
    saved = mark_cells(book, findings, places)
    write_report(report, findings, places, saved)
    for worksheet in book.worksheets:
        worksheet.sheet_view.tabSelected = worksheet is report
    book.active = 0
    save_atomically(book, target)
    return sum(p is not None for p in places)


def place(finding: Finding, titles: dict[str, str], origins) -> tuple[str, str] | None:
    """(sheet title, cell) where a finding is marked; None when it has no sheet in the file."""
    sheet, row, letter = finding.sheet, finding.row, finding.column_letter
    if sheet is None and finding.cell_code in origins:
        sheet, row = origins[finding.cell_code]
    title = titles.get(fold(sheet)) if sheet else None
    if title is None or title == REPORT_SHEET:
        return None
    return title, f"{letter or 'A'}{row or 1}"


def mark_cells(book, findings: list[Finding], places) -> list[tuple]:
    """Comment and fill every marked cell; returns the cells' former looks to store."""
    by_cell: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding, where in zip(findings, places, strict=True):
        if where:
            by_cell[where].append(finding)
    saved = []
    for (title, coordinate), group in by_cell.items():
        cell = book[title][coordinate]
        former = cell.comment
        saved.append(
            (
                title,
                coordinate,
                tostring(cell.fill.to_tree()).decode(),
                former.text if former else None,
                former.author if former else None,
            )
        )
        text = "\n\n".join(f"{label(f)} [{f.code}]: {f.message}" for f in group)
        if former:
            text = f"{former.text}\n\n{text}"
        comment = Comment(text, AUTHOR)
        comment.width, comment.height = 320, min(600, 40 + 15 * (len(text) // 45 + 1))
        cell.comment = comment
        cell.fill = FILLS[any(f.is_error for f in group)]
    return saved


def label(finding: Finding) -> str:
    return "Lỗi" if finding.is_error else "Cảnh báo"


def clear_marks(book) -> None:
    """Undo an earlier check's marks: restore each marked cell's fill and comment."""
    stored = {}
    if REPORT_SHEET in book.sheetnames:
        report = book[REPORT_SHEET]
        for values in report.iter_rows(min_row=3, min_col=STORE_COLUMN, values_only=True):
            record = dict(zip(STORE, values[: len(STORE)], strict=True))
            if record["sheet"] and record["cell"]:
                stored[(record["sheet"], record["cell"])] = record
        book.remove(report)
    for worksheet in book.worksheets:
        for cell in list(worksheet._cells.values()):
            if cell.comment is None or cell.comment.author != AUTHOR:
                continue
            record = stored.get((worksheet.title, cell.coordinate))
            if record:
                cell.fill = Fill.from_tree(fromstring(record["fill"]))
                text, author = record["comment"], record["comment_author"]
                cell.comment = Comment(text, author or "") if text else None
            else:  # the report sheet was deleted: drop what is recognisably ours
                if cell.fill in FILLS.values():
                    cell.fill = PatternFill()
                cell.comment = None


def write_report(report, findings: list[Finding], places, saved) -> None:
    errors = sum(f.is_error for f in findings)
    report["A1"] = f"Kết quả kiểm tra: {errors} lỗi, {len(findings) - errors} cảnh báo."
    report["A1"].font = Font(bold=True, size=13)
    report.append(list(HEADERS) + [None] + list(STORE))
    for cell in report[2]:
        cell.font = Font(bold=True)
    for number, (finding, where) in enumerate(zip(findings, places, strict=True), start=1):
        report.append(
            [
                number,
                label(finding),
                finding.cell_code,
                finding.sheet,
                f"{where[0]}!{where[1]}" if where else None,
                finding.message,
                finding.code,
            ]
        )
        row = report.max_row
        if where:
            link = report.cell(row=row, column=5)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{where[0]}'!{where[1]}")
            link.font = Font(color="0563C1", underline="single")
        report.cell(row=row, column=2).fill = FILLS[finding.is_error]
        report.cell(row=row, column=6).alignment = Alignment(wrap_text=True, vertical="top")
    if not findings:
        report.append([None, None, None, None, None, "Không có lỗi hay cảnh báo nào."])
    for row, values in enumerate(saved, start=3):
        for index, value in enumerate(values):
            report.cell(row=row, column=STORE_COLUMN + index, value=value)
    for index, width in enumerate(WIDTHS, start=1):
        report.column_dimensions[get_column_letter(index)].width = width
    for index in range(len(STORE)):
        report.column_dimensions[get_column_letter(STORE_COLUMN + index)].hidden = True
    report.freeze_panes = "A3"


def save_atomically(book, target: Path) -> None:
    """Write beside the target and swap in whole: never a half-written workbook."""
    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=target.parent)
    os.close(handle)
    try:
        book.save(temporary)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)

"""`daihoi init`: the blank input workbook of SPEC §5, with its guide and drop-down lists."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from . import schema
from .profile import PROFILE_KEY, SHEET, Profile, builtin_profiles, default_profile

GUIDE = "Hướng dẫn"
LISTS = "Danh mục"  # hidden: drop-down lists whose items contain a comma
DATA_ROWS = 5000
HEADER_FILL = PatternFill("solid", fgColor="FFF2CC")
REQUIRED_FILL = PatternFill("solid", fgColor="F8CBAD")
DATE_FORMAT = "DD/MM/YYYY"


def blank_workbook(profile: Profile | None = None) -> Workbook:
    profile = profile or default_profile()
    book = Workbook()
    write_guide(book.active, profile)
    lists = book.create_sheet(LISTS)
    for sheet in schema.SHEETS:
        write_sheet(book.create_sheet(sheet.name), sheet, lists)
    add_draft_list(book, profile, lists)
    choose_profile(book[SHEET], profile)
    book.move_sheet(lists, offset=len(book.sheetnames))
    lists.sheet_state = "hidden"
    return book


def choose_profile(worksheet, profile: Profile) -> None:
    """A profile other than the default is chosen on "Cấu hình" of the new workbook."""
    if not profile.is_default:
        worksheet.append([PROFILE_KEY, profile.name])


def write_blank(path: Path, profile: Profile | None = None) -> None:
    blank_workbook(profile).save(path)


def list_formula(choices: tuple[str, ...], lists) -> str:
    """An inline list where Excel allows one; a range of the hidden list sheet otherwise."""
    inline = '"' + ",".join(choices) + '"'
    if not any("," in choice for choice in choices) and len(inline) <= 257:
        return inline
    column = lists.max_column + (1 if lists["A1"].value is not None else 0)
    for row, choice in enumerate(choices, start=1):
        lists.cell(row=row, column=column, value=choice)
    letter = lists.cell(row=1, column=column).column_letter
    return f"'{LISTS}'!${letter}$1:${letter}${len(choices)}"


def write_sheet(worksheet, sheet: schema.Sheet, lists) -> None:
    worksheet.freeze_panes = "A2"
    for index, column in enumerate(sheet.columns, start=1):
        cell = worksheet.cell(row=1, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = REQUIRED_FILL if column.required else HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        letter = cell.column_letter
        worksheet.column_dimensions[letter].width = column.width
        cells = f"{letter}2:{letter}{DATA_ROWS}"
        # Column-wide formats: no empty cells are created, so appended rows start at row 2.
        if column.kind in (schema.DATE, schema.BIRTH):
            worksheet.column_dimensions[letter].number_format = DATE_FORMAT
        if column.kind == schema.TIME:
            worksheet.column_dimensions[letter].number_format = "HH:MM"
        choices = column.choices or (schema.YES[:1] if column.kind == schema.BOOL else ())
        if choices:
            add_list(worksheet, cells, list_formula(choices, lists), column)
        elif column.key == "cell_code":
            add_list(worksheet, cells, f"'{schema.SHEETS[0].name}'!$A$2:$A${DATA_ROWS}", column)
    worksheet.row_dimensions[1].height = 32


def add_draft_list(book: Workbook, profile: Profile, lists) -> None:
    """The drafts of the rules profile as the drop-down of "Dự thảo" on the opinions sheet."""
    sheet = schema.SHEET_BY_KEY["opinions"]
    column = next(c for c in sheet.columns if c.key == "draft")
    letter = get_column_letter(sheet.columns.index(column) + 1)
    formula = list_formula(profile.drafts, lists)
    add_list(book[sheet.name], f"{letter}2:{letter}{DATA_ROWS}", formula, column)


def add_list(worksheet, cells: str, formula: str, column: schema.Column) -> None:
    validation = DataValidation(type="list", formula1=formula, allow_blank=True)
    validation.error = f'Hãy chọn một giá trị trong danh sách của cột "{column.header}".'
    validation.errorTitle = "Giá trị không hợp lệ"
    validation.showErrorMessage = True
    worksheet.add_data_validation(validation)
    validation.add(cells)


def rules_lines(profile: Profile) -> list[tuple]:
    """The guide's table of the rules profile: every rule with its value, meaning and source."""
    names = " · ".join(f'"{name}"' for name in builtin_profiles())
    lines: list[tuple] = [
        (f'Bộ quy định "{profile.name}"', "Giá trị", "", "Ý nghĩa", "Nguồn"),
        (
            PROFILE_KEY,
            profile.name,
            "",
            f"{profile.about} Các bộ có sẵn: {names}. Ghi khóa này ở sheet "
            f'"{SHEET}" để chọn bộ khác; mỗi khóa dưới đây sửa một giá trị.',
            "",
        ),
    ]
    for rule in profile.rules:
        key = f"{rule.key} (quy định chung)" if rule.fixed else rule.key
        lines.append((key, rule.shown, "", rule.explanation, rule.source))
    return lines


def write_guide(worksheet, profile: Profile) -> None:
    worksheet.title = GUIDE
    lines: list[tuple] = [
        ("HƯỚNG DẪN NHẬP SỐ LIỆU ĐẠI HỘI CHI BỘ",),
        (
            "Mỗi sheet có tiêu đề ở dòng 1, số liệu nhập từ dòng 2. Cột tô màu cam là bắt buộc. "
            "Ngày ghi dạng ngày/tháng/năm (05/12/2025); năm sinh có thể chỉ ghi năm. Cột Có/không "
            'ghi "Có" hoặc "x", để trống là không. Nhập xong, chạy "daihoi check" để kiểm tra, '
            'rồi "daihoi build" để tạo văn bản.',
        ),
        (),
        ("Sheet", "Cột", "Bắt buộc", "Giá trị hợp lệ / giải thích", "Ví dụ"),
    ]
    for sheet in schema.SHEETS:
        lines.append((sheet.name, "", "", sheet.help, ""))
        for column in sheet.columns:
            allowed = " · ".join(column.choices) if column.choices else ""
            explanation = " ".join(
                part for part in (column.help, allowed and f"Chọn: {allowed}.") if part
            )
            lines.append(
                ("", column.header, "Có" if column.required else "", explanation, column.example)
            )
    lines += [(), *rules_lines(profile)]
    lines += [(), ('Mục của sheet "Nội dung"', "", "", "", "")]
    for document, sections in (
        ("Báo cáo tổng kết", schema.SUMMARY_SECTIONS),
        ("Báo cáo kiểm điểm", schema.SELF_REVIEW_SECTIONS),
    ):
        lines.append((document, "", "", " · ".join(sections), ""))
    lines.append(
        (
            "Báo cáo tổng kết",
            "",
            "",
            "Thêm mục lĩnh vực riêng theo loại chi bộ: "
            + " · ".join(f"{kind}: {section}" for kind, section in schema.FIELD_SECTIONS.items()),
            "",
        )
    )
    for values in lines:
        worksheet.append(list(values))
    worksheet["A1"].font = Font(bold=True, size=14)
    for cell in worksheet[4]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for row in worksheet.iter_rows(min_row=5):
        if row[0].value and not row[1].value:
            row[0].font = Font(bold=True)
        for cell in row[3:5]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDE", (26, 30, 10, 80, 30), strict=True):
        worksheet.column_dimensions[letter].width = width
    worksheet.freeze_panes = "A5"

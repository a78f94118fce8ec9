"""`daihoi init`: the blank input workbook of SPEC §5, with its guide and drop-down lists."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from ..checking.profile import (
    PROFILE_KEY,
    SETTINGS,
    SHEET,
    Profile,
    builtin_profiles,
    default_profile,
)
from . import schema
from .workbook import DATE_EXAMPLE

GUIDE = "Hướng dẫn"
LISTS = "Danh mục"  # hidden: drop-down lists whose items contain a comma, sections, names
DATA_ROWS = 50001  # lists and input messages reach every row a clerk may fill (50,000)
HEADER_FILL = PatternFill("solid", fgColor="FFF2CC")
REQUIRED_FILL = PatternFill("solid", fgColor="F8CBAD")
DATE_FORMAT = "DD/MM/YYYY"
# A bare year typed into the birth date column shows as the year, a whole date as a date.
BIRTH_FORMAT = "[<=9999]0;DD/MM/YYYY"
FORMATS = {schema.DATE: DATE_FORMAT, schema.BIRTH: BIRTH_FORMAT, schema.TIME: "HH:MM"}
HINT_AUTHOR = "Hướng dẫn"  # never "daihoi": those comments are the check's marks
MEMBERS = schema.SHEET_BY_KEY["members"]
SECTIONS_NAME = "Muc_"  # Muc_1, Muc_2…: the sections of the n-th document, for the Mục list
DOCUMENTS_NAME = "DanhSachVanKien"
# (sheet key, column key) → defined name of a list that grows with the sheet it is read from.
GROWING = {("cells", "code"): "DanhSachMaChiBo", ("members", "name"): "DanhSachDangVien"}
# Whole-number and decimal columns take no negative number; dates fall in a sane range.
CHECKS = {
    schema.INT: dict(type="whole", operator="greaterThanOrEqual", formula1="0"),
    schema.NUMBER: dict(type="decimal", operator="greaterThanOrEqual", formula1="0"),
    schema.DATE: dict(
        type="date", operator="between", formula1="DATE(1900,1,1)", formula2="DATE(2100,12,31)"
    ),
}


def blank_workbook(profile: Profile | None = None) -> Workbook:
    profile = profile or default_profile()
    book = Workbook()
    write_guide(book.active, profile)
    lists = book.create_sheet(LISTS)
    define_lists(book, lists)
    # Lists that are not the schema's own vocabularies: the settings keys, the profile's drafts.
    choices = {("settings", "key"): (PROFILE_KEY, *SETTINGS), ("opinions", "draft"): profile.drafts}
    for sheet in schema.SHEETS:
        write_sheet(book.create_sheet(sheet.name), sheet, lists, choices)
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


def list_range(choices: tuple[str, ...], lists) -> str:
    """Write the items in the next free column of the hidden list sheet; returns its range."""
    column = lists.max_column + (1 if lists["A1"].value is not None else 0)
    for row, choice in enumerate(choices, start=1):
        lists.cell(row=row, column=column, value=choice)
    letter = get_column_letter(column)
    return f"'{LISTS}'!${letter}$1:${letter}${len(choices)}"


def named_list(name: str, choices: tuple[str, ...], lists) -> str:
    """A list on the hidden sheet, behind a defined name: Excel keeps a list that refers to a
    name in the sheet's own validations (one that refers to another sheet directly, it moves to
    an extension that other programs drop)."""
    lists.parent.defined_names[name] = DefinedName(name, attr_text=list_range(choices, lists))
    return name


def list_formula(choices: tuple[str, ...], lists, name: str) -> str:
    """An inline list where Excel allows one; a named range of the hidden list sheet otherwise."""
    inline = '"' + ",".join(choices) + '"'
    if not any("," in choice for choice in choices) and len(inline) <= 257:
        return inline
    return named_list(name, choices, lists)


def define_lists(book, lists) -> None:
    """Names the drop-down lists refer to: the sections of each document, and the lists read
    from the workbook itself (codes of "Chi bộ", names of "Đảng viên"), which grow as rows are
    added."""
    named_list(DOCUMENTS_NAME, schema.DOCUMENTS, lists)
    for number, document in enumerate(schema.DOCUMENTS, start=1):
        named_list(f"{SECTIONS_NAME}{number}", schema.DOCUMENT_SECTIONS[document], lists)
    for (sheet_key, column_key), name in GROWING.items():
        sheet = schema.SHEET_BY_KEY[sheet_key]
        index = [column.key for column in sheet.columns].index(column_key) + 1
        letter = get_column_letter(index)
        cells = f"'{sheet.name}'!${letter}:${letter}"
        book.defined_names[name] = DefinedName(
            name,
            attr_text=f"OFFSET('{sheet.name}'!${letter}$2,0,0,MAX(1,COUNTA({cells})-1),1)",
        )


def number_format(column: schema.Column) -> str | None:
    """The number format of a column's data cells (dates, birth dates, times)."""
    return FORMATS.get(column.kind)


# What a column takes when its declaration says no more.
KIND_HINTS = {
    schema.TEXT: "Ghi chữ.",
    schema.NAME: "Họ và tên đầy đủ.",
    schema.DATE: "Ngày dạng ngày/tháng/năm.",
    schema.BIRTH: "Ngày sinh, hoặc chỉ năm sinh.",
    schema.INT: "Số nguyên từ 0 trở lên.",
    schema.NUMBER: "Một số từ 0 trở lên.",
    schema.BOOL: 'Ghi "Có" hoặc "x"; để trống là không.',
    schema.CHOICE: "Chọn trong danh sách.",
    schema.TIME: "Giờ dạng giờ:phút.",
}


def hint(column: schema.Column) -> str:
    """What the clerk should type: the column's help, whether it is required, an example."""
    parts = [column.help or KIND_HINTS[column.kind]]
    if column.required:
        parts.append("Bắt buộc.")
    if column.example:
        parts.append(f"Ví dụ: {column.example}.")
    return " ".join(part for part in parts if part)


def write_sheet(worksheet, sheet: schema.Sheet, lists, choices: dict) -> None:
    worksheet.freeze_panes = "A2"
    headers = {column.key: index for index, column in enumerate(sheet.columns, start=1)}
    for index, column in enumerate(sheet.columns, start=1):
        cell = worksheet.cell(row=1, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = REQUIRED_FILL if column.required else HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        text = hint(column)
        cell.comment = Comment(text, HINT_AUTHOR, width=260, height=40 + 15 * (len(text) // 40))
        letter = cell.column_letter
        worksheet.column_dimensions[letter].width = column.width
        # Column-wide formats: no empty cells are created, so appended rows start at row 2.
        if number_format(column):
            worksheet.column_dimensions[letter].number_format = number_format(column)
        validation = column_validation(sheet, column, headers, lists, choices)
        validation.promptTitle = column.header[:32]
        validation.prompt = shorten(text, 255)
        validation.showInputMessage = True
        worksheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}{DATA_ROWS}")
    worksheet.row_dimensions[1].height = header_height(sheet)


def column_validation(sheet, column, headers, lists, lists_of: dict) -> DataValidation:
    """The drop-down list or value check of a column (an input message alone when neither)."""
    choices = column.choices or (schema.YES if column.kind == schema.BOOL else ())
    choices = lists_of.get((sheet.key, column.key), choices)
    if choices:
        name = f"Chon_{sheet.key}_{column.key}"
        # The drafts are offered, not enforced: a clerk may write a draft's real name (SPEC §5).
        style = "information" if (sheet.key, column.key) == ("opinions", "draft") else "stop"
        return drop_down(list_formula(choices, lists, name), column, style)
    if column.key == "cell_code":
        return drop_down(GROWING[("cells", "code")], column, "stop")
    if column == schema.PERSON and sheet is not MEMBERS:
        return drop_down(GROWING[("members", "name")], column, "warning")
    if sheet.key == "narrative" and column.key == "section":
        document = get_column_letter(headers["document"])
        formula = f'INDIRECT("{SECTIONS_NAME}"&MATCH(${document}2,{DOCUMENTS_NAME},0))'
        return drop_down(formula, column, "information")
    if column.kind == schema.BIRTH:
        letter = get_column_letter(headers[column.key])
        validation = DataValidation(
            type="custom",
            formula1=f"AND(ISNUMBER({letter}2),{letter}2>=1900,{letter}2<=DATE(2100,12,31))",
        )
        return value_check(validation, "Hãy ghi ngày sinh (12/03/1975) hoặc chỉ năm sinh (1975).")
    if column.kind in CHECKS:
        example = f" (ví dụ {column.example})" if column.example else ""
        wanted = "một ngày" if column.kind == schema.DATE else "một số từ 0 trở lên"
        validation = DataValidation(**CHECKS[column.kind])
        return value_check(validation, f'Cột "{column.header}" cần {wanted}{example}.')
    return DataValidation(allow_blank=True)


def drop_down(formula: str, column: schema.Column, style: str) -> DataValidation:
    """A list; "stop" refuses other values, "warning"/"information" only ask (names, Mục)."""
    validation = DataValidation(type="list", formula1=formula, allow_blank=True, errorStyle=style)
    if style == "stop":
        validation.error = f'Hãy chọn một giá trị trong danh sách của cột "{column.header}".'
    else:
        validation.error = (
            f'Giá trị này không có trong danh sách của cột "{column.header}". Bấm "Yes"/"OK" để '
            "giữ nguyên nếu đúng là như vậy."
        )
    validation.errorTitle = "Giá trị không hợp lệ"
    validation.showErrorMessage = True
    return validation


def value_check(validation: DataValidation, message: str) -> DataValidation:
    """A check that warns but lets the clerk keep the value: the reader is more tolerant."""
    validation.allow_blank = True
    validation.errorStyle = "warning"
    validation.errorTitle = "Kiểm tra lại giá trị"
    validation.error = message
    validation.showErrorMessage = True
    return validation


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def text_lines(text: str, width: float) -> int:
    """How many lines a wrapped text takes in a column of this width (Excel units)."""
    per_line = max(1, int(width * 1.1))
    return sum(max(1, -(-len(part) // per_line)) for part in str(text).split("\n"))


def header_height(sheet: schema.Sheet) -> float:
    """Tall enough for the longest header, wrapped in its column (bold: fewer per line)."""
    lines = max(text_lines(column.header, column.width / 1.2) for column in sheet.columns)
    return max(30, 15 * lines + 4)


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
            f"Ngày ghi dạng ngày/tháng/năm ({DATE_EXAMPLE}); năm sinh có thể chỉ ghi năm. Cột Có/không "
            'ghi "Có" hoặc "x", để trống là không. Đưa chuột vào tiêu đề cột hoặc chọn một ô để '
            "xem cách ghi; các cột có danh sách thì bấm mũi tên ở ô để chọn. Nhập xong, chạy "
            '"daihoi check" để kiểm tra (thêm --danh-dau để có bản sao ghi chú lỗi ngay trên ô), '
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
    lines += [
        ("Báo cáo tổng kết", section, "", schema.SECTION_HINTS[section], "")
        for section in schema.SUMMARY_SECTIONS
    ]
    lines.append(
        (
            "Báo cáo tổng kết",
            "",
            "",
            "Thêm các mục kết quả lãnh đạo nhiệm vụ chính trị theo loại chi bộ (in sau mục "
            '"Khó khăn"): '
            + " · ".join(
                f"{kind}: {', '.join(schema.field_sections(kind))}"
                for kind in schema.FIELD_SECTIONS
            ),
            "",
        )
    )
    lines += [
        ("Báo cáo kiểm điểm", section, "", hint, "")
        for section, hint in schema.SELF_REVIEW_HINTS.items()
    ]
    for values in lines:
        worksheet.append(list(values))
    worksheet["A1"].font = Font(bold=True, size=14)
    for cell in worksheet[4]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    widths = dict(zip("ABCDE", (26, 30, 10, 80, 30), strict=True))
    for letter, width in widths.items():
        worksheet.column_dimensions[letter].width = width
    for row in worksheet.iter_rows(min_row=5):
        if row[0].value and not row[1].value:
            row[0].font = Font(bold=True)
    for row in worksheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        lines = max(text_lines(c.value or "", widths[c.column_letter]) for c in row)
        worksheet.row_dimensions[row[0].row].height = 15 * lines + 2
    worksheet.row_dimensions[1].height = 22  # the title, in a larger font
    worksheet.merge_cells("A2:E2")
    worksheet.row_dimensions[2].height = 15 * text_lines(worksheet["A2"].value, 166) + 2
    worksheet.freeze_panes = "A5"
    fit_to_width(worksheet)
    worksheet.print_title_rows = "4:4"


def fit_to_width(worksheet) -> None:
    """Print on A4 landscape, every column on the page width, as many pages down as needed."""
    worksheet.page_setup.paperSize = worksheet.PAPERSIZE_A4
    worksheet.page_setup.orientation = worksheet.ORIENTATION_LANDSCAPE
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    worksheet.print_options.gridLines = True

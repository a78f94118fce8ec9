"""`daihoi init`: the blank workbook of SPEC §5 with its guide, drop-down lists, frozen headers."""

from __future__ import annotations

import re

import pytest
from conftest import Book, add_cell, findings_of, with_code
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from generator.checking.profile import PROFILE_KEY, SETTINGS, default_profile
from generator.reading import schema
from generator.reading.blank import blank_workbook
from generator.rendering.resources import sample_workbook

GUIDE = "Hướng dẫn"
LISTS = "Danh mục"


@pytest.fixture
def initialised(tmp_path, run_cli):
    path = tmp_path / "so_lieu.xlsx"
    result = run_cli("init", path, "--bo", default_profile().name)  # the layout, on any profile
    assert result.code == 0, result.err
    assert path.is_file()
    assert str(path) in result.out
    return path


def listed_choices(worksheet, validation) -> list[str]:
    """The items of a drop-down list: inline, or a range of the hidden list sheet."""
    formula = validation.formula1
    if formula.startswith('"'):
        return formula.strip('"').split(",")
    sheet, cells = worksheet.parent.defined_names[formula].attr_text.split("!")
    lists = worksheet.parent[sheet.strip("'")]
    assert lists.sheet_state == "hidden"
    return [row[0].value for row in lists[cells.replace("$", "")]]


def validations(worksheet):
    return list(worksheet.data_validations.dataValidation)


def validation_at(worksheet, coordinate: str):
    found = [dv for dv in validations(worksheet) if coordinate in dv.sqref]
    assert len(found) <= 1, f"several drop-down lists on {coordinate}"
    return found[0] if found else None


def test_guide_first_then_every_sheet_in_order(initialised):
    book = load_workbook(initialised)
    assert book.sheetnames[0] == GUIDE
    names = [sheet.name for sheet in schema.SHEETS]
    assert [name for name in book.sheetnames if name in names] == names
    assert set(book.sheetnames) == {GUIDE, *names, LISTS}
    assert book[LISTS].sheet_state == "hidden"


def test_headers_on_row_one_in_order_and_frozen(initialised):
    book = load_workbook(initialised)
    for sheet in schema.SHEETS:
        worksheet = book[sheet.name]
        headers = [worksheet.cell(row=1, column=i).value for i in range(1, len(sheet.columns) + 2)]
        assert headers == [column.header for column in sheet.columns] + [None], sheet.name
        assert worksheet.freeze_panes == "A2", sheet.name
        assert worksheet.max_row == 1, f"{sheet.name}: data rows must start empty"


GROWING = {"Mã chi bộ": ("Chi bộ", "A"), "Họ và tên": ("Đảng viên", "B")}


@pytest.mark.parametrize("sheet", schema.SHEETS, ids=lambda s: s.key)
def test_drop_down_lists_for_every_closed_vocabulary(initialised, sheet):
    worksheet = load_workbook(initialised)[sheet.name]
    for index, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(index)
        choices = column.choices or (("Có", "x") if column.kind == schema.BOOL else ())
        if column.key == "draft":  # the drafts of the rules profile in use
            choices = default_profile().drafts
        if sheet.key == "settings" and column.key == "key":
            choices = (PROFILE_KEY, *SETTINGS)
        validation = validation_at(worksheet, f"{letter}2")
        assert validation is not None, f"{sheet.name}: no input message on {column.header}"
        assert validation_at(worksheet, f"{letter}50001") is validation, "to row 50,001"
        assert validation_at(worksheet, f"{letter}1") is None
        if choices:
            assert validation.type == "list", f"{sheet.name}: no list on {column.header}"
            assert listed_choices(worksheet, validation) == list(choices), column.header
            assert len(validation.formula1) - 2 <= 255, "Excel limits a list to 255 characters"
            assert validation.allow_blank
            # The drafts are offered, not enforced (a draft's real name is fine).
            draft = (sheet.key, column.key) == ("opinions", "draft")
            assert validation.errorStyle in (("information",) if draft else (None, "stop"))
        elif column.header in GROWING and sheet.name != GROWING[column.header][0]:
            assert growing_list(worksheet.parent, validation) == GROWING[column.header], column
        elif (sheet.key, column.key) == ("narrative", "section"):
            assert validation.type == "list"
        else:
            assert validation.type != "list", f"{sheet.name}: unexpected list on {column.header}"


def growing_list(book, validation) -> tuple[str, str]:
    """(sheet, column) a list reads from all of, whatever the number of rows filled."""
    assert validation.type == "list"
    formula = book.defined_names[validation.formula1].attr_text
    match = re.fullmatch(
        r"OFFSET\('(.+)'!\$([A-Z])\$2,0,0,MAX\(1,COUNTA\('\1'!\$\2:\$\2\)-1\),1\)", formula
    )
    assert match, formula
    return match.group(1), match.group(2)


def test_every_header_has_its_hint_and_every_data_cell_its_input_message(initialised):
    book = load_workbook(initialised)
    for sheet in schema.SHEETS:
        worksheet = book[sheet.name]
        for index, column in enumerate(sheet.columns, start=1):
            header = worksheet.cell(row=1, column=index)
            validation = validation_at(worksheet, f"{header.column_letter}2")
            assert validation.showInputMessage and validation.promptTitle, column.header
            # The input message is the header's hint, cut to Excel's 255 characters if longer.
            assert len(validation.prompt) <= 255
            assert header.comment.text.startswith(validation.prompt.rstrip("…"))
            assert column.help[:200] in validation.prompt, (sheet.name, column.header)
            for part in (column.help, column.example and f"Ví dụ: {column.example}."):
                if part:
                    assert part in header.comment.text, (sheet.name, column.header)
            assert header.comment.author != "daihoi", "daihoi marks are the check's own"
            assert ("Bắt buộc." in header.comment.text) == column.required


def test_the_header_row_is_tall_enough_for_every_header(initialised):
    book = load_workbook(initialised)
    for sheet in schema.SHEETS:
        lines = max(-(-len(column.header) // column.width) for column in sheet.columns)
        assert book[sheet.name].row_dimensions[1].height >= 15 * lines, sheet.name


def test_mục_lists_the_sections_of_the_document_on_its_row(initialised):
    book = load_workbook(initialised)
    worksheet = book["Nội dung"]
    validation = validation_at(worksheet, "C2")
    assert validation.formula1 == 'INDIRECT("Muc_"&MATCH($B2,DanhSachVanKien,0))'
    assert validation.errorStyle == "information", "a section of one's own stays allowed"
    lists = book[LISTS]

    def items(name: str) -> list[str]:
        sheet, cells = book.defined_names[name].attr_text.split("!")
        assert sheet == f"'{LISTS}'"
        return [row[0].value for row in lists[cells.replace("$", "")]]

    assert items("DanhSachVanKien") == list(schema.DOCUMENTS)
    for number, document in enumerate(schema.DOCUMENTS, start=1):
        assert items(f"Muc_{number}") == list(schema.DOCUMENT_SECTIONS[document])
    assert set(schema.SUMMARY_SECTIONS) <= set(items("Muc_1"))
    assert set(schema.FIELD_SECTIONS.values()) <= set(items("Muc_1"))
    assert items("Muc_2") == list(schema.SELF_REVIEW_SECTIONS)


def test_birth_dates_take_a_year_or_a_date_and_show_a_year_as_a_year(initialised):
    worksheet = load_workbook(initialised)["Đảng viên"]
    assert worksheet.column_dimensions["D"].number_format == "[<=9999]0;DD/MM/YYYY"
    validation = validation_at(worksheet, "D2")
    assert validation.type == "custom"
    assert validation.formula1 == "AND(ISNUMBER(D2),D2>=1900,D2<=DATE(2100,12,31))"
    assert validation.errorStyle == "warning"
    assert validation_at(worksheet, "I2").type == "date"  # Ngày vào Đảng


def test_the_guide_prints_on_the_page_width_with_its_header_repeated(initialised):
    worksheet = load_workbook(initialised)[GUIDE]
    assert worksheet.sheet_properties.pageSetUpPr.fitToPage
    assert (worksheet.page_setup.fitToWidth, worksheet.page_setup.fitToHeight) == (1, 0)
    assert worksheet.page_setup.orientation == "landscape"
    assert worksheet.print_title_rows == "$4:$4"
    for row in worksheet.iter_rows(min_row=5):
        text = row[3].value or ""
        assert row[3].alignment.wrap_text
        lines = -(-len(text) // 90) or 1
        assert worksheet.row_dimensions[row[0].row].height >= 15 * lines, text


def test_cell_type_list_has_the_six_kinds(initialised):
    book = load_workbook(initialised)
    kinds = listed_choices(book["Chi bộ"], validation_at(book["Chi bộ"], "C2"))
    assert kinds == ["Ấp", "Cơ quan", "Đơn vị sự nghiệp", "Doanh nghiệp", "Công an", "Quân sự"]
    status = listed_choices(book["Đảng viên"], validation_at(book["Đảng viên"], "K2"))
    assert status == ["Chính thức", "Dự bị"]


def test_a_choice_with_a_comma_is_listed_whole(initialised):
    book = load_workbook(initialised)
    worksheet = book["Đảng viên"]
    column = [c.header for c in schema.SHEET_BY_KEY["members"].columns].index(
        "Trường hợp đặc biệt"
    ) + 1
    validation = validation_at(worksheet, f"{get_column_letter(column)}2")
    assert "Bị khởi tố, truy tố, tạm giam" in listed_choices(worksheet, validation)


def test_guide_explains_sheets_columns_and_settings(initialised):
    worksheet = load_workbook(initialised)[GUIDE]
    text = "\n".join(
        str(value)
        for row in worksheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    for sheet in schema.SHEETS:
        assert sheet.name in text
        for column in sheet.columns:
            assert column.header in text
    for key in SETTINGS:
        assert key in text
    assert "daihoi check" in text


def test_refuses_to_overwrite_without_force(initialised, run_cli):
    initialised.write_bytes(b"clerk's work")
    result = run_cli("init", initialised)
    assert result.code == 1
    assert "--force" in result.err
    assert "Traceback" not in result.err
    assert initialised.read_bytes() == b"clerk's work"
    forced = run_cli("init", initialised, "--force")
    assert forced.code == 0
    assert load_workbook(initialised).sheetnames[0] == GUIDE


def test_adds_the_xlsx_suffix(tmp_path, run_cli):
    result = run_cli("init", tmp_path / "dai_hoi")
    assert result.code == 0
    assert (tmp_path / "dai_hoi.xlsx").is_file()


def test_default_name(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("init")
    assert result.code == 0
    assert (tmp_path / "so_lieu_dai_hoi.xlsx").is_file()


def test_blank_workbook_checks_with_only_no_cells(initialised, run_cli):
    findings = findings_of(initialised)
    # and the district of the default profile and the number and date of its plan are to be named
    assert [f.code for f in findings] == ["no-cells", "plan-reference-blank", "profile-place"]
    result = run_cli("check", initialised)
    assert result.code == 1
    assert "[no-cells]" in result.out


def test_filled_init_output_passes_check(initialised, run_cli, tmp_path):
    book = Book(tmp_path, load_workbook(initialised))
    book.name_the_district()
    add_cell(book, "CB01", official=12, probationary=1, exempt=1)
    add_cell(book, "CB02", official=6, first_person=40)
    path = book.save("so_lieu.xlsx")
    assert path == initialised
    result = run_cli("check", path)
    assert result.code == 0, result.out
    assert "2 chi bộ, 0 lỗi, 0 cảnh báo" in result.out
    assert not with_code(findings_of(path), "missing-column")


def test_the_sample_workbook_has_the_same_hints_lists_and_formats(tmp_path):
    sample = load_workbook(sample_workbook())
    blank = blank_workbook()
    assert sample.defined_names.keys() == blank.defined_names.keys()
    for sheet in schema.SHEETS:
        ours, theirs = sample[sheet.name], blank[sheet.name]
        assert [(str(v.sqref), v.type, v.formula1, v.prompt) for v in validations(ours)] == [
            (str(v.sqref), v.type, v.formula1, v.prompt) for v in validations(theirs)
        ]
        assert [c.comment.text for c in ours[1]] == [c.comment.text for c in theirs[1]]
    members = sample["Đảng viên"]
    births = [row[3] for row in members.iter_rows(min_row=2) if row[3].value is not None]
    years = [cell for cell in births if cell.value <= 9999]  # a date is a serial beyond 9999
    assert years and len(years) < len(births), "the sample has bare years and whole dates"
    assert {cell.number_format for cell in births} == {"[<=9999]0;DD/MM/YYYY"}

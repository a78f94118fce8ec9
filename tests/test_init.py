"""`daihoi init`: the blank workbook of SPEC §5 with its guide, drop-down lists, frozen headers."""

from __future__ import annotations

import pytest
from conftest import Book, add_cell, findings_of, with_code
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from generator import schema
from generator.profile import SETTINGS, default_profile

GUIDE = "Hướng dẫn"
LISTS = "Danh mục"


@pytest.fixture
def initialised(tmp_path, run_cli):
    path = tmp_path / "so_lieu.xlsx"
    result = run_cli("init", path)
    assert result.code == 0, result.err
    assert path.is_file()
    assert str(path) in result.out
    return path


def listed_choices(worksheet, validation) -> list[str]:
    """The items of a drop-down list: inline, or a range of the hidden list sheet."""
    formula = validation.formula1
    if formula.startswith('"'):
        return formula.strip('"').split(",")
    sheet, cells = formula.split("!")
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


@pytest.mark.parametrize("sheet", schema.SHEETS, ids=lambda s: s.key)
def test_drop_down_lists_for_every_closed_vocabulary(initialised, sheet):
    worksheet = load_workbook(initialised)[sheet.name]
    for index, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(index)
        choices = column.choices or (("Có",) if column.kind == schema.BOOL else ())
        if column.key == "draft":  # the drafts of the rules profile in use
            choices = default_profile().drafts
        validation = validation_at(worksheet, f"{letter}2")
        if choices:
            assert validation is not None, f"{sheet.name}: no list on {column.header}"
            assert validation.type == "list"
            assert validation_at(worksheet, f"{letter}1000") is validation
            assert validation_at(worksheet, f"{letter}1") is None
            assert listed_choices(worksheet, validation) == list(choices), column.header
            assert len(validation.formula1) - 2 <= 255, "Excel limits a list to 255 characters"
            assert validation.allow_blank
        elif column.key == "cell_code":
            assert validation is not None and "Chi bộ" in validation.formula1
        else:
            assert validation is None, f"{sheet.name}: unexpected list on {column.header}"


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
    # and the district of the default profile is still to be named
    assert [f.code for f in findings] == ["no-cells", "profile-place"]
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

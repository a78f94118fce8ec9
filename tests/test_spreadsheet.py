"""The marked copy and the `init` workbook opened by a real spreadsheet program (LibreOffice
Calc, headless): saved back to .xlsx they keep their comments, fills, drop-downs and links and
read exactly as before; printed to PDF the birth years and the guide read right."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from conftest import Book, add_cell, findings_of
from openpyxl import load_workbook

from generator.cli import main as cli_main
from generator.reading.blank import BIRTH_FORMAT, blank_workbook
from generator.reading.markup import AUTHOR

REPORT = "Kết quả kiểm tra"


def soffice_convert(files, target: str, outdir, profile) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("CI must install LibreOffice Calc and poppler-utils (.ci/run)")
        pytest.skip("LibreOffice or poppler-utils is not installed")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def opened(tmp_path_factory):
    """(original, marked copy, blank) and what LibreOffice made of them: .xlsx and .pdf."""
    folder = tmp_path_factory.mktemp("calc")
    book = Book(folder)
    info = add_cell(book, official=5)
    members = book.ws("Đảng viên")
    year_row = info.member_rows[info.official[2]]
    book.set("Đảng viên", year_row, "Ngày sinh", 1957)  # a bare year, as a clerk types it
    date_row = info.member_rows[info.official[0]]  # born 12/03/1992
    for row in (year_row, date_row):  # the column's format, as Excel gives a typed cell
        members[f"D{row}"].number_format = BIRTH_FORMAT
    book.set("Đảng viên", info.member_rows[info.official[3]], "Giới tính", "Trai")
    book.set("Chi bộ", info.row, "Số chi ủy viên", "ba")
    book.set("Nhân sự", 2, "Họ và tên", "Người Lạ")
    original = book.save()
    assert cli_main(["check", str(original), "--danh-dau"]) == 1
    marked = folder / "so_lieu - đã kiểm tra.xlsx"
    blank = folder / "trong.xlsx"
    blank_workbook().save(blank)
    back, pdf = folder / "back", folder / "pdf"
    soffice_convert([marked, blank], "xlsx", back, folder / "profile")
    soffice_convert([marked, blank], "pdf", pdf, folder / "profile")
    return dict(
        original=original,
        marked=marked,
        blank=blank,
        marked_back=back / marked.name,
        blank_back=back / blank.name,
        marked_pdf=pdf / "so_lieu - đã kiểm tra.pdf",
        blank_pdf=pdf / "trong.pdf",
        year_row=year_row,
    )


def pdf_text(path, first: int | None = None, last: int | None = None) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    run = subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True)
    return run.stdout.decode()


def list_formulas(book) -> dict[tuple[str, str], str]:
    """(sheet, first cell) → formula of every drop-down list."""
    return {
        (ws.title, str(v.sqref).split(":")[0]): v.formula1
        for ws in book.worksheets
        for v in ws.data_validations.dataValidation
        if v.type == "list"
    }


def test_the_marked_copy_keeps_its_marks_and_reads_the_same_after_calc(opened):
    findings = findings_of(opened["original"])
    assert len(findings) >= 3
    back = load_workbook(opened["marked_back"])
    assert back.sheetnames == load_workbook(opened["marked"]).sheetnames
    for finding in findings:
        cell = back[finding.sheet][f"{finding.column_letter or 'A'}{finding.row or 1}"]
        assert finding.message in cell.comment.text
        assert cell.fill.fgColor.rgb.endswith("FFC7CE" if finding.is_error else "FFEB9C")
    links = [row[4].hyperlink for row in back[REPORT].iter_rows(min_row=3) if row[0].value]
    assert [link.location for link in links] == [
        f"'{f.sheet}'!{f.column_letter or 'A'}{f.row or 1}" for f in findings
    ]
    before = list_formulas(load_workbook(opened["marked"]))
    after = list_formulas(back)
    assert after == before, "every drop-down list survives, with its formula"
    assert [f.as_json() for f in findings_of(opened["marked_back"])] == [
        f.as_json() for f in findings
    ]


def test_a_copy_saved_by_calc_is_re_marked_without_stacking(opened, tmp_path):
    copy = tmp_path / opened["marked_back"].name
    shutil.copy(opened["marked_back"], copy)
    assert load_workbook(copy)["Đảng viên"]["A1"].comment.author != AUTHOR  # Calc drops authors
    cli_main(["check", str(copy), "--danh-dau"])
    book = load_workbook(copy)
    findings = findings_of(opened["original"])
    for finding in findings:
        cell = book[finding.sheet][f"{finding.column_letter or 'A'}{finding.row or 1}"]
        assert cell.comment.text.count(finding.message) == 1, "a mark stacked on the old one"
    marked = sum(
        1
        for ws in book.worksheets
        if ws.title != REPORT
        for row in ws.iter_rows()
        for cell in row
        if cell.comment and "]: " in cell.comment.text
    )
    assert marked == len({(f.sheet, f.row, f.column_letter) for f in findings})


def test_the_init_workbook_keeps_hints_lists_and_print_setup_after_calc(opened):
    back = load_workbook(opened["blank_back"])
    # As the blank itself: no cell yet, and the default profile's district and the number and
    # date of its plan still to be named.
    findings = findings_of(opened["blank_back"])
    assert [f.as_json() for f in findings] == [f.as_json() for f in findings_of(opened["blank"])]
    assert [f.code for f in findings] == ["no-cells", "plan-reference-blank", "profile-place"]
    assert list_formulas(back) == list_formulas(load_workbook(opened["blank"]))
    for worksheet in back.worksheets[1:-1]:
        assert all(cell.comment for cell in worksheet[1] if cell.value), worksheet.title
    guide = back["Hướng dẫn"]
    assert (guide.page_setup.fitToWidth, guide.page_setup.fitToHeight) in ((1, 0), (1, None))
    assert guide.print_title_rows == "$4:$4"


def test_printed_birth_years_and_guide_read_right(opened):
    text = pdf_text(opened["marked_pdf"])
    assert "1957" in text and "28/05/1905" not in text, "a bare year prints as the year"
    assert "12/03/1992" in text, "a whole birth date prints as a date"
    report = pdf_text(opened["marked_pdf"], 1, 1)
    assert "Kết quả kiểm tra" in report and "Nội dung" in report and "bad-value" in report
    first, second = pdf_text(opened["blank_pdf"], 1, 1), pdf_text(opened["blank_pdf"], 2, 2)
    for header in ("Sheet", "Cột", "Bắt buộc", "Giá trị hợp lệ / giải thích", "Ví dụ"):
        assert header in first, "every column of the guide on the page width"
        assert header in second, "the guide's header row repeated on the next page"

"""Spreadsheets the tool writes hold text, never formulas, from what the workbook says; and
`check` warns about a name or a code that looks like a formula, and refuses a code that is no
name."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import add_cell, describe, errors, findings_of, with_code
from openpyxl import load_workbook

from generator.checking.check import check_workbook
from generator.writing.rollup import rollup_workbook

LINK = '=HYPERLINK("http://example.invalid/x","Bấm vào đây")'
DDE = "=cmd|' /C calc'!A0"


def as_text(book) -> None:
    """The test workbook as a clerk's would be: text typed with a leading apostrophe is text
    (openpyxl would take every value that begins with "=" for a formula)."""
    for worksheet in book.wb.worksheets:
        for row in worksheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"


def sheet_xml(data: bytes | Path, title: str) -> bytes:
    """The XML of the sheet with this title."""
    with zipfile.ZipFile(data if isinstance(data, Path) else io.BytesIO(data)) as archive:
        names = re.findall(rb'<sheet [^>]*name="([^"]+)"', archive.read("xl/workbook.xml"))
        index = [name.decode() for name in names].index(title)
        return archive.read(f"xl/worksheets/sheet{index + 1}.xml")


def text_cell(xml: bytes, text: str) -> bytes:
    """The <c> element holding this text inline (as openpyxl writes it, letters beyond ASCII as
    character references); fails when the text is anything else, a formula above all."""
    written = text.replace("&", "&amp;").replace("<", "&lt;").encode("ascii", "xmlcharrefreplace")
    found = re.search(rb'<c [^>]*t="inlineStr"[^>]*><is><t>' + re.escape(written) + b"</t>", xml)
    assert found, f"{text!r} is not a text cell"
    return found.group(0)


@pytest.fixture
def hostile_cell(book):
    info = add_cell(book)
    book.set("Chi bộ", info.row, "Tên chi bộ", LINK)
    book.set("Chi bộ", info.row, "Địa điểm", DDE)
    as_text(book)
    return book.save()


def test_the_roll_up_holds_formula_like_text_as_text(hostile_cell, tmp_path):
    book = rollup_workbook(check_workbook(hostile_cell), dt.date(2024, 12, 1))
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()
    for title in load_workbook(io.BytesIO(data)).sheetnames:
        assert b"<f>" not in sheet_xml(data, title)
    schedule = load_workbook(io.BytesIO(data)).sheetnames[0]
    for text in (LINK, DDE):
        cell = text_cell(sheet_xml(data, schedule), text)
        style = int(re.search(rb' s="(\d+)"', cell).group(1))
        styles = zipfile.ZipFile(io.BytesIO(data)).read("xl/styles.xml")
        xfs = re.search(rb"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S).group(1)
        assert b'quotePrefix="1"' in re.findall(rb"<xf [^>]*?/?>", xfs)[style]
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    path = tmp_path / "tong-hop.xlsx"
    path.write_bytes(data)
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",  # UTF-8
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    shown = [
        cell
        for row in csv.reader((tmp_path / "tong-hop.csv").open(encoding="utf-8", errors="replace"))
        for cell in row
    ]
    assert LINK in shown and DDE in shown, shown


def test_check_warns_once_on_a_name_or_code_that_looks_like_a_formula(book):
    info = add_cell(book, code="=CB01")
    person = info.official[1]
    book.set("Đảng viên", info.member_rows[person], "Họ và tên", "@" + person)
    as_text(book)
    found = with_code(findings_of(book.save()), "formula-text")
    places = sorted((f.sheet, f.row, f.column, f.severity) for f in found)
    assert places == [
        ("Chi bộ", info.row, "Mã chi bộ", "warning"),
        ("Đảng viên", info.member_rows[person], "Họ và tên", "warning"),
    ], describe(found)
    assert '"=CB01" bắt đầu bằng dấu "="' in next(f.message for f in found if f.sheet == "Chi bộ")


@pytest.mark.parametrize("code", [".", "..", "-.-", "{{ 7*7 }}", "CB{{x}}", "{% if 1 %}"])
def test_a_code_that_is_no_name_is_an_error_on_its_row(book, code):
    info = add_cell(book, code=code)
    as_text(book)
    found = [f for f in errors(findings_of(book.save())) if f.code == "bad-code"]
    assert [(f.sheet, f.row, f.column) for f in found] == [("Chi bộ", info.row, "Mã chi bộ")]
    assert f'mã chi bộ "{code}" không dùng được làm tên' in found[0].message


def test_the_marked_copy_keeps_text_as_text_and_the_clerks_own_formulas(book, run_cli):
    info = add_cell(book, code="=CB01")
    person = info.official[1]
    row = info.member_rows[person]
    book.set("Đảng viên", row, "Họ và tên", LINK)
    as_text(book)
    book.ws("Đảng viên")["Z1"] = "=1+1"  # the clerk's own formula, outside the data
    path = book.save()
    result = run_cli("check", path, "--danh-dau")
    assert result.code in (0, 1), result.err
    copy = path.with_name(f"{path.stem} - đã kiểm tra.xlsx")
    members = sheet_xml(copy, "Đảng viên")
    text_cell(members, LINK)
    assert b"<f>1+1</f>" in members
    report = sheet_xml(copy, load_workbook(copy, read_only=True).sheetnames[0])
    assert b"<f>" not in report
    text_cell(report, "=CB01")

"""What a clerk reads on the congress papers (issue 8, part A): headers with the ordinal, who
signs, type codes, ballot wording, the script, the poll forms and the papers after the count."""

from __future__ import annotations

import re

import pytest
from conftest import add_cell
from docx import Document
from test_congress import built, text_of

from generator.check import check_workbook

HEADERS = ("congress_script", "draft_resolution")


def built_cell(book, tmp_path, **cell):
    add_cell(book, **cell)
    return built(check_workbook(book.save()), tmp_path / "out")["CB01"]


@pytest.mark.parametrize("kind", HEADERS)
def test_congress_header_carries_the_ordinal_when_known(book, tmp_path, kind):
    out = built_cell(book, tmp_path, official=11, **{"Đại hội lần thứ": "VIII"})
    assert "ĐẠI HỘI CHI BỘ ẤP CB01 LẦN THỨ VIII, NHIỆM KỲ 2025 - 2027" in text_of(out, kind)


@pytest.mark.parametrize("kind", HEADERS)
def test_congress_header_has_the_term_alone_without_an_ordinal(book, tmp_path, kind):
    out = built_cell(book, tmp_path, official=11, **{"Nhiệm kỳ": "2025 - 2030"})
    text = text_of(out, kind)
    assert "ĐẠI HỘI CHI BỘ ẤP CB01 NHIỆM KỲ 2025 - 2030" in text and "LẦN THỨ" not in text


def test_body_and_signature_name_the_same_body(book, tmp_path):
    out = built_cell(book, tmp_path, official=11)
    approval = text_of(out, "personnel_approval")
    assert "Ban Thường vụ Đảng ủy xã Hiệp Hưng thống nhất" in approval
    assert "T/M BAN THƯỜNG VỤ" in approval and "T/M ĐẢNG ỦY" not in approval
    notice = text_of(out, "congress_notice")
    assert "Chi bộ Ấp CB01 thông báo" in notice and "T/M CHI BỘ" in notice
    assert "T/M CHI ỦY" not in notice


def test_type_codes_only_from_the_guideline(book, tmp_path):
    out = built_cell(book, tmp_path, official=11, kind="Cơ quan")
    codes = {}
    for document in out["documents"]:
        text = " ".join(text_of(out, document["kind"], document["path"].split(" - ", 1)[1]).split())
        codes[document["kind"]] = re.findall(r"Số -([^/ ]+)/", text)
    allowed = {"NQ", "QĐ", "CT", "KL", "QC", "HD", "TT", "TB", "BC", "KH", "CTr", "TTr", "BB"}
    assert all(set(found) <= allowed for found in codes.values()), codes
    for kind in ("personnel_roster", "residence_comment", "personnel_plan", "ballot"):
        assert codes[kind] == [], kind
    assert codes["congress_script"] == ["CTr"]


def test_ballot_wording(book, tmp_path):
    out = built_cell(book, tmp_path, official=15)
    committee = text_of(out, "ballot", "Chi ủy")
    assert (
        "Bầu không quá 05 đồng chí. Đồng chí nào không bầu thì gạch ngang cả họ và tên "
        "đồng chí đó" in committee
    )
    assert "không bầu đồng chí nào" not in committee


# ----------------------------------------------------------------------------- the script


def script_steps(out) -> list[tuple[str, str, str]]:
    """(time, task, person) of each row of the script's table of steps."""
    path = next(out["folder"].glob("* - Kịch bản điều hành đại hội.docx"))
    table = next(t for t in Document(path).tables if t.rows[0].cells[-1].text == "Người thực hiện")
    return [tuple(c.text for c in row.cells[1:]) for row in table.rows[1:]]


def chairs(book, info, *names):
    for name in names:
        book.add(
            "Phân công", {"Mã chi bộ": info.code, "Nhiệm vụ": "Chủ tịch đại hội", "Họ và tên": name}
        )


def test_script_small_cell_without_deputy(book, tmp_path):
    info = add_cell(book, official=7)
    book.set("Đảng viên", info.member_rows[info.secretary], "Chức vụ Đảng", "Bí thư")
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    text = text_of(out, "congress_script")
    assert "Biểu quyết việc bầu phó bí thư chi bộ" in text
    assert "Đoàn chủ tịch đề nghị Đại hội không bầu phó bí thư chi bộ nhiệm kỳ 2025 - 2027" in text
    assert "Bầu phó bí thư chi bộ Người trình bày" not in text and "chi ủy" not in text.lower()
    assert "Bầu bí thư chi bộ Người trình bày" in text
    assert (
        f"Báo cáo tình hình đảng viên dự Đại hội Người trình bày: Đồng chí {info.secretary} "
        "(bí thư chi bộ nhiệm kỳ trước)" in text
    )
    steps = script_steps(out)
    times = [time for time, _, _ in steps]
    assert times[0] == "07 giờ 30" and times == sorted(times) and len(set(times)) == len(times)
    assert "Tổng hợp danh sách theo vần A, B, C; xem xét việc xin rút" in text


def test_script_small_cell_electing_a_deputy(book, tmp_path):
    info = add_cell(book, official=8, **{"Bầu phó bí thư": "Có"})
    book.add(
        "Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": info.official[1], "Dự kiến": "Phó bí thư"}
    )
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    text = text_of(out, "congress_script")
    assert "Đoàn chủ tịch đề nghị Đại hội bầu 01 phó bí thư chi bộ" in text
    assert f"Bầu phó bí thư chi bộ Người trình bày: Đồng chí {info.secretary}" in text
    assert f"1. Đồng chí {info.official[1]} Ngoài danh sách trên" in text
    assert "Hướng dẫn bỏ phiếu bầu phó bí thư chi bộ" in text


def test_script_with_a_committee_one_person_per_step(book, tmp_path):
    info = add_cell(book, official=9)
    chairs(book, info, info.official[2], info.official[3])
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    text = text_of(out, "congress_script")
    assert "biểu quyết số lượng Chi ủy nhiệm kỳ 2025 - 2027 là 03 đồng chí" in text
    assert "Ngoài danh sách trên, đồng chí nào ứng cử hoặc đề cử" in text
    assert "Đồng chí nào xin rút khỏi danh sách" in text
    assert "là chi ủy viên vừa trúng cử" in text and "biểu quyết việc bầu phó bí thư" not in text
    assert all(f"Đồng chí {name}" in text for name in info.candidates())
    for _, _, person in script_steps(out):
        assert sum(name in person for name in info.official) <= 1, person
    presidium = [p for _, task, p in script_steps(out) if "Diễn văn khai mạc" in task]
    assert presidium == [f"Đồng chí {info.secretary} (thay mặt đoàn chủ tịch)"]
    assert "T/M ĐOÀN CHỦ TỊCH" in text and "T/M CHI BỘ" not in text


def test_script_large_cell_with_delegates_and_assigned_presidium_steps(book, tmp_path):
    info = add_cell(book, official=21, **{"Số đại biểu dự đại hội cấp trên": 2})
    for name in info.official[10:12]:
        book.add(
            "Nhân sự",
            {"Mã chi bộ": "CB01", "Họ và tên": name, "Dự kiến": "Đại biểu dự đại hội cấp trên"},
        )
    runner = info.official[5]
    book.add(
        "Phân công", {"Mã chi bộ": "CB01", "Nhiệm vụ": "Điều hành bầu cử", "Họ và tên": runner}
    )
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    text = text_of(out, "congress_script")
    assert "là 07 đồng chí" in text
    assert "Chi bộ được bầu 02 đại biểu dự Đại hội Đảng bộ xã Hiệp Hưng" in text
    assert f"Bầu đại biểu dự đại hội Người trình bày: Đồng chí {runner}" in text
    elections = [p for _, task, p in script_steps(out) if "ứng cử, đề cử tại Đại hội" in task]
    assert len(elections) == 3 and set(elections) == {f"Đồng chí {runner}"}
    assert "Bầu không quá 07 đồng chí. Đồng chí nào không bầu thì gạch ngang" in text

"""The coming round (issue 19): a commune of Cần Thơ holds its cells' congresses in 2027 on the
profile "Trung ương 2026"; what documents cite and how they are laid out comes from the profile."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import Book, add_cell, describe, errors, findings_of, with_code
from openpyxl import load_workbook
from test_congress import attend, committee_vote, count, vote
from test_opinions import opinion
from test_places import docx_paragraphs, leaks
from test_profiles import CENTRAL, CITY, CONGRESS_2027, EARLIER, NOTICE_2027, city_book

from generator.checking.profile import PROFILE_KEY, builtin_profiles, new_workbook_profile

D = dt.date
COMMUNE = {"Đảng bộ cơ sở": "Đảng bộ xã Thới Lai", "Địa danh": "Thới Lai"}
# Cells of every shape: hamlet, office, school, police; with and without a chi ủy.
SHAPES = (
    ("CB01", "Ấp", "Chi bộ Ấp Thới Thuận", 13, 5),
    ("CB02", "Cơ quan", "Chi bộ Cơ quan Ủy ban nhân dân xã", 10, 3),
    ("CB03", "Đơn vị sự nghiệp", "Chi bộ Trường Tiểu học Thới Lai", 6, None),
    ("CB04", "Công an", "Chi bộ Công an xã", 5, None),
)


def commune_cell(
    book: Book, code: str, kind: str, name: str, official: int, seats, deputy=True, **values
):
    info = add_cell(
        book,
        code,
        official=official,
        kind=kind,
        seats=seats,
        congress=CONGRESS_2027,
        notice=NOTICE_2027,
        first_person=40 * int(code[2:]),
        **(
            COMMUNE
            | {
                "Tên chi bộ": name,
                "Địa điểm": f"Hội trường {name}",
                "Ngày đại hội nhiệm kỳ trước": D(2022, 5, 20),
            }
            | values
        ),
    )
    # the nominee for bí thư is a young cadre at the congress of 2027
    book.set("Đảng viên", info.member_rows[info.secretary], "Ngày sinh", D(1996, 3, 12))
    if seats and deputy:  # a chi ủy elects its phó bí thư (QĐ 294)
        book.set("Chi bộ", info.row, "Bầu phó bí thư", "Có")
        book.add(
            "Nhân sự", {"Mã chi bộ": code, "Họ và tên": info.official[1], "Dự kiến": "Phó bí thư"}
        )
    return info


def elect(book: Book, info, voters: int) -> None:
    """The congress held and counted: everyone present, the planned people elected."""
    attend(book, info)
    if info.seats:
        committee_vote(book, info, [voters] * (info.seats - 1) + [voters - 1, 1], voters)
    posts = [("Bí thư", info.secretary)] + (
        [("Phó bí thư", info.official[1])] if info.seats else []
    )
    for election, name in posts:
        count(book, info, election, voters, voters, voters, 0)
        vote(book, info, election, name, voters)


def commune_book(tmp_path, **settings) -> Book:
    book = city_book(tmp_path, **settings)
    for code, kind, name, official, seats in SHAPES:
        info = commune_cell(book, code, kind, name, official, seats)
        elect(book, info, official)
    book.set("Chi bộ", info.row, "Ngày họp góp ý văn kiện", D(2027, 4, 20))
    opinion(book, "Văn kiện Đại hội đảng bộ cấp trên", info.official[2], "Đồng tình", code="CB04")
    opinion(book, "Văn kiện Đại hội đảng bộ cấp trên", "Đoàn Thanh niên xã", "Đồng tình", "CB04")
    return book


def paragraphs_by_document(out) -> dict[str, list[str]]:
    return {
        f"{p.parent.name}/{p.name}": [" ".join(t.split()) for t in docx_paragraphs(p) if t.strip()]
        for p in sorted(out.glob("*/*.docx"))
    }


@pytest.fixture(scope="module")
def commune(tmp_path_factory):
    """The workbook built with openpyxl, checked and built once through the command line."""
    from generator.cli import main

    tmp_path = tmp_path_factory.mktemp("commune")
    path = commune_book(tmp_path).save()
    out = tmp_path / "out"
    assert main(["build", str(path), "-o", str(out)]) == 0
    return path, out


def test_a_commune_of_can_tho_checks_without_errors_on_the_new_profile(commune):
    path, _ = commune
    findings = findings_of(path)
    assert errors(findings) == [], describe(findings)
    assert findings == [], describe(findings)  # nor a warning: every value given as it should be


def test_no_document_names_a_district_the_old_province_or_its_directive(commune):
    _, out = commune
    documents = paragraphs_by_document(out)
    kinds = " ".join(documents)
    for wanted in ("Tờ trình", "Báo cáo kiểm điểm", "Danh mục công việc", "(3)", "Nghị quyết"):
        assert wanted in kinds, wanted
    assert len({name.split("/")[0] for name in documents}) == len(SHAPES)
    found = [leak for name, lines in documents.items() for leak in leaks(name, lines)]
    rollup = load_workbook(next(out.glob("*.xlsx")))
    found += leaks("roll-up", [str(c.value) for ws in rollup for r in ws.iter_rows() for c in r])
    assert found == [], "\n".join(found)
    whole = "\n".join(line for lines in documents.values() for line in lines)
    assert CITY["Văn bản chỉ đạo"] in whole and "2027 - 2032" in whole
    assert "Nghị quyết Trung ương 4 khóa XI, khóa XII" in whole  # the profile's, no province's
    assert (
        "(theo Hướng dẫn số 06-HD/TW, ngày 09/6/2025 của Ban Bí thư)" in whole
    )  # the guide of the congress steps, from the profile


def test_documents_follow_the_format_of_the_profile(commune):
    """Every difference between the format guides is data: the documents show the profile's."""
    _, out = commune
    profile = builtin_profiles()[CENTRAL]
    assert "05-HD/VPTW" in profile.format_guide
    documents = paragraphs_by_document(out)
    request = next(lines for name, lines in documents.items() if "Tờ trình" in name)
    at = request.index("- Căn cứ Điều lệ Đảng;")  # each căn cứ on its own line (QĐ 399)
    assert request[at + 1] == "- Căn cứ Quy chế bầu cử trong Đảng;"
    assert request[at + 2] == f"- Thực hiện {CITY['Văn bản chỉ đạo']};"
    assert request[at + 3].startswith("- Căn cứ kết quả bầu cử tại Đại hội Chi bộ Ấp Thới Thuận")
    assert request[at + 4].startswith("Chi bộ Ấp Thới Thuận kính trình")
    assert any(line.startswith(f"{profile.petition_word}: Ban Thường vụ") for line in request)
    for name, lines in documents.items():
        received = lines.index("Nơi nhận:") if "Nơi nhận:" in lines else None
        if received is None:
            continue
        items = [line for line in lines[received + 1 :] if line.startswith("- ")]
        assert items[-1].startswith("- Lưu ") and items[-1].endswith("."), name
        assert all(item.endswith(profile.recipient_separator) for item in items[:-1]), name
    resolution = next(lines for name, lines in documents.items() if "Nghị quyết đại hội" in name)
    assert "Số -NQ/ĐH" in resolution  # the congress's own papers carry ký hiệu ĐH
    assert not any("uỷ" in line.casefold() for lines in documents.values() for line in lines)


def test_format_values_set_in_the_workbook_reach_every_document(tmp_path):
    """The HD 05 points not yet confirmed switch on with one Cấu hình line each: no template
    carries a format of its own."""
    book = commune_book(
        tmp_path,
        **{
            "Dấu kết thúc văn bản": ".",
            "Từ mở đầu tờ trình": "Kính trình",
            "Dấu cuối mỗi nơi nhận": ";",
        },
    )
    from generator.cli import main

    path = book.save()
    assert errors(findings_of(path)) == []
    out = tmp_path / "out"
    assert main(["build", str(path), "-o", str(out), "--chi-bo", "CB01"]) == 0
    documents = paragraphs_by_document(out)
    assert len(documents) > 15
    whole = [line for lines in documents.values() for line in lines]
    assert not [line for line in whole if "./." in line]
    assert "Kính trình: Ban Thường vụ Đảng ủy xã Thới Lai." in whole
    assert "- Đảng ủy xã Thới Lai (b/c);" in whole and "- Lưu Chi bộ." in whole
    assert not [line for line in whole if re.match(r"- .*,$", line)]


def test_quy_dinh_prints_the_new_profile_with_sources_and_words(run_cli):
    result = run_cli("quy-dinh", "--bo", CENTRAL)
    assert result.code == 0
    profile = builtin_profiles()[CENTRAL]
    for rule in profile.rules:
        assert f"{rule.key}: {rule.shown}" in result.out
        assert f"Nguồn: {rule.source}" in result.out
    for words in (
        '"bầu một phó bí thư trong số chi ủy viên"',
        "Quy định 399-QĐ/TW",
        "Hướng dẫn 05-HD/VPTW",
        "Quy chế bầu cử 190-QĐ/TW, Điều 14",
        "Thực tiễn",
    ):
        assert words in result.out, words


def test_init_writes_new_workbooks_on_the_new_profile(tmp_path, run_cli):
    path = tmp_path / "so_lieu.xlsx"
    assert run_cli("init", path).code == 0
    rows = [[c.value for c in r] for r in load_workbook(path)["Cấu hình"].iter_rows(min_row=2)]
    assert rows == [[PROFILE_KEY, CENTRAL]] and new_workbook_profile().name == CENTRAL


def test_a_date_outside_the_profile_suggests_the_profile_that_fits(tmp_path):
    book = city_book(tmp_path, profile=EARLIER)
    info = commune_cell(book, *SHAPES[0])
    found = with_code(findings_of(book.save("earlier.xlsx")), "profile-period")
    assert [(f.severity, f.row, f.column) for f in found] == [("warning", info.row, "Ngày đại hội")]
    assert f'"{CENTRAL}"' in found[0].message

    book = city_book(tmp_path, profile=None)  # the seed's plan: its window is December 2024
    info = commune_cell(book, *SHAPES[3])
    window = with_code(findings_of(book.save("seed.xlsx")), "congress-date-window")
    assert window[0].is_error and f'hãy chọn bộ quy định "{CENTRAL}"' in window[0].message


def test_the_window_is_measured_from_the_previous_congress_date(tmp_path):
    """End of the previous term = its congress's date + its length, ± 6 months (Điều lệ Đ24.3)."""
    book = city_book(tmp_path)
    near = commune_cell(book, *SHAPES[2], **{"Ngày đại hội nhiệm kỳ trước": D(2022, 6, 1)})
    far = commune_cell(book, *SHAPES[3], **{"Ngày đại hội nhiệm kỳ trước": D(2021, 9, 1)})
    found = with_code(findings_of(book.save()), "congress-date-window")
    assert [(f.severity, f.row) for f in found] == [("warning", far.row)], describe(found)
    assert "01/9/2026" in found[0].message  # 01/9/2021 + 5 years
    assert 'cột "Ngày đại hội nhiệm kỳ trước"' in found[0].message
    assert near.row != far.row


def test_rules_no_text_states_and_the_prepared_surplus_are_warnings(tmp_path):
    book = city_book(tmp_path)
    few = commune_cell(book, "CB01", "Ấp", "Chi bộ Ấp Một", 9, 2)  # 2 seats: below practice's 3
    many = commune_cell(book, "CB02", "Ấp", "Chi bộ Ấp Hai", 21, 7, candidates=9)  # 2 over 7
    findings = findings_of(book.save())
    assert errors(findings) == [], describe(findings)
    size = with_code(findings, "committee-size")
    assert [(f.row, f.severity) for f in size] == [(few.row, "warning")]
    assert "Thực tiễn" in size[0].message
    surplus = with_code(findings, "prepared-surplus")
    assert [f.row for f in surplus] == [many.nomination_rows[(many.candidates()[0], "Chi ủy viên")]]
    assert "10–15%" in surplus[0].message and "Điều 14" in surplus[0].message

    earlier = city_book(tmp_path, profile=EARLIER, **{"Áp dụng đến ngày": "31/12/2027"})
    commune_cell(earlier, "CB01", "Ấp", "Chi bộ Ấp Một", 9, 2)
    assert [f.code for f in errors(findings_of(earlier.save("earlier.xlsx")))] == ["committee-size"]


def test_a_chi_uy_without_a_deputy_and_a_tie_cite_their_sources(tmp_path):
    book = city_book(tmp_path)
    info = commune_cell(book, "CB01", "Ấp", "Chi bộ Ấp Một", 13, 5, deputy=False)
    attend(book, info)
    committee_vote(book, info, [13, 12, 11, 10, 9, 9], 13)
    findings = findings_of(book.save())
    deputy = with_code(findings, "deputy-not-planned")
    assert [(f.row, f.column) for f in deputy] == [(info.row, "Bầu phó bí thư")], describe(findings)
    assert "294-QĐ/TW" in deputy[0].message
    tie = with_code(findings, "election-tie")
    assert len(tie) == 1 and not tie[0].is_error and "Thực tiễn" in tie[0].message


def test_opinions_on_a_district_draft_warn_on_their_row_where_there_is_no_district(tmp_path):
    book = city_book(tmp_path)
    info = commune_cell(book, *SHAPES[3])
    row = opinion(book, "Văn kiện Đại hội Đảng bộ huyện", info.official[1], "Đồng tình", "CB04")
    found = with_code(findings_of(book.save()), "opinion-missing-level")
    assert [(f.row, f.column, f.severity) for f in found] == [(row, "Dự thảo", "warning")]

    seed = Book(tmp_path)  # the seed's plan has a district: no warning
    add_cell(seed, "CB04", official=5)
    opinion(seed, "Văn kiện Đại hội Đảng bộ huyện", "Đảng viên A", "Đồng tình", "CB04")
    assert with_code(findings_of(seed.save("seed.xlsx")), "opinion-missing-level") == []


def test_structure_goals_cite_the_profile_not_a_plan(tmp_path):
    book = city_book(tmp_path)
    info = commune_cell(book, *SHAPES[0])
    book.set("Đảng viên", info.member_rows[info.secretary], "Ngày sinh", D(1980, 3, 12))
    found = with_code(findings_of(book.save()), "structure-goal")
    assert len(found) == 1 and "cán bộ trẻ" in found[0].message
    assert "Chỉ thị 45-CT/TW" in found[0].message and "kế hoạch" not in found[0].message

"""Congress day and after: the Party threshold, ties, empty seats, inconsistent counts, and which
documents a cell gets before and after its congress (issue 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Book, CellInfo, add_cell, describe, errors, with_code
from docx import Document
from test_build import texts

from generator.checking.check import Checked, check_workbook
from generator.checking.election import tallies, threshold_base
from generator.documents import cell_documents
from generator.rendering.resources import sample_workbook
from generator.writing.package import build

PRESENT, EXCUSED, UNEXCUSED = "Có mặt", "Vắng có lý do", "Vắng không lý do"
BEFORE = {"congress_notice", "ballot"}
AFTER = {"vote_count_minutes", "congress_minutes", "resolution", "results_report"}


def quiet(*_):
    return None


def attend(
    book: Book,
    info: CellInfo,
    away: dict[str, str] | None = None,
    special: dict[str, str] | None = None,
) -> None:
    """Everyone present, except `away` (name → Dự đại hội); `special` name → case."""
    for name, row in info.member_rows.items():
        book.set("Đảng viên", row, "Dự đại hội", (away or {}).get(name, PRESENT))
    for name, case in (special or {}).items():
        book.set("Đảng viên", info.member_rows[name], "Trường hợp đặc biệt", case)


def count(
    book: Book,
    info: CellInfo,
    election: str,
    issued: int,
    collected: int,
    valid: int,
    invalid: int,
    round_: int = 1,
) -> int:
    return book.add(
        "Kiểm phiếu",
        {
            "Mã chi bộ": info.code,
            "Cuộc bầu": election,
            "Lần bầu": round_,
            "Phiếu phát ra": issued,
            "Phiếu thu vào": collected,
            "Phiếu hợp lệ": valid,
            "Phiếu không hợp lệ": invalid,
        },
    )


def vote(book: Book, info: CellInfo, election: str, name: str, votes: int, round_: int = 1) -> int:
    return book.add(
        "Kết quả bầu cử",
        {
            "Mã chi bộ": info.code,
            "Cuộc bầu": election,
            "Lần bầu": round_,
            "Họ và tên": name,
            "Số phiếu đồng ý": votes,
        },
    )


def committee_vote(book: Book, info: CellInfo, votes: list[int], voters: int) -> list[int]:
    """A chi ủy count with every ballot valid; votes for the candidates in list order."""
    count(book, info, "Chi ủy", voters, voters, voters, 0)
    return [
        vote(book, info, "Chi ủy", name, n)
        for name, n in zip(info.candidates(), votes, strict=True)
    ]


def tie_then_second_round(book: Book, info: CellInfo, invalid: int = 0) -> None:
    """11 present: the chi ủy ties at its last seat (6 and 6), a second round settles it 7 to
    the rest of the valid ballots."""
    attend(book, info)
    committee_vote(book, info, [11, 10, 6, 6], voters=11)
    third, fourth = info.candidates()[2:]
    count(book, info, "Chi ủy", 11, 11, 11 - invalid, invalid, round_=2)
    vote(book, info, "Chi ủy", third, 7, round_=2)
    vote(book, info, "Chi ủy", fourth, 4 - invalid, round_=2)


def checked_cell(book: Book) -> tuple[Checked, object]:
    checked = check_workbook(book.save())
    return checked, checked.congresses.cells[0]


def elected_names(cell, election: str = "Chi ủy") -> list[str]:
    return [r.member.name for t in tallies(cell) if t.election == election for r in t.elected]


def built(checked: Checked, folder: Path) -> dict[str, dict]:
    """Build every cell; manifests by cell code, each with its folder."""
    result = build(checked, folder, progress=quiet)
    assert not result.skipped, describe(errors(checked.findings))
    found = {}
    for path in folder.glob("*/manifest.json"):
        manifest = json.loads(path.read_text(encoding="utf-8"))
        found[manifest["cell_code"]] = manifest | {"folder": path.parent}
    return found


def text_of(manifest: dict, kind: str, contains: str = "") -> str:
    paths = [
        d["path"] for d in manifest["documents"] if d["kind"] == kind and contains in d["path"]
    ]
    assert len(paths) == 1, paths
    return " ".join(texts(manifest["folder"] / paths[0]).split())


# ----------------------------------------------------------------------------- the threshold


@pytest.mark.parametrize("votes, elected", [(5, False), (6, True)])
def test_worked_example_eleven_official_one_absent_with_reason(book, votes, elected):
    """congress-procedure.md A3: 11 official, 10 present, 1 away with a reason → 6 votes needed."""
    info = add_cell(book, official=11)
    attend(book, info, away={info.official[5]: EXCUSED})
    count(book, info, "Bí thư", 10, 10, 10, 0)
    vote(book, info, "Bí thư", info.secretary, votes)
    checked, cell = checked_cell(book)
    assert not errors(checked.findings), describe(checked.findings)
    base = threshold_base(cell)
    assert (base.official, base.base, base.needed) == (11, 10, 6)
    assert elected_names(cell, "Bí thư") == ([info.secretary] if elected else [])


@pytest.mark.parametrize(
    "attendance, special, exempt_member, base",
    [
        (UNEXCUSED, "Sinh hoạt tạm thời nơi khác", False, 10),
        (UNEXCUSED, None, True, 10),  # exempt and absent: not counted
        (PRESENT, None, True, 11),  # exempt but present: counted
        (UNEXCUSED, "Đình chỉ sinh hoạt", False, 10),
        (UNEXCUSED, "Bị khởi tố, truy tố, tạm giam", False, 10),
        (EXCUSED, None, False, 10),
        (UNEXCUSED, None, False, 11),  # absent without a reason: still counted
    ],
    ids=[
        "temporarily-elsewhere",
        "exempt-absent",
        "exempt-present",
        "suspended",
        "prosecuted",
        "absent-with-reason",
        "absent-without-reason",
    ],
)
def test_each_exclusion_from_the_base(book, attendance, special, exempt_member, base):
    info = add_cell(book, official=11, exempt=1)
    person = info.exempt[0] if exempt_member else info.official[5]
    attend(book, info, away={person: attendance}, special={person: special} if special else {})
    checked, cell = checked_cell(book)
    assert not errors(checked.findings), describe(checked.findings)
    assert threshold_base(cell).base == base
    assert threshold_base(cell).needed == base // 2 + 1


def test_more_than_half_of_the_valid_ballots_is_not_enough(book):
    """7 of 11 come, all 7 ballots valid: 5 votes are more than half of the ballots, but the
    Party counts against the 11 convened (the 4 stayed away without a reason)."""
    info = add_cell(book, official=11)
    attend(book, info, away={name: UNEXCUSED for name in info.official[5:9]})
    count(book, info, "Bí thư", 7, 7, 7, 0)
    vote(book, info, "Bí thư", info.secretary, 5)
    checked, cell = checked_cell(book)
    assert not errors(checked.findings), describe(checked.findings)
    assert threshold_base(cell).needed == 6 and 5 > 7 / 2
    assert elected_names(cell, "Bí thư") == []
    tally = tallies(cell)[0]
    assert [r.member.name for r in tally.below] == [info.secretary]


def test_highest_first_up_to_the_seats(book, tmp_path):
    info = add_cell(book, official=11)
    attend(book, info)
    committee_vote(book, info, [8, 10, 6, 9], voters=11)
    checked, cell = checked_cell(book)
    first, second, third, fourth = info.candidates()
    assert elected_names(cell) == [second, fourth, first]
    minutes = text_of(built(checked, tmp_path / "out")["CB01"], "vote_count_minutes")
    assert (
        minutes.index(f"1. Đồng chí {second}")
        < minutes.index(f"2. Đồng chí {fourth}")
        < minutes.index(f"3. Đồng chí {first}")
    )
    assert f"{third} 6 54,55% Không trúng cử (đã đủ số lượng)" in minutes


def test_a_tie_at_the_last_seat_elects_nobody_tied(book, tmp_path):
    info = add_cell(book, official=11)
    attend(book, info)
    rows = committee_vote(book, info, [11, 10, 6, 6], voters=11)
    checked, cell = checked_cell(book)
    first, second, third, fourth = info.candidates()
    assert elected_names(cell) == [first, second]
    assert [r.member.name for r in tallies(cell)[0].tied] == [third, fourth]
    ties = with_code(checked.findings, "election-tie")
    assert len(ties) == 1 and not ties[0].is_error
    assert (ties[0].sheet, ties[0].row, ties[0].column) == (
        "Kết quả bầu cử",
        rows[2],
        "Số phiếu đồng ý",
    )
    out = built(checked, tmp_path / "out")["CB01"]
    # The counting team records the tie; what to do with it is the congress's to decide.
    tie = "vì vậy chưa đồng chí nào trong số này trúng cử."
    for kind in ("vote_count_minutes", "congress_minutes", "results_report"):
        assert tie in text_of(out, kind), kind
    counted = text_of(out, "vote_count_minutes")
    assert f"{third} 6 54,55% Số phiếu bằng nhau, chưa trúng cử" in counted
    assert "bầu lại" not in counted and "Đại hội cần" not in counted
    assert f"gồm 02/03 đồng chí: {first}, {second}." in text_of(out, "resolution")


def test_a_second_round_settles_the_tie(book, tmp_path):
    info = add_cell(book, official=11)
    tie_then_second_round(book, info)
    checked, cell = checked_cell(book)
    assert not with_code(checked.findings, "election-tie"), describe(checked.findings)
    assert elected_names(cell) == info.candidates()[:3]
    assert [t.seats for t in tallies(cell) if t.election == "Chi ủy"] == [3, 1]
    out = built(checked, tmp_path / "out")["CB01"]
    titles = [d["path"] for d in out["documents"] if d["kind"] == "vote_count_minutes"]
    assert any("Chi ủy - lần 2" in title for title in titles)
    assert "bầu lại" not in text_of(out, "results_report")


def test_an_empty_seat_stays_empty_and_is_stated(book, tmp_path):
    info = add_cell(book, official=11)
    attend(book, info)
    committee_vote(book, info, [11, 10, 5, 4], voters=11)
    checked, cell = checked_cell(book)
    assert not errors(checked.findings), describe(checked.findings)
    assert elected_names(cell) == info.candidates()[:2]
    out = built(checked, tmp_path / "out")["CB01"]
    empty = "còn 01 chỗ để trống"
    for kind in ("vote_count_minutes", "congress_minutes", "results_report"):
        assert empty in text_of(out, kind), kind
    assert "gồm 02/03 đồng chí" in text_of(out, "resolution")


def test_probationary_members_never_vote(book):
    info = add_cell(book, official=11, probationary=2)
    attend(book, info)
    row = count(book, info, "Bí thư", 13, 13, 13, 0)
    vote(book, info, "Bí thư", info.secretary, 12)
    checked, _ = checked_cell(book)
    found = [(f.code, f.sheet, f.row, f.column) for f in errors(checked.findings)]
    assert found == [("vote-count-inconsistent", "Kiểm phiếu", row, "Phiếu phát ra")]


# ----------------------------------------------------------------------------- inconsistent counts


def sum_mismatch(book, info):
    return "Kiểm phiếu", count(book, info, "Bí thư", 10, 10, 8, 1), "Phiếu hợp lệ"


def collected_over_issued(book, info):
    return "Kiểm phiếu", count(book, info, "Bí thư", 9, 10, 10, 0), "Phiếu thu vào"


def issued_over_present(book, info):
    return "Kiểm phiếu", count(book, info, "Bí thư", 11, 10, 10, 0), "Phiếu phát ra"


def votes_over_valid(book, info):
    count(book, info, "Bí thư", 10, 10, 9, 1)
    return "Kết quả bầu cử", vote(book, info, "Bí thư", info.secretary, 10), "Số phiếu đồng ý"


def committee_total_over_ballots(book, info):
    """9 valid ballots × 3 seats: at most 27 votes in all, the table adds up to 29."""
    row = count(book, info, "Chi ủy", 10, 10, 9, 1)
    for name, votes in zip(info.candidates(), [9, 8, 6, 6], strict=True):
        vote(book, info, "Chi ủy", name, votes)
    return "Kiểm phiếu", row, "Phiếu hợp lệ"


def one_seat_total_over_ballots(book, info):
    count(book, info, "Chi ủy", 10, 10, 10, 0)
    for name, votes in zip(info.candidates(), [10, 9, 5, 5], strict=True):
        vote(book, info, "Chi ủy", name, votes)
    row = count(book, info, "Chi ủy", 10, 10, 10, 0, round_=2)
    for name in info.candidates()[2:]:
        vote(book, info, "Chi ủy", name, 6, round_=2)
    return "Kiểm phiếu", row, "Phiếu hợp lệ"


def name_not_on_the_list(book, info):
    count(book, info, "Bí thư", 10, 10, 10, 0)
    vote(book, info, "Bí thư", info.secretary, 6)
    return "Kết quả bầu cử", vote(book, info, "Bí thư", info.official[5], 3), "Họ và tên"


def result_without_a_count(book, info):
    count(book, info, "Bí thư", 10, 10, 10, 0)
    vote(book, info, "Bí thư", info.secretary, 4)
    return "Kết quả bầu cử", vote(book, info, "Bí thư", info.secretary, 8, round_=2), "Lần bầu"


@pytest.mark.parametrize(
    "scenario",
    [
        sum_mismatch,
        collected_over_issued,
        issued_over_present,
        votes_over_valid,
        committee_total_over_ballots,
        one_seat_total_over_ballots,
        name_not_on_the_list,
        result_without_a_count,
    ],
    ids=lambda s: s.__name__,
)
def test_inconsistent_count_at_its_row(book, scenario):
    info = add_cell(book, official=11)
    attend(book, info, away={info.official[5]: EXCUSED})  # 10 official members present
    sheet, row, column = scenario(book, info)
    checked, _ = checked_cell(book)
    found = [(f.code, f.sheet, f.row, f.column) for f in errors(checked.findings)]
    assert found == [("vote-count-inconsistent", sheet, row, column)], describe(checked.findings)
    assert checked.errors_of("CB01")[0].message.strip()


def test_consistent_counts_have_no_findings(book):
    info = add_cell(book, official=11)
    attend(book, info, away={info.official[5]: EXCUSED})
    count(book, info, "Chi ủy", 10, 10, 9, 1)
    for name, votes in zip(info.candidates(), [9, 8, 7, 3], strict=True):
        vote(book, info, "Chi ủy", name, votes)
    count(book, info, "Bí thư", 10, 9, 9, 0)
    vote(book, info, "Bí thư", info.secretary, 9)
    checked, _ = checked_cell(book)
    assert checked.findings == [], describe(checked.findings)


# ----------------------------------------------------------------------------- the documents


def test_documents_before_and_after_the_congress(book, tmp_path):
    pending = add_cell(
        book, "CB01", official=11, **{"Bầu phó bí thư": "Có", "Số đại biểu dự đại hội cấp trên": 1}
    )
    book.add(
        "Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": pending.official[1], "Dự kiến": "Phó bí thư"}
    )
    book.add(
        "Nhân sự",
        {
            "Mã chi bộ": "CB01",
            "Họ và tên": pending.official[0],
            "Dự kiến": "Đại biểu dự đại hội cấp trên",
        },
    )
    held = add_cell(book, "CB02", official=6, first_person=40)
    attend(book, held)
    count(book, held, "Bí thư", 6, 6, 6, 0)
    vote(book, held, "Bí thư", held.secretary, 6)
    out = built(check_workbook(book.save()), tmp_path / "out")

    before = out["CB01"]["documents"]
    assert {d["kind"] for d in before} & (BEFORE | AFTER) == BEFORE
    assert [d["path"].split(" - ", 1)[1] for d in before if d["kind"] == "ballot"] == [
        "Phiếu bầu - Chi ủy.docx",
        "Phiếu bầu - Bí thư.docx",
        "Phiếu bầu - Phó bí thư.docx",
        "Phiếu bầu - Đại biểu.docx",
    ]

    after = out["CB02"]["documents"]
    assert {d["kind"] for d in after} >= BEFORE | AFTER
    assert [
        d["path"].split(" - ", 1)[1] for d in after if d["kind"] in ("ballot", "vote_count_minutes")
    ] == ["Phiếu bầu - Bí thư.docx", "Biên bản kiểm phiếu - Bí thư - lần 1.docx"]
    report = text_of(out["CB02"], "results_report")
    assert "báo cáo trước ngày" not in report  # the deadline is the office's, not the body's
    assert f"T/M CHI BỘ BÍ THƯ {held.secretary}" in report
    assert "Dự thảo" not in text_of(out["CB02"], "resolution")


def test_ballot_forms(book, tmp_path):
    info = add_cell(book, official=11)
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    committee = text_of(out, "ballot", "Chi ủy")
    assert all(name in committee for name in info.candidates())
    assert "Không đồng ý" not in committee and "gạch ngang cả họ và tên" in committee
    secretary = text_of(out, "ballot", "Bí thư")
    assert "Đồng ý" in secretary and "Không đồng ý" in secretary
    assert secretary.count("PHIẾU BẦU") == 3 and committee.count("PHIẾU BẦU") == 2


def test_ballot_names_in_a_b_c_order(book, tmp_path):
    """Given name first, letters before tones: An < Ánh < Ân < Ẩn, whatever the list order."""
    info = add_cell(book, official=11, first_person=27)
    assert [n.split()[-1] for n in info.candidates()] == ["Ánh", "Ân", "Ẩn", "An"]
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    path = next(out["folder"].glob("* - Phiếu bầu - Chi ủy.docx"))
    table = next(t for t in Document(path).tables if t.rows[0].cells[-1].text == "Họ và tên")
    assert [row.cells[1].text for row in table.rows[1:]] == [
        "Lê Thị An",
        "Đặng Văn Ánh",
        "Nguyễn Văn Ân",
        "Trần Văn Ẩn",
    ]


def test_notice_without_a_date_is_a_blank_form(book, tmp_path):
    add_cell(book, official=11, notice=None)
    out = built(check_workbook(book.save()), tmp_path / "out")["CB01"]
    notice = text_of(out, "congress_notice")
    assert "Hiệp Hưng, ngày tháng năm 2024" in notice
    assert "T/M CHI BỘ" in notice and "thứ Hai, ngày 16 tháng 12 năm 2024" in notice


def test_sample_has_recorded_and_pending_congresses():
    checked = check_workbook(sample_workbook())
    assert not errors(checked.findings)
    recorded = set()
    for cell in checked.congresses.cells:
        kinds = {d.kind for d in cell_documents(cell, checked.profile).documents}
        assert kinds >= BEFORE
        assert bool(kinds & AFTER) == cell.has_congress_record
        assert kinds >= AFTER or not cell.has_congress_record
        if cell.has_congress_record:
            recorded.add(cell.code)
    assert recorded and recorded != {c.code for c in checked.congresses.cells}

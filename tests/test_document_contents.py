"""What each document says and who signs it, read from the contexts of cells of every shape a
đảng ủy has: ấp, cơ quan, trường, công an; with and without chi ủy and phó bí thư; 6, 12 and 27
official members."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import Book, add_cell, describe, errors

from generator.check import check_workbook
from generator.documents import cell_documents
from generator.package import build

PRESIDIUM = {"draft_resolution", "congress_minutes", "resolution"}


def post(book: Book, info, person: str, title: str) -> None:
    book.set("Đảng viên", info.member_rows[person], "Chức vụ Đảng", title)


def shapes(book: Book) -> dict:
    """ấp of 27 with chi ủy and phó bí thư; trường of 12 with chi ủy, no phó bí thư; cơ quan of 6
    with a bí thư alone; công an of 6 with bí thư and phó bí thư."""
    hamlet = add_cell(book, "AP", official=27, kind="Ấp", **{"Bầu phó bí thư": "Có"})
    school = add_cell(book, "TR", official=12, kind="Đơn vị sự nghiệp", first_person=30)
    office = add_cell(book, "CQ", official=6, kind="Cơ quan", first_person=50)
    police = add_cell(
        book, "CA", official=6, kind="Công an", first_person=60, **{"Bầu phó bí thư": "Có"}
    )
    for info in (hamlet, school, office, police):
        post(book, info, info.secretary, "Bí thư")
    post(book, hamlet, hamlet.official[1], "Phó bí thư")
    post(book, hamlet, hamlet.official[2], "Chi ủy viên")
    post(book, school, school.official[1], "Chi ủy viên")
    post(book, police, police.official[1], "Phó bí thư")
    for info in (hamlet, police):
        book.add(
            "Nhân sự",
            {"Mã chi bộ": info.code, "Họ và tên": info.official[1], "Dự kiến": "Phó bí thư"},
        )
    return {"ấp": hamlet, "trường": school, "cơ quan": office, "công an": police}


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    """shape → (cell info, {kind: [contexts]}, warnings)."""
    book = Book(tmp_path_factory.mktemp("contents"))
    infos = shapes(book)
    checked = check_workbook(book.save())
    assert not errors(checked.findings), describe(checked.findings)
    cells = {cell.code: cell for cell in checked.congresses.cells}
    out = {}
    for shape, info in infos.items():
        package = cell_documents(cells[info.code], checked.profile)
        kinds: dict[str, list] = {}
        for document in package.documents:
            kinds.setdefault(document.kind, []).append(document)
        out[shape] = (info, kinds, package.warnings)
    return out


SHAPES = ("ấp", "trường", "cơ quan", "công an")


@pytest.mark.parametrize("shape", SHAPES)
def test_only_the_presidium_signs_for_the_presidium(packages, shape):
    info, kinds, _ = packages[shape]
    for kind, documents in kinds.items():
        for document in documents:
            capacity = document.context["sign"]["capacity"]
            if kind in PRESIDIUM:
                assert capacity in ("T/M ĐOÀN CHỦ TỊCH", "CHỦ TỊCH ĐẠI HỘI"), kind
            else:
                assert "ĐOÀN CHỦ TỊCH" not in capacity, kind


@pytest.mark.parametrize("shape", SHAPES)
def test_the_cells_papers_are_signed_t_m_chi_bộ_by_its_bí_thư(packages, shape):
    info, kinds, _ = packages[shape]
    for kind in ("summary_report", "personnel_plan", "personnel_roster", "congress_notice"):
        sign = kinds[kind][0].context["sign"]
        assert (sign["capacity"], sign["title"], sign["name"]) == (
            "T/M CHI BỘ",
            "BÍ THƯ",
            info.secretary,
        ), kind
    approval = kinds["personnel_approval"][0].context["sign"]
    assert approval["capacity"] == "T/M BAN THƯỜNG VỤ" and approval["name"] == ""


@pytest.mark.parametrize(
    "shape, capacity, title",
    [
        ("ấp", "T/M CHI ỦY", "BÍ THƯ"),
        ("trường", "T/M CHI ỦY", "BÍ THƯ"),
        ("cơ quan", "BÍ THƯ CHI BỘ", ""),
        ("công an", "BÍ THƯ CHI BỘ", ""),
    ],
)
def test_the_script_is_signed_by_who_prepared_it(packages, shape, capacity, title):
    info, kinds, _ = packages[shape]
    sign = kinds["congress_script"][0].context["sign"]
    assert (sign["capacity"], sign["title"], sign["name"]) == (capacity, title, info.secretary)


@pytest.mark.parametrize(
    "shape, signer_index, title",
    [("trường", 1, "CHI ỦY VIÊN"), ("công an", 1, "PHÓ BÍ THƯ"), ("cơ quan", None, "")],
)
def test_nobody_signs_the_request_about_himself(packages, shape, signer_index, title):
    info, kinds, _ = packages[shape]
    requests = {d.person: d.context["sign"] for d in kinds["residence_comment"]}
    own = requests[info.secretary]
    assert own["name"] != info.secretary
    assert own["title"] == title
    if signer_index is None:  # a bí thư alone: the form says who must sign
        assert own["name"] == "" and info.secretary in own["note"]
        assert "Đảng ủy xã Hiệp Hưng" in own["note"].replace("\xa0", " ")
    else:
        assert own["name"] == info.official[signer_index] and own["note"] == ""
    others = [sign for person, sign in requests.items() if person != info.secretary]
    assert all(sign["name"] == info.secretary for sign in others)


def test_a_cell_of_ấp_gets_no_residence_request(packages):
    assert "residence_comment" not in packages["ấp"][1]


SCRIPT_ORDER = (
    "Ổn định tổ chức",
    "Chào cờ",
    "Tuyên bố lý do, giới thiệu đại biểu",
    "Bầu đoàn chủ tịch (chủ tịch), thư ký Đại hội",
    "Thông qua chương trình, nội quy làm việc của Đại hội",
    "Khai mạc Đại hội",
    "Báo cáo tình hình đảng viên dự Đại hội",
    "Trình bày báo cáo tổng kết",
    "Thảo luận các báo cáo và góp ý dự thảo văn kiện",
    "Phát biểu chỉ đạo của đại diện cấp ủy cấp trên",
    "Đáp từ; kết luận phần thảo luận",
    "Giới thiệu Tổ kiểm phiếu; Đại hội biểu quyết",
    "Bầu bí thư chi bộ",
    "Công bố kết quả bầu bí thư chi bộ",
    "ra mắt; phát biểu nhận nhiệm vụ",
    "Thông qua Nghị quyết Đại hội",
    "Thông qua biên bản Đại hội",
    "Bế mạc Đại hội",
    "Chào cờ bế mạc",
)


@pytest.mark.parametrize("shape", SHAPES)
def test_the_script_speaks_every_step_in_the_order_the_congress_runs(packages, shape):
    info, kinds, _ = packages[shape]
    speeches = kinds["congress_script"][0].context["speeches"]
    titles = [speech["title"] for speech in speeches]
    position = 0
    for expected in SCRIPT_ORDER:
        found = [i for i, t in enumerate(titles) if i >= position and expected in t]
        assert found, (expected, titles[position:])
        position = found[0] + 1
    assert speeches[0]["paragraphs"][0].startswith("Đã đến giờ làm việc")
    assert all(s["paragraphs"] and s["person"] and s["time"] for s in speeches)
    times = [s["time"] for s in speeches]
    assert times == sorted(times) and times[0] == "07 giờ 30"
    votes = sum("biểu quyết bằng thẻ đảng viên" in p for s in speeches for p in s["paragraphs"])
    assert votes >= 7  # presidium, thư ký, programme, counting team, list, resolution, minutes
    review = [t for t in titles if "báo cáo kiểm điểm" in t]
    assert bool(review) == (info.seats is not None)


def test_the_script_names_the_guest_and_answers_him(tmp_path):
    book = Book(tmp_path)
    guest = "Trần Văn Hòa, Phó Bí thư Đảng ủy xã Hiệp Hưng"
    add_cell(book, "CB01", official=7, **{"Đại biểu cấp trên": guest})
    checked = check_workbook(book.save())
    cell = checked.congresses.cells[0]
    script = next(
        d for d in cell_documents(cell, checked.profile).documents if d.kind == "congress_script"
    )
    text = " ".join(p for s in script.context["speeches"] for p in s["paragraphs"])
    text = text.replace("\xa0", " ")
    assert f"- Đồng chí {guest}." in text
    assert f"kính mời đồng chí {guest} phát biểu chỉ đạo" in text
    assert "Kính thưa đồng chí Trần Văn Hòa! Thay mặt Đại hội" in text


def test_a_nine_name_ballot_prints_two_to_a_page_and_the_poll_forms_are_4a_and_4b(tmp_path):
    """Rendered by LibreOffice: every ballot whole on its page, several to the page."""
    if not (shutil.which("soffice") and shutil.which("pdftotext")):
        pytest.skip("LibreOffice or poppler-utils is not installed")
    book = Book(tmp_path)
    info = add_cell(book, "CB01", official=27, candidates=9)
    build(check_workbook(book.save()), tmp_path / "out", progress=lambda *_: None)
    folder = next((tmp_path / "out").glob("CB01*"))
    forms = sorted(p.name for p in folder.glob("*Phiếu xin ý kiến*Chi ủy*"))
    assert [f.split(" - ")[-1] for f in forms] == [
        "Mẫu 4A (ứng cử).docx",
        "Mẫu 4B (được đề cử).docx",
    ]
    ballot = next(folder.glob("* - Phiếu bầu - Chi ủy.docx"))
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless"]
        + ["--convert-to", "pdf", "--outdir", str(tmp_path), str(ballot)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / ballot.with_suffix(".pdf").name), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) == 1
    copies = pages[0].count("PHIẾU BẦU")
    assert copies >= 2
    assert all(pages[0].count(name) == copies for name in info.candidates())


@pytest.mark.parametrize("shape", SHAPES)
def test_the_poll_count_is_the_presidiums_helpers_and_one_name_forms_say_no_row(packages, shape):
    info, kinds, _ = packages[shape]
    for minutes in kinds["nomination_poll_minutes"]:
        context = minutes.context
        assert " ".join(context["header"]["issuer"]) == "TỔ GIÚP VIỆC CHỦ TỊCH ĐẠI HỘI"
        assert context["lead"] == info.official[1]  # the thư ký leads it
        assert "Tổ kiểm phiếu" not in context["team"]
    forms = [d.context for d in kinds["nomination_poll_ballot"]]
    assert len(forms) == 2 * len(kinds["ballot"])
    assert {(f["form"], f["about"]) for f in forms} == {
        ("Mẫu 4A", "người ứng cử"),
        ("Mẫu 4B", "người được đề cử"),
    }
    secretary = next(d.context for d in kinds["ballot"] if d.title.endswith("Bí thư"))
    assert secretary["instruction"] == '(Đánh dấu X vào ô "Đồng ý" hoặc ô "Không đồng ý")'

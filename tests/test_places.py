"""No place, level or year in the code or the templates (SPEC §3 "Profiles"): they come from the
rules profile or the workbook. A ward of the merged city of Cần Thơ gets documents naming its own
places and term only."""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from test_congress import attend, committee_vote, count, vote
from test_opinions import opinion
from test_profiles import CITY, WARD, city_book, city_cell

import generator

ROOT = Path(generator.__file__).resolve().parent.parent
# The seed's places, levels and provincial directives, which once leaked into code and templates.
WORDS = ("huyện", "phụng hiệp", "hậu giang", "hiệp hưng", "tỉnh ủy", "-ct/tu")
# A text's number ("01-HD/TW", "22-CT/TU") and a year of this century: every text a document
# cites, every year it prints, comes from the rules profile or the workbook.
CITED = re.compile(r"\d+-[A-ZĐ]+/[A-ZĐ]+|\b20\d\d\b")
URL = re.compile(r"https?://\S+")  # namespaces such as ".../2006/main" are no years
# The workbook contract's examples (shown in the blank workbook's hints) are sample values, as
# the sample data in data/ is: a date needs a year. Places and cited texts are banned there too.
EXAMPLE = re.compile(r"\bexample=\"")


def folded(text: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(text)).casefold()


def docx_paragraphs(path: Path) -> list[str]:
    """The text of every paragraph of every part (body, headers, footers) of a .docx."""
    with zipfile.ZipFile(path) as archive:
        parts = [archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")]
    return [  # a non-breaking space reads as a space, Word's non-breaking hyphen as a hyphen
        "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", chunk)).replace("\u00a0", " ")
        for part in parts
        for chunk in part.replace("<w:noBreakHyphen/>", "<w:t>-</w:t>").split("</w:p>")
    ]


def leaks(name: str, lines: list[str], cited: bool = False) -> list[str]:
    """Lines naming a seed place, level or directive; with `cited`, also a text number or year."""
    found = [f"{name}: {line.strip()}" for line in lines for w in WORDS if w in folded(line)]
    if cited:
        found += [
            f"{name}: {line.strip()}"
            for line in lines
            if CITED.search(URL.sub("", line)) and not EXAMPLE.search(line)
        ]
    return found


def test_code_and_templates_cite_no_place_level_year_or_text():
    code = [*ROOT.glob("generator/**/*.py"), *ROOT.glob("templates_docx/*.py")]
    assert len(code) > 20
    found = []
    for path in code:
        lines = path.read_text(encoding="utf-8").splitlines()
        found += leaks(str(path.relative_to(ROOT)), lines, cited=True)
    templates = sorted(ROOT.glob("templates_docx/*.docx"))
    assert templates
    for path in templates:
        found += leaks(path.name, docx_paragraphs(path), cited=True)
    assert found == [], "\n".join(found)


def test_the_scan_finds_what_once_leaked():
    """The scan catches the citations the templates once carried (a scan that cannot fail
    proves nothing)."""
    once = [
        "khóa XI, khóa XII và Chỉ thị số 22-CT/TU ngày 13/7/2022 của Ban Thường vụ Tỉnh ủy",
        "II- TRANG TRÍ HỘI TRƯỜNG (Hướng dẫn số 01-HD/TW, điểm 14.3)",
        "Kế hoạch số -KH/HU ngày / /2024 của Ban Thường vụ Huyện ủy Phụng Hiệp",
        'example="Đảng bộ xã Hiệp Hưng",',
    ]
    assert len(leaks("old", once, cited=True)) >= len(once)
    assert leaks("ok", ['    example="15/12/2025",', 'W = "http://x.org/2006/main"'], True) == []


def test_a_ward_of_can_tho_gets_documents_of_its_own_places_and_term(tmp_path, run_cli):
    book = city_book(tmp_path)
    info = city_cell(  # a unit cell: it also gets the residence comments
        book,
        kind="Cơ quan",
        **{
            "Tên chi bộ": "Chi bộ Văn phòng Đảng ủy",
            "Ngày họp góp ý văn kiện": dt.date(2027, 4, 20),
            "Bầu phó bí thư": "Có",
        },
    )
    book.add(
        "Nhân sự", {"Mã chi bộ": "CB01", "Họ và tên": info.official[1], "Dự kiến": "Phó bí thư"}
    )
    opinion(book, "Văn kiện Đại hội đảng bộ cấp trên", info.official[2], "Đồng tình")
    attend(book, info)
    committee_vote(book, info, [13, 12, 12, 11, 11, 3], 13)
    for election, name in (("Bí thư", info.secretary), ("Phó bí thư", info.official[1])):
        count(book, info, election, 13, 13, 13, 0)
        vote(book, info, election, name, 12)
    path = book.save()
    check = run_cli("check", path)
    assert check.code == 0, check.out
    out = tmp_path / "out"
    assert run_cli("build", path, "-o", out).code == 0
    documents = sorted(out.glob("*/*.docx"))
    kinds = {p.name for p in documents}
    assert (
        len(documents) >= 15
        and any("Biên bản đại hội" in k for k in kinds)
        and any("(3)" in k for k in kinds)
    ), kinds
    found, whole = [], ""
    for document in documents:
        paragraphs = docx_paragraphs(document)
        found += leaks(document.name, paragraphs)
        whole += "\n".join(paragraphs)
    rollup = load_workbook(next(out.glob("*.xlsx")))
    cells = [str(c.value) for ws in rollup for row in ws.iter_rows() for c in row if c.value]
    found += leaks("roll-up", cells)
    assert found == [], "\n".join(found)
    whole = " ".join(whole.split())  # a letterhead name may come in several lines
    for wanted in (CITY["Nhiệm kỳ"], CITY["Nhiệm kỳ trước"], WARD["Địa danh"]):
        assert wanted in whole, wanted
    assert WARD["Đảng bộ cơ sở"].upper() in whole
    assert CITY["Đảng bộ cấp trên"].upper() in whole  # the đảng ủy's own letterhead
    assert CITY["Văn bản chỉ đạo"] in whole
    assert CITY["Đảng bộ cấp trên"].upper() in " ".join(cells)

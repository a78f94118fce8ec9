import datetime
import itertools
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import pytest

from generator.textvn import (
    body_date,
    format_count,
    format_number,
    format_percent,
    header_date,
    keep_together,
    long_date,
    name_sort_key,
    normalize_name,
    normalize_text,
    quantity,
    roman,
    sort_by_name,
    split_name,
    time_text,
)

D = datetime.date


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def ordered(*names: str) -> bool:
    keys = [name_sort_key(n) for n in names]
    return all(a < b for a, b in itertools.pairwise(keys))


# --- normalisation -----------------------------------------------------------


def test_normalize_text_collapses_whitespace():
    assert normalize_text("  Hiệp\u00a0\u00a0Hưng \t xã\n") == "Hiệp Hưng xã"


def test_normalize_text_nfd_to_nfc():
    result = normalize_text(nfd("Đảng bộ xã Hiệp Hưng"))
    assert unicodedata.is_normalized("NFC", result)
    assert result == "Đảng bộ xã Hiệp Hưng"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  nguyễn   thị ánh ", "Nguyễn Thị Ánh"),
        ("NGUYỄN VĂN AN", "Nguyễn Văn An"),
        ("đỗ\u00a0văn\tanh", "Đỗ Văn Anh"),
        ("ưng hoàng phúc", "Ưng Hoàng Phúc"),
        ("lê thị thu-hà", "Lê Thị Thu-Hà"),
    ],
)
def test_normalize_name(raw, expected):
    assert normalize_name(raw) == expected


def test_normalize_name_nfd_input():
    result = normalize_name(nfd("  TRẦN   thị   ÁNH  "))
    assert result == "Trần Thị Ánh"
    assert unicodedata.is_normalized("NFC", result)


def test_split_name():
    assert split_name("Nguyễn Thị Ánh Tuyết") == ("Nguyễn", "Thị Ánh", "Tuyết")
    assert split_name(" Lê  Văn An ") == ("Lê", "Văn", "An")
    assert split_name("Lê An") == ("Lê", "", "An")
    assert split_name("An") == ("", "", "An")
    assert split_name("") == ("", "", "")


# --- A-B-C order -------------------------------------------------------------


def test_tone_order():
    assert ordered("ba", "bà", "bả", "bã", "bá", "bạ")


def test_letters_before_tones():
    assert ordered("ang", "anh")
    assert ordered("ạng", "anh")  # tone never beats a letter difference
    assert ordered("An", "Anh", "Ân")


@pytest.mark.parametrize(
    "names",
    [
        ("a", "ă", "â"),
        ("d", "đ"),
        ("o", "ô", "ơ"),
        ("u", "ư"),
        ("e", "ê"),
        ("â", "b"),
        ("đ", "e"),
    ],
)
def test_letter_order(names):
    assert ordered(*names)


def test_case_ignored():
    assert name_sort_key("AN") == name_sort_key("an")
    assert name_sort_key("Đỗ Văn Anh") == name_sort_key("đỗ văn anh")


def test_nfd_input_same_key():
    assert name_sort_key(nfd("Phạm Thị Ân")) == name_sort_key("Phạm Thị Ân")


def test_real_names_sorted():
    names = [
        "Trần Văn Bình",
        "Nguyễn Thị An",
        "Lê Văn An",
        "Nguyễn Văn Ánh",
        "Phạm Thị Ân",
        "Đỗ Văn Anh",
    ]
    assert sorted(names, key=name_sort_key) == [
        "Lê Văn An",
        "Nguyễn Thị An",
        "Đỗ Văn Anh",
        "Nguyễn Văn Ánh",
        "Phạm Thị Ân",
        "Trần Văn Bình",
    ]


def test_family_name_d_before_dj():
    assert ordered("Dương Văn Hải", "Đỗ Văn Hải")
    assert ordered("Dương Văn Hải", "Đặng Văn Hải")


def test_u_before_uw():
    assert ordered("Nguyễn Văn Uy", "Nguyễn Văn Ưng")
    assert ordered("Uông Văn Nam", "Ưng Văn Nam")


def test_given_name_beats_family_name():
    assert ordered("Vũ Thị An", "Anh Thị Bình")


def test_middle_name_breaks_tie():
    assert ordered("Nguyễn Thị Lan", "Nguyễn Văn Lan")
    assert ordered("Nguyễn Lan", "Nguyễn Thị Lan")


def test_birth_date_breaks_tie():
    older = name_sort_key("Nguyễn Văn An", D(1960, 5, 1))
    younger = name_sort_key("Nguyễn Văn An", D(1985, 1, 1))
    unknown = name_sort_key("Nguyễn Văn An", None)
    assert older < younger < unknown


@dataclass
class Member:
    name: str
    birth_date: datetime.date | None = None


def test_sort_by_name_default_attributes():
    members = [
        Member("Nguyễn Văn An", None),
        Member("Trần Văn Bình", D(1970, 1, 1)),
        Member("Nguyễn Văn An", D(1990, 3, 3)),
        Member("Nguyễn Văn An", D(1950, 3, 3)),
        Member("Lê Văn An", D(2000, 1, 1)),
    ]
    result = sort_by_name(members)
    assert [(m.name, m.birth_date) for m in result] == [
        ("Lê Văn An", D(2000, 1, 1)),
        ("Nguyễn Văn An", D(1950, 3, 3)),
        ("Nguyễn Văn An", D(1990, 3, 3)),
        ("Nguyễn Văn An", None),
        ("Trần Văn Bình", D(1970, 1, 1)),
    ]
    assert members[0].name == "Nguyễn Văn An"  # input untouched


def test_sort_by_name_custom_callables():
    rows = [("Đỗ Văn Anh", None), ("Dương Thị Anh", None)]
    result = sort_by_name(rows, name=lambda r: r[0], birth=lambda r: r[1])
    assert result == [("Dương Thị Anh", None), ("Đỗ Văn Anh", None)]


# --- dates and times ---------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "long", "body"),
    [
        (D(2024, 12, 5), "ngày 05 tháng 12 năm 2024", "05/12/2024"),
        (D(2025, 2, 14), "ngày 14 tháng 02 năm 2025", "14/02/2025"),
        (D(2024, 3, 20), "ngày 20 tháng 3 năm 2024", "20/3/2024"),
        (D(2024, 1, 10), "ngày 10 tháng 01 năm 2024", "10/01/2024"),
        (D(2018, 4, 3), "ngày 03 tháng 4 năm 2018", "03/4/2018"),
        (D(2024, 6, 14), "ngày 14 tháng 6 năm 2024", "14/6/2024"),
        (D(2024, 10, 9), "ngày 09 tháng 10 năm 2024", "09/10/2024"),
    ],
)
def test_dates(day, long, body):
    assert long_date(day) == long
    assert body_date(day) == body
    assert header_date("Hiệp Hưng", day, 1999) == f"Hiệp Hưng, {long}"


def test_header_date_blank_form():
    assert header_date("Hiệp Hưng", None, 2024) == "Hiệp Hưng, ngày      tháng      năm 2024"
    assert header_date(" Hiệp\u00a0Hưng ", None, 2024) == "Hiệp Hưng, ngày      tháng      năm 2024"


def test_body_date_blank():
    assert body_date(None) == "\u2026/\u2026/\u2026"


def test_time_text():
    assert time_text(datetime.time(7, 30)) == "07 giờ 30"
    assert time_text(datetime.time(14, 0)) == "14 giờ 00"
    assert time_text(None) == "\u2026\u2026 giờ \u2026\u2026"


# --- numbers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1234567, "1.234.567"),
        (1234.5, "1.234,5"),
        (0.333, "0,33"),
        (12.5, "12,5"),
        (Decimal("1234.50"), "1.234,5"),
        (150.0, "150"),
        (0, "0"),
        (-1234.5, "-1.234,5"),
        (1.005, "1,01"),  # half up, not babel's half even
        (-0.001, "0"),
    ],
)
def test_format_number(value, expected):
    assert format_number(value) == expected


def test_format_number_max_decimals():
    assert format_number(2 / 3, max_decimals=0) == "1"
    assert format_number(2 / 3, max_decimals=3) == "0,667"


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        (2, 3, "66,67%"),
        (3, 2, "150%"),
        (20, 23, "86,96%"),
        (1, 8, "12,5%"),
        (1, 1, "100%"),
        (0, 7, "0%"),
        (5, 0, "0%"),
    ],
)
def test_format_percent(part, whole, expected):
    assert format_percent(part, whole) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0"), (1, "01"), (3, "03"), (9, "09"), (10, "10"), (12, "12")],
)
def test_format_count(n, expected):
    assert format_count(n) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "I"),
        (2, "II"),
        (4, "IV"),
        (9, "IX"),
        (14, "XIV"),
        (40, "XL"),
        (1994, "MCMXCIV"),
    ],
)
def test_roman(n, expected):
    assert roman(n) == expected


def test_roman_rejects_zero():
    with pytest.raises(ValueError):
        roman(0)


NB = "\u00a0"


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("nhiệm kỳ 2025 - 2027", f"nhiệm kỳ 2025{NB}-{NB}2027"),
        ("2018 – 2020 và 2022-2025", f"2018{NB}–{NB}2020 và 2022-2025"),  # as typed
        ("Hôm nay, ngày 05 tháng 12 năm 2024,", f"Hôm nay, ngày{NB}05 tháng{NB}12 năm{NB}2024,"),
        ("lúc 10 giờ 10, ngày 04", f"lúc 10 giờ 10, ngày{NB}04"),  # "10 giờ 10" is short
        ("ngày …… tháng …… năm ……", f"ngày{NB}…… tháng{NB}…… năm{NB}……"),
        ("Hiệp Hưng, ngày      tháng", "Hiệp Hưng, ngày      tháng"),  # the header's blank form
        ("03 năm liền, 12 đảng viên", "03 năm liền, 12 đảng viên"),
        ("Kế hoạch số 12-KH/TU và 2022-2025", "Kế hoạch số 12\u2011KH/TU và 2022-2025"),
        ("số ……-KH/……", "số ……-KH/……"),  # a blank number is written by hand, hyphen and all
    ],
)
def test_terms_and_dates_are_kept_together(text, printed):
    assert keep_together(text) == printed


def test_a_place_name_is_kept_together():
    assert (
        keep_together("Chi bộ Công an xã Tân Long", ["Tân Long"])
        == f"Chi bộ Công an xã Tân{NB}Long"
    )


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (3, "năm", "03 năm"),
        (5.0, "hộ", "05 hộ"),
        (12, "hộ", "12 hộ"),
        (100, "%", "100%"),
        (9, "triệu đồng/người/tháng", "9 triệu đồng/người/tháng"),
        (2.5, "km", "2,5 km"),
        (1, "", "01"),
    ],
)
def test_quantities_in_prose(value, unit, text):
    assert quantity(value, unit) == text

"""Vietnamese text helpers: normalisation, A-B-C name order, dates, numbers."""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from babel.numbers import format_decimal

_WHITESPACE = re.compile(r"\s+")  # str patterns match U+00A0, tabs, newlines

# Vietnamese alphabet order; ă, â, đ, ê, ô, ơ, ư are letters of their own.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}

# Tone marks in order: ngang (none) < huyền < hỏi < ngã < sắc < nặng.
_TONE_RANK = {
    "\u0300": 1,  # huyền (grave)
    "\u0309": 2,  # hỏi (hook above)
    "\u0303": 3,  # ngã (tilde)
    "\u0301": 4,  # sắc (acute)
    "\u0323": 5,  # nặng (dot below)
}

_BLANK = " " * 6  # gap left for a handwritten day or month
_ELLIPSIS = "\u2026"
NBSP = "\u00a0"  # a space a line never breaks at
# Only a number is held to its word ("ngày 05", "tháng 12", "năm NNNN") and a term's years to
# each other ("NNNN - NNNN"): short pieces, so a justified line never stretches to make room for
# a long unbreakable one (a whole date, "nhiệm kỳ NNNN - NNNN", a name).
_TERM = re.compile(r"(?<=\d{4}) (?=[-\u2013])|(?<=\d{4} [-\u2013]) (?=\d{4})")
_TITLE_PHRASE = re.compile(r"\b(?:lần thứ [IVXLCDM\d]+|nhiệm kỳ \d{4} [-\u2013] \d{4})", re.I)
_DATE_PART = re.compile(r"\b(ngày|tháng|năm) (\d{1,4}|…+)", re.IGNORECASE)
# A text's number ("<số>-KH/<cơ quan>") is read as one: its hyphen never ends a line.
_TEXT_NUMBER = re.compile(r"(?<=\d)-(?=[A-ZĐ]+/)")
NB_HYPHEN = "\u2011"


def normalize_text(value: str) -> str:
    """NFC-normalise, strip and collapse any whitespace run into one space."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", value)).strip()


def _capitalize(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def normalize_name(value: str) -> str:
    """Normalise a person's name and capitalise each word (and hyphen part)."""
    return " ".join(_capitalize(word) for word in normalize_text(value).split(" ") if word)


def split_name(full_name: str) -> tuple[str, str, str]:
    """Split into (họ, tên đệm, tên) = (family, middle, given)."""
    words = normalize_text(full_name).split()
    if not words:
        return ("", "", "")
    if len(words) == 1:
        return ("", "", words[0])
    return (words[0], " ".join(words[1:-1]), words[-1])


@lru_cache(maxsize=1 << 14)
def _word_key(word: str) -> tuple[tuple[int, ...], int]:
    """Return (letter ranks, tone rank) of one word, ignoring case."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    tone = 0
    kept = []
    for char in decomposed:
        if char in _TONE_RANK:
            tone = _TONE_RANK[char]
        else:
            kept.append(char)
    letters = unicodedata.normalize("NFC", "".join(kept))
    # Characters outside the alphabet (hyphen, digits...) sort after z.
    ranks = tuple(_LETTER_RANK.get(c, len(_ALPHABET) + ord(c)) for c in letters)
    return ranks, tone


def _part_key(part: str) -> tuple[tuple[tuple[int, ...], ...], tuple[int, ...]]:
    """Letters of the whole part first, tones only as a tie-breaker."""
    keys = [_word_key(word) for word in part.split()]
    return tuple(k[0] for k in keys), tuple(k[1] for k in keys)


def name_sort_key(full_name: str, birth_date: datetime.date | None = None) -> tuple:
    """A-B-C key: tên, then họ, then tên đệm, then earlier birth date (None last)."""
    family, middle, given = split_name(full_name)
    return (
        *_part_key(given),
        *_part_key(family),
        *_part_key(middle),
        birth_date is None,
        birth_date or datetime.date.min,
    )


def sort_by_name(
    items: Iterable[Any],
    name: Callable[[Any], str] = lambda x: x.name,
    birth: Callable[[Any], datetime.date | None] = lambda x: x.birth_date,
) -> list:
    """Return a sorted copy of items in Vietnamese A-B-C order."""
    return sorted(items, key=lambda item: name_sort_key(name(item), birth(item)))


def _day(day: datetime.date) -> str:
    return f"{day.day:02d}"


def _month(day: datetime.date) -> str:
    """Months 1-2 are zero-padded (01, 02), months 3-12 are not."""
    return f"{day.month:02d}" if day.month < 3 else str(day.month)


def long_date(day: datetime.date) -> str:
    """'ngày 05 tháng 12 năm <năm>'."""
    return f"ngày {_day(day)} tháng {_month(day)} năm {day.year}"


def header_date(place: str, day: datetime.date | None, blank_year: int | None = None) -> str:
    """'<Địa danh>, ngày 05 tháng 12 năm <năm>'; day None gives the blank form.

    The blank form leaves six spaces for the day and the month and prints
    blank_year (or a blank too when that is None as well).
    """
    place = normalize_text(place)
    if day is not None:
        return f"{place}, {long_date(day)}"
    year = _BLANK if blank_year is None else str(blank_year)
    return f"{place}, ngày{_BLANK}tháng{_BLANK}năm {year}"


def days_after(day: datetime.date | None, days: int) -> datetime.date | None:
    """day + days; None when day is None or the result is past 31/12/9999."""
    try:
        return day + datetime.timedelta(days) if day else None
    except OverflowError:
        return None


def body_date(day: datetime.date | None) -> str:
    """'05/12/<năm>' for body text; None gives '…/…/…' to fill in by hand."""
    if day is None:
        return "/".join([_ELLIPSIS] * 3)
    return f"{_day(day)}/{_month(day)}/{day.year}"


@lru_cache(maxsize=4096)
def format_number(value: float | Decimal, max_decimals: int = 2) -> str:
    """'1.234.567', '1.234,5', '0,33' (vi locale, trailing zeros dropped).

    Rounds half up beforehand: babel alone rounds half to even (1.005 -> '1').
    """
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    number = number.quantize(Decimal(1).scaleb(-max_decimals), rounding=ROUND_HALF_UP)
    if number == 0:
        number = Decimal(0)  # avoid '-0'
    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals > 0 else "")
    return format_decimal(number, format=pattern, locale="vi")


def format_percent(part: float | Decimal, whole: float | Decimal) -> str:
    """part/whole as a percentage, at most 2 decimals, no space: '66,67%'."""
    if whole == 0:
        return "0%"
    ratio = Decimal(str(part)) * 100 / Decimal(str(whole))
    return f"{format_number(ratio)}%"


def keep_together(text: str, names: Iterable[str] = ()) -> str:
    """Join a term's years ("NNNN - NNNN"), each number of a date to its word ("ngày 05",
    "tháng 12", "năm NNNN") and the words of each of the given names (a place:
    "Tân Long") with non-breaking spaces, and a text's number ("<số>-KH/…") with a non-breaking
    hyphen: no printed line breaks inside them."""
    return _kept_together(text, tuple(names))


@lru_cache(maxsize=4096)  # a cell's texts recur in its documents; bounded: narratives are long
def _kept_together(text: str, names: tuple[str, ...]) -> str:
    for name in names:
        if " " in name:
            text = text.replace(name, name.replace(" ", NBSP))
    text = _DATE_PART.sub(rf"\1{NBSP}\2", _TERM.sub(NBSP, text))
    return _TEXT_NUMBER.sub(NB_HYPHEN, text)


def title_phrases(text: str) -> str:
    """For a centred title line (where non-breaking spaces cannot stretch a line): "lần thứ VIII"
    and "nhiệm kỳ NNNN - NNNN" each held on one line, so a title breaks between them."""
    return _TITLE_PHRASE.sub(lambda m: m.group().replace(" ", NBSP), text)


def format_count(n: int) -> str:
    """Counts 1-9 in prose get a leading zero: 3 -> '03'; 0 and 10+ unchanged."""
    return f"{n:02d}" if 0 < n < 10 else str(n)


def quantity(value: float | Decimal, unit: str = "") -> str:
    """A figure with its unit in prose: "03 năm", "05 hộ", "100%", "9 triệu đồng/người/tháng".

    Whole counts under 10 of things (not a rate "…/…", not a percentage) get the leading zero.
    """
    return figure(value, unit) + (unit if unit == "%" else f" {unit}" if unit else "")


def figure(value: float | Decimal, unit: str = "") -> str:
    """The figure of `quantity` alone, for a table whose unit has a column of its own."""
    is_count = unit != "%" and "/" not in unit and Decimal(str(value)) % 1 == 0
    return format_count(int(value)) if is_count and 0 <= value < 10 else format_number(value)


_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def roman(n: int) -> str:
    """Roman numeral for section headings: 14 -> 'XIV'."""
    if n < 1:
        raise ValueError(f"no Roman numeral for {n}")
    out = []
    for value, symbol in _ROMAN:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def time_text(t: datetime.time | None) -> str:
    """'07 giờ 30'; None gives '…… giờ ……' to fill in by hand."""
    if t is None:
        return f"{_ELLIPSIS * 2} giờ {_ELLIPSIS * 2}"
    return f"{t.hour:02d} giờ {t.minute:02d}"


_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![^\W\d_])")


def modern_tones(text: str) -> str:
    """Old-style tone placement → the style used in this tool's lists: "hoà" → "hòa", "uỷ" → "ủy".

    Used only to match what a clerk typed against a vocabulary or a name; printed text is kept.
    """
    moved = _OLD_TONE.sub(r"\1\3\2", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", moved)

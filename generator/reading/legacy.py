"""Text typed in an old Vietnamese encoding (TCVN3, VNI): detect it and read it as Unicode.

A text is taken for an old encoding only when it has no character beyond Latin-1 (Unicode
Vietnamese almost always has one: ă, đ, ơ, ư, ạ…), at least one of its words is no Vietnamese
syllable as it stands, and every word the decoding changes becomes a Vietnamese syllable. So
"Bé Tí", "Café" or "3 × 4" stay untouched, while "NguyÔn V¨n B×nh" and "Nguyeãn Vaên Bình" are
recognised. The tables themselves are data, in legacy_tables.py.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..textvn import normalize_name
from .legacy_tables import ENCODINGS, TONES

BEYOND_LATIN1 = re.compile(r"[^\x00-\xff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]")
ASCII_LETTER = re.compile(r"[A-Za-z]")
WORD_SPLIT = re.compile(r"[\s\-/]+")
EDGE_PUNCTUATION = "\"'()[],.;:!?…“”‘’"
NUCLEI = (  # vowel groups of a syllable, longest first (the tone marks taken off)
    *("iêu", "yêu", "uyê", "uya", "uyu", "ươi", "ươu", "oai", "oay", "oeo", "uây", "uôi"),
    *("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi"),
    *("ôi", "ơi", "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê"),
    *("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"),
)
SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    rf"({'|'.join(NUCLEI)})"
    r"(ch|ng|nh|[cmnpt])?"
)
TONE_MARKS = set(TONES) - {""}


def unicode_letters(table) -> dict[str, str]:
    """Stored form → Unicode letter, for every letter of a table that the encoding changes."""
    decoding = {}
    for (small, capital), (small_forms, capital_forms) in table.items():
        for letter, forms in ((small, small_forms), (capital, capital_forms)):
            for tone, stored in zip(TONES, forms, strict=False):
                unicode = unicodedata.normalize("NFC", letter + tone)
                if stored is not None and stored != unicode:
                    decoding[stored] = unicode
    return decoding


DECODINGS = {name: unicode_letters(table) for name, table in ENCODINGS.items()}
LONGEST = {name: max(map(len, decoding)) for name, decoding in DECODINGS.items()}


def decode(text: str, encoding: str) -> str:
    """Read text stored in an old encoding as Unicode (longest stored form first)."""
    decoding, longest = DECODINGS[encoding], LONGEST[encoding]
    out, index = [], 0
    while index < len(text):
        for size in range(longest, 0, -1):
            piece = text[index : index + size]
            if piece in decoding:
                out.append(decoding[piece])
                index += size
                break
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


def is_syllable(word: str) -> bool:
    """A Vietnamese syllable, in small letters, capitals or with a capital first letter."""
    title = word[:1].isupper() and (len(word) == 1 or word[1:].islower())
    if not (word.islower() or word.isupper() or title):
        return False
    parts = unicodedata.normalize("NFD", word.casefold())
    if sum(mark in TONE_MARKS for mark in parts) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
    return SYLLABLE.fullmatch(bare) is not None


def words(text: str) -> list[str]:
    return [w.strip(EDGE_PUNCTUATION) for w in WORD_SPLIT.split(text)]


@lru_cache(maxsize=1 << 14)
def legacy_reading(text: str) -> tuple[str, str] | None:
    """(encoding, Unicode text) when the text reads as Vietnamese typed in an old encoding."""
    if text.isascii() or BEYOND_LATIN1.search(text):
        return None
    for encoding in DECODINGS:
        converted = decode(text, encoding)
        if converted == text:
            continue
        changed = [
            (old, new) for old, new in zip(words(text), words(converted), strict=True) if old != new
        ]
        # Evidence is a word mixing plain letters with signs that read as no syllable; a sign
        # standing alone ("3 × 4") proves nothing.
        if all(is_syllable(new) for _, new in changed) and any(
            not is_syllable(old) and ASCII_LETTER.search(old) for old, _ in changed
        ):
            return encoding, converted
    return None


def legacy_warning(raw, is_name: bool) -> str | None:
    """The clerk's warning for a cell typed in an old encoding, with its Unicode reading."""
    if not isinstance(raw, str):
        return None
    reading = unicode_text(raw, is_name)
    if reading is None:
        return None
    encoding, converted = reading
    return (
        f'"{raw.strip()}" có vẻ được gõ bằng bảng mã cũ ({encoding}); có phải là "{converted}"? '
        'Chạy "daihoi check" với --sua-ma-cu để ghi bản sao đã chuyển sang Unicode, hoặc dùng '
        "Unikey (Công cụ chuyển mã) chuyển sang Unicode rồi dán lại."
    )


def unicode_text(raw: str, is_name: bool) -> tuple[str, str] | None:
    """(encoding, what the cell should hold): names get a capital on every word."""
    reading = legacy_reading(raw.strip())
    if reading is None:
        return None
    encoding, converted = reading
    return encoding, normalize_name(converted) if is_name else converted

"""Old encodings (TCVN3, VNI-Windows): every letter with every tone, detection without false alarms,
the warning in any text column, the marked copy and the `--sua-ma-cu` copy."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import add_cell, findings_of, with_code
from openpyxl import load_workbook

from generator.reading import schema
from generator.reading.legacy import DECODINGS, decode, legacy_reading
from generator.rendering.resources import sample_workbook

BASES = "aăâeêioôơuưy"
TONE_MARKS = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # sắc huyền hỏi ngã nặng
LETTERS = [unicodedata.normalize("NFC", base + tone) for base in BASES for tone in TONE_MARKS] + [
    "đ"
]
ALL_LETTERS = LETTERS + [letter.upper() for letter in LETTERS]

# VNI-Windows by its own rules: a tone is a mark byte after the letter; â ê ô and ă take one
# byte for shape and tone together; i, ơ, ư, ỵ and đ have bytes of their own.
VNI_TONES = ("", "ù", "ø", "û", "õ", "ï")
VNI_CIRCUMFLEX = ("â", "á", "à", "å", "ã", "ä")
VNI_BREVE = ("ê", "é", "è", "ú", "ü", "ë")
VNI_I = ("i", "í", "ì", "æ", "ó", "ò")


def vni_by_rule(base: str, tone: int) -> str:
    if base == "i":
        return VNI_I[tone]
    if base == "y" and tone == 5:
        return "î"
    if base in "âêô":
        return {"â": "a", "ê": "e", "ô": "o"}[base] + VNI_CIRCUMFLEX[tone]
    if base == "ă":
        return "a" + VNI_BREVE[tone]
    return {"ơ": "ô", "ư": "ö"}.get(base, base) + VNI_TONES[tone]


def encoding_of(encoding: str) -> dict[str, str]:
    """Unicode letter → stored form, the inverse of the decoding table."""
    inverse = {letter: stored for stored, letter in DECODINGS[encoding].items()}
    assert len(inverse) == len(DECODINGS[encoding]), "two stored forms for one letter"
    return inverse


@pytest.mark.parametrize("encoding", ["TCVN3 (ABC)", "VNI-Windows"])
def test_every_letter_with_every_tone_round_trips(encoding):
    encode = encoding_of(encoding)
    for letter in ALL_LETTERS:
        stored = encode.get(letter, letter)
        if encoding.startswith("TCVN3") and letter.isupper() and letter not in "AEIOUYĂÂÊÔƠƯĐ":
            # TCVN3 has no capital with a tone: it was typed with the small letter's byte.
            assert letter not in encode
            stored = encode.get(letter.lower(), letter.lower())
            assert decode(stored, encoding) == letter.lower()
            continue
        assert all(ord(char) <= 0xFF for char in stored), (letter, stored)
        assert decode(stored, encoding) == letter, (letter, stored)
        word = f"Ng{stored}n"
        assert decode(word, encoding) == f"Ng{letter}n"
    # Letters stored as themselves: the plain vowels, and a few Latin-1 letters.
    same = {"TCVN3 (ABC)": set("ý"), "VNI-Windows": set("íìÍÌ")}[encoding] | set("aeiouyAEIOUY")
    capitals = {letter for letter in ALL_LETTERS if letter.isupper()} - set("AEIOUYĂÂÊÔƠƯĐ")
    missing = capitals if encoding.startswith("TCVN3") else set()
    assert {letter for letter in ALL_LETTERS if letter not in encode} == same | missing


def test_vni_table_follows_the_vni_rules():
    encode = encoding_of("VNI-Windows")
    for base in BASES:
        for tone, mark in enumerate(TONE_MARKS):
            letter = unicodedata.normalize("NFC", base + mark)
            expected = vni_by_rule(base, tone)
            assert encode.get(letter, letter) == expected, letter
            assert encode.get(letter.upper(), letter.upper()) == expected.upper(), letter
    assert (encode["đ"], encode["Đ"]) == ("ñ", "Ñ")


REAL = [
    ("NguyÔn V¨n B×nh", "TCVN3 (ABC)", "Nguyễn Văn Bình"),
    ("Lª ThÞ Hång Nhung", "TCVN3 (ABC)", "Lê Thị Hồng Nhung"),
    ("§¶ng bé x· HiÖp H\u00adng", "TCVN3 (ABC)", "Đảng bộ xã Hiệp Hưng"),
    ("Tr\u00adêng TiÓu häc Mü Phó", "TCVN3 (ABC)", "Trường Tiểu học Mỹ Phú"),
    ("Nguyeãn Vaên AÙnh", "VNI-Windows", "Nguyễn Văn Ánh"),
    ("Xin chaøo caùc baïn", "VNI-Windows", "Xin chào các bạn"),
    ("Ñaûng boä xaõ Hieäp Höng", "VNI-Windows", "Đảng bộ xã Hiệp Hưng"),
    ("TRÖÔØNG TIEÅU HOÏC", "VNI-Windows", "TRƯỜNG TIỂU HỌC"),
]


@pytest.mark.parametrize(("stored", "encoding", "unicode"), REAL)
def test_real_texts_are_recognised_and_read(stored, encoding, unicode):
    assert legacy_reading(stored) == (encoding, unicode)


PLAIN = [
    "Bé Tí",
    "Cà Mau",
    "Hà Tiên",
    "Café",
    "José Müller",
    "naïve",
    "3 × 4",
    "«Tên»",
    "½ ngày",
    "25°C",
    "Nguyễn Văn Ánh",
    unicodedata.normalize("NFD", "Nguyễn Văn Ánh"),
    "Chính thức",
]


@pytest.mark.parametrize("text", PLAIN)
def test_ordinary_text_is_not_taken_for_an_old_encoding(text):
    assert legacy_reading(text) is None


def test_no_false_alarm_on_the_sample_and_the_workbook_texts():
    texts = {
        value
        for worksheet in load_workbook(sample_workbook(), read_only=True).worksheets
        for row in worksheet.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
    }
    for sheet in schema.SHEETS:
        texts |= {sheet.help} | {c.help for c in sheet.columns} | {c.example for c in sheet.columns}
    words = {word for text in texts for word in text.split()}
    latin1 = {w for w in words if all(ord(c) <= 0xFF for c in w) and not w.isascii()}
    assert len(texts) > 700 and len(latin1) > 50, "enough text, some in Latin-1 letters only"
    assert [t for t in texts | words if legacy_reading(t)] == []
    assert with_code(findings_of(sample_workbook()), "legacy-encoding") == []


def test_old_encodings_are_found_in_any_text_column_and_fixed_in_a_copy(book, run_cli, tmp_path):
    info = add_cell(book, official=5)
    member = info.member_rows[info.official[1]]
    plan = info.nomination_rows[(info.secretary, "Bí thư")]
    stored = {
        ("Đảng viên", member, "Họ và tên"): ("TrÇn V¨n B×nh", info.official[1]),
        ("Đảng viên", member, "Quê quán"): ("HiÖp H\u00adng", "Hiệp Hưng"),
        ("Chi bộ", info.row, "Địa điểm"): ("Hoäi tröôøng aáp", "Hội trường ấp"),
        ("Nhân sự", plan, "Ghi chú"): ("Taùi cöû", "Tái cử"),
        ("Nội dung", 2, "Nội dung"): ("Chi bé l·nh ®¹o tèt.", "Chi bộ lãnh đạo tốt."),
    }
    for (sheet, row, header), (old, _) in stored.items():
        book.set(sheet, row, header, old)
    assert info.official[1] == "Trần Văn Bình"
    path = book.save()
    original = path.read_bytes()
    found = with_code(findings_of(path), "legacy-encoding")
    assert sorted((f.sheet, f.row, f.column) for f in found) == sorted(stored)
    for finding in found:
        old, new = stored[(finding.sheet, finding.row, finding.column)]
        assert f'có phải là "{new}"?' in finding.message
        assert ("VNI" in finding.message) == (old in ("Hoäi tröôøng aáp", "Taùi cöû"))

    result = run_cli("check", path, "--danh-dau", "--sua-ma-cu")
    assert path.read_bytes() == original
    marked = load_workbook(tmp_path / "so_lieu - đã kiểm tra.xlsx")
    for finding in found:
        cell = marked[finding.sheet][f"{finding.column_letter}{finding.row}"]
        assert stored[(finding.sheet, finding.row, finding.column)][1] in cell.comment.text

    fixed_path = tmp_path / "so_lieu - đã sửa mã.xlsx"
    assert f"Đã chuyển {len(stored)} ô sang Unicode" in result.out
    fixed = load_workbook(fixed_path)
    for finding in found:
        old, new = stored[(finding.sheet, finding.row, finding.column)]
        assert fixed[finding.sheet][f"{finding.column_letter}{finding.row}"].value == new
        assert f'"{old}" → "{new}"' in result.out
    assert with_code(findings_of(fixed_path), "legacy-encoding") == []
    assert not with_code(findings_of(fixed_path), "unknown-person")


def test_nothing_to_fix_writes_no_copy(book, run_cli, tmp_path):
    add_cell(book)
    path = book.save()
    result = run_cli("check", path, "--sua-ma-cu")
    assert result.code == 0
    assert "Không có ô nào gõ bằng bảng mã cũ" in result.out
    assert not (tmp_path / "so_lieu - đã sửa mã.xlsx").exists()

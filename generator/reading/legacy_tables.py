"""Old Vietnamese encodings, as data: how each letter was stored by the fonts of the 1990s.

Text typed with those fonts and pasted into Excel shows the font's bytes as Latin-1 (Windows-1252)
characters. Each row gives, for one small letter and then for its capital, the stored text of the
letter without a tone and with the tones sắc, huyền, hỏi, ngã, nặng, in that order (the order of
`TONES`). A capital that the encoding cannot write is None.

TCVN3 (ABC, TCVN 5712:1993 "VN3", fonts .VnTime, .VnArial…): one byte per letter. The font has no
capital with a tone: capitals were typed with the small letters' bytes in an all-capitals font
(.VnTimeH), so they read back as small letters.
VNI-Windows (fonts VNI-Times, VNI-Helve…): a base letter followed by a mark byte; i with a tone, ơ,
ư, ỵ and đ are single bytes.
"""

from __future__ import annotations

# Combining marks of the tones, in the order of every row below.
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")

# (small letter, capital letter): (stored small forms, stored capital forms)
TCVN3 = {
    ("a", "A"): (("a", "¸", "µ", "¶", "·", "¹"), ("A", None, None, None, None, None)),
    ("ă", "Ă"): (("¨", "¾", "»", "¼", "½", "Æ"), ("¡", None, None, None, None, None)),
    ("â", "Â"): (("©", "Ê", "Ç", "È", "É", "Ë"), ("¢", None, None, None, None, None)),
    ("e", "E"): (("e", "Ð", "Ì", "Î", "Ï", "Ñ"), ("E", None, None, None, None, None)),
    ("ê", "Ê"): (("ª", "Õ", "Ò", "Ó", "Ô", "Ö"), ("£", None, None, None, None, None)),
    ("i", "I"): (("i", "Ý", "×", "Ø", "Ü", "Þ"), ("I", None, None, None, None, None)),
    ("o", "O"): (("o", "ã", "ß", "á", "â", "ä"), ("O", None, None, None, None, None)),
    ("ô", "Ô"): (("«", "è", "å", "æ", "ç", "é"), ("¤", None, None, None, None, None)),
    ("ơ", "Ơ"): (("¬", "í", "ê", "ë", "ì", "î"), ("¥", None, None, None, None, None)),
    ("u", "U"): (("u", "ó", "ï", "ñ", "ò", "ô"), ("U", None, None, None, None, None)),
    ("ư", "Ư"): (("\u00ad", "ø", "õ", "ö", "÷", "ù"), ("¦", None, None, None, None, None)),
    ("y", "Y"): (("y", "ý", "ú", "û", "ü", "þ"), ("Y", None, None, None, None, None)),
    ("đ", "Đ"): (("®",), ("§",)),
}

VNI = {
    ("a", "A"): (("a", "aù", "aø", "aû", "aõ", "aï"), ("A", "AÙ", "AØ", "AÛ", "AÕ", "AÏ")),
    ("ă", "Ă"): (("aê", "aé", "aè", "aú", "aü", "aë"), ("AÊ", "AÉ", "AÈ", "AÚ", "AÜ", "AË")),
    ("â", "Â"): (("aâ", "aá", "aà", "aå", "aã", "aä"), ("AÂ", "AÁ", "AÀ", "AÅ", "AÃ", "AÄ")),
    ("e", "E"): (("e", "eù", "eø", "eû", "eõ", "eï"), ("E", "EÙ", "EØ", "EÛ", "EÕ", "EÏ")),
    ("ê", "Ê"): (("eâ", "eá", "eà", "eå", "eã", "eä"), ("EÂ", "EÁ", "EÀ", "EÅ", "EÃ", "EÄ")),
    ("i", "I"): (("i", "í", "ì", "æ", "ó", "ò"), ("I", "Í", "Ì", "Æ", "Ó", "Ò")),
    ("o", "O"): (("o", "où", "oø", "oû", "oõ", "oï"), ("O", "OÙ", "OØ", "OÛ", "OÕ", "OÏ")),
    ("ô", "Ô"): (("oâ", "oá", "oà", "oå", "oã", "oä"), ("OÂ", "OÁ", "OÀ", "OÅ", "OÃ", "OÄ")),
    ("ơ", "Ơ"): (("ô", "ôù", "ôø", "ôû", "ôõ", "ôï"), ("Ô", "ÔÙ", "ÔØ", "ÔÛ", "ÔÕ", "ÔÏ")),
    ("u", "U"): (("u", "uù", "uø", "uû", "uõ", "uï"), ("U", "UÙ", "UØ", "UÛ", "UÕ", "UÏ")),
    ("ư", "Ư"): (("ö", "öù", "öø", "öû", "öõ", "öï"), ("Ö", "ÖÙ", "ÖØ", "ÖÛ", "ÖÕ", "ÖÏ")),
    ("y", "Y"): (("y", "yù", "yø", "yû", "yõ", "î"), ("Y", "YÙ", "YØ", "YÛ", "YÕ", "Î")),
    ("đ", "Đ"): (("ñ",), ("Ñ",)),
}

ENCODINGS = {"TCVN3 (ABC)": TCVN3, "VNI-Windows": VNI}

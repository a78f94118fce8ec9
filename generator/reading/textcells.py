"""Values from a workbook or a template, written into a spreadsheet the tool makes: text stays
text, never a formula.

openpyxl stores any text that begins with "=" as a formula, so a name typed as
=HYPERLINK("http://…") or =cmd|' /C calc'!A0 would come alive in the roll-up the đảng ủy opens
in Excel. Text is stored as a text cell; text that Excel would take for a formula if it were
typed (=, +, -, @ first) also gets the quote prefix (Excel's leading apostrophe), so Excel and
LibreOffice show it as written, even after the cell is edited.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@")


def looks_like_formula(text: str) -> bool:
    return text.lstrip().startswith(FORMULA_START)


def keep_text(cell) -> None:
    """Call after the cell's value and style are set (a style set later drops the prefix)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if looks_like_formula(cell.value):
            cell.quotePrefix = True

"""Writes docs/so-lieu.md, the workbook contract, from generator/reading/schema.py.

Run after changing the schema: python3 docs/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from generator.reading import schema  # noqa: E402

KINDS = {
    schema.TEXT: "chữ",
    schema.NAME: "họ và tên",
    schema.DATE: "ngày (ngày/tháng/năm)",
    schema.BIRTH: "ngày sinh, hoặc chỉ năm sinh",
    schema.INT: "số nguyên",
    schema.NUMBER: "số",
    schema.BOOL: '"Có" hoặc "x"; để trống là không',
    schema.CHOICE: "một giá trị trong danh sách",
    schema.TIME: "giờ (07:30)",
}
INTRO = """\
# Tệp Excel số liệu (hợp đồng dữ liệu)

Tệp này được tạo từ `generator/reading/schema.py` bằng `python3 docs/make_docs.py`; đừng sửa tay.

`daihoi init so_lieu.xlsx` tạo tệp trống đúng như mô tả dưới đây, có danh sách chọn và sheet
"Hướng dẫn". Mỗi sheet có tiêu đề ở dòng 1, số liệu từ dòng 2, mỗi dòng một mục. Tên sheet và tên
cột được nhận không phân biệt chữ hoa, chữ thường, khoảng trắng thừa hay kiểu gõ dấu; cột thừa được
bỏ qua. Giá trị trong danh sách cũng được nhận như vậy; gõ sai thì chương trình báo đúng ô và gợi ý
giá trị gần nhất. Các khóa của sheet "Cấu hình" (các con số của quy định) có trong sheet "Hướng dẫn".
Ý nghĩa các mã lỗi và cảnh báo: [ma-phat-hien.md](ma-phat-hien.md).
"""


def sheet_text(sheet: schema.Sheet) -> str:
    lines = [
        f'## Sheet "{sheet.name}"' + (" (bắt buộc)" if sheet.required else ""),
        "",
        sheet.help,
        "",
        "| Cột | Bắt buộc | Kiểu | Giá trị, giải thích | Ví dụ |",
        "|---|---|---|---|---|",
    ]
    for column in sheet.columns:
        parts = [column.help]
        if column.choices:
            parts.append("Chọn: " + " · ".join(column.choices) + ".")
        cells = (
            column.header,
            "có" if column.required else "",
            KINDS[column.kind],
            " ".join(p for p in parts if p),
            column.example,
        )
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def sections_text() -> str:
    lines = ['## Các mục của sheet "Nội dung"', ""]
    lines.append("- Báo cáo tổng kết: " + ", ".join(schema.SUMMARY_SECTIONS) + ".")
    for kind in schema.FIELD_SECTIONS:
        lines.append(f"  - thêm với chi bộ {kind}: {', '.join(schema.field_sections(kind))}.")
    lines.append("- Báo cáo kiểm điểm: " + ", ".join(schema.SELF_REVIEW_SECTIONS) + ".")
    return "\n".join(lines)


def contract() -> str:
    parts = [INTRO.strip(), *(sheet_text(sheet) for sheet in schema.SHEETS), sections_text()]
    return "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    (HERE / "so-lieu.md").write_text(contract(), encoding="utf-8")
    print("docs/so-lieu.md")

"""Templates of the opinion minutes and summary, and the preparation checklist."""

from __future__ import annotations

from common import (
    add,
    grid,
    letterhead,
    loop,
    new_document,
    paragraph_style,
    signature,
    tag,
    title,
)
from docx.shared import Mm, Pt


def opinion_minutes():
    document = new_document()
    letterhead(document)
    title(
        document,
        "BIÊN BẢN",
        "họp chi bộ góp ý dự thảo văn kiện đại hội",
        "đảng bộ cấp trên và dự thảo văn kiện của chi bộ",
    )
    add(
        document,
        "Hôm nay, vào lúc …… giờ ……, {{ meeting_date }}, tại {{ venue }}, "
        "{{ cell_name }} họp thảo luận, đóng góp ý kiến vào dự thảo văn kiện đại hội "
        "đảng bộ cấp trên và dự thảo văn kiện Đại hội Chi bộ nhiệm kỳ {{ term }}.",
    )
    add(document, "I- THÀNH PHẦN", "Heading")
    add(document, "{{ attendance }}")
    tag(document, "if outside")
    add(document, "Mời dự, tham gia góp ý: {{ outside | join('; ') }}.")
    tag(document, "endif")
    add(document, "Chủ trì: đồng chí {{ chair_line }}. Thư ký: đồng chí {{ clerk_line }}.")
    add(document, "II- NỘI DUNG", "Heading")
    add(
        document,
        "Sau khi nghe giới thiệu các dự thảo văn kiện, hội nghị đã thảo luận, có "
        "{{ opinion_count }} ý kiến góp ý như sau:",
    )
    tag(document, "for group in groups")
    add(document, "{{ group.title }}", "Heading")
    tag(document, "for text in group.opinions")
    add(document, "{{ text }}")
    tag(document, "endfor")
    tag(document, "endfor")
    add(document, "III- KẾT LUẬN", "Heading")
    add(document, "Đồng chí chủ trì kết luận:")
    loop(document, "conclusion")
    add(
        document,
        "Cuộc họp kết thúc lúc …… giờ …… cùng ngày. Biên bản đã được đọc lại cho hội nghị "
        "nghe và nhất trí thông qua{{ end }}",
    )
    signature(document, left="THƯ KÝ||{{ clerk }}", capacity="CHỦ TRÌ", role="", name="{{ chair }}")
    return document


def opinion_summary():
    document = new_document()
    letterhead(document)
    title(
        document,
        "BÁO CÁO",
        "tổng hợp ý kiến góp ý dự thảo văn kiện đại hội",
        "đảng bộ cấp trên và dự thảo văn kiện của chi bộ",
    )
    add(document, "Kính gửi: {{ parent_committee }}.", "Subject", bold=False)
    add(
        document,
        "Thực hiện {{ plan_reference }}, {{ cell_name }} báo cáo kết quả tổng hợp ý "
        "kiến góp ý dự thảo văn kiện như sau:",
    )
    add(document, "I- TÌNH HÌNH TỔ CHỨC LẤY Ý KIẾN", "Heading")
    add(document, "{{ meeting }}")
    add(document, "{{ total }}")
    grid(
        document,
        (
            ("STT", "no"),
            ("Dự thảo văn kiện", "draft"),
            ("Số ý kiến", "count"),
            ("Của đảng viên", "members"),
            ("{{ outside_label }}", "outside"),
        ),
        "rows",
        (12, 72, 20, 25, 36),
    )
    add(document, "II- NỘI DUNG CÁC Ý KIẾN GÓP Ý", "Heading")
    tag(document, "for draft in drafts")
    add(document, "{{ draft.title }}", "Heading")
    # The count, who gave and the lead of the opinions go with the first opinion to its page.
    add(document, "{{ draft.count }}").paragraph_format.keep_with_next = True
    tag(document, "for text in draft.givers")
    add(document, "{{ text }}").paragraph_format.keep_with_next = True
    tag(document, "endfor")
    add(document, "Nội dung góp ý:", italic=True).paragraph_format.keep_with_next = True
    tag(document, "for text in draft.opinions")
    add(document, "{{ text }}")
    tag(document, "endfor")
    tag(document, "endfor")
    tag(document, "if adopted")
    add(document, "{{ adopted }}")
    tag(document, "endif")
    add(
        document,
        "Trên đây là kết quả tổng hợp ý kiến góp ý dự thảo văn kiện của {{ cell_name }}, kính "
        "báo cáo {{ parent_committee }} xem xét, tổng hợp{{ end }}",
    )
    signature(document)
    return document


def preparation_checklist():
    """One A4 page of tick boxes: a compact style keeps a typical cell on a single page."""
    document = new_document()
    # Tighter title block and spacer before the signature; this form has no body paragraphs.
    styles = document.styles
    styles["Type"].paragraph_format.space_before = Pt(6)
    styles["Dashes"].paragraph_format.space_after = Pt(6)
    styles["Body"].paragraph_format.line_spacing = Pt(12)
    styles["Body"].paragraph_format.space_after = Pt(0)
    check = paragraph_style(document, "Check", size=12, after=1, exact=14)
    check.paragraph_format.left_indent = Mm(5)
    check.paragraph_format.first_line_indent = Mm(-5)
    paragraph_style(document, "CheckHeading", size=12, bold=True, before=3, after=1, keep=True)
    letterhead(document, numbered=False)
    title(
        document,
        "DANH MỤC",
        "công việc chuẩn bị trước khai mạc",
        "Đại hội {{ cell_name }}",
        "{{ title_term }}",
    )
    add(document, "I- CÁC MỐC THỜI GIAN", "CheckHeading")
    loop(document, "deadlines", "□ {{ text }}", "Check")
    add(document, "II- TRANG TRÍ HỘI TRƯỜNG{{ decoration_guide }}", "CheckHeading")
    add(
        document,
        "□ Trên cùng là khẩu hiệu “Đảng Cộng sản Việt Nam quang vinh muôn năm”; cờ "
        "Đảng, cờ Tổ quốc; tượng hoặc ảnh Chủ tịch Hồ Chí Minh (bên trái), ảnh Mác - "
        "Lênin (bên phải).",
        "Check",
    )
    add(document, "□ Tiêu đề đại hội: {{ backdrop }}.", "Check")
    add(document, "III- VĂN KIỆN, TÀI LIỆU VÀ NGƯỜI TRÌNH BÀY", "CheckHeading")
    grid(
        document,
        (("", "box"), ("Văn kiện, tài liệu", "task"), ("Người trình bày, phụ trách", "person")),
        "papers",
        (8, 87, 70),
    )
    add(document, "IV- BẦU CỬ", "CheckHeading")
    loop(document, "elections", "□ {{ text }}", "Check")
    add(document, "V- ĐẠI BIỂU, ĐẢNG VIÊN", "CheckHeading")
    add(document, "□ {{ guests }}", "Check")
    add(document, "□ {{ convened }}", "Check")
    signature(document)
    return document


TEMPLATES = {
    "opinion_minutes": opinion_minutes,
    "opinion_summary": opinion_summary,
    "preparation_checklist": preparation_checklist,
}

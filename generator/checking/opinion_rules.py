"""Checks of the opinions on the draft documents (sheet "Góp ý"): warnings, never errors.

An opinion for an unknown cell or draft is already a finding of the reader and the model.
"""

from __future__ import annotations

from ..findings import WARNING
from ..reading.model import Cell
from ..textvn import format_count


def looks_like_a_name(giver: str) -> bool:
    """ "Nguyễn Văn An": two to five capitalised words of letters only, no role after them."""
    words = giver.split()
    return 2 <= len(words) <= 5 and all(w.isalpha() and w[0].isupper() for w in words)


def check_opinions(cell: Cell, add) -> None:
    if not cell.opinions:
        return
    if cell.opinion_meeting_date is None:
        add(
            cell.origin,
            "opinion_meeting_date",
            WARNING,
            "opinion-meeting-missing",
            f"{cell.name} có {format_count(len(cell.opinions))} ý kiến góp ý dự thảo văn kiện "
            "nhưng chưa ghi ngày họp góp ý. Kế hoạch yêu cầu lấy ý kiến tại cuộc sinh hoạt chi "
            "bộ gần thời gian đại hội (có biên bản); hãy ghi ngày họp, nếu không biên bản sẽ in "
            "chỗ trống để viết tay.",
        )
    if all(opinion.member for opinion in cell.opinions):
        who = (
            "trưởng Ban công tác Mặt trận, các đoàn thể chính trị - xã hội, nhất là cán bộ "
            "hưu trí ở địa phương"
            if cell.kind == "Ấp"
            else "các đoàn thể chính trị - xã hội"
        )
        add(
            cell.opinions[0].origin,
            "giver",
            WARNING,
            "opinion-sources",
            f"mọi ý kiến góp ý của {cell.name} đều của đảng viên; kế hoạch yêu cầu lấy thêm ý "
            f'kiến của {who}. Hãy nhập các ý kiến đó ở sheet "Góp ý", ghi tên tổ chức hoặc '
            'người góp ý ở cột "Người góp ý".',
        )
    for opinion in cell.opinions:
        if opinion.member is None and looks_like_a_name(opinion.giver):
            add(
                opinion.origin,
                "giver",
                WARNING,
                "opinion-giver",
                f'"{opinion.giver}" không có trong danh sách đảng viên của {cell.name}. Nếu là '
                'đảng viên, hãy ghi đúng họ tên như ở sheet "Đảng viên"; nếu là người ngoài chi '
                'bộ, hãy ghi kèm tư cách, ví dụ "Ông Nguyễn Văn A - cán bộ hưu trí".',
            )

"""Sample opinions on the draft documents (sheet "Góp ý").

CB01 (Ấp) hears its members, its front committee, the mass organisations and retired cadres, as
the district plan asks of hamlet cells; CB02 (Ấp) and CB03 (school) hear members and their mass
organisations; CB04 entered its opinions but not yet the meeting date (the minutes print the
blank form); CB05, CB06 and CB07 have none yet. People and opinions are fictional.
"""

from __future__ import annotations

import datetime as dt

XIV = "Văn kiện Đại hội XIV của Đảng"
PROVINCE = "Văn kiện Đại hội Đảng bộ tỉnh"
DISTRICT = "Văn kiện Đại hội Đảng bộ huyện"
COMMUNE = "Văn kiện Đại hội Đảng bộ cơ sở"
SUMMARY = "Báo cáo tổng kết của chi bộ"
SELF_REVIEW = "Báo cáo kiểm điểm của chi ủy"
RESOLUTION = "Dự thảo nghị quyết đại hội chi bộ"

MEETINGS = {
    "CB01": dt.date(2024, 12, 5),
    "CB02": dt.date(2024, 11, 26),
    "CB03": dt.date(2024, 11, 22),
}

OPINIONS = {
    "CB01": [
        (
            XIV,
            "Trần Văn Nghĩa",
            "Thống nhất cao với các quan điểm, mục tiêu lớn nêu trong dự thảo Báo cáo chính trị; "
            "đề nghị làm rõ hơn giải pháp phát triển kinh tế tập thể, hợp tác xã nông nghiệp gắn "
            "với liên kết chuỗi giá trị",
        ),
        (
            XIV,
            "Ông Trương Văn Mười (cán bộ hưu trí)",
            "Đề nghị tiếp tục quan tâm chính sách đối với người có công, cán bộ hưu trí ở cơ sở; "
            "kiên quyết đấu tranh phòng, chống tham nhũng, tiêu cực ngay từ cơ sở",
        ),
        (
            PROVINCE,
            "Võ Minh Trí",
            "Đề nghị bổ sung giải pháp ứng phó xâm nhập mặn, sạt lở bờ sông, kênh rạch; đầu tư hệ "
            "thống thủy lợi nội đồng phục vụ vùng lúa chất lượng cao",
        ),
        (
            DISTRICT,
            "Chi hội Nông dân ấp Mỹ Phú",
            "Đề nghị có cơ chế hỗ trợ nông dân liên kết tiêu thụ khóm, mía và lúa; mở thêm các lớp "
            "tập huấn chuyển giao khoa học kỹ thuật cho hội viên",
        ),
        (
            COMMUNE,
            "Ban công tác Mặt trận ấp Mỹ Phú",
            "Đề nghị dự thảo báo cáo chính trị đánh giá rõ hơn vai trò của Mặt trận và các đoàn thể "
            "trong xây dựng nông thôn mới nâng cao; bổ sung chỉ tiêu xây dựng khu dân cư kiểu mẫu",
        ),
        (
            COMMUNE,
            "Chi hội Cựu chiến binh ấp Mỹ Phú",
            "Đề nghị bổ sung nhiệm vụ phát huy vai trò cựu chiến binh trong giữ gìn an ninh, trật "
            "tự và hòa giải ở cơ sở",
        ),
        (
            SUMMARY,
            "Nguyễn Thị Bích Ngọc",
            "Đề nghị bổ sung số liệu giảm hộ nghèo, hộ cận nghèo trong nhiệm kỳ vào phần đánh giá "
            "kết quả lãnh đạo thực hiện nhiệm vụ chính trị",
        ),
        (
            SUMMARY,
            "Đặng Quốc Bảo",
            "Phần hạn chế cần nêu rõ việc ứng dụng chuyển đổi số trong sinh hoạt chi bộ và thanh "
            "toán không dùng tiền mặt của người dân còn chậm",
        ),
        (
            SELF_REVIEW,
            "Lê Hoàng Phúc",
            "Báo cáo kiểm điểm cần chỉ rõ trách nhiệm của từng chi ủy viên phụ trách tổ đảng trong "
            "việc duy trì sinh hoạt chi bộ định kỳ",
        ),
        (
            RESOLUTION,
            "Bùi Văn Sáu",
            "Đề nghị nâng chỉ tiêu kết nạp đảng viên mới nhiệm kỳ 2025 - 2027 lên 06 đảng viên, "
            "chú trọng đoàn viên thanh niên ưu tú",
        ),
        (
            RESOLUTION,
            "Ông Trương Văn Mười (cán bộ hưu trí)",
            "Đề nghị nghị quyết có chỉ tiêu nâng cấp, bê tông hóa tuyến đường liên tổ số 3 và số 4 "
            "bằng nguồn vốn Nhà nước và nhân dân cùng làm",
        ),
    ],
    "CB02": [
        (
            XIV,
            "Nguyễn Hoàng Sơn",
            "Thống nhất với dự thảo; đề nghị nhấn mạnh hơn chính sách phát triển vùng đồng bào dân "
            "tộc Khmer, nhất là đào tạo nghề và giải quyết việc làm cho thanh niên",
        ),
        (
            COMMUNE,
            "Ban công tác Mặt trận ấp Hòa Đức",
            "Đề nghị bổ sung giải pháp phát huy vai trò người có uy tín, chức sắc tôn giáo trong "
            "vận động đồng bào thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
        ),
        (
            SUMMARY,
            "Thạch Thị Sa Ri",
            "Đề nghị đánh giá cụ thể hơn kết quả hỗ trợ phụ nữ khởi nghiệp, nuôi bò sinh sản theo "
            "tổ hợp tác",
        ),
        (
            RESOLUTION,
            "Ông Danh Sóc (cán bộ hưu trí)",
            "Đề nghị bổ sung chỉ tiêu về tỷ lệ hộ sử dụng nước sạch theo quy chuẩn",
        ),
    ],
    "CB03": [
        (
            PROVINCE,
            "Huỳnh Văn Thanh",
            "Đề nghị bổ sung giải pháp bảo đảm đủ giáo viên các môn học mới theo Chương trình giáo "
            "dục phổ thông 2018",
        ),
        (
            COMMUNE,
            "Công đoàn Trường Trung học cơ sở Hiệp Hưng",
            "Đề nghị quan tâm đầu tư phòng học bộ môn và nhà đa năng cho các trường trung học cơ sở "
            "trên địa bàn xã",
        ),
        (
            SUMMARY,
            "Lê Minh Khoa",
            "Đề nghị bổ sung kết quả công tác Đội và phong trào thi đua của học sinh trong nhiệm kỳ",
        ),
        (
            RESOLUTION,
            "Chi đoàn Trường Trung học cơ sở Hiệp Hưng",
            "Đề nghị nghị quyết có chỉ tiêu giới thiệu đoàn viên ưu tú cho chi bộ xem xét kết nạp",
        ),
    ],
    "CB04": [
        (
            COMMUNE,
            "Trần Quốc Khánh",
            "Đề nghị bổ sung chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn "
            "trình",
        ),
        (
            SUMMARY,
            "Công đoàn cơ sở Ủy ban nhân dân xã Hiệp Hưng",
            "Đề nghị đánh giá rõ hơn kết quả cải cách hành chính và việc thực hiện Bộ phận tiếp "
            "nhận và trả kết quả",
        ),
    ],
}


def extend(rows: dict[str, list[dict]]) -> None:
    """Add opinion rows and meeting dates to the sample rows (by sheet key)."""
    for cell in rows["cells"]:
        if cell["code"] in MEETINGS:
            cell["opinion_meeting_date"] = MEETINGS[cell["code"]]
    for code, opinions in OPINIONS.items():
        for draft, giver, text in opinions:
            rows["opinions"].append(dict(cell_code=code, draft=draft, giver=giver, text=text + "."))

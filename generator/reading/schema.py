"""The input workbook contract (SPEC §5): sheets, columns, kinds of value and vocabularies.

Both the reader and `daihoi init` work from these declarations, so the blank workbook, its
guide, its drop-down lists and the checks can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

CELL_TYPES = ("Ấp", "Cơ quan", "Đơn vị sự nghiệp", "Doanh nghiệp", "Công an", "Quân sự")
GENDERS = ("Nam", "Nữ")
MEMBER_STATUSES = ("Chính thức", "Dự bị")
PARTY_POSTS = ("Bí thư", "Phó bí thư", "Chi ủy viên")
NOMINATION_POSTS = ("Chi ủy viên", "Bí thư", "Phó bí thư", "Đại biểu dự đại hội cấp trên")
TASKS = (
    "Dẫn chương trình",
    "Chủ tịch đại hội",
    "Thư ký",
    "Tổ trưởng kiểm phiếu",
    "Tổ viên kiểm phiếu",
    "Trình bày báo cáo tổng kết",
    "Trình bày báo cáo kiểm điểm",
    "Tham luận",
    # Optional: who speaks for the presidium at these steps (default: the first chủ tịch).
    "Khai mạc",
    "Điều hành thảo luận",
    "Điều hành bầu cử",
    "Bế mạc",
)
DOCUMENTS = ("Báo cáo tổng kết", "Báo cáo kiểm điểm", "Nghị quyết", "Chương trình hành động")
ASSESSMENTS = ("Đạt", "Vượt", "Không đạt")
CLASSIFICATIONS = (
    "Hoàn thành xuất sắc nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "Không hoàn thành nhiệm vụ",
)
ATTENDANCE = ("Có mặt", "Vắng có lý do", "Vắng không lý do")
SPECIAL_CASES = (
    "Sinh hoạt tạm thời nơi khác",
    "Đình chỉ sinh hoạt",
    "Bị khởi tố, truy tố, tạm giam",
)
ELECTIONS = ("Chi ủy", "Bí thư", "Phó bí thư", "Đại biểu")
# The cell's own drafts; those of the higher congresses come from the rules profile.
OWN_DRAFTS = (
    "Báo cáo tổng kết của chi bộ",
    "Báo cáo kiểm điểm của chi ủy",
    "Dự thảo nghị quyết đại hội chi bộ",
)
YES = ("Có", "x")

# Value kinds understood by the reader.
TEXT, NAME, DATE, BIRTH, INT, NUMBER, BOOL, CHOICE, TIME = (
    "text",
    "name",
    "date",
    "birth",
    "int",
    "number",
    "bool",
    "choice",
    "time",
)


@dataclass(frozen=True)
class Column:
    header: str
    key: str
    kind: str = TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    example: str = ""
    help: str = ""
    width: int = 18


@dataclass(frozen=True)
class Sheet:
    name: str
    key: str
    columns: tuple[Column, ...]
    help: str
    required: bool = False


ROSTER = "In ở danh sách trích ngang (hồ sơ mục 4)."

CELL_CODE = Column(
    "Mã chi bộ",
    "cell_code",
    required=True,
    example="CB01",
    help='Mã của chi bộ, phải trùng với một mã ở sheet "Chi bộ".',
    width=11,
)
PERSON = Column(
    "Họ và tên",
    "name",
    NAME,
    required=True,
    example="Nguyễn Văn An",
    help='Họ và tên đầy đủ. Ở các sheet khác sheet "Đảng viên", ghi đúng như ở sheet "Đảng viên"; '
    'hai đảng viên trùng tên thì ghi thêm năm sinh (hoặc ngày sinh) trong ngoặc, ví dụ "Nguyễn '
    'Văn An (1975)" hoặc "Nguyễn Văn An (12/03/1975)".',
    width=24,
)

ELECTION = Column(
    "Cuộc bầu", "election", CHOICE, required=True, choices=ELECTIONS, example="Chi ủy", width=12
)
ROUND = Column("Lần bầu", "round", INT, required=True, example="1", width=8)

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "Chi bộ",
        "cells",
        required=True,
        help="Mỗi dòng là một chi bộ tổ chức đại hội.",
        columns=(
            Column(
                "Mã chi bộ",
                "code",
                required=True,
                example="CB01",
                help="Mã ngắn, không trùng nhau; dùng để nối với các sheet khác.",
                width=11,
            ),
            Column(
                "Tên chi bộ",
                "name",
                required=True,
                example="Chi bộ Ấp Mỹ Phú",
                help='Tên đầy đủ của chi bộ, bắt đầu bằng "Chi bộ".',
                width=28,
            ),
            Column(
                "Loại chi bộ",
                "kind",
                CHOICE,
                required=True,
                choices=CELL_TYPES,
                example="Ấp",
                help="Chọn trong danh sách.",
                width=18,
            ),
            Column(
                "Đảng bộ cơ sở",
                "parent",
                required=True,
                example="Đảng bộ xã Tân Phú",
                help="Đảng bộ cơ sở mà chi bộ trực thuộc.",
                width=26,
            ),
            Column(
                "Địa danh",
                "place",
                required=True,
                example="Tân Phú",
                help='Địa danh ghi ở dòng ngày tháng (tên riêng của xã, không có chữ "xã").',
                width=14,
            ),
            Column(
                "Nhiệm kỳ",
                "term",
                example="2025 - 2030",
                help='Bỏ trống thì dùng khóa "Nhiệm kỳ" của bộ quy định (sheet "Hướng dẫn").',
                width=13,
            ),
            Column(
                "Nhiệm kỳ trước",
                "previous_term",
                example="2020 - 2025",
                help='Bỏ trống thì dùng khóa "Nhiệm kỳ trước" của bộ quy định.',
                width=14,
            ),
            Column(
                "Đại hội lần thứ",
                "ordinal",
                example="VII",
                help="Số thứ tự của đại hội, nếu biết (ví dụ VII hoặc 7).",
                width=10,
            ),
            Column(
                "Ngày đại hội",
                "congress_date",
                DATE,
                required=True,
                example="15/12/2025",
                help="Ngày tổ chức đại hội (một ngày, trong thời gian bộ quy định cho phép).",
                width=13,
            ),
            Column(
                "Giờ khai mạc",
                "opening_time",
                TIME,
                example="07:30",
                help="Giờ khai mạc, dạng 07:30.",
                width=10,
            ),
            Column(
                "Địa điểm",
                "venue",
                required=True,
                example="Hội trường Ấp Mỹ Phú",
                help="Nơi tổ chức đại hội.",
                width=26,
            ),
            Column(
                "Ngày ban hành",
                "issue_date",
                DATE,
                example="25/11/2025",
                help="Ngày ghi trên các văn bản; bỏ trống thì in mẫu trống để viết tay.",
                width=13,
            ),
            Column(
                "Số chi ủy viên",
                "committee_seats",
                INT,
                example="3",
                help="Số chi ủy viên cần bầu; chỉ ghi khi chi bộ có từ 09 đảng viên chính thức.",
                width=10,
            ),
            Column(
                "Bầu phó bí thư",
                "elect_deputy",
                BOOL,
                example="Có",
                help='Ghi "Có" nếu đại hội bầu phó bí thư.',
                width=10,
            ),
            Column(
                "Số đại biểu dự đại hội cấp trên",
                "delegate_seats",
                INT,
                example="2",
                help="Số đại biểu cần bầu; bỏ trống hoặc 0 nếu không bầu.",
                width=12,
            ),
            Column(
                "Ngày thông báo khai mạc",
                "notice_date",
                DATE,
                example="01/11/2025",
                help="Ngày thông báo thời gian khai mạc (trước ít nhất 30 ngày làm việc).",
                width=13,
            ),
            Column(
                "Ngày họp lấy ý kiến nhân sự",
                "personnel_meeting_date",
                DATE,
                example="10/11/2025",
                help="Ngày chi bộ họp biểu quyết dự kiến nhân sự (hồ sơ mục 2).",
                width=13,
            ),
            Column(
                "Đại biểu cấp trên",
                "guests",
                example="Đồng chí Lê Văn Hùng - Phó Bí thư Đảng ủy xã",
                help="Khách mời của đảng ủy, cách nhau bằng dấu chấm phẩy (;).",
                width=34,
            ),
            Column(
                "Ngày họp góp ý văn kiện",
                "opinion_meeting_date",
                DATE,
                example="25/11/2025",
                help="Ngày chi bộ họp lấy ý kiến góp ý dự thảo văn kiện (có biên bản).",
                width=13,
            ),
            Column(
                "Ngày đại hội nhiệm kỳ trước",
                "previous_congress_date",
                DATE,
                example="20/5/2022",
                help="Ngày đại hội nhiệm kỳ trước, nếu biết: lúc hết nhiệm kỳ trước tính từ ngày "
                'đó (khóa "Số tháng lệch so với hết nhiệm kỳ"); bỏ trống thì tính theo năm.',
                width=13,
            ),
        ),
    ),
    Sheet(
        "Đảng viên",
        "members",
        required=True,
        help="Mỗi dòng là một đảng viên của một chi bộ.",
        columns=(
            CELL_CODE,
            PERSON,
            Column(
                "Giới tính",
                "gender",
                CHOICE,
                required=True,
                choices=GENDERS,
                example="Nam",
                width=9,
            ),
            Column(
                "Ngày sinh",
                "birth_date",
                BIRTH,
                required=True,
                example="12/03/1975",
                help="Ngày sinh, hoặc chỉ năm sinh nếu không rõ ngày.",
                width=12,
            ),
            Column("Dân tộc", "ethnicity", example="Kinh", help=ROSTER, width=9),
            Column("Tôn giáo", "religion", example="Không", help=ROSTER, width=10),
            Column(
                "Quê quán",
                "hometown",
                example="Xã Tân Phú, Thành phố Cần Thơ",
                help=ROSTER,
                width=22,
            ),
            Column(
                "Nơi cư trú",
                "residence",
                example="Ấp Mỹ Phú, xã Tân Phú",
                help="In ở danh sách trích ngang (hồ sơ mục 4) và phiếu nhận xét nơi cư trú (mục 3).",
                width=22,
            ),
            Column(
                "Ngày vào Đảng",
                "joined",
                DATE,
                required=True,
                example="03/02/2005",
                help=ROSTER,
                width=12,
            ),
            Column(
                "Ngày chính thức",
                "confirmed",
                DATE,
                example="03/02/2006",
                help="Bỏ trống nếu còn là đảng viên dự bị. " + ROSTER,
                width=12,
            ),
            Column(
                "Tình trạng",
                "status",
                CHOICE,
                required=True,
                choices=MEMBER_STATUSES,
                example="Chính thức",
                help="Dùng để đếm số đảng viên chính thức, dự bị in trong các văn bản và để kiểm "
                "tra người ứng cử (đảng viên dự bị không được ứng cử).",
                width=11,
            ),
            Column(
                "Miễn sinh hoạt",
                "exempt",
                BOOL,
                example="",
                help='Ghi "Có" nếu được miễn công tác và sinh hoạt đảng. Dùng để đếm số đảng '
                "viên miễn sinh hoạt và tính kết quả bầu cử; không in riêng từng người.",
                width=9,
            ),
            Column("Trình độ học vấn", "education", example="12/12", help=ROSTER, width=10),
            Column("Chuyên môn", "profession", example="Đại học Luật", help=ROSTER, width=16),
            Column(
                "Lý luận chính trị", "political_theory", example="Trung cấp", help=ROSTER, width=12
            ),
            Column(
                "Chức vụ Đảng",
                "party_post",
                CHOICE,
                choices=PARTY_POSTS,
                example="Bí thư",
                help="Chức vụ trong chi bộ nhiệm kỳ sắp kết thúc.",
                width=12,
            ),
            Column(
                "Chức vụ chính quyền, đoàn thể",
                "public_post",
                example="Trưởng ấp",
                help="In ở phương án nhân sự (mục 1) và danh sách trích ngang (mục 4).",
                width=22,
            ),
            Column(
                "Đảng ủy nơi cư trú",
                "residence_committee",
                example="Đảng ủy xã Tân Phú",
                help="Nơi gửi phiếu nhận xét của nơi cư trú (hồ sơ mục 3).",
                width=22,
            ),
            Column(
                "Dự đại hội",
                "attendance",
                CHOICE,
                choices=ATTENDANCE,
                example="Có mặt",
                help="Ghi tại đại hội; để trống trước ngày đại hội. Vắng có lý do: vắng suốt thời "
                "gian đại hội, lý do được cấp ủy triệu tập đại hội đồng ý (không tính vào cơ sở "
                "tính kết quả bầu cử; không thể có nhiệm vụ ở sheet Phân công). Dùng để tính số "
                "có mặt, vắng mặt và kết quả bầu cử in trong biên bản.",
                width=14,
            ),
            Column(
                "Trường hợp đặc biệt",
                "special",
                CHOICE,
                choices=SPECIAL_CASES,
                help="Các trường hợp không tính vào số đảng viên để tính kết quả bầu cử. Chỉ dùng "
                "để tính, không in riêng từng người.",
                width=22,
            ),
        ),
    ),
    Sheet(
        "Nhân sự",
        "nominations",
        required=True,
        help="Phương án nhân sự: mỗi dòng là một người cho một chức danh. Người được dự kiến "
        "vừa chi ủy viên vừa bí thư thì có hai dòng.",
        columns=(
            CELL_CODE,
            PERSON,
            Column(
                "Dự kiến",
                "post",
                CHOICE,
                required=True,
                choices=NOMINATION_POSTS,
                example="Chi ủy viên",
                width=20,
            ),
            Column(
                "Tái cử",
                "reelected",
                BOOL,
                example="Có",
                help='In "Tái cử" / "Lần đầu" ở phương án nhân sự (mục 1) và danh sách trích '
                "ngang (mục 4); dùng để tính cơ cấu.",
                width=8,
            ),
            Column(
                "Phiếu đồng ý",
                "votes_for",
                INT,
                example="15",
                help="Số phiếu đồng ý tại cuộc họp lấy ý kiến chi bộ; in ở biên bản lấy ý kiến "
                "(mục 2).",
                width=9,
            ),
            Column(
                "Phiếu không đồng ý",
                "votes_against",
                INT,
                example="0",
                help="In ở biên bản lấy ý kiến (mục 2).",
                width=9,
            ),
            Column(
                "Ghi chú",
                "note",
                example="",
                help="Điều đảng ủy cần xem xét về người này (ví dụ miễn sinh hoạt, chuyển công "
                "tác); in ở cột Ghi chú của phương án nhân sự (mục 1), danh sách trích ngang "
                "(mục 4) và văn bản thống nhất nhân sự (mục 5).",
                width=20,
            ),
        ),
    ),
    Sheet(
        "Phân công",
        "assignments",
        help="Ai làm gì tại đại hội.",
        columns=(
            CELL_CODE,
            Column(
                "Nhiệm vụ",
                "task",
                CHOICE,
                required=True,
                choices=TASKS,
                example="Dẫn chương trình",
                help='Nhiều dòng "Chủ tịch đại hội" tạo thành đoàn chủ tịch. "Khai mạc", '
                '"Điều hành thảo luận", "Điều hành bầu cử", "Bế mạc": người thay mặt đoàn chủ '
                "tịch ở bước đó (không ghi thì là chủ tịch đại hội thứ nhất).",
                width=26,
            ),
            PERSON,
        ),
    ),
    Sheet(
        "Chỉ tiêu",
        "targets",
        help="Chỉ tiêu nhiệm kỳ trước, kết quả và chỉ tiêu nhiệm kỳ mới.",
        columns=(
            CELL_CODE,
            Column("Chỉ tiêu", "name", required=True, example="Kết nạp đảng viên mới", width=34),
            Column("Đơn vị tính", "unit", example="đảng viên", width=11),
            Column("Chỉ tiêu nhiệm kỳ trước", "previous_target", NUMBER, example="2", width=11),
            Column("Kết quả thực hiện", "result", NUMBER, example="3", width=11),
            Column("Chỉ tiêu nhiệm kỳ mới", "new_target", NUMBER, example="2", width=11),
            Column(
                "Đánh giá",
                "assessment",
                CHOICE,
                choices=ASSESSMENTS,
                help="Bỏ trống để tự tính Đạt / Vượt / Không đạt.",
                width=10,
            ),
        ),
    ),
    Sheet(
        "Xếp loại",
        "classifications",
        help="Kết quả xếp loại hằng năm của chi bộ và đảng viên.",
        columns=(
            CELL_CODE,
            Column("Năm", "year", INT, required=True, example="2023", width=7),
            Column(
                "Xếp loại chi bộ",
                "cell_rating",
                CHOICE,
                choices=CLASSIFICATIONS,
                example="Hoàn thành tốt nhiệm vụ",
                width=26,
            ),
            Column("Hoàn thành xuất sắc nhiệm vụ", "excellent", INT, example="2", width=11),
            Column("Hoàn thành tốt nhiệm vụ", "good", INT, example="15", width=11),
            Column("Hoàn thành nhiệm vụ", "done", INT, example="3", width=11),
            Column("Không hoàn thành nhiệm vụ", "failed", INT, example="0", width=11),
            Column("Kết nạp mới", "admitted", INT, example="1", width=9),
        ),
    ),
    Sheet(
        "Nội dung",
        "narrative",
        help="Phần viết của các báo cáo: mỗi dòng là một đoạn, theo thứ tự. Đoạn bắt đầu "
        'bằng "- " hoặc "+ " là một gạch đầu dòng.',
        columns=(
            CELL_CODE,
            Column(
                "Văn kiện",
                "document",
                CHOICE,
                required=True,
                choices=DOCUMENTS,
                example="Báo cáo tổng kết",
                width=22,
            ),
            Column(
                "Mục",
                "section",
                required=True,
                example="Ưu điểm",
                help='Chọn một mục của văn kiện ghi ở cột "Văn kiện"; mục khác danh sách vẫn '
                "được nhận và in sau các mục có sẵn.",
                width=26,
            ),
            Column(
                "Nội dung",
                "text",
                required=True,
                example="Chi bộ lãnh đạo hoàn thành tốt nhiệm vụ chính trị của địa phương.",
                width=80,
            ),
            Column(
                "Chủ trì",
                "lead",
                example="",
                help='Chỉ cho Chương trình hành động, mục "Nhiệm vụ, giải pháp": người hoặc bộ '
                "phận chủ trì nhiệm vụ ghi ở cột Nội dung. Mỗi dòng của mục đó là một dòng của "
                "bảng phân công (nhiệm vụ, chủ trì, phối hợp, thời gian thực hiện); để trống "
                "thì bảng in chỗ trống để ghi tay.",
                width=18,
            ),
            Column(
                "Phối hợp",
                "partners",
                example="",
                help="Chỉ cho Chương trình hành động: người, bộ phận, đoàn thể phối hợp thực hiện.",
                width=18,
            ),
            Column(
                "Thời gian thực hiện",
                "timing",
                example="",
                help='Chỉ cho Chương trình hành động: thời hạn, ví dụ "Hằng năm", "Quý II".',
                width=14,
            ),
        ),
    ),
    Sheet(
        "Góp ý",
        "opinions",
        help="Ý kiến góp ý dự thảo văn kiện đại hội cấp trên và của chi bộ: mỗi dòng một ý kiến. "
        "Người góp ý là đảng viên của chi bộ, hoặc (nhất là với chi bộ ấp) Ban công tác "
        "Mặt trận, đoàn thể, cán bộ hưu trí.",
        columns=(
            CELL_CODE,
            Column(
                "Dự thảo",
                "draft",
                required=True,
                example="Báo cáo tổng kết của chi bộ",
                help='Chọn trong danh sách (văn kiện cấp trên theo khóa "Văn kiện cấp trên lấy ý '
                f'kiến" của bộ quy định, hoặc dự thảo của chi bộ: {" · ".join(OWN_DRAFTS)}), hoặc '
                "ghi đúng tên dự thảo; ý kiến được tổng hợp theo tên dự thảo.",
                width=30,
            ),
            Column(
                "Người góp ý",
                "giver",
                required=True,
                example="Nguyễn Văn An",
                help='Họ tên đảng viên, hoặc tên tổ chức, ví dụ "Ban công tác Mặt trận ấp".',
                width=26,
            ),
            Column(
                "Nội dung",
                "text",
                required=True,
                example="Đề nghị bổ sung chỉ tiêu về chuyển đổi số.",
                width=70,
            ),
        ),
    ),
    Sheet(
        "Kiểm phiếu",
        "counts",
        help="Ghi sau khi kiểm phiếu: mỗi cuộc bầu, mỗi lần bầu một dòng.",
        columns=(
            CELL_CODE,
            ELECTION,
            ROUND,
            Column("Phiếu phát ra", "issued", INT, required=True, example="20", width=10),
            Column("Phiếu thu vào", "collected", INT, required=True, example="20", width=10),
            Column("Phiếu hợp lệ", "valid", INT, required=True, example="19", width=10),
            Column("Phiếu không hợp lệ", "invalid", INT, required=True, example="1", width=10),
        ),
    ),
    Sheet(
        "Kết quả bầu cử",
        "results",
        help="Số phiếu đồng ý của từng người trong danh sách bầu cử, theo cuộc bầu và lần bầu.",
        columns=(
            CELL_CODE,
            ELECTION,
            ROUND,
            PERSON,
            Column("Số phiếu đồng ý", "votes", INT, required=True, example="18", width=10),
        ),
    ),
    Sheet(
        "Cấu hình",
        "settings",
        help='Chọn bộ quy định (khóa "Bộ quy định") và sửa từng giá trị của nó (danh sách khóa, giá trị và nguồn ở sheet "Hướng dẫn"). Bỏ trống sheet này thì dùng bộ mặc định.',
        columns=(
            Column("Khóa", "key", required=True, example="Tuổi cán bộ trẻ", width=40),
            Column("Giá trị", "value", required=True, example="35", width=30),
        ),
    ),
)

SHEET_BY_KEY = {sheet.key: sheet for sheet in SHEETS}
# The first sheet of a copy marked by `check --danh-dau`: the findings, never read as data.
REPORT_SHEET = "Kết quả kiểm tra"

# Sections ("Mục") the reports expect, in print order (SPEC §5). The field section depends on the
# kind of cell: the district plan asks each kind to stress its own field.
FIELD_SECTIONS = {
    "Ấp": "Xây dựng nông thôn mới",
    "Cơ quan": "Nhiệm vụ chuyên môn",
    "Đơn vị sự nghiệp": "Nhiệm vụ chuyên môn",
    "Doanh nghiệp": "Sản xuất, kinh doanh",
    "Công an": "An ninh chính trị, trật tự an toàn xã hội",
    "Quân sự": "Quốc phòng, quân sự địa phương",
}
# The further fields of the political task a report of each kind of cell reviews, after its own.
MORE_FIELDS = {
    "Ấp": ("Văn hóa, xã hội", "Quốc phòng, an ninh"),
    "Cơ quan": ("Cải cách hành chính, chuyển đổi số", "Xây dựng cơ quan, đơn vị"),
    "Đơn vị sự nghiệp": ("Phong trào thi đua", "Xây dựng cơ quan, đơn vị"),
    "Doanh nghiệp": ("Đời sống, việc làm của người lao động", "Xây dựng cơ quan, đơn vị"),
    "Công an": ("Xây dựng lực lượng", "Phối hợp với các lực lượng"),
    "Quân sự": ("Xây dựng lực lượng", "Phối hợp với các lực lượng"),
}
# Công tác xây dựng Đảng, one section each, as published political reports have them.
PARTY_SECTIONS = (
    "Chính trị tư tưởng",
    "Tổ chức và đảng viên",
    "Kiểm tra, giám sát",
    "Dân vận",
    "Lãnh đạo đoàn thể",
)
SUMMARY_SECTIONS = (
    "Đặc điểm tình hình",
    "Thuận lợi",
    "Khó khăn",
    *PARTY_SECTIONS,
    "Chỉ thị 05",
    "Kết luận 21",
    "Ưu điểm",
    "Hạn chế",
    "Nguyên nhân",
    "Bài học kinh nghiệm",
    "Phương hướng",
    "Nhiệm vụ, giải pháp",
)
# What a clerk writes in each section (sheet "Hướng dẫn" of the blank workbook).
SECTION_HINTS = {
    "Đặc điểm tình hình": "địa bàn, đơn vị; tổ chức của chi bộ (tổ đảng, sinh hoạt)",
    "Thuận lợi": "những thuận lợi khi thực hiện nghị quyết nhiệm kỳ qua",
    "Khó khăn": "những khó khăn, thách thức",
    "Chính trị tư tưởng": "học tập, quán triệt nghị quyết; nắm tư tưởng đảng viên, quần chúng",
    "Tổ chức và đảng viên": "sinh hoạt chi bộ, phát triển đảng viên, quản lý đảng viên",
    "Kiểm tra, giám sát": "số cuộc, số lượt đảng viên được kiểm tra, giám sát; kết quả",
    "Dân vận": "quy chế dân chủ, dân vận khéo, nắm tình hình nhân dân",
    "Lãnh đạo đoàn thể": "Mặt trận, công đoàn, đoàn thanh niên, hội: hoạt động, đoàn viên, hội viên",
    "Chỉ thị 05": "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Kết luận 21": "xây dựng, chỉnh đốn Đảng; ngăn chặn suy thoái",
    "Ưu điểm": "đánh giá chung: ưu điểm nổi bật",
    "Hạn chế": "đánh giá chung: hạn chế, khuyết điểm",
    "Nguyên nhân": "nguyên nhân khách quan, chủ quan",
    "Bài học kinh nghiệm": "bài học rút ra",
    "Phương hướng": "phương hướng nhiệm kỳ mới",
    "Nhiệm vụ, giải pháp": 'nhiệm vụ, giải pháp chủ yếu; đoạn bắt đầu bằng "- " là một ý',
}


def summary_sections(kind: str) -> tuple[str, ...]:
    """Every section of the báo cáo tổng kết of a cell of this kind, in print order: its fields
    of the political task come after the situation."""
    return (*SUMMARY_SECTIONS[:3], *field_sections(kind), *SUMMARY_SECTIONS[3:])


def field_sections(kind: str) -> tuple[str, ...]:
    """The fields of the political task a cell of this kind reviews, its own first."""
    return (FIELD_SECTIONS[kind], *MORE_FIELDS[kind]) if kind in FIELD_SECTIONS else ()


ALL_FIELDS = tuple(dict.fromkeys(f for kind in FIELD_SECTIONS for f in field_sections(kind)))


# Báo cáo kiểm điểm of the chi ủy (or, in a cell without one, of the bí thư, phó bí thư), in the
# order of the published collective self-review (Mẫu 01-HD KĐ.ĐG), with what each section holds.
SELF_REVIEW_HINTS = {
    "Ưu điểm": "ưu điểm, kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị trong nhiệm kỳ",
    "Tập trung dân chủ": "thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc, chế độ "
    "sinh hoạt, tự phê bình và phê bình",
    "Nêu gương": "việc nêu gương, trách nhiệm người đứng đầu của bí thư và từng chi ủy viên "
    "(phó bí thư)",
    "Hạn chế": "hạn chế, khuyết điểm",
    "Nguyên nhân": "nguyên nhân chủ quan, khách quan của hạn chế, khuyết điểm",
    "Khắc phục kỳ trước": "kết quả khắc phục hạn chế, khuyết điểm đã chỉ ra ở kỳ kiểm điểm trước",
    "Trách nhiệm": "trách nhiệm của tập thể, cá nhân đối với hạn chế, khuyết điểm",
    "Bài học kinh nghiệm": "bài học rút ra trong lãnh đạo, chỉ đạo",
    "Biện pháp khắc phục": "phương hướng, biện pháp khắc phục hạn chế, khuyết điểm",
}
SELF_REVIEW_SECTIONS = tuple(SELF_REVIEW_HINTS)
# The Mục drop-down of each document on "Nội dung"; a section not listed is allowed (printed last).
DOCUMENT_SECTIONS = {
    "Báo cáo tổng kết": SUMMARY_SECTIONS + ALL_FIELDS,
    "Báo cáo kiểm điểm": SELF_REVIEW_SECTIONS,
    "Nghị quyết": ("Mục tiêu", "Nhiệm vụ, giải pháp"),
    "Chương trình hành động": (
        "Mục tiêu",
        "Yêu cầu",
        "Nhiệm vụ, giải pháp",
        "Tổ chức thực hiện",
    ),
}

"""Build the bundled sample workbook data/mau_dai_hoi_chi_bo.xlsx.

Run from the project folder:  python data/build_sample.py

The workbook starts as `daihoi init` writes it (generator.reading.blank.blank_workbook) and gets one
data row per line of the tables below, written in the column order of generator.reading.schema.SHEETS.
Every person, place of residence and number here is fictional; the commune names are those of
Phụng Hiệp district, Hậu Giang. Members who play no named part are generated from a seeded
random.Random(2024), so every run writes the same content.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "data")]

import sample_congress  # noqa: E402
import sample_opinions  # noqa: E402

from generator.reading import schema  # noqa: E402
from generator.reading.blank import blank_workbook, number_format  # noqa: E402

OUTPUT = ROOT / "data" / "mau_dai_hoi_chi_bo.xlsx"
YES = "Có"
CU, BT, PBT, DB = "Chi ủy viên", "Bí thư", "Phó bí thư", "Đại biểu dự đại hội cấp trên"


def d(text: str) -> dt.date:
    """A date written the Vietnamese way: d("19/12/2024")."""
    day, month, year = (int(part) for part in text.split("/"))
    return dt.date(year, month, day)


# ---------------------------------------------------------------------------------------------
# Sheet "Chi bộ"
# ---------------------------------------------------------------------------------------------

# The guiding plan every paper cites (fictional: the sample's cells are under three đảng bộ xã
# of one district, so the plan is the district's).
PLAN = "Kế hoạch số 45-KH/HU, ngày 20/9/2024 của Ban Thường vụ Huyện ủy Phụng Hiệp"
GUEST_HIEP_HUNG = "Đồng chí Lê Văn Hùng - Phó Bí thư Thường trực Đảng ủy xã"
GUEST_TAN_LONG = "Đồng chí Võ Văn Lâm - Phó Bí thư Thường trực Đảng ủy xã"

CELLS = [
    dict(
        code="CB01",
        name="Chi bộ Ấp Mỹ Phú",
        kind="Ấp",
        parent="Đảng bộ xã Hiệp Hưng",
        place="Hiệp Hưng",
        ordinal="VIII",
        congress_date=d("19/12/2024"),
        opening_time=dt.time(7, 30),
        venue="Hội trường Ấp Mỹ Phú",
        issue_date=d("12/12/2024"),
        committee_seats=7,
        elect_deputy=YES,
        delegate_seats=2,
        notice_date=d("01/10/2024"),
        personnel_meeting_date=d("22/11/2024"),
        guests=GUEST_HIEP_HUNG + "; Đồng chí Nguyễn Thị Thu Hà - Ủy viên Ban Chấp hành Đảng bộ, "
        "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    ),
    dict(
        code="CB02",
        name="Chi bộ Ấp Hòa Đức",
        kind="Ấp",
        parent="Đảng bộ xã Hòa An",
        place="Hòa An",
        ordinal="VII",
        congress_date=d("10/12/2024"),
        opening_time=dt.time(7, 30),
        venue="Nhà văn hóa Ấp Hòa Đức",
        issue_date=d("03/12/2024"),
        committee_seats=5,
        notice_date=d("02/10/2024"),
        personnel_meeting_date=d("15/11/2024"),
        guests="Đồng chí Huỳnh Văn Dũng - Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Ủy ban "
        "nhân dân xã",
    ),
    dict(
        code="CB03",
        name="Chi bộ Trường Trung học cơ sở Hiệp Hưng",
        kind="Đơn vị sự nghiệp",
        parent="Đảng bộ xã Hiệp Hưng",
        place="Hiệp Hưng",
        ordinal="V",
        congress_date=d("04/12/2024"),
        opening_time=dt.time(14, 0),
        venue="Phòng họp Trường Trung học cơ sở Hiệp Hưng",
        issue_date=d("27/11/2024"),
        committee_seats=3,
        elect_deputy=YES,
        delegate_seats=1,
        notice_date=d("01/10/2024"),
        personnel_meeting_date=d("08/11/2024"),
        guests=GUEST_HIEP_HUNG,
    ),
    dict(
        code="CB04",
        name="Chi bộ Cơ quan Ủy ban nhân dân xã Hiệp Hưng",
        kind="Cơ quan",
        parent="Đảng bộ xã Hiệp Hưng",
        place="Hiệp Hưng",
        congress_date=d("02/12/2024"),
        opening_time=dt.time(7, 30),
        venue="Hội trường Ủy ban nhân dân xã Hiệp Hưng",
        issue_date=d("25/11/2024"),
        committee_seats=3,
        notice_date=d("01/10/2024"),
        personnel_meeting_date=d("05/11/2024"),
        guests="Đồng chí Phạm Minh Tâm - Bí thư Đảng ủy xã; " + GUEST_HIEP_HUNG,
    ),
    dict(
        code="CB05",
        name="Chi bộ Quân sự xã Tân Long",
        kind="Quân sự",
        parent="Đảng bộ xã Tân Long",
        place="Tân Long",
        congress_date=d("12/12/2024"),
        opening_time=dt.time(7, 30),
        venue="Trụ sở Ban Chỉ huy Quân sự xã Tân Long",
        issue_date=None,
        committee_seats=3,
        notice_date=d("04/10/2024"),
        personnel_meeting_date=d("20/11/2024"),
        guests=GUEST_TAN_LONG,
    ),
    dict(
        code="CB06",
        name="Chi bộ Công an xã Tân Long",
        kind="Công an",
        parent="Đảng bộ xã Tân Long",
        place="Tân Long",
        ordinal="III",
        congress_date=d("09/12/2024"),
        opening_time=dt.time(8, 0),
        venue="Hội trường Công an xã Tân Long",
        issue_date=d("02/12/2024"),
        elect_deputy=YES,
        notice_date=d("03/10/2024"),
        personnel_meeting_date=d("14/11/2024"),
        guests=GUEST_TAN_LONG + "; Đồng chí Trần Minh Quang - Phó Trưởng Công an huyện Phụng Hiệp",
    ),
    dict(
        code="CB07",
        name="Chi bộ Công ty Cổ phần Nông sản Hiệp Hưng",
        kind="Doanh nghiệp",
        parent="Đảng bộ xã Hiệp Hưng",
        place="Hiệp Hưng",
        congress_date=d("16/12/2024"),
        opening_time=dt.time(8, 0),
        venue="Phòng họp Công ty Cổ phần Nông sản Hiệp Hưng",
        issue_date=d("09/12/2024"),
        notice_date=d("07/10/2024"),
        personnel_meeting_date=d("25/11/2024"),
        guests=GUEST_HIEP_HUNG,
    ),
]

# Where the members of each cell live by default: (Nơi cư trú, the commune or town).
HOMES = {
    "CB01": ("Ấp Mỹ Phú, xã Hiệp Hưng", "xã Hiệp Hưng"),
    "CB02": ("Ấp Hòa Đức, xã Hòa An", "xã Hòa An"),
    "CB03": (None, "xã Hiệp Hưng"),
    "CB04": (None, "xã Hiệp Hưng"),
    "CB05": (None, "xã Tân Long"),
    "CB06": (None, "xã Tân Long"),
    "CB07": (None, "xã Hiệp Hưng"),
}
UNITS = (
    "xã Hiệp Hưng",
    "xã Tân Long",
    "xã Hòa An",
    "xã Hòa Mỹ",
    "xã Long Thạnh",
    "xã Tân Bình",
    "xã Bình Thành",
    "xã Phương Bình",
    "xã Phương Phú",
    "xã Tân Phước Hưng",
    "xã Thạnh Hòa",
    "thị trấn Cây Dương",
    "thị trấn Kinh Cùng",
    "thị trấn Búng Tàu",
)


# ---------------------------------------------------------------------------------------------
# Sheet "Đảng viên": the people who play a part (nominees, congress roles, outgoing committee)
# ---------------------------------------------------------------------------------------------


def person(
    name,
    gender,
    birth,
    joined,
    post="",
    job="",
    theory="Sơ cấp",
    prof="",
    unit=None,
    ethnicity="Kinh",
    religion="Không",
    exempt=False,
    probationary=False,
):
    """One member row. `birth` is "dd/mm/yyyy" or a bare year (int); `unit` is where they live."""
    return dict(
        name=name,
        gender=gender,
        birth=birth,
        joined=d(joined),
        post=post,
        job=job,
        theory=theory,
        prof=prof,
        unit=unit,
        ethnicity=ethnicity,
        religion=religion,
        exempt=exempt,
        probationary=probationary,
    )


PEOPLE = {
    "CB01": [
        person(
            "Trần Văn Nghĩa",
            "Nam",
            "15/04/1972",
            "19/05/1998",
            BT,
            "Trưởng ấp Mỹ Phú",
            "Trung cấp",
            "Trung cấp Nông nghiệp",
        ),
        person(
            "Nguyễn Thị Bích Ngọc",
            "Nữ",
            "20/08/1980",
            "03/02/2006",
            PBT,
            "Trưởng Ban công tác Mặt trận ấp",
            "Trung cấp",
            "Trung cấp Kế toán",
        ),
        person(
            "Lê Hoàng Phúc",
            "Nam",
            1968,
            "27/07/1994",
            CU,
            "Chi hội trưởng Chi hội Cựu chiến binh ấp",
        ),
        person(
            "Phạm Văn Tuấn",
            "Nam",
            "09/11/1985",
            "12/06/2010",
            CU,
            "Phó Trưởng ấp",
            "Trung cấp",
            "Trung cấp Quản lý đất đai",
        ),
        person(
            "Huỳnh Thị Kim Loan",
            "Nữ",
            "02/03/1983",
            "08/03/2009",
            CU,
            "Chi hội trưởng Chi hội Phụ nữ ấp",
        ),
        person(
            "Võ Minh Trí",
            "Nam",
            "17/10/1977",
            "30/04/2003",
            CU,
            "Chi hội trưởng Chi hội Nông dân ấp",
        ),
        person(
            "Đặng Quốc Bảo",
            "Nam",
            "22/12/1993",
            "26/03/2016",
            "",
            "Bí thư Chi đoàn ấp",
            prof="Cao đẳng Công nghệ thông tin",
        ),
        person(
            "Dương Thị Mỹ Tiên",
            "Nữ",
            "05/07/1995",
            "19/05/2019",
            "",
            "Nhân viên y tế ấp",
            prof="Trung cấp Y sĩ",
        ),
        person("Bùi Văn Sáu", "Nam", 1956, "07/11/1982", CU, "Tổ trưởng Tổ nhân dân tự quản số 3"),
        person("Hồ Văn Lợi", "Nam", "11/01/1975", "03/02/2004", "", "Tổ trưởng Tổ hòa giải ấp"),
        person(
            "Ngô Thị Hồng", "Nữ", "28/09/1979", "08/03/2008", "", "Chi hội phó Chi hội Phụ nữ ấp"
        ),
        person(
            "Lý Văn Hậu",
            "Nam",
            "14/06/1981",
            "02/09/2007",
            "",
            "Thành viên Tổ bảo vệ an ninh, trật tự ấp",
        ),
        person(
            "Quách Thị Mỹ Linh",
            "Nữ",
            "03/05/1988",
            "19/05/2014",
            "",
            "Kinh doanh",
            ethnicity="Hoa",
            religion="Phật giáo",
        ),
        person(
            "Trần Thị Thanh Thúy",
            "Nữ",
            "16/02/1991",
            "26/03/2015",
            "",
            "Chi hội phó Chi hội Nông dân ấp",
            prof="Trung cấp Kế toán",
        ),
    ],
    "CB02": [
        person(
            "Nguyễn Hoàng Sơn",
            "Nam",
            "12/06/1975",
            "02/09/1999",
            BT,
            "Trưởng ấp Hòa Đức",
            "Trung cấp",
            "Trung cấp Nông nghiệp",
        ),
        person(
            "Thạch Thị Sa Ri",
            "Nữ",
            "14/04/1987",
            "19/05/2012",
            CU,
            "Chi hội trưởng Chi hội Phụ nữ ấp",
            ethnicity="Khmer",
            religion="Phật giáo",
        ),
        person(
            "Lý Văn Tài",
            "Nam",
            1962,
            "03/02/1988",
            CU,
            "Chi hội trưởng Chi hội Người cao tuổi ấp",
            exempt=True,
        ),
        person(
            "Sơn Văn Phên",
            "Nam",
            "20/01/1979",
            "27/07/2005",
            CU,
            "Phó Trưởng ấp",
            ethnicity="Khmer",
            religion="Phật giáo",
        ),
        person(
            "Võ Thành Đạt",
            "Nam",
            "11/02/1994",
            "26/03/2017",
            "",
            "Bí thư Chi đoàn ấp",
            prof="Cao đẳng Cơ khí nông nghiệp",
        ),
        person(
            "Trần Thị Ngọc Hân",
            "Nữ",
            "09/09/1990",
            "03/02/2016",
            "",
            "Nhân viên y tế ấp",
            prof="Cao đẳng Điều dưỡng",
        ),
        person(
            "Ngô Văn Cảnh",
            "Nam",
            1958,
            "19/05/1985",
            PBT,
            "Trưởng Ban công tác Mặt trận ấp",
            "Trung cấp",
        ),
        person(
            "Đỗ Văn Hiền",
            "Nam",
            "05/05/1973",
            "03/02/2002",
            "",
            "Chi hội trưởng Chi hội Nông dân ấp",
        ),
        person(
            "Kim Thị Sa Rên",
            "Nữ",
            "18/07/1984",
            "02/09/2010",
            "",
            "Chi hội phó Chi hội Phụ nữ ấp",
            ethnicity="Khmer",
            religion="Phật giáo",
        ),
        person(
            "Hồ Văn Thái",
            "Nam",
            "23/10/1970",
            "22/12/1996",
            "",
            "Chi hội trưởng Chi hội Cựu chiến binh ấp",
        ),
        person(
            "Phạm Thị Thu Trang",
            "Nữ",
            "30/11/1992",
            "19/05/2018",
            "",
            "Tổ trưởng Tổ nhân dân tự quản số 2",
        ),
    ],
    "CB03": [
        person(
            "Huỳnh Văn Thanh",
            "Nam",
            "10/05/1976",
            "20/11/2000",
            BT,
            "Hiệu trưởng",
            "Trung cấp",
            "Đại học Sư phạm Toán",
            "thị trấn Cây Dương",
        ),
        person(
            "Nguyễn Thị Thanh Thủy",
            "Nữ",
            "21/07/1982",
            "20/11/2008",
            PBT,
            "Phó Hiệu trưởng",
            "Trung cấp",
            "Đại học Sư phạm Ngữ văn",
            "xã Hiệp Hưng",
        ),
        person(
            "Lê Minh Khoa",
            "Nam",
            "15/03/1992",
            "26/03/2018",
            "",
            "Giáo viên, Tổng phụ trách Đội",
            prof="Đại học Giáo dục thể chất",
            unit="xã Tân Long",
        ),
        person(
            "Phạm Thị Kim Yến",
            "Nữ",
            "01/12/1986",
            "03/02/2011",
            "",
            "Tổ trưởng Tổ Khoa học tự nhiên",
            prof="Đại học Sư phạm Hóa học",
            unit="xã Phương Bình",
        ),
        person(
            "Trần Văn Hòa",
            "Nam",
            1966,
            "19/05/1992",
            CU,
            "Giáo viên",
            prof="Đại học Sư phạm Lịch sử",
            unit="xã Hiệp Hưng",
        ),
        person(
            "Võ Thị Ngọc Diễm",
            "Nữ",
            "08/08/1984",
            "20/11/2010",
            "",
            "Tổ trưởng Tổ Khoa học xã hội",
            prof="Đại học Sư phạm Địa lý",
            unit="thị trấn Cây Dương",
        ),
        person(
            "Đặng Văn Lâm",
            "Nam",
            "27/02/1980",
            "02/09/2006",
            "",
            "Giáo viên",
            prof="Đại học Sư phạm Vật lý",
            unit="xã Hòa Mỹ",
        ),
        person(
            "Bùi Thị Hồng Nhung",
            "Nữ",
            "19/10/1989",
            "20/11/2015",
            "",
            "Giáo viên",
            prof="Đại học Sư phạm Tiếng Anh",
            unit="xã Hiệp Hưng",
        ),
        person(
            "Dương Thị Cẩm Tú",
            "Nữ",
            "06/01/1994",
            "19/05/2019",
            "",
            "Giáo viên",
            prof="Đại học Sư phạm Ngữ văn",
            unit="xã Tân Bình",
        ),
    ],
    "CB04": [
        person(
            "Đỗ Thanh Tùng",
            "Nam",
            "08/08/1979",
            "03/02/2004",
            BT,
            "Phó Chủ tịch Ủy ban nhân dân xã",
            "Trung cấp",
            "Đại học Luật",
            "thị trấn Kinh Cùng",
        ),
        person(
            "Nguyễn Thị Diệu Hiền",
            "Nữ",
            "14/02/1988",
            "19/05/2013",
            CU,
            "Công chức Văn phòng - Thống kê",
            "Trung cấp",
            "Đại học Hành chính",
            "xã Hiệp Hưng",
        ),
        person(
            "Trần Quốc Khánh",
            "Nam",
            "03/10/1984",
            "02/09/2009",
            CU,
            "Công chức Tài chính - Kế toán",
            "Trung cấp",
            "Đại học Kế toán",
            "xã Tân Bình",
        ),
        person(
            "Hồ Thị Yến Nhi",
            "Nữ",
            "30/06/1996",
            "26/03/2020",
            "",
            "Công chức Văn hóa - Xã hội",
            prof="Đại học Công tác xã hội",
            unit="xã Hiệp Hưng",
        ),
        person(
            "Ngô Văn Hậu",
            "Nam",
            "12/12/1982",
            "22/12/2008",
            "",
            "Công chức Tư pháp - Hộ tịch",
            prof="Đại học Luật",
            unit="xã Hiệp Hưng",
        ),
        person(
            "Lê Thị Mỹ Duyên",
            "Nữ",
            "25/04/1990",
            "08/03/2016",
            "",
            "Công chức Địa chính - Xây dựng",
            prof="Đại học Quản lý đất đai",
            unit="xã Long Thạnh",
        ),
        person(
            "Phạm Văn Quý",
            "Nam",
            "07/07/1986",
            "03/02/2012",
            "",
            "Công chức Địa chính - Xây dựng",
            prof="Đại học Quản lý đất đai",
            unit="thị trấn Búng Tàu",
        ),
        person(
            "Võ Thị Thùy Dương",
            "Nữ",
            "21/09/1993",
            "19/05/2018",
            "",
            "Công chức Văn phòng - Thống kê",
            prof="Đại học Hành chính",
            unit="xã Hiệp Hưng",
        ),
    ],
    "CB05": [
        person(
            "Lê Văn Cường",
            "Nam",
            "30/04/1985",
            "22/12/2007",
            BT,
            "Chỉ huy trưởng Ban Chỉ huy Quân sự xã",
            "Trung cấp",
            "Cao đẳng Quân sự cơ sở",
            "thị trấn Cây Dương",  # the đảng ủy that issues his request does not ask itself
        ),
        person(
            "Phạm Hoàng Nam",
            "Nam",
            "19/01/1991",
            "22/12/2013",
            CU,
            "Phó Chỉ huy trưởng Ban Chỉ huy Quân sự xã",
            prof="Trung cấp Quân sự cơ sở",
            unit="thị trấn Búng Tàu",
        ),
        person(
            "Huỳnh Thị Mộng Cầm",
            "Nữ",
            "25/08/1993",
            "19/05/2016",
            "",
            "Trợ lý Ban Chỉ huy Quân sự xã",
            prof="Trung cấp Văn thư - Lưu trữ",
        ),
        person("Nguyễn Văn Thắng", "Nam", 1980, "02/09/2002", CU, "Ấp đội trưởng ấp Long Phú"),
        person(
            "Trần Văn Tới",
            "Nam",
            "12/03/1988",
            "22/12/2012",
            "",
            "Trung đội trưởng Trung đội dân quân cơ động",
        ),
        person(
            "Võ Văn Lộc",
            "Nam",
            "05/06/2000",
            "26/03/2023",
            "",
            "Tiểu đội trưởng dân quân thường trực",
        ),
        person(
            "Dương Minh Luân", "Nam", "17/11/1983", "22/12/2009", "", "Ấp đội trưởng ấp Long Hòa"
        ),
        person("Bùi Văn Hiếu", "Nam", "02/02/1987", "03/02/2011", "", "Ấp đội trưởng ấp Long An"),
        person(
            "Lý Thanh Phong",
            "Nam",
            "29/07/1978",
            "19/05/2004",
            "",
            "Ấp đội trưởng ấp Long Bình",
            unit="xã Long Thạnh",
        ),
        person(
            "Ngô Văn Khang",
            "Nam",
            "14/08/2001",
            "19/05/2024",
            "",
            "Chiến sĩ dân quân thường trực",
            probationary=True,
        ),
    ],
    "CB06": [
        person(
            "Nguyễn Quốc Huy",
            "Nam",
            "02/11/1990",
            "22/12/2011",
            BT,
            "Trưởng Công an xã",
            "Trung cấp",
            "Đại học Cảnh sát nhân dân",
            "thị trấn Cây Dương",
        ),
        person(
            "Trần Thị Thùy Linh",
            "Nữ",
            "17/05/1988",
            "19/05/2010",
            PBT,
            "Phó Trưởng Công an xã",
            "Trung cấp",
            "Đại học An ninh nhân dân",
            "xã Long Thạnh",
        ),
        person(
            "Lê Hoàng Việt",
            "Nam",
            "08/03/1986",
            "03/02/2009",
            "",
            "Phó Trưởng Công an xã",
            prof="Đại học Cảnh sát nhân dân",
            unit="xã Tân Long",
        ),
        person(
            "Võ Văn Toàn",
            "Nam",
            "21/06/1992",
            "19/08/2014",
            "",
            "Cán bộ Công an xã",
            prof="Trung cấp Cảnh sát nhân dân",
            unit="thị trấn Búng Tàu",
        ),
        person(
            "Phạm Minh Nhựt",
            "Nam",
            "10/10/1995",
            "19/08/2017",
            "",
            "Cán bộ Công an xã",
            prof="Trung cấp Cảnh sát nhân dân",
            unit="xã Hòa Mỹ",
        ),
        person(
            "Đỗ Thị Kim Ngân",
            "Nữ",
            "04/04/1997",
            "19/08/2019",
            "",
            "Cán bộ Công an xã",
            prof="Đại học Cảnh sát nhân dân",
            unit="xã Tân Long",
        ),
        person(
            "Thạch Minh Tâm",
            "Nam",
            "15/01/1994",
            "19/08/2016",
            "",
            "Cán bộ Công an xã",
            prof="Trung cấp Cảnh sát nhân dân",
            unit="xã Phương Bình",
            ethnicity="Khmer",
            religion="Phật giáo",
        ),
        person(
            "Dương Thanh Sang",
            "Nam",
            "23/09/1999",
            "03/02/2024",
            "",
            "Cán bộ Công an xã",
            prof="Trung cấp Cảnh sát nhân dân",
            unit="xã Tân Long",
            probationary=True,
        ),
    ],
    "CB07": [
        person(
            "Dương Thị Thanh Vân",
            "Nữ",
            "08/03/1990",
            "19/05/2014",
            BT,
            "Phó Giám đốc Công ty",
            "Trung cấp",
            "Thạc sĩ Quản trị kinh doanh",
            "thị trấn Cây Dương",  # a residence of her own: the đảng ủy does not ask itself
        ),
        person(
            "Lý Chí Thành",
            "Nam",
            1975,
            "03/02/2003",
            "",
            "Giám đốc Công ty",
            prof="Đại học Kinh tế nông nghiệp",
            unit="thị trấn Cây Dương",
            ethnicity="Hoa",
        ),
        person(
            "Trần Văn Mến",
            "Nam",
            "11/11/1981",
            "02/09/2010",
            "",
            "Quản đốc Phân xưởng xay xát",
            prof="Trung cấp Cơ khí",
            unit="xã Hiệp Hưng",
        ),
        person(
            "Nguyễn Thị Cẩm Nhung",
            "Nữ",
            "26/06/1985",
            "08/03/2012",
            "",
            "Kế toán trưởng",
            prof="Đại học Kế toán",
            unit="xã Thạnh Hòa",
        ),
        person(
            "Phạm Văn Út",
            "Nam",
            "01/01/1979",
            "22/12/2006",
            "",
            "Tổ trưởng Tổ kỹ thuật",
            prof="Trung cấp Điện",
            unit="xã Hiệp Hưng",
        ),
        person(
            "Hồ Ngọc Ánh",
            "Nữ",
            "13/08/1993",
            "26/03/2018",
            "",
            "Nhân viên kinh doanh",
            prof="Đại học Quản trị kinh doanh",
            unit="xã Phương Phú",
        ),
        person(
            "Bùi Minh Khôi",
            "Nam",
            "30/10/1998",
            "19/06/2024",
            "",
            "Kỹ sư chế biến",
            prof="Kỹ sư Công nghệ thực phẩm",
            unit="xã Hiệp Hưng",
            probationary=True,
        ),
    ],
}

# Members who play no named part, generated: regular officials, exempt (elderly) officials,
# officials admitted in the given years, probationary members admitted in 2024.
FILLERS = {
    "CB01": dict(regular=5, exempt=3, recent=(2022, 2023), probationary=2),
    "CB02": dict(regular=3, exempt=1, recent=(2022, 2023), probationary=2, khmer=True),
    "CB03": dict(regular=2, exempt=0, recent=(2023,), probationary=2),
    "CB04": dict(regular=2, exempt=0, recent=(2022,), probationary=1),
}
FAMILY = (
    "Nguyễn",
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Huỳnh",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
)
MIDDLE_MALE = (
    "Văn",
    "Văn",
    "Văn",
    "Hữu",
    "Minh",
    "Thanh",
    "Quốc",
    "Công",
    "Hoàng",
    "Tấn",
    "Phước",
    "Trung",
)
MIDDLE_FEMALE = ("Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Thị Thanh", "Thị Ngọc", "Thị Mỹ")
GIVEN_MALE = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đức",
    "Hải",
    "Hiếu",
    "Hòa",
    "Hùng",
    "Khánh",
    "Lâm",
    "Lộc",
    "Minh",
    "Nam",
    "Phong",
    "Quang",
    "Sơn",
    "Tài",
    "Thành",
    "Thắng",
    "Thịnh",
    "Toàn",
    "Trung",
    "Tuấn",
    "Vinh",
    "Vũ",
    "Nhân",
    "Kiệt",
    "Hưng",
    "Định",
)
GIVEN_FEMALE = (
    "Anh",
    "Cúc",
    "Diễm",
    "Dung",
    "Hạnh",
    "Hằng",
    "Hoa",
    "Huệ",
    "Hương",
    "Lan",
    "Liên",
    "Loan",
    "Mai",
    "My",
    "Nga",
    "Ngân",
    "Oanh",
    "Phượng",
    "Thảo",
    "Thu",
    "Tuyết",
    "Vân",
    "Xuân",
    "Lệ",
    "Nguyệt",
    "Phương",
)
KHMER_FAMILY = ("Thạch", "Danh", "Sơn", "Kim", "Lâm")
KHMER_MALE = ("Sa Phon", "Văn Sóc", "Văn Khơl", "Chanh Đa", "Văn Tha", "Minh Sang")
KHMER_FEMALE = ("Thị Sa Phia", "Thị Sà Ry", "Thị Sóc Kha", "Thị Sô Phi", "Thị Ngọc Thy")
JOBS = {
    "Ấp": (
        "Nông dân",
        "Nông dân",
        "Nông dân",
        "Tổ trưởng Tổ nhân dân tự quản",
        "Hội viên Hội Cựu chiến binh",
        "Kinh doanh",
        "Công nhân",
        "Tổ viên Tổ hòa giải ấp",
    ),
    "Đơn vị sự nghiệp": ("Giáo viên",),
    "Cơ quan": (
        "Công chức Văn hóa - Xã hội",
        "Công chức Tư pháp - Hộ tịch",
        "Công chức Tài chính - Kế toán",
        "Công chức Văn phòng - Thống kê",
    ),
}
YOUNG_JOBS = {
    "Ấp": ("Ủy viên Ban Chấp hành Chi đoàn ấp", "Thành viên Tổ bảo vệ an ninh, trật tự ấp"),
    "Đơn vị sự nghiệp": ("Giáo viên",),
    "Cơ quan": ("Công chức Văn hóa - Xã hội", "Công chức Văn phòng - Thống kê"),
}
TRAINING = {
    "Ấp": ("", "", "", "Trung cấp Nông nghiệp", "Sơ cấp Thú y", "Trung cấp Kế toán"),
    "Đơn vị sự nghiệp": (
        "Đại học Sư phạm Toán",
        "Đại học Sư phạm Ngữ văn",
        "Đại học Sư phạm Tiếng Anh",
        "Đại học Sư phạm Sinh học",
        "Đại học Sư phạm Tin học",
    ),
    "Cơ quan": ("Đại học Luật", "Đại học Kế toán", "Đại học Hành chính", "Đại học Kinh tế"),
}


def random_date(
    rng: random.Random, year: int, first_month: int = 1, last_month: int = 12
) -> dt.date:
    return dt.date(year, rng.randint(first_month, last_month), rng.randint(1, 28))


def filler_name(rng: random.Random, female: bool, khmer: bool, taken: set[str]) -> str:
    while True:
        if khmer:
            given = rng.choice(KHMER_FEMALE if female else KHMER_MALE)
            name = f"{rng.choice(KHMER_FAMILY)} {given}"
        else:
            middle = rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE)
            given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
            name = f"{rng.choice(FAMILY)} {middle} {given}"
        if name not in taken:
            taken.add(name)
            return name


def fillers(rng: random.Random, cell: dict, plan: dict, taken: set[str]) -> list[dict]:
    """The generated members of one cell (deterministic: the order of draws never changes)."""
    kind = cell["kind"]
    kinds = (
        ["exempt"] * plan["exempt"]
        + ["regular"] * plan["regular"]
        + list(plan["recent"])
        + ["probationary"] * plan["probationary"]
    )
    people = []
    for what in kinds:
        female = rng.random() < 0.4
        khmer = plan.get("khmer", False) and rng.random() < 0.5
        if what == "exempt":
            born = rng.randint(1942, 1952)
            birth = born if rng.random() < 0.5 else random_date(rng, born).strftime("%d/%m/%Y")
            joined = random_date(rng, rng.randint(born + 20, 1980))
            job = "Hưu trí"
        elif what == "regular":
            born = rng.randint(1962, 1990)
            birth = random_date(rng, born).strftime("%d/%m/%Y")
            joined = random_date(rng, rng.randint(born + 20, min(born + 32, 2021)))
            job = rng.choice(JOBS[kind])
        elif what == "probationary":
            birth = random_date(rng, rng.randint(1996, 2003)).strftime("%d/%m/%Y")
            joined = random_date(rng, 2024, 1, 9)
            job = rng.choice(YOUNG_JOBS[kind])
        else:  # an official admitted in that year: confirmed one year later, before the congress
            birth = random_date(rng, rng.randint(1990, 2000)).strftime("%d/%m/%Y")
            joined = random_date(rng, what, 1, 10)
            job = rng.choice(YOUNG_JOBS[kind])
        people.append(
            dict(
                name=filler_name(rng, female, khmer, taken),
                gender="Nữ" if female else "Nam",
                birth=birth,
                joined=joined,
                post="",
                job=job,
                theory="Sơ cấp",
                prof=rng.choice(TRAINING[kind]),
                unit=None if kind == "Ấp" else rng.choice(UNITS),
                ethnicity="Khmer" if khmer else "Kinh",
                religion="Phật giáo" if khmer or rng.random() < 0.1 else "Không",
                exempt=what == "exempt",
                probationary=what == "probationary",
            )
        )
    return people


def place_name(unit: str) -> str:
    """ "xã Tân Long" → "Tân Long", "thị trấn Cây Dương" → "Cây Dương"."""
    return unit.removeprefix("xã ").removeprefix("thị trấn ")


def member_rows(cell: dict, people: list[dict]) -> list[dict]:
    """The "Đảng viên" rows of one cell, by schema key."""
    hamlet, home_unit = HOMES[cell["code"]]
    rows = []
    for p in people:
        unit = p["unit"] or home_unit
        birth = p["birth"] if isinstance(p["birth"], int) else d(p["birth"])
        joined = p["joined"] if isinstance(p["joined"], dt.date) else d(p["joined"])
        confirmed = None if p["probationary"] else joined.replace(year=joined.year + 1)
        rows.append(
            dict(
                cell_code=cell["code"],
                name=p["name"],
                gender=p["gender"],
                birth_date=birth,
                ethnicity=p["ethnicity"],
                religion=p["religion"],
                hometown=f"{place_name(unit)}, Phụng Hiệp, Hậu Giang",
                residence=hamlet or f"{unit}, huyện Phụng Hiệp",
                joined=joined,
                confirmed=confirmed,
                status="Dự bị" if p["probationary"] else "Chính thức",
                exempt=YES if p["exempt"] else None,
                education="12/12",
                profession=p["prof"] or None,
                political_theory=p["theory"],
                party_post=p["post"] or None,
                public_post=p["job"] or None,
                residence_committee=f"Đảng ủy {unit}",
            )
        )
    return rows


# ---------------------------------------------------------------------------------------------
# Sheet "Nhân sự": (Họ và tên, Dự kiến, Tái cử, Phiếu đồng ý, Phiếu không đồng ý, Ghi chú)
# ---------------------------------------------------------------------------------------------

NOMINATIONS = {
    "CB01": [  # 24 official, 3 exempt absent: 21 voted at the personnel meeting
        ("Trần Văn Nghĩa", CU, True, 21, 0, ""),
        ("Nguyễn Thị Bích Ngọc", CU, True, 21, 0, ""),
        ("Lê Hoàng Phúc", CU, True, 19, 2, ""),
        ("Phạm Văn Tuấn", CU, True, 20, 1, ""),
        ("Huỳnh Thị Kim Loan", CU, True, 20, 1, ""),
        ("Võ Minh Trí", CU, True, 18, 3, ""),
        ("Đặng Quốc Bảo", CU, False, 19, 2, "Nhân sự mới, cán bộ trẻ"),
        ("Dương Thị Mỹ Tiên", CU, False, 17, 4, "Nhân sự mới"),
        ("Trần Văn Nghĩa", BT, True, 21, 0, ""),
        ("Nguyễn Thị Bích Ngọc", PBT, True, 20, 1, ""),
        ("Trần Văn Nghĩa", DB, False, 21, 0, ""),
        ("Nguyễn Thị Bích Ngọc", DB, False, 20, 1, ""),
    ],
    "CB02": [  # 17 official, 15 voted
        ("Nguyễn Hoàng Sơn", CU, True, 15, 0, ""),
        ("Thạch Thị Sa Ri", CU, True, 14, 1, ""),
        (
            "Lý Văn Tài",
            CU,
            True,
            11,
            4,
            "Được miễn sinh hoạt đảng từ tháng 9/2024 do điều trị bệnh; đề nghị Đảng ủy cho ý kiến",
        ),
        ("Sơn Văn Phên", CU, True, 14, 1, ""),
        ("Võ Thành Đạt", CU, False, 13, 2, "Nhân sự mới, cán bộ trẻ"),
        ("Trần Thị Ngọc Hân", CU, False, 12, 3, "Nhân sự mới"),
        ("Nguyễn Hoàng Sơn", BT, True, 15, 0, ""),
    ],
    "CB03": [  # 12 official, all voted
        ("Huỳnh Văn Thanh", CU, True, 12, 0, ""),
        ("Nguyễn Thị Thanh Thủy", CU, True, 11, 1, ""),
        ("Lê Minh Khoa", CU, False, 10, 2, "Nhân sự mới, cán bộ trẻ"),
        ("Phạm Thị Kim Yến", CU, False, 9, 3, "Nhân sự mới"),
        ("Huỳnh Văn Thanh", BT, True, 12, 0, ""),
        ("Nguyễn Thị Thanh Thủy", PBT, True, 11, 1, ""),
        ("Huỳnh Văn Thanh", DB, False, 12, 0, ""),
    ],
    "CB04": [  # 11 official, all voted
        ("Đỗ Thanh Tùng", CU, True, 11, 0, ""),
        ("Trần Quốc Khánh", CU, True, 10, 1, ""),
        ("Nguyễn Thị Diệu Hiền", CU, True, 10, 1, ""),
        ("Hồ Thị Yến Nhi", CU, False, 9, 2, "Nhân sự mới, cán bộ trẻ"),
        ("Đỗ Thanh Tùng", BT, True, 11, 0, ""),
    ],
    "CB05": [  # 9 official, all voted
        ("Lê Văn Cường", CU, True, 9, 0, ""),
        ("Phạm Hoàng Nam", CU, True, 9, 0, ""),
        ("Nguyễn Văn Thắng", CU, True, 8, 1, ""),
        ("Huỳnh Thị Mộng Cầm", CU, False, 7, 2, "Nhân sự mới"),
        ("Lê Văn Cường", BT, True, 9, 0, ""),
    ],
    "CB06": [  # 7 official, no chi ủy: bí thư and phó bí thư
        ("Nguyễn Quốc Huy", BT, True, 7, 0, ""),
        ("Trần Thị Thùy Linh", PBT, True, 7, 0, ""),
    ],
    "CB07": [  # 6 official, no chi ủy: bí thư only
        ("Dương Thị Thanh Vân", BT, True, 6, 0, ""),
    ],
}

# ---------------------------------------------------------------------------------------------
# Sheet "Phân công": (Nhiệm vụ, Họ và tên). Counting teams are official members not on a list.
# ---------------------------------------------------------------------------------------------

ASSIGNMENTS = {
    "CB01": [
        ("Dẫn chương trình", "Phạm Văn Tuấn"),
        ("Chủ tịch đại hội", "Trần Văn Nghĩa"),
        ("Chủ tịch đại hội", "Nguyễn Thị Bích Ngọc"),
        ("Chủ tịch đại hội", "Lê Hoàng Phúc"),
        ("Thư ký", "Trần Thị Thanh Thúy"),
        ("Tổ trưởng kiểm phiếu", "Hồ Văn Lợi"),
        ("Tổ viên kiểm phiếu", "Ngô Thị Hồng"),
        ("Tổ viên kiểm phiếu", "Lý Văn Hậu"),
        ("Trình bày báo cáo tổng kết", "Trần Văn Nghĩa"),
        ("Trình bày báo cáo kiểm điểm", "Nguyễn Thị Bích Ngọc"),
        ("Tham luận", "Võ Minh Trí"),
        ("Tham luận", "Quách Thị Mỹ Linh"),
    ],
    "CB02": [
        ("Dẫn chương trình", "Sơn Văn Phên"),
        ("Chủ tịch đại hội", "Nguyễn Hoàng Sơn"),
        ("Chủ tịch đại hội", "Ngô Văn Cảnh"),
        ("Chủ tịch đại hội", "Thạch Thị Sa Ri"),
        ("Thư ký", "Phạm Thị Thu Trang"),
        ("Tổ trưởng kiểm phiếu", "Đỗ Văn Hiền"),
        ("Tổ viên kiểm phiếu", "Kim Thị Sa Rên"),
        ("Tổ viên kiểm phiếu", "Hồ Văn Thái"),
        ("Trình bày báo cáo tổng kết", "Nguyễn Hoàng Sơn"),
        ("Trình bày báo cáo kiểm điểm", "Ngô Văn Cảnh"),
        ("Tham luận", "Võ Thành Đạt"),
    ],
    "CB03": [
        ("Dẫn chương trình", "Lê Minh Khoa"),
        ("Chủ tịch đại hội", "Huỳnh Văn Thanh"),
        ("Thư ký", "Dương Thị Cẩm Tú"),
        ("Tổ trưởng kiểm phiếu", "Võ Thị Ngọc Diễm"),
        ("Tổ viên kiểm phiếu", "Đặng Văn Lâm"),
        ("Tổ viên kiểm phiếu", "Bùi Thị Hồng Nhung"),
        ("Trình bày báo cáo tổng kết", "Huỳnh Văn Thanh"),
        ("Trình bày báo cáo kiểm điểm", "Nguyễn Thị Thanh Thủy"),
        ("Tham luận", "Phạm Thị Kim Yến"),
        ("Tham luận", "Trần Văn Hòa"),
    ],
    "CB04": [
        ("Dẫn chương trình", "Trần Quốc Khánh"),
        ("Chủ tịch đại hội", "Đỗ Thanh Tùng"),
        ("Thư ký", "Võ Thị Thùy Dương"),
        ("Tổ trưởng kiểm phiếu", "Ngô Văn Hậu"),
        ("Tổ viên kiểm phiếu", "Lê Thị Mỹ Duyên"),
        ("Tổ viên kiểm phiếu", "Phạm Văn Quý"),
        ("Trình bày báo cáo tổng kết", "Đỗ Thanh Tùng"),
        ("Trình bày báo cáo kiểm điểm", "Nguyễn Thị Diệu Hiền"),
        ("Tham luận", "Ngô Văn Hậu"),
    ],
    "CB05": [
        ("Dẫn chương trình", "Phạm Hoàng Nam"),
        ("Chủ tịch đại hội", "Lê Văn Cường"),
        ("Thư ký", "Bùi Văn Hiếu"),
        ("Tổ trưởng kiểm phiếu", "Trần Văn Tới"),
        ("Tổ viên kiểm phiếu", "Võ Văn Lộc"),
        ("Tổ viên kiểm phiếu", "Dương Minh Luân"),
        ("Trình bày báo cáo tổng kết", "Lê Văn Cường"),
        ("Trình bày báo cáo kiểm điểm", "Nguyễn Văn Thắng"),
        ("Tham luận", "Lý Thanh Phong"),
    ],
    "CB06": [
        ("Dẫn chương trình", "Lê Hoàng Việt"),
        ("Chủ tịch đại hội", "Nguyễn Quốc Huy"),
        ("Thư ký", "Đỗ Thị Kim Ngân"),
        ("Tổ trưởng kiểm phiếu", "Võ Văn Toàn"),
        ("Tổ viên kiểm phiếu", "Phạm Minh Nhựt"),
        ("Tổ viên kiểm phiếu", "Thạch Minh Tâm"),
        ("Trình bày báo cáo tổng kết", "Nguyễn Quốc Huy"),
        ("Tham luận", "Lê Hoàng Việt"),
    ],
    "CB07": [
        ("Dẫn chương trình", "Lý Chí Thành"),
        ("Chủ tịch đại hội", "Dương Thị Thanh Vân"),
        ("Thư ký", "Hồ Ngọc Ánh"),
        ("Tổ trưởng kiểm phiếu", "Trần Văn Mến"),
        ("Tổ viên kiểm phiếu", "Nguyễn Thị Cẩm Nhung"),
        ("Tổ viên kiểm phiếu", "Phạm Văn Út"),
        ("Trình bày báo cáo tổng kết", "Dương Thị Thanh Vân"),
        ("Tham luận", "Lý Chí Thành"),
    ],
}

# ---------------------------------------------------------------------------------------------
# Sheet "Chỉ tiêu": (Chỉ tiêu, Đơn vị tính, nhiệm kỳ trước, kết quả, nhiệm kỳ mới[, Đánh giá])
# ---------------------------------------------------------------------------------------------

ADMITTED = "Kết nạp đảng viên mới"
GOOD_MEMBERS = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên hằng năm"
GOOD_CELL = "Chi bộ xếp loại hoàn thành tốt nhiệm vụ trở lên"

TARGETS = {
    "CB01": [
        (ADMITTED, "đảng viên", 4, 4, 5),
        (GOOD_MEMBERS, "%", 90, None, 92),  # result: from "Xếp loại" (good_share)
        (GOOD_CELL, "năm", 3, 3, 3),
        ("Giảm hộ nghèo", "hộ", 10, 11, 3),
        ("Ấp giữ vững chuẩn ấp văn hóa, tiêu chí ấp nông thôn mới", "năm", 3, 3, 3),
        ("Tỷ lệ người dân tham gia bảo hiểm y tế", "%", 95, 93.5, 95),
        ("Đường giao thông nông thôn được bê tông hóa", "km", 2, 2.4, 1.5),
    ],
    "CB02": [
        (ADMITTED, "đảng viên", 3, 4, 4),
        (GOOD_MEMBERS, "%", 90, None, 92),
        (GOOD_CELL, "năm", 3, 3, 3),
        ("Giảm hộ nghèo", "hộ", 12, 15, 5),
        ("Tỷ lệ lao động qua đào tạo nghề", "%", 45, 41, 50),
        ("Ấp giữ vững danh hiệu ấp văn hóa", "năm", 3, 3, 3),
    ],
    "CB03": [
        (ADMITTED, "đảng viên", 3, 3, 3),
        ("Tỷ lệ học sinh lên lớp", "%", 97, 98.6, 98),
        ("Tỷ lệ học sinh tốt nghiệp trung học cơ sở", "%", 99, 100, 100),
        ("Học sinh đạt giải học sinh giỏi cấp tỉnh", "lượt", 6, 5, 6),
        # "không quá": a ceiling, lower is better (the report judges it so by itself).
        ("Tỷ lệ học sinh bỏ học không quá", "%", 1.5, 0.8, 1),
        ("Giáo viên đạt chuẩn trình độ đào tạo", "%", 100, 100, 100),
        (GOOD_CELL, "năm", 3, 3, 3),
    ],
    "CB04": [
        (ADMITTED, "đảng viên", 2, 2, 2),
        ("Hồ sơ thủ tục hành chính giải quyết đúng hạn", "%", 98, 99.6, 100),
        ("Hồ sơ thủ tục hành chính tiếp nhận trực tuyến", "%", 50, 46.2, 60),
        ("Thu ngân sách nhà nước trên địa bàn so với dự toán", "%", 100, 112, 100),
        ("Cán bộ, công chức hoàn thành tốt nhiệm vụ trở lên", "%", 90, 95, 95),
        (GOOD_CELL, "năm", 3, 3, 3),
    ],
    "CB05": [
        ("Hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ", "%", 100, 100, 100),
        ("Tỷ lệ dân quân huấn luyện đạt khá, giỏi", "%", 80, 86, 85),
        ("Tỷ lệ đảng viên trong lực lượng dân quân", "%", 20, 18.5, 22),
        (ADMITTED, "đảng viên", 2, 2, 2),
        (GOOD_CELL, "năm", 3, 3, 3),
    ],
    "CB06": [
        (
            "Tin báo về tội phạm được tiếp nhận, phân loại, xử lý theo thẩm quyền",
            "%",
            100,
            100,
            100,
        ),
        ("Kéo giảm phạm pháp hình sự so với nhiệm kỳ trước", "%", 5, 8, 5),
        ("Ấp đạt tiêu chuẩn an toàn về an ninh, trật tự", "%", 100, 100, 100),
        ("Thu nhận hồ sơ cấp căn cước, định danh điện tử mức độ 2", "%", 95, 98, 100),
        (ADMITTED, "đảng viên", 1, 1, 1),
        (GOOD_CELL, "năm", 3, 3, 3),
    ],
    "CB07": [
        ("Doanh thu tăng bình quân hằng năm", "%", 8, 10.5, 8),
        ("Thu nhập bình quân của người lao động", "triệu đồng/người/tháng", 7.5, 8.2, 9),
        ("Nộp ngân sách nhà nước theo kế hoạch", "%", 100, 100, 100),
        ("Người lao động được đóng bảo hiểm xã hội", "%", 100, 100, 100),
        (ADMITTED, "đảng viên", 2, 1, 2),
        (GOOD_CELL, "năm", 3, 3, 3),
    ],
}

# ---------------------------------------------------------------------------------------------
# Sheet "Xếp loại": (Năm, Xếp loại chi bộ, xuất sắc, hoàn thành, không hoàn thành). "Hoàn thành
# tốt" is the rest of the members rated that year; "Kết nạp mới" is counted from the members.
# ---------------------------------------------------------------------------------------------

EXCELLENT, GOOD, DONE = schema.CLASSIFICATIONS[:3]
CLASSIFICATIONS = {
    "CB01": [(2022, GOOD, 2, 2, 0), (2023, GOOD, 3, 1, 0), (2024, EXCELLENT, 3, 1, 0)],
    "CB02": [(2022, GOOD, 1, 3, 1), (2023, GOOD, 2, 2, 0), (2024, GOOD, 2, 1, 0)],
    "CB03": [(2022, GOOD, 2, 0, 0), (2023, EXCELLENT, 2, 1, 0), (2024, EXCELLENT, 2, 0, 0)],
    "CB04": [(2022, GOOD, 2, 1, 0), (2023, GOOD, 2, 0, 0), (2024, GOOD, 2, 0, 0)],
    "CB05": [(2022, GOOD, 1, 1, 0), (2023, EXCELLENT, 1, 0, 0), (2024, GOOD, 1, 1, 0)],
    "CB06": [(2022, EXCELLENT, 1, 0, 0), (2023, GOOD, 1, 1, 0), (2024, EXCELLENT, 1, 0, 0)],
    "CB07": [(2022, GOOD, 1, 1, 0), (2023, GOOD, 1, 0, 0), (2024, GOOD, 1, 1, 0)],
}

# ---------------------------------------------------------------------------------------------
# Sheet "Nội dung". First what differs from cell to cell, then what every cell of a kind says.
# ---------------------------------------------------------------------------------------------

FIELD = schema.FIELD_SECTIONS

OWN_TEXT = {
    "CB01": {
        "Đặc điểm tình hình": [
            "Ấp Mỹ Phú có diện tích tự nhiên 486 ha, trong đó đất sản xuất nông nghiệp 421 ha; "
            "toàn ấp có 512 hộ với 1.986 nhân khẩu, chia thành 08 tổ nhân dân tự quản. Kinh tế "
            "của ấp chủ yếu là trồng lúa, mía, cây ăn trái và chăn nuôi; đời sống vật chất, tinh "
            "thần của nhân dân từng bước được nâng lên.",
            "Chi bộ được tổ chức thành 03 tổ đảng, sinh hoạt định kỳ vào ngày 03 hằng tháng.",
        ],
        "Khó khăn": [
            "Giá vật tư nông nghiệp tăng cao, thời tiết diễn biến bất thường, sạt lở bờ kênh đã "
            "ảnh hưởng đến sản xuất và đời sống của một bộ phận nhân dân; một số đảng viên lớn "
            "tuổi, tham gia sinh hoạt chưa đều.",
        ],
        "Ưu điểm": [
            "Chi bộ đã lãnh đạo thực hiện đạt và vượt phần lớn các chỉ tiêu nghị quyết đề ra; "
            "kinh tế của ấp phát triển, đời sống nhân dân được nâng lên; quốc phòng, an ninh được "
            "giữ vững; nội bộ chi bộ đoàn kết, chất lượng sinh hoạt chi bộ từng bước được nâng "
            "lên.",
        ],
        "Hạn chế": [
            "Tỷ lệ người dân tham gia bảo hiểm y tế chưa đạt chỉ tiêu; việc chuyển đổi cơ cấu cây "
            "trồng có nơi còn tự phát, chưa gắn với liên kết tiêu thụ sản phẩm. Nội dung sinh hoạt "
            "chuyên đề có lúc chưa phong phú; công tác tạo nguồn kết nạp đảng viên trong thanh "
            "niên còn gặp khó khăn.",
        ],
        FIELD["Ấp"]: [
            "Chi bộ lãnh đạo nhân dân chuyển đổi 35 ha đất trồng mía kém hiệu quả sang trồng "
            "bưởi năm roi, mít và nuôi cá ruộng; thu nhập bình quân đầu người năm 2024 đạt 62 "
            "triệu đồng, tăng 14 triệu đồng so với đầu nhiệm kỳ. Công tác giảm nghèo được quan "
            "tâm: vận động xây dựng 07 căn nhà Đại đoàn kết, hỗ trợ vốn, con giống cho hộ nghèo; "
            "số hộ nghèo giảm từ 14 hộ xuống còn 03 hộ.",
            "- Chi bộ lãnh đạo Ban nhân dân ấp, Ban công tác Mặt trận và các chi hội đoàn thể vận "
            'động nhân dân tham gia xây dựng nông thôn mới với phương châm "dân biết, dân bàn, '
            'dân làm, dân kiểm tra, dân thụ hưởng".',
            "- Trong nhiệm kỳ, nhân dân hiến 3.200 m² đất, đóng góp trên 850 triệu đồng và nhiều "
            "ngày công để bê tông hóa 2,4 km đường giao thông nông thôn, lắp đặt 1,8 km đèn chiếu "
            "sáng trên các tuyến đường liên tổ.",
            "- Ấp giữ vững danh hiệu ấp văn hóa; 96% hộ đạt gia đình văn hóa; tuyến đường hoa "
            "kiểu mẫu dài 1,2 km do Chi hội Phụ nữ ấp đảm nhận được duy trì thường xuyên, góp "
            "phần cùng xã Hiệp Hưng giữ vững các tiêu chí xã nông thôn mới.",
        ],
        "Phương hướng": [
            "Nâng cao năng lực lãnh đạo và sức chiến đấu của chi bộ; phát huy sức mạnh khối đại "
            "đoàn kết toàn dân; tập trung phát triển kinh tế nông nghiệp theo hướng liên kết, ứng "
            "dụng khoa học kỹ thuật; giữ vững danh hiệu ấp văn hóa, xây dựng ấp nông thôn mới "
            "kiểu mẫu; bảo đảm quốc phòng, an ninh; xây dựng chi bộ trong sạch, vững mạnh.",
        ],
    },
    "CB02": {
        "Đặc điểm tình hình": [
            "Ấp Hòa Đức có diện tích tự nhiên 392 ha, 438 hộ với 1.702 nhân khẩu, trong đó 196 "
            "hộ đồng bào dân tộc Khmer, chiếm 44,7% số hộ. Nhân dân sống chủ yếu bằng nghề trồng "
            "lúa, rau màu, chăn nuôi và làm thuê; trên địa bàn có 01 chùa Khmer là nơi sinh hoạt "
            "tín ngưỡng của đồng bào.",
            "Trong nhiệm kỳ, chi bộ luôn nhận được sự lãnh đạo sâu sát của Đảng ủy xã Hòa An, sự "
            "phối hợp của các ngành; tuy nhiên một bộ phận đồng bào còn khó khăn về đất sản xuất, "
            "lao động trẻ đi làm ăn xa nhiều, ảnh hưởng đến công tác vận động quần chúng và phát "
            "triển đảng viên.",
        ],
        "Ưu điểm": [
            "Chi bộ lãnh đạo thực hiện tốt chính sách dân tộc, tôn giáo; các lễ hội truyền thống "
            "của đồng bào Khmer như Chôl Chnăm Thmây, Sene Đôlta, Ok Om Bok được tổ chức trang "
            "trọng, an toàn. Mối quan hệ giữa chi bộ với các vị sư sãi, người có uy tín trong "
            "đồng bào được duy trì chặt chẽ.",
            "- Công tác giảm nghèo đạt kết quả nổi bật: số hộ nghèo giảm từ 21 hộ xuống còn 06 "
            "hộ, trong đó 04 hộ là đồng bào Khmer; 100% hộ nghèo, hộ cận nghèo được cấp thẻ bảo "
            "hiểm y tế; vận động xây dựng 09 căn nhà Đại đoàn kết.",
            "- Kết nạp 04 đảng viên mới, trong đó có 02 đảng viên là người dân tộc Khmer; sinh "
            "hoạt chuyên đề gắn với giải quyết những vấn đề bức xúc ở ấp.",
        ],
        "Hạn chế": [
            "Tỷ lệ lao động qua đào tạo nghề chưa đạt chỉ tiêu; việc chuyển đổi cơ cấu cây trồng, "
            "vật nuôi còn chậm; một số hộ đồng bào thoát nghèo chưa bền vững. Việc nắm bắt tâm "
            "tư, nguyện vọng của lao động đi làm ăn xa có lúc chưa kịp thời.",
        ],
        FIELD["Ấp"]: [
            "Chi bộ lãnh đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới gắn "
            "với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc "
            "thiểu số. Nhân dân đóng góp 420 triệu đồng, hiến 1.650 m² đất để nâng cấp 1,6 km "
            "đường giao thông nông thôn và 02 cây cầu bê tông.",
            "- Tỷ lệ hộ sử dụng nước sạch đạt 98%; 100% hộ sử dụng điện an toàn; nhà văn hóa ấp "
            "được sửa chữa, trang bị thêm thiết bị phục vụ sinh hoạt cộng đồng.",
            '- Ấp giữ vững danh hiệu ấp văn hóa 03 năm liền; phong trào "Toàn dân đoàn kết xây '
            'dựng đời sống văn hóa" được đồng bào Kinh, Khmer hưởng ứng tích cực.',
        ],
        "Phương hướng": [
            "Tiếp tục nâng cao năng lực lãnh đạo và sức chiến đấu của chi bộ; thực hiện tốt chính "
            "sách dân tộc, tôn giáo, củng cố khối đại đoàn kết giữa đồng bào Kinh và Khmer; đẩy "
            "mạnh đào tạo nghề, giảm nghèo bền vững; giữ vững các tiêu chí nông thôn mới; bảo đảm "
            "an ninh chính trị, trật tự an toàn xã hội trên địa bàn ấp.",
        ],
    },
    "CB03": {
        "Đặc điểm tình hình": [
            "Trường Trung học cơ sở Hiệp Hưng có 18 lớp với 652 học sinh; đội ngũ cán bộ quản lý, "
            "giáo viên, nhân viên gồm 42 người, 100% giáo viên đạt chuẩn trình độ đào tạo. Trường "
            "đạt chuẩn quốc gia mức độ 1 và đạt kiểm định chất lượng giáo dục cấp độ 2.",
            "Nhiệm kỳ qua, ngành giáo dục triển khai Chương trình giáo dục phổ thông 2018 với "
            "nhiều yêu cầu mới về đổi mới phương pháp dạy học, kiểm tra, đánh giá; nhà trường "
            "còn thiếu phòng học bộ môn; một bộ phận học sinh có hoàn cảnh khó khăn, cha mẹ đi "
            "làm ăn xa nên việc phối hợp giáo dục còn hạn chế.",
        ],
        "Ưu điểm": [
            "Chi bộ lãnh đạo nhà trường hoàn thành tốt nhiệm vụ các năm học; tỷ lệ học sinh lên "
            "lớp bình quân đạt 98,6%, tốt nghiệp trung học cơ sở đạt 100%; có 37 lượt học sinh "
            "đạt giải học sinh giỏi cấp huyện, 05 lượt đạt giải cấp tỉnh.",
            "- Đội ngũ giáo viên tích cực đổi mới phương pháp dạy học, ứng dụng công nghệ thông "
            "tin; 14 lượt giáo viên đạt giáo viên dạy giỏi cấp huyện; sổ điểm điện tử, học bạ số "
            "được triển khai ở tất cả các khối lớp.",
            "- Công đoàn, Chi đoàn, Liên đội hằng năm đều được cấp trên đánh giá hoàn thành tốt "
            "nhiệm vụ trở lên; chi bộ kết nạp 03 đảng viên mới là giáo viên trẻ.",
        ],
        "Hạn chế": [
            "Số lượt học sinh giỏi cấp tỉnh chưa đạt chỉ tiêu; chất lượng môn Tiếng Anh còn thấp "
            "so với mặt bằng chung của huyện. Việc xây dựng kế hoạch bài dạy theo định hướng phát "
            "triển năng lực ở một số tổ chuyên môn chưa đồng đều.",
        ],
        FIELD["Đơn vị sự nghiệp"]: [
            "Chi bộ ban hành nghị quyết chuyên đề về nâng cao chất lượng dạy học và giáo dục toàn "
            "diện, lãnh đạo nhà trường thực hiện có hiệu quả Chương trình giáo dục phổ thông 2018 "
            "ở các khối lớp. Các tổ chuyên môn sinh hoạt theo nghiên cứu bài học, chú trọng dạy "
            "học phân hóa, bồi dưỡng học sinh giỏi và phụ đạo học sinh yếu.",
            '- Thực hiện tốt cuộc vận động "Mỗi thầy cô giáo là một tấm gương đạo đức, tự học '
            'và sáng tạo" và phong trào thi đua "Đổi mới, sáng tạo trong dạy và học".',
            "- Phối hợp với chính quyền địa phương và cha mẹ học sinh vận động học sinh bỏ học "
            "trở lại lớp; tỷ lệ học sinh bỏ học giảm còn 0,8%.",
        ],
        "Phương hướng": [
            "Xây dựng chi bộ trong sạch, vững mạnh; lãnh đạo nhà trường nâng cao chất lượng giáo "
            "dục toàn diện, thực hiện hiệu quả Chương trình giáo dục phổ thông 2018; giữ vững "
            "trường đạt chuẩn quốc gia, phấn đấu đạt chuẩn quốc gia mức độ 2; xây dựng đội ngũ "
            "nhà giáo đủ về số lượng, vững về chuyên môn, gương mẫu về đạo đức.",
        ],
    },
    "CB04": {
        "Đặc điểm tình hình": [
            "Chi bộ Cơ quan Ủy ban nhân dân xã Hiệp Hưng gồm các đồng chí cán bộ, công chức làm "
            "việc tại Ủy ban nhân dân xã và Bộ phận tiếp nhận và trả kết quả giải quyết thủ tục "
            "hành chính. Chi bộ lãnh đạo thực hiện nhiệm vụ chính trị của cơ quan, tham mưu Ủy "
            "ban nhân dân xã quản lý, điều hành các lĩnh vực kinh tế - xã hội, quốc phòng, an "
            "ninh trên địa bàn.",
            "Đội ngũ cán bộ, công chức cơ bản đạt chuẩn về trình độ chuyên môn, có tinh thần "
            "trách nhiệm; tuy nhiên khối lượng công việc lớn, yêu cầu về chuyển đổi số và cải "
            "cách hành chính ngày càng cao, trong khi trang thiết bị làm việc có mặt còn thiếu.",
        ],
        "Ưu điểm": [
            "Chi bộ lãnh đạo cơ quan tham mưu Ủy ban nhân dân xã hoàn thành các chỉ tiêu kinh tế "
            "- xã hội; thu ngân sách nhà nước trên địa bàn hằng năm đều vượt dự toán, bình quân "
            "đạt 112%.",
            "- Cải cách hành chính có chuyển biến rõ nét: trong nhiệm kỳ, Bộ phận một cửa tiếp "
            "nhận 4.826 hồ sơ, giải quyết đúng hạn 99,6%; không có hồ sơ trễ hạn do lỗi chủ quan "
            "của công chức.",
            "- Triển khai có hiệu quả Đề án 06 của Chính phủ; 100% văn bản trao đổi giữa các cơ "
            "quan được thực hiện trên môi trường điện tử, có sử dụng chữ ký số.",
        ],
        "Hạn chế": [
            "Tỷ lệ hồ sơ tiếp nhận trực tuyến chưa đạt chỉ tiêu; một số công chức còn lúng túng "
            "khi hướng dẫn người dân sử dụng dịch vụ công trực tuyến. Việc tham mưu giải quyết "
            "một số vụ việc tranh chấp đất đai có lúc còn kéo dài.",
        ],
        FIELD["Cơ quan"]: [
            "Chi bộ lãnh đạo cán bộ, công chức thực hiện nghiêm quy chế làm việc, quy chế dân chủ "
            "ở cơ sở, quy tắc ứng xử của cán bộ, công chức; mỗi công chức xây dựng kế hoạch công "
            "tác hằng tuần, hằng tháng, gắn trách nhiệm cá nhân với kết quả thực hiện.",
            "- Nâng cao chất lượng tham mưu trên các lĩnh vực tài chính, địa chính - xây dựng, tư "
            "pháp - hộ tịch, văn hóa - xã hội; kịp thời giải quyết các kiến nghị của cử tri.",
            "- Thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo; trong nhiệm kỳ "
            "không có đơn thư vượt cấp.",
        ],
        "Phương hướng": [
            "Xây dựng chi bộ trong sạch, vững mạnh, cơ quan vững mạnh toàn diện; đẩy mạnh cải "
            "cách hành chính, chuyển đổi số; xây dựng đội ngũ cán bộ, công chức chuyên nghiệp, "
            "tận tụy phục vụ nhân dân; tham mưu Ủy ban nhân dân xã hoàn thành các chỉ tiêu phát "
            "triển kinh tế - xã hội nhiệm kỳ 2025 - 2027.",
        ],
    },
    "CB05": {
        "Đặc điểm tình hình": [
            "Chi bộ Quân sự xã Tân Long lãnh đạo Ban Chỉ huy Quân sự xã và lực lượng dân quân "
            "gồm 01 trung đội dân quân cơ động, 01 tiểu đội dân quân thường trực và các tiểu đội "
            "dân quân tại chỗ ở các ấp. Đảng viên của chi bộ đa số trẻ, nhiệt tình, được đào tạo "
            "cơ bản về quân sự cơ sở.",
            "Nhiệm kỳ qua, tình hình an ninh chính trị trên địa bàn xã ổn định; tuy nhiên lực "
            "lượng dân quân có sự biến động do thanh niên đi làm ăn xa, điều kiện ăn ở, luyện "
            "tập của dân quân thường trực còn nhiều khó khăn.",
        ],
        "Ưu điểm": [
            "Chi bộ lãnh đạo hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ 03 năm "
            "liền, bảo đảm đúng luật, công khai, dân chủ; không có thanh niên bỏ ngũ.",
            "- Tổ chức huấn luyện cho lực lượng dân quân đúng nội dung, chương trình; kết quả "
            "kiểm tra có 86% đạt khá, giỏi. Diễn tập chiến đấu phòng thủ xã năm 2023 đạt loại "
            "giỏi.",
            "- Triển khai Luật Dân quân tự vệ năm 2019; tham gia phòng, chống thiên tai, cứu hộ, "
            "cứu nạn khi có sạt lở bờ kênh, được nhân dân ghi nhận.",
        ],
        "Hạn chế": [
            "Tỷ lệ đảng viên trong lực lượng dân quân chưa đạt chỉ tiêu; công tác tạo nguồn, bồi "
            "dưỡng quần chúng ưu tú trong dân quân còn chậm. Việc quản lý, giáo dục quân nhân dự "
            "bị ở một số ấp chưa chặt chẽ.",
        ],
        FIELD["Quân sự"]: [
            "Chi bộ lãnh đạo thực hiện tốt nhiệm vụ quân sự, quốc phòng địa phương; duy trì "
            "nghiêm chế độ trực sẵn sàng chiến đấu, nhất là trong các ngày lễ, Tết và các sự "
            "kiện chính trị quan trọng.",
            "- Phối hợp chặt chẽ với Công an xã theo Nghị định 03/2019/NĐ-CP của Chính phủ, tổ "
            "chức 312 lượt tuần tra, góp phần kéo giảm các loại tội phạm và tệ nạn xã hội.",
            "- Làm tốt công tác giáo dục quốc phòng và an ninh; đăng ký, quản lý công dân trong "
            "độ tuổi sẵn sàng nhập ngũ đúng quy định, chuẩn bị tốt nguồn tuyển quân năm 2025.",
        ],
        "Phương hướng": [
            "Xây dựng chi bộ trong sạch, vững mạnh, Ban Chỉ huy Quân sự xã vững mạnh toàn diện; "
            "xây dựng lực lượng dân quân vững mạnh, rộng khắp; hoàn thành 100% chỉ tiêu tuyển "
            "quân; góp phần xây dựng nền quốc phòng toàn dân vững chắc trên địa bàn xã.",
        ],
    },
    "CB06": {
        "Đặc điểm tình hình": [
            "Công an xã Tân Long được bố trí lực lượng Công an chính quy, thực hiện nhiệm vụ bảo "
            "đảm an ninh, trật tự trên địa bàn xã có nhiều tuyến giao thông thủy, bộ. Đảng viên "
            "của chi bộ được đào tạo cơ bản, tuổi đời trẻ, có bản lĩnh chính trị vững vàng.",
            "Tình hình an ninh chính trị ổn định; tuy nhiên trộm cắp tài sản, đánh bạc, vi phạm "
            "trật tự an toàn giao thông vẫn còn; các đối tượng lừa đảo qua mạng hoạt động với "
            "nhiều phương thức mới.",
        ],
        "Ưu điểm": [
            "Chi bộ lãnh đạo Công an xã chủ động nắm tình hình, tham mưu Đảng ủy, Ủy ban nhân dân "
            "xã giải quyết kịp thời các vụ việc ngay từ cơ sở, không để hình thành điểm nóng; "
            "100% tin báo về tội phạm được tiếp nhận, phân loại, xử lý theo thẩm quyền.",
            "- Phạm pháp hình sự giảm 8% so với nhiệm kỳ trước; tai nạn giao thông được kéo giảm "
            "trên cả 03 tiêu chí.",
            "- Thu nhận hồ sơ cấp căn cước và kích hoạt tài khoản định danh điện tử mức độ 2 đạt "
            "98%, góp phần thực hiện Đề án 06 của Chính phủ.",
        ],
        "Hạn chế": [
            "Tình trạng trộm cắp vặt, đánh bạc nhỏ lẻ còn xảy ra; học sinh điều khiển xe mô tô "
            "khi chưa đủ tuổi vẫn còn. Công tác tuyên truyền phòng, chống lừa đảo trên không gian "
            "mạng chưa thật sự sâu rộng.",
        ],
        FIELD["Công an"]: [
            "Chi bộ lãnh đạo Công an xã thực hiện đồng bộ các biện pháp bảo vệ an ninh chính trị "
            "nội bộ, an ninh nông thôn; bảo vệ tuyệt đối an toàn các sự kiện chính trị, các ngày "
            "lễ, Tết trên địa bàn.",
            "- Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc; duy trì và nhân rộng các mô "
            'hình "Camera an ninh", "Tổ nhân dân tự quản an toàn về an ninh, trật tự".',
            "- Kiện toàn Tổ bảo vệ an ninh, trật tự ở cơ sở theo Luật Lực lượng tham gia bảo vệ "
            "an ninh, trật tự ở cơ sở (có hiệu lực từ ngày 01/7/2024), tập huấn nghiệp vụ cho "
            "100% thành viên.",
        ],
        "Phương hướng": [
            "Xây dựng chi bộ trong sạch, vững mạnh, Công an xã trong sạch, vững mạnh, chính quy, "
            "tinh nhuệ, hiện đại; chủ động nắm chắc tình hình, giữ vững an ninh chính trị, bảo "
            "đảm trật tự, an toàn xã hội; tiếp tục thực hiện hiệu quả Đề án 06.",
        ],
    },
    "CB07": {
        "Đặc điểm tình hình": [
            "Công ty Cổ phần Nông sản Hiệp Hưng hoạt động trong lĩnh vực thu mua, sấy, xay xát và "
            "tiêu thụ lúa gạo, có 86 lao động, trong đó 31 lao động nữ. Chi bộ lãnh đạo toàn "
            "diện hoạt động của công ty và các tổ chức Công đoàn, Đoàn Thanh niên.",
            "Nhiệm kỳ qua, thị trường lúa gạo có nhiều biến động, giá nguyên liệu và chi phí vận "
            "chuyển tăng cao; cạnh tranh giữa các doanh nghiệp trong ngành ngày càng gay gắt, ảnh "
            "hưởng đến hoạt động sản xuất, kinh doanh của công ty.",
        ],
        "Ưu điểm": [
            "Chi bộ lãnh đạo công ty duy trì sản xuất ổn định, doanh thu tăng bình quân 10,5%/năm; "
            "thực hiện đầy đủ nghĩa vụ nộp ngân sách nhà nước; thu nhập bình quân của người lao "
            "động đạt 8,2 triệu đồng/người/tháng.",
            "- Công ty liên kết với 03 hợp tác xã và trên 420 hộ nông dân sản xuất theo mô hình "
            'cánh đồng lớn, bao tiêu trên 1.200 ha lúa mỗi vụ; sản phẩm mang nhãn hiệu "Gạo sạch '
            'Hiệp Hưng" được sản xuất theo hệ thống quản lý chất lượng ISO 9001 & HACCP.',
            "- 100% người lao động được ký hợp đồng lao động, đóng bảo hiểm xã hội, bảo hiểm y tế "
            "đầy đủ; Công đoàn công ty được công nhận vững mạnh 03 năm liền.",
        ],
        "Hạn chế": [
            "Chỉ tiêu kết nạp đảng viên mới chưa đạt; việc phát triển thị trường tiêu thụ, nhất là "
            "thị trường xuất khẩu, còn phụ thuộc vào đơn vị trung gian. Ứng dụng chuyển đổi số "
            "trong quản lý sản xuất, kinh doanh còn hạn chế.",
        ],
        FIELD["Doanh nghiệp"]: [
            "Chi bộ ban hành nghị quyết lãnh đạo thực hiện kế hoạch sản xuất, kinh doanh hằng năm; "
            "chỉ đạo đầu tư thêm 01 dây chuyền sấy lúa công suất 100 tấn/mẻ, giảm tổn thất sau "
            "thu hoạch cho nông dân.",
            "- Chú trọng xây dựng văn hóa doanh nghiệp, bảo đảm an toàn, vệ sinh lao động; không "
            "để xảy ra tai nạn lao động nghiêm trọng, tranh chấp lao động hay đình công.",
            "- Tích cực tham gia công tác an sinh xã hội ở địa phương, mỗi dịp Tết trao 150 suất "
            "quà cho hộ nghèo, học sinh có hoàn cảnh khó khăn.",
        ],
        "Phương hướng": [
            "Xây dựng chi bộ trong sạch, vững mạnh; lãnh đạo công ty phát triển sản xuất, kinh "
            "doanh bền vững, mở rộng liên kết chuỗi giá trị lúa gạo, đẩy mạnh chuyển đổi số; "
            "chăm lo việc làm, thu nhập và đời sống người lao động; phát triển đảng viên trong "
            "công nhân lao động.",
        ],
    },
}

# Words that make the shared paragraphs fit each cell.
WORDS = {
    "CB01": dict(
        unit="ấp Mỹ Phú",
        people="nhân dân",
        checks="08",
        example="Nhiều đảng viên đi đầu hiến đất, vận động nhân dân làm đường; mô hình "
        '"Tuyến đường tự quản xanh - sạch - đẹp" của Chi hội Phụ nữ ấp được '
        "Đảng ủy xã biểu dương.",
        discipline="nhắc nhở 01 đảng viên chưa tham gia sinh hoạt đều, đến nay đã "
        "khắc phục; không có đảng viên vi phạm phải xử lý kỷ luật.",
        weakness="Chưa có giải pháp hiệu quả vận động người dân tham gia bảo hiểm y tế "
        "và tạo nguồn phát triển đảng viên trong thanh niên.",
        remedy="Phân công chi ủy viên phụ trách từng tổ nhân dân tự quản, vận động "
        "bảo hiểm y tế và bồi dưỡng quần chúng ưu tú là đoàn viên thanh niên.",
    ),
    "CB02": dict(
        unit="ấp Hòa Đức",
        people="nhân dân, nhất là người có uy tín trong đồng bào Khmer",
        checks="06",
        example="Đảng viên tích cực giúp đỡ hộ đồng bào Khmer khó khăn về con giống, "
        "kinh nghiệm sản xuất; 02 đảng viên được Đảng ủy xã khen thưởng điển "
        "hình trong học tập và làm theo Bác.",
        discipline="không có đảng viên vi phạm phải xử lý kỷ luật.",
        weakness="Việc lãnh đạo đào tạo nghề, chuyển đổi việc làm cho lao động nông "
        "thôn chưa đạt yêu cầu.",
        remedy="Phối hợp với Trung tâm Giáo dục nghề nghiệp huyện mở lớp dạy nghề tại "
        "ấp; mỗi chi ủy viên theo dõi, giúp đỡ 02 hộ mới thoát nghèo.",
    ),
    "CB03": dict(
        unit="nhà trường",
        people="tập thể sư phạm, cha mẹ học sinh",
        checks="05",
        example="Việc học tập và làm theo Bác gắn với xây dựng trường học hạnh phúc; "
        "mỗi giáo viên đăng ký ít nhất 01 việc làm cụ thể vì học sinh.",
        discipline="không có đảng viên vi phạm phải xử lý kỷ luật.",
        weakness="Chưa có giải pháp đột phá nâng chất lượng học sinh giỏi cấp tỉnh và "
        "chất lượng môn Tiếng Anh.",
        remedy="Xây dựng kế hoạch bồi dưỡng học sinh giỏi từ lớp 7; chi ủy viên phụ "
        "trách chuyên môn dự giờ, kiểm tra tổ Ngoại ngữ hằng tháng.",
    ),
    "CB04": dict(
        unit="cơ quan",
        people="cán bộ, công chức, nhân dân",
        checks="04",
        example="Việc học tập và làm theo Bác gắn với văn hóa công vụ và tinh thần "
        '"4 xin, 4 luôn" tại Bộ phận một cửa, được người dân đánh giá cao.',
        discipline="không có đảng viên vi phạm phải xử lý kỷ luật.",
        weakness="Việc kiểm tra, đôn đốc tiến độ hồ sơ trực tuyến và giải quyết tranh "
        "chấp đất đai có lúc chưa kịp thời.",
        remedy="Hằng tháng chi ủy nghe báo cáo tiến độ giải quyết thủ tục hành chính, "
        "phân công đảng viên hướng dẫn người dân nộp hồ sơ trực tuyến.",
    ),
    "CB05": dict(
        unit="Ban Chỉ huy Quân sự xã",
        people="lực lượng dân quân, nhân dân",
        checks="03",
        example='Việc học tập và làm theo Bác gắn với cuộc vận động "Phát huy truyền '
        'thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ".',
        discipline="không có đảng viên vi phạm phải xử lý kỷ luật.",
        weakness="Công tác phát triển đảng viên trong lực lượng dân quân chưa đạt chỉ "
        "tiêu nghị quyết.",
        remedy="Lập danh sách quần chúng ưu tú trong dân quân, phân công đảng viên "
        "giúp đỡ, giới thiệu học lớp nhận thức về Đảng ngay trong năm 2025.",
    ),
    "CB06": dict(
        unit="Công an xã",
        people="nhân dân",
        checks="03",
        example="Việc học tập và làm theo Bác gắn với thực hiện Sáu điều Bác Hồ dạy "
        "Công an nhân dân; đảng viên tận tụy phục vụ nhân dân khi làm thủ tục "
        "cấp căn cước.",
        discipline="không có đảng viên vi phạm phải xử lý kỷ luật.",
        weakness="Việc lãnh đạo tuyên truyền phòng, chống lừa đảo trên không gian mạng "
        "chưa sâu rộng.",
        remedy="Mỗi đảng viên phụ trách địa bàn tổ chức tuyên truyền phòng, chống lừa "
        "đảo qua mạng tại các buổi họp tổ nhân dân tự quản.",
    ),
    "CB07": dict(
        unit="công ty",
        people="người lao động",
        checks="03",
        example="Việc học tập và làm theo Bác gắn với thực hành tiết kiệm, chống lãng "
        "phí trong sản xuất; phong trào thi đua lao động sáng tạo được đông đảo "
        "người lao động hưởng ứng.",
        discipline="không có đảng viên vi phạm phải xử lý kỷ luật.",
        weakness="Công tác tạo nguồn, phát triển đảng viên trong công nhân lao động "
        "chưa được quan tâm đúng mức.",
        remedy="Phối hợp với Công đoàn, Đoàn Thanh niên công ty giới thiệu đoàn viên ưu "
        "tú; bí thư chi bộ trực tiếp theo dõi, bồi dưỡng quần chúng.",
    ),
}

# What every cell of a kind plans for the new term (report, resolution, action program): each
# task with who takes part and by when (the action programme's table). An Ấp cell's own targets
# differ, so each has its own.
FARMING = (
    "- Lãnh đạo phát triển kinh tế nông nghiệp theo hướng hàng hóa, liên kết tiêu thụ sản "
    "phẩm; nhân rộng các mô hình sản xuất hiệu quả; thực hiện giảm nghèo bền vững.",
    "Ban nhân dân ấp, Hội Nông dân, tổ hợp tác",
    "Hằng năm",
)
NEW_TASKS = {
    "CB01": [
        FARMING,
        (
            "- Vận động người dân tham gia bảo hiểm y tế, nâng tỷ lệ bao phủ đạt chỉ tiêu; tiếp "
            "tục bê tông hóa đường giao thông nông thôn, giữ vững danh hiệu ấp văn hóa và các "
            "tiêu chí nông thôn mới.",
            "Ban nhân dân ấp, Ban công tác Mặt trận, các chi hội đoàn thể",
            "Hằng năm",
        ),
    ],
    "CB02": [
        (
            "- Phối hợp mở lớp đào tạo nghề tại ấp, nâng tỷ lệ lao động qua đào tạo nghề; hỗ trợ "
            "vốn, con giống, kinh nghiệm sản xuất để giảm nghèo bền vững, nhất là hộ đồng bào "
            "Khmer.",
            "Ban nhân dân ấp, Hội Nông dân, Hội Liên hiệp Phụ nữ ấp",
            "Hằng năm",
        ),
        (
            "- Thực hiện tốt chính sách dân tộc, tôn giáo; giữ vững danh hiệu ấp văn hóa, củng "
            "cố khối đại đoàn kết giữa đồng bào Kinh và Khmer.",
            "Ban công tác Mặt trận, người có uy tín trong đồng bào",
            "Cả nhiệm kỳ",
        ),
    ],
    "Cơ quan": [
        (
            "- Đẩy mạnh cải cách hành chính, chuyển đổi số, nâng tỷ lệ hồ sơ trực tuyến; siết "
            "chặt kỷ luật, kỷ cương hành chính.",
            "Bộ phận một cửa, các công chức chuyên môn",
            "Hằng năm",
        ),
        (
            "- Nâng cao chất lượng tham mưu của cán bộ, công chức; thực hiện tốt công tác tiếp "
            "công dân, giải quyết khiếu nại, tố cáo.",
            "Các công chức chuyên môn",
            "Thường xuyên",
        ),
    ],
    "Đơn vị sự nghiệp": [
        (
            "- Nâng cao chất lượng giáo dục toàn diện, chú trọng bồi dưỡng học sinh giỏi, nâng "
            "chất lượng môn Tiếng Anh; đẩy mạnh ứng dụng công nghệ thông tin trong dạy học.",
            "Ban giám hiệu, các tổ chuyên môn",
            "Hằng năm học",
        ),
        (
            "- Tham mưu đầu tư cơ sở vật chất, phòng học bộ môn; phấn đấu đạt chuẩn quốc gia mức "
            "độ 2.",
            "Ban giám hiệu, Ban đại diện cha mẹ học sinh",
            "Năm 2026",
        ),
    ],
    "Doanh nghiệp": [
        (
            "- Mở rộng thị trường, phát triển vùng nguyên liệu liên kết; đầu tư đổi mới công "
            "nghệ, chuyển đổi số trong quản lý sản xuất, kinh doanh.",
            "Ban giám đốc, các phòng nghiệp vụ",
            "Hằng năm",
        ),
        (
            "- Chăm lo việc làm, đời sống người lao động; chú trọng tạo nguồn, phát triển đảng "
            "viên trong công nhân lao động.",
            "Công đoàn, Đoàn Thanh niên công ty",
            "Thường xuyên",
        ),
    ],
    "Công an": [
        (
            "- Chủ động nắm tình hình, tấn công trấn áp các loại tội phạm, tệ nạn xã hội; kéo "
            "giảm tai nạn giao thông.",
            "Các tổ công tác, Công an viên",
            "Thường xuyên",
        ),
        (
            "- Phát huy vai trò lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; tiếp tục "
            "thực hiện hiệu quả Đề án 06.",
            "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
            "Hằng năm",
        ),
    ],
    "Quân sự": [
        (
            "- Xây dựng lực lượng dân quân vững mạnh, rộng khắp; nâng cao chất lượng huấn luyện, "
            "diễn tập; phát triển đảng viên trong dân quân.",
            "Ban Chỉ huy Quân sự xã, các trung đội dân quân",
            "Hằng năm",
        ),
        (
            "- Thực hiện tốt công tác tuyển quân, bảo đảm chất lượng, chỉ tiêu; phối hợp với "
            "Công an xã giữ vững an ninh, trật tự.",
            "Công an xã, các ấp",
            "Hằng năm",
        ),
    ],
}


def tasks(cell: dict) -> list[tuple[str, str, str]]:
    """The new term's tasks of the cell: building the Party first, then its own."""
    own = NEW_TASKS.get(cell["code"]) or NEW_TASKS[cell["kind"]]
    return [(PARTY_BUILDING, "Các tổ đảng, đảng viên", "Thường xuyên"), *own]


PARTY_BUILDING = (
    "- Tăng cường xây dựng Đảng về chính trị, tư tưởng, đạo đức, tổ chức và cán "
    "bộ; nâng cao chất lượng sinh hoạt chi bộ; thực hiện nghiêm Chỉ thị 05-CT/TW, "
    "Kết luận 01-KL/TW và Kết luận 21-KL/TW."
)


def leaders(cell: dict) -> tuple[str, str]:
    """Who led the outgoing term: (subject at the start of a sentence, inside a sentence)."""
    if cell.get("committee_seats"):
        return "Chi ủy", "chi ủy"
    if cell["code"] == "CB06":
        return "Bí thư, phó bí thư chi bộ", "bí thư, phó bí thư chi bộ"
    return "Bí thư chi bộ", "bí thư chi bộ"


# The further fields of the political task, by kind of cell (schema.MORE_FIELDS).
MORE_FIELD_TEXT = {
    "Ấp": {
        "Văn hóa, xã hội": [
            'Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" được duy trì; tỷ lệ hộ '
            "đạt gia đình văn hóa hằng năm trên 95%; các hộ nghèo, gia đình chính sách được "
            "quan tâm hỗ trợ kịp thời."
        ],
        "Quốc phòng, an ninh": [
            "Hoàn thành chỉ tiêu giao quân hằng năm; tổ an ninh tự quản hoạt động đều, không "
            "để xảy ra điểm nóng về an ninh, trật tự trên địa bàn."
        ],
    },
    "Cơ quan": {
        "Cải cách hành chính, chuyển đổi số": [
            "Thực hiện tốt cơ chế một cửa, một cửa liên thông; hồ sơ được giải quyết đúng và "
            "trước hạn; sử dụng hiệu quả hệ thống quản lý văn bản và hồ sơ công việc."
        ],
        "Xây dựng cơ quan, đơn vị": [
            "Cơ quan giữ vững danh hiệu cơ quan văn hóa; nội bộ đoàn kết, thực hiện nghiêm quy "
            "chế dân chủ ở cơ sở và quy tắc ứng xử của cán bộ, công chức."
        ],
    },
    "Đơn vị sự nghiệp": {
        "Phong trào thi đua": [
            'Các phong trào thi đua "Dạy tốt - học tốt", "Mỗi thầy cô giáo là một tấm gương '
            'đạo đức, tự học và sáng tạo" được triển khai sâu rộng, nhiều giáo viên đạt giáo '
            "viên dạy giỏi các cấp."
        ],
        "Xây dựng cơ quan, đơn vị": [
            "Đơn vị giữ vững danh hiệu cơ quan văn hóa; cơ sở vật chất được tăng cường; nội bộ "
            "đoàn kết, thực hiện nghiêm quy chế dân chủ."
        ],
    },
    "Doanh nghiệp": {
        "Đời sống, việc làm của người lao động": [
            "Bảo đảm việc làm ổn định cho người lao động; thu nhập bình quân tăng qua từng năm; "
            "đóng đầy đủ bảo hiểm xã hội, bảo hiểm y tế cho người lao động."
        ],
        "Xây dựng cơ quan, đơn vị": [
            "Công ty thực hiện tốt quy chế dân chủ tại nơi làm việc, an toàn, vệ sinh lao "
            "động; không để xảy ra tranh chấp lao động."
        ],
    },
}
for kind, partner in (("Công an", "Ban Chỉ huy Quân sự xã"), ("Quân sự", "Công an xã")):
    MORE_FIELD_TEXT[kind] = {
        "Xây dựng lực lượng": [
            "Lực lượng được kiện toàn đủ biên chế, huấn luyện đạt yêu cầu; cán bộ, chiến sĩ giữ "
            "vững bản lĩnh chính trị, kỷ luật, kỷ cương."
        ],
        "Phối hợp với các lực lượng": [
            f"Phối hợp chặt chẽ với {partner} và các ấp trong tuần tra, giữ gìn an ninh trật "
            "tự, phòng chống thiên tai, tìm kiếm cứu nạn."
        ],
    }

# What differs by kind of cell in the shared paragraphs: how its members make the cell's work
# harder, what outside it held results back, and the name of its democracy rules.
KIND_WORDS = {
    "Ấp": dict(
        members="một số đảng viên lớn tuổi, tham gia sinh hoạt chưa đều",
        outside="thiên tai, dịch bệnh và biến động giá cả tác động đến sản xuất, đời sống",
    ),
    "Cơ quan": dict(
        members="đảng viên kiêm nhiệm nhiều việc chuyên môn, thời gian dành cho công tác đảng "
        "còn hạn chế",
        outside="khối lượng công việc lớn, yêu cầu cải cách hành chính, chuyển đổi số ngày "
        "càng cao trong khi trang thiết bị còn thiếu",
    ),
    "Đơn vị sự nghiệp": dict(
        members="đảng viên kiêm nhiệm nhiều việc chuyên môn, thời gian dành cho công tác đảng "
        "còn hạn chế",
        outside="yêu cầu đổi mới chương trình, phương pháp dạy học ngày càng cao trong khi cơ "
        "sở vật chất, phòng học bộ môn còn thiếu",
    ),
    "Doanh nghiệp": dict(
        members="đảng viên làm việc theo ca, việc bố trí thời gian sinh hoạt chi bộ còn khó khăn",
        outside="thị trường lúa gạo biến động, giá nguyên liệu và chi phí vận chuyển tăng cao",
        democracy="quy chế dân chủ tại nơi làm việc",
    ),
    "Công an": dict(
        members="đảng viên đa số tuổi đời trẻ, kinh nghiệm công tác còn ít, thường xuyên làm "
        "nhiệm vụ ngoài giờ",
        outside="tội phạm, nhất là lừa đảo qua mạng, hoạt động với nhiều phương thức, thủ đoạn mới",
    ),
    "Quân sự": dict(
        members="đảng viên đa số tuổi đời trẻ, kinh nghiệm công tác còn ít, thường xuyên làm "
        "nhiệm vụ trực sẵn sàng chiến đấu",
        outside="lực lượng dân quân biến động do thanh niên đi làm ăn xa, điều kiện ăn ở, "
        "luyện tập còn khó khăn",
    ),
}


def party_text(cell: dict, words: dict) -> dict[str, list[str]]:
    """Thuận lợi, khó khăn and the sections of Công tác xây dựng Đảng every cell writes."""
    unit, people = words["unit"], words["people"]
    kind = KIND_WORDS[cell["kind"]]
    return {
        "Thuận lợi": [
            "Được sự lãnh đạo, chỉ đạo sâu sát của Đảng ủy; nội bộ chi bộ đoàn kết; "
            f"{people} tin tưởng vào sự lãnh đạo của Đảng."
        ],
        "Khó khăn": [f"Điều kiện kinh tế, nguồn lực của {unit} còn hạn chế; {kind['members']}."],
        "Chính trị tư tưởng": [
            "Chi bộ tổ chức học tập, quán triệt đầy đủ các nghị quyết, chỉ thị của Đảng; 100% "
            "đảng viên tham gia học tập; thường xuyên nắm tình hình tư tưởng của đảng viên và "
            f"{people}."
        ],
        "Tổ chức và đảng viên": [
            "Chi bộ duy trì sinh hoạt định kỳ, sinh hoạt chuyên đề hằng quý; quản lý chặt chẽ "
            "đảng viên; quan tâm bồi dưỡng quần chúng ưu tú để phát triển đảng viên."
        ],
        "Kiểm tra, giám sát": [
            f"Chi bộ kiểm tra, giám sát {words['checks']} lượt đảng viên theo chương trình hằng "
            "năm; qua kiểm tra, các đảng viên đều chấp hành tốt."
        ],
        "Dân vận": [
            f"Thực hiện tốt {kind.get('democracy', 'quy chế dân chủ ở cơ sở')}; đảng viên giữ "
            f"mối liên hệ với {people}, kịp thời nắm và phản ánh tâm tư, nguyện vọng."
        ],
        "Lãnh đạo đoàn thể": [
            "Chi bộ lãnh đạo các đoàn thể hoạt động theo điều lệ, tham gia tích cực các phong "
            "trào thi đua; các đoàn thể được xếp loại hoàn thành tốt nhiệm vụ trở lên."
        ],
    }


def summary_text(cell: dict) -> dict[str, list[str]]:
    """Báo cáo tổng kết: the cell's own sections plus the shared ones, by section."""
    own, words = OWN_TEXT[cell["code"]], WORDS[cell["code"]]
    _, who = leaders(cell)
    united = "tận tụy" if who == "bí thư chi bộ" else "đoàn kết"
    shared = {
        "Nguyên nhân": [
            "Nguyên nhân của ưu điểm: được sự lãnh đạo, chỉ đạo sâu sát của Đảng ủy, sự hỗ trợ "
            f"của các ngành; {who} {united}, chủ động cụ thể hóa nghị quyết của cấp trên phù hợp "
            f"với tình hình thực tế của {words['unit']}; đa số đảng viên gương mẫu, nêu cao tinh "
            "thần trách nhiệm.",
            "Nguyên nhân của hạn chế: về khách quan, "
            f"{KIND_WORDS[cell['kind']]['outside']}; về chủ quan, "
            "việc kiểm tra, giám sát có lúc chưa thường xuyên, một số đảng viên chưa phát huy hết "
            "vai trò tiền phong, gương mẫu.",
        ],
        "Bài học kinh nghiệm": [
            "- Giữ vững nguyên tắc tập trung dân chủ, tự phê bình và phê bình; xây dựng khối đoàn "
            "kết thống nhất trong chi bộ là yếu tố quyết định thành công.",
            f"- Nghị quyết của chi bộ phải cụ thể, sát với thực tiễn của {words['unit']}; phân "
            "công đảng viên phụ trách từng việc, thường xuyên kiểm tra, đôn đốc.",
            "- Phát huy vai trò tiền phong, gương mẫu của đảng viên, nhất là người đứng đầu; dựa "
            f"vào {words['people']} để thực hiện nhiệm vụ.",
        ],
        "Chỉ thị 05": [
            "Chi bộ quán triệt, thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy "
            "mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Kết luận "
            "01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; hằng "
            "năm đảng viên đăng ký nội dung làm theo gắn với chuyên đề toàn khóa và chuyên đề năm.",
            "- " + words["example"],
            "Qua đó, ý thức tu dưỡng, rèn luyện đạo đức, lối sống của đảng viên được nâng lên; "
            "tinh thần phục vụ nhân dân, trách nhiệm nêu gương của đảng viên được phát huy.",
        ],
        "Kết luận 21": [
            "Chi bộ quán triệt và xây dựng kế hoạch thực hiện Kết luận 21-KL/TW ngày 25/10/2021 "
            "của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây "
            "dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý "
            "nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu "
            'hiện "tự diễn biến", "tự chuyển hóa".',
            "- Hằng năm, 100% đảng viên viết bản cam kết tu dưỡng, rèn luyện; kiểm điểm tự phê "
            "bình và phê bình gắn với nhận diện các biểu hiện suy thoái; chi bộ kiểm tra, giám "
            f"sát {words['checks']} lượt đảng viên chấp hành Điều lệ Đảng, nghị quyết, chỉ thị "
            "của Đảng.",
            f"- Trong nhiệm kỳ, chi bộ {words['discipline']}",
        ],
        "Nhiệm vụ, giải pháp": [task for task, _, _ in tasks(cell)],
    }
    sections = {**party_text(cell, words), **MORE_FIELD_TEXT[cell["kind"]], **own, **shared}
    return {section: sections[section] for section in schema.summary_sections(cell["kind"])}


def self_review_text(cell: dict) -> dict[str, list[str]]:
    """Báo cáo kiểm điểm of the outgoing chi ủy, or of the bí thư (phó bí thư) without one."""
    words = WORDS[cell["code"]]
    who, who_inside = leaders(cell)
    if cell.get("committee_seats"):
        blame = (
            "Chi ủy nghiêm túc nhận trách nhiệm tập thể về những hạn chế, khuyết điểm nêu "
            "trên; đồng chí bí thư chi bộ chịu trách nhiệm của người đứng đầu, các đồng chí "
            "chi ủy viên chịu trách nhiệm theo lĩnh vực được phân công."
        )
    elif cell["code"] == "CB06":
        blame = (
            "Đồng chí bí thư chi bộ nhận trách nhiệm của người đứng đầu; đồng chí phó bí thư "
            "nhận trách nhiệm về những việc được phân công theo dõi, phụ trách."
        )
    else:
        blame = (
            "Đồng chí bí thư chi bộ nghiêm túc nhận trách nhiệm của người đứng đầu về những "
            "hạn chế, khuyết điểm nêu trên."
        )
    committee = bool(cell.get("committee_seats"))
    members = "các đồng chí chi ủy viên" if committee else "đồng chí phó bí thư"
    return {
        "Ưu điểm": [
            f"Trong nhiệm kỳ 2022 - 2025, {who_inside} đã lãnh đạo chi bộ hoàn thành phần lớn "
            "các chỉ tiêu nghị quyết đại hội đề ra; nội bộ đoàn kết, thống nhất.",
            f"- {who} duy trì chế độ họp định kỳ, chuẩn bị nội dung sinh hoạt chi bộ chu đáo; "
            "phân công nhiệm vụ cụ thể cho từng đảng viên; làm tốt công tác quản lý đảng viên.",
        ],
        "Tập trung dân chủ": [
            f"{who} thực hiện nghiêm nguyên tắc tập trung dân chủ"
            + (", quy chế làm việc của chi ủy nhiệm kỳ 2022 - 2025" if committee else "")
            + "; các vấn đề quan trọng đều được đưa ra chi bộ thảo luận, quyết định theo đa số; "
            "tự phê bình và phê bình được duy trì trong sinh hoạt chi bộ.",
        ],
        "Nêu gương": [
            "Đồng chí bí thư chi bộ gương mẫu, nêu cao trách nhiệm người đứng đầu, đi đầu "
            "trong thực hiện nhiệm vụ chính trị của chi bộ"
            + (
                f"; {members} gương mẫu trong lĩnh vực được phân công, giữ mối liên hệ với "
                "đảng viên và quần chúng."
                if committee or cell["code"] == "CB06"
                else "."
            ),
        ],
        "Hạn chế": [
            "- Việc cụ thể hóa một số nghị quyết của cấp trên có lúc còn chậm; công tác kiểm tra, "
            "giám sát chưa thường xuyên.",
            "- " + words["weakness"],
        ],
        "Nguyên nhân": [
            f"Nguyên nhân chủ quan là {who_inside} kiêm nhiệm nhiều việc, có lúc chưa dành nhiều "
            "thời gian cho công tác đảng; tinh thần tự phê bình và phê bình ở một số cuộc họp "
            "chưa cao. Nguyên nhân khách quan: "
            f"{KIND_WORDS[cell['kind']]['outside']}.",
        ],
        "Khắc phục kỳ trước": [
            "Những hạn chế, khuyết điểm được chỉ ra qua kiểm điểm năm 2023 về chất lượng sinh "
            "hoạt chi bộ và việc nắm tình hình tư tưởng đảng viên đã được khắc phục cơ bản; "
            "việc kiểm tra, giám sát cần tiếp tục khắc phục.",
        ],
        "Trách nhiệm": [blame],
        "Bài học kinh nghiệm": [
            "Giữ vững nguyên tắc tập trung dân chủ; phân công rõ người, rõ việc và thường xuyên "
            "kiểm tra, đôn đốc; người đứng đầu phải gương mẫu, nói đi đôi với làm.",
        ],
        "Biện pháp khắc phục": [
            "- Tiếp tục thực hiện nghiêm Nghị quyết Trung ương 4 khóa XII, Kết luận 21-KL/TW gắn "
            "với Chỉ thị 05-CT/TW; nâng cao chất lượng sinh hoạt chi bộ, tăng cường kiểm tra, "
            "giám sát.",
            "- " + words["remedy"],
        ],
    }


def resolution_text(cell: dict) -> dict[str, list[str]]:
    goal = OWN_TEXT[cell["code"]]["Phương hướng"][0]
    return {
        "Mục tiêu": [
            "Đại hội thống nhất mục tiêu nhiệm kỳ 2025 - 2027: " + goal[0].lower() + goal[1:]
        ],
        "Nhiệm vụ, giải pháp": [task for task, _, _ in tasks(cell)],
    }


def action_program_text(cell: dict) -> dict[str, list]:
    new_leaders = "Chi ủy" if cell.get("committee_seats") else "Bí thư chi bộ"
    return {
        "Mục tiêu": [
            f"Cụ thể hóa Nghị quyết Đại hội {cell['name']} nhiệm kỳ 2025 - 2027 thành các nhiệm "
            "vụ, giải pháp cụ thể, phân công đảng viên thực hiện, bảo đảm nghị quyết sớm đi vào "
            "cuộc sống.",
        ],
        "Nhiệm vụ, giải pháp": [
            (task, new_leaders, partners, timing) for task, partners, timing in tasks(cell)
        ],
        "Tổ chức thực hiện": [
            f"{new_leaders} xây dựng kế hoạch thực hiện hằng năm, phân công đảng viên phụ trách "
            "từng nội dung; định kỳ 6 tháng, hằng năm sơ kết, đánh giá kết quả và báo cáo Đảng ủy "
            "xã.",
        ],
    }


# ---------------------------------------------------------------------------------------------
# Writing the workbook
# ---------------------------------------------------------------------------------------------


def first_data_row(worksheet) -> int:
    """blank_workbook pre-formats rows, so max_row is not the last row with data."""
    row = 2
    while worksheet.cell(row=row, column=1).value is not None:
        row += 1
    return row


def build():
    book = blank_workbook()
    rows: dict[str, list[dict]] = {sheet.key: [] for sheet in schema.SHEETS}
    rng = random.Random(2024)
    taken = {p["name"] for people in PEOPLE.values() for p in people}
    for cell in CELLS:
        code = cell["code"]
        rows["cells"].append(cell)
        people = list(PEOPLE[code])
        if code in FILLERS:
            people += fillers(rng, cell, FILLERS[code], taken)
        members = member_rows(cell, people)
        rows["members"] += members
        for name, post, reelected, votes_for, votes_against, note in NOMINATIONS[code]:
            rows["nominations"].append(
                dict(
                    cell_code=code,
                    name=name,
                    post=post,
                    reelected=YES if reelected else None,
                    votes_for=votes_for,
                    votes_against=votes_against,
                    note=note,
                )
            )
        for task, name in ASSIGNMENTS[code]:
            rows["assignments"].append(dict(cell_code=code, task=task, name=name))
        yearly = []
        for year, rating, excellent, done, failed in CLASSIFICATIONS[code]:
            rated = sum(1 for m in members if m["joined"].year <= year and not m["exempt"])
            admitted = sum(1 for m in members if m["joined"].year == year)
            yearly.append(
                dict(
                    cell_code=code,
                    year=year,
                    cell_rating=rating,
                    excellent=excellent,
                    good=rated - excellent - done - failed,
                    done=done,
                    failed=failed,
                    admitted=admitted,
                )
            )
        rows["classifications"] += yearly
        for name, unit, previous, result, new, *assessment in TARGETS[code]:
            rows["targets"].append(
                dict(
                    cell_code=code,
                    name=name,
                    unit=unit,
                    previous_target=previous,
                    result=good_share(yearly) if name == GOOD_MEMBERS else result,
                    new_target=new,
                    assessment=assessment[0] if assessment else None,
                )
            )
        documents = [
            ("Báo cáo tổng kết", summary_text(cell)),
            ("Báo cáo kiểm điểm", self_review_text(cell)),
            ("Nghị quyết", resolution_text(cell)),
            ("Chương trình hành động", action_program_text(cell)),
        ]
        for document, sections in documents:
            for section, paragraphs in sections.items():
                for paragraph in paragraphs:
                    text, lead, partners, timing = (
                        paragraph if isinstance(paragraph, tuple) else (paragraph, "", "", "")
                    )
                    rows["narrative"].append(
                        dict(
                            cell_code=code,
                            document=document,
                            section=section,
                            text=text,
                            lead=lead,
                            partners=partners,
                            timing=timing,
                        )
                    )
    rows["settings"].append(dict(key="Văn bản chỉ đạo", value=PLAN))
    sample_congress.extend(rows)
    sample_opinions.extend(rows)
    for key, items in rows.items():
        worksheet = book[schema.SHEET_BY_KEY[key].name]
        start = first_data_row(worksheet)
        for offset, values in enumerate(items):
            write_row(worksheet, schema.SHEET_BY_KEY[key], start + offset, values)
    book.active = 0
    return book


def good_share(yearly: list[dict]) -> float:
    """The yearly average share of members rated "hoàn thành tốt nhiệm vụ trở lên", as the target
    of that name reports it (the check compares the two)."""
    shares = [
        100 * (y["excellent"] + y["good"]) / (y["excellent"] + y["good"] + y["done"] + y["failed"])
        for y in yearly
    ]
    return round(sum(shares) / len(shares), 1)


def write_row(worksheet, sheet: schema.Sheet, row: int, values: dict) -> None:
    for index, column in enumerate(sheet.columns, start=1):
        value = values.get(column.key)
        if value is None or value == "":
            continue
        cell = worksheet.cell(row=row, column=index, value=value)
        if number_format(column):  # the formats `daihoi init` gives the column
            cell.number_format = number_format(column)


def main() -> None:
    book = build()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    book.save(OUTPUT)
    print(f"Đã ghi {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

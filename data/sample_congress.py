"""Sample data of the congress day (attendance, vote counts, results) for some cells.

Three congresses are recorded, the others are still to come (their "Dự đại hội" stays blank):
- CB01 (chi ủy of 07, bí thư, phó bí thư, 02 delegates): 24 official members, of whom one is
  attached elsewhere for a while, two exempt members stay home and one exempt member comes,
  one member is away with a reason and one without; the base is 20, so 11 votes are needed.
- CB05 (chi ủy of 03): a tie at the last seat in the first round, settled by a second round.
- CB06 (no chi ủy: bí thư and phó bí thư): everyone present.
"""

from __future__ import annotations

PRESENT, EXCUSED, UNEXCUSED = "Có mặt", "Vắng có lý do", "Vắng không lý do"
TEMPORARY = "Sinh hoạt tạm thời nơi khác"

# (Cuộc bầu, Lần bầu, phát ra, thu vào, hợp lệ, không hợp lệ, {Họ và tên: số phiếu đồng ý})
ELECTIONS = {
    "CB01": [
        (
            "Chi ủy",
            1,
            19,
            19,
            18,
            1,
            {
                "Trần Văn Nghĩa": 18,
                "Nguyễn Thị Bích Ngọc": 17,
                "Lê Hoàng Phúc": 15,
                "Phạm Văn Tuấn": 16,
                "Huỳnh Thị Kim Loan": 16,
                "Võ Minh Trí": 14,
                "Đặng Quốc Bảo": 13,
                "Dương Thị Mỹ Tiên": 9,
            },
        ),
        ("Bí thư", 1, 19, 19, 19, 0, {"Trần Văn Nghĩa": 18}),
        ("Phó bí thư", 1, 19, 19, 19, 0, {"Nguyễn Thị Bích Ngọc": 17}),
        ("Đại biểu", 1, 19, 19, 18, 1, {"Trần Văn Nghĩa": 18, "Nguyễn Thị Bích Ngọc": 16}),
    ],
    "CB05": [
        (
            "Chi ủy",
            1,
            9,
            9,
            9,
            0,
            {
                "Lê Văn Cường": 9,
                "Phạm Hoàng Nam": 8,
                "Nguyễn Văn Thắng": 5,
                "Huỳnh Thị Mộng Cầm": 5,
            },
        ),
        ("Chi ủy", 2, 9, 9, 8, 1, {"Nguyễn Văn Thắng": 5, "Huỳnh Thị Mộng Cầm": 3}),
        ("Bí thư", 1, 9, 9, 9, 0, {"Lê Văn Cường": 9}),
    ],
    "CB06": [
        ("Bí thư", 1, 7, 7, 7, 0, {"Nguyễn Quốc Huy": 7}),
        ("Phó bí thư", 1, 7, 7, 6, 1, {"Trần Thị Thùy Linh": 6}),
    ],
}


def extend(rows: dict[str, list[dict]]) -> None:
    """Add congress-day values to the sample rows (by sheet key, values by column key)."""
    for code, elections in ELECTIONS.items():
        members = [m for m in rows["members"] if m["cell_code"] == code]
        for member in members:
            member["attendance"] = PRESENT
        for election, number, issued, collected, valid, invalid, votes in elections:
            rows["counts"].append(
                dict(
                    cell_code=code,
                    election=election,
                    round=number,
                    issued=issued,
                    collected=collected,
                    valid=valid,
                    invalid=invalid,
                )
            )
            rows["results"] += [
                dict(cell_code=code, election=election, round=number, name=name, votes=count)
                for name, count in votes.items()
            ]
    absent(rows, "CB01")
    for member in rows["members"]:
        if member["cell_code"] == "CB05" and member["status"] == "Dự bị":
            member["attendance"] = UNEXCUSED


def absent(rows: dict[str, list[dict]], code: str) -> None:
    """CB01: the members with no part to play at the congress are the ones who stay away."""
    busy = {
        r["name"]
        for key in ("nominations", "assignments")
        for r in rows[key]
        if r["cell_code"] == code
    }
    members = [m for m in rows["members"] if m["cell_code"] == code and m["name"] not in busy]
    exempt = [m for m in members if m["exempt"]]
    others = [m for m in members if not m["exempt"] and m["status"] == "Chính thức"]
    probationary = [m for m in members if m["status"] == "Dự bị"]
    exempt[0]["attendance"] = exempt[1]["attendance"] = EXCUSED  # exempt, absent: not counted
    others[0].update(attendance=EXCUSED, special=TEMPORARY)  # attached elsewhere: not counted
    others[1]["attendance"] = EXCUSED  # absent with a reason: not counted
    others[2]["attendance"] = UNEXCUSED  # absent without a reason: still counted
    probationary[0]["attendance"] = EXCUSED

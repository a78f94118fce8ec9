"""Benchmark (not a test): times `check` and `build` on the sample and on generated workbooks.

Run from the project folder: python benchmarks/bench.py [--cells-check 2000] [--cells-build 300]
The numbers it prints go into README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from generator import schema
from generator.check import check_workbook
from generator.cli import SAMPLE
from generator.package import build

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ")
MIDDLE = ("Văn", "Thị", "Minh", "Hoàng", "Thanh", "Ngọc")
GIVEN = (
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Đạt",
    "Giang",
    "Hà",
    "Hải",
    "Hùng",
    "Khánh",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Phúc",
    "Quang",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trí",
    "Vinh",
)


def name(index: int) -> str:
    return (
        f"{FAMILY[index % len(FAMILY)]} {MIDDLE[index // len(FAMILY) % len(MIDDLE)]} "
        f"{GIVEN[index // (len(FAMILY) * len(MIDDLE)) % len(GIVEN)]}"
    )


def generated_workbook(path: Path, cells: int, members_per_cell: int) -> None:
    """A large valid workbook, written in openpyxl's streaming mode."""
    book = Workbook(write_only=True)
    sheets = {s.key: book.create_sheet(s.name) for s in schema.SHEETS}
    for sheet in schema.SHEETS:
        sheets[sheet.key].append([c.header for c in sheet.columns])

    def row(key: str, **values) -> None:
        sheets[key].append([values.get(c.key) for c in schema.SHEET_BY_KEY[key].columns])

    for number in range(cells):
        code = f"CB{number + 1:04d}"
        row(
            "cells",
            code=code,
            name=f"Chi bộ Ấp Số {number + 1}",
            kind="Ấp",
            parent="Đảng bộ xã Hiệp Hưng",
            place="Hiệp Hưng",
            congress_date=dt.date(2024, 12, 16),
            venue="Nhà văn hóa ấp",
            committee_seats=3 if members_per_cell >= 9 else None,
            notice_date=dt.date(2024, 10, 1),
        )
        for index in range(members_per_cell):
            row(
                "members",
                cell_code=code,
                name=name(index),
                gender="Nữ" if index % 2 else "Nam",
                birth_date=dt.date(1990 if index == 1 else 1960 + index % 30, 5, 20),
                joined=dt.date(2010, 2, 3),
                confirmed=dt.date(2011, 2, 3),
                status="Chính thức",
                public_post="Trưởng ấp" if index == 1 else None,
            )
        for index in range(1, 5):
            row("nominations", cell_code=code, name=name(index), post="Chi ủy viên")
        row("nominations", cell_code=code, name=name(1), post="Bí thư")
        for task, index in (
            ("Dẫn chương trình", 6),
            ("Chủ tịch đại hội", 1),
            ("Thư ký", 7),
            ("Tổ trưởng kiểm phiếu", 8),
            ("Trình bày báo cáo tổng kết", 1),
        ):
            row("assignments", cell_code=code, task=task, name=name(index))
        for section in schema.SUMMARY_SECTIONS + (schema.FIELD_SECTIONS["Ấp"],):
            row(
                "narrative",
                cell_code=code,
                document="Báo cáo tổng kết",
                section=section,
                text=f"Nội dung mục {section.lower()}.",
            )
        for section in schema.SELF_REVIEW_SECTIONS:
            row(
                "narrative",
                cell_code=code,
                document="Báo cáo kiểm điểm",
                section=section,
                text=f"Nội dung mục {section.lower()}.",
            )
    book.save(path)


def timed(label: str, action) -> float:
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.1f} s")
    return result


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--cells-check", type=int, default=2000)
    arguments.add_argument("--cells-build", type=int, default=300)
    options = arguments.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        big = root / "check.xlsx"
        generated_workbook(big, options.cells_check, 25)
        print(f"Workbook of {options.cells_check} cells, {options.cells_check * 25} members")
        checked = timed("  check", lambda: check_workbook(big))
        assert not [f for f in checked.findings if f.is_error], checked.findings[:3]

        checked = timed("Sample: check", lambda: check_workbook(SAMPLE))
        timed("Sample: build", lambda: build(checked, root / "sample", progress=lambda *_: None))

        many = root / "build.xlsx"
        generated_workbook(many, options.cells_build, 12)
        checked = check_workbook(many)
        print(f"Workbook of {options.cells_build} cells")
        result = timed("  build", lambda: build(checked, root / "many", progress=lambda *_: None))
        documents = sum(1 for _ in (root / "many").glob("*/*.docx"))
        print(f"  {len(result.built)} cells built, {documents} documents")
        shutil.rmtree(root / "many")


if __name__ == "__main__":
    main()

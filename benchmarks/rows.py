"""Benchmark (not a test): `check` time per member row, for 25,000, 200,000 and 1,000,000 rows.

Run from the project folder:
    python benchmarks/rows.py                 # 25k, 200k and 1M rows (writing the 1M workbook
                                              # takes a few minutes of its own)
    python benchmarks/rows.py --rows 25000 200000

The rows are spread over 40 cells, so a cell grows with the sheet (625 members at 25k, 25,000 at
1M), and one member in ten gives an opinion on a draft (sheet "Góp ý"): a look-up of a name that
walked the cell's members would make the time grow with the square of the rows. Each check
runs in a fresh process (bench.py's driver); the time per row should stay flat. The processor
time (of that process, start included) is the steadier figure on a machine shared with others.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import FAMILY, GIVEN, MIDDLE, cell_row, run, streaming_workbook, table  # noqa: E402

from generator.reading import schema  # noqa: E402

CELLS = 40
DRAFT = schema.OWN_DRAFTS[0]


def member_name(index: int) -> str:
    """29,040 different four-word names: no namesakes inside a cell of 25,000."""
    index, family = divmod(index, len(FAMILY))
    index, middle = divmod(index, len(MIDDLE))
    index, given = divmod(index, len(GIVEN))
    second = GIVEN[index % len(GIVEN)]
    return f"{FAMILY[family]} {MIDDLE[middle]} {second} {GIVEN[given]}"


def rows_workbook(path: Path, members: int) -> None:
    """`members` member rows in CELLS cells, written in openpyxl's streaming mode."""
    book, row = streaming_workbook()
    per_cell = members // CELLS
    for number in range(CELLS):
        code = cell_row(row, number + 1, 3)
        for index in range(per_cell):
            row(
                "members",
                cell_code=code,
                name=member_name(index),
                gender="Nữ" if index % 2 else "Nam",
                birth_date=dt.date(1960 + index % 30, 5, 20),
                joined=dt.date(2010, 2, 3),
                confirmed=dt.date(2011, 2, 3),
                status="Chính thức",
            )
        for index in range(4):
            row("nominations", cell_code=code, name=member_name(index), post="Chi ủy viên")
        row("nominations", cell_code=code, name=member_name(0), post="Bí thư")
        for index in range(0, per_cell, 10):
            row("opinions", cell_code=code, draft=DRAFT, giver=member_name(index), text="Đồng ý.")
    book.save(path)


def cpu_seconds() -> float:
    """Processor time of the finished child processes so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("--rows", type=int, nargs="+", default=[25_000, 200_000, 1_000_000])
    options = arguments.parse_args()
    lines, first = [], None
    with tempfile.TemporaryDirectory() as folder:
        for members in options.rows:
            workbook = Path(folder) / f"rows-{members}.xlsx"
            rows_workbook(workbook, members)
            before = cpu_seconds()
            result = run("check", workbook=workbook, repeat=1)
            cpu = cpu_seconds() - before
            per_row = cpu / members * 1e6
            first = first or per_row
            lines.append(
                (
                    f"{members:,} member rows",
                    f"{result['seconds']:.1f} s",
                    f"{cpu:.1f} s",
                    f"{per_row:.1f} µs",
                    f"{per_row / first:.2f}",
                    f"{result['peak_mb']:.0f} MB",
                )
            )
            print("  " + ", ".join(lines[-1]), flush=True)
            workbook.unlink()
    print()
    print(
        table(
            ("check", "time", "processor time", "per row", "per row vs the first", "peak memory"),
            lines,
        )
    )


if __name__ == "__main__":
    main()

"""Benchmark (not a test): render, build and check times and peak memory, printed as a table.

Run from the project folder (Linux: peak memory is read from /proc):
    python benchmarks/bench.py            # the README numbers: 2,000 cells, best of three
    python benchmarks/bench.py --quick    # a small run (a minute or two) to see that it all works

`build` is the build stage of a checked workbook; the command is all a clerk waits for (start,
read and check, build, roll-up). Each measurement runs in a fresh Python process; its peak memory is the largest sum of the
resident memory of that process and its worker processes, sampled while it runs. The workbooks
for `build` repeat the cells of the bundled sample (every kind of document, about 19 per cell)
under new codes; the workbook for `check` has 25 members in each cell.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.reading import schema  # noqa: E402
from generator.rendering.resources import bundled_template, sample_workbook  # noqa: E402

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
PAGE = os.sysconf("SC_PAGE_SIZE")


def name(index: int) -> str:
    return (
        f"{FAMILY[index % len(FAMILY)]} {MIDDLE[index // len(FAMILY) % len(MIDDLE)]} "
        f"{GIVEN[index // (len(FAMILY) * len(MIDDLE)) % len(GIVEN)]}"
    )


def streaming_workbook():
    """A workbook in openpyxl's streaming mode with every sheet's header row, and the function
    that adds a row to a sheet by column key: row("members", name=…)."""
    book = Workbook(write_only=True)
    sheets = {s.key: book.create_sheet(s.name) for s in schema.SHEETS}
    for sheet in schema.SHEETS:
        sheets[sheet.key].append([c.header for c in sheet.columns])

    def row(key: str, **values) -> None:
        sheets[key].append([values.get(c.key) for c in schema.SHEET_BY_KEY[key].columns])

    return book, row


def cell_row(row, number: int, seats: int | None) -> str:
    """The row of cell CB<number> on sheet "Chi bộ"; returns its code."""
    code = f"CB{number:04d}"
    row(
        "cells",
        code=code,
        name=f"Chi bộ Ấp Số {number}",
        kind="Ấp",
        parent="Đảng bộ xã Hiệp Hưng",
        place="Hiệp Hưng",
        congress_date=dt.date(2024, 12, 16),
        venue="Nhà văn hóa ấp",
        committee_seats=seats,
        notice_date=dt.date(2024, 10, 1),
    )
    return code


def generated_workbook(path: Path, cells: int, members_per_cell: int) -> None:
    """A large valid workbook, written in openpyxl's streaming mode."""
    book, row = streaming_workbook()
    for number in range(cells):
        code = cell_row(row, number + 1, 3 if members_per_cell >= 9 else None)
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


def sample_copies(path: Path, cells: int) -> None:
    """The sample's cells over and over under new codes (CB0001…), every sheet of them."""
    sample = load_workbook(sample_workbook(), read_only=True)
    code_header = schema.SHEET_BY_KEY["cells"].columns[0].header
    cells_sheet = schema.SHEET_BY_KEY["cells"].name
    sheets = {
        worksheet.title: [
            r for r in worksheet.iter_rows(values_only=True) if any(v is not None for v in r)
        ]
        for worksheet in sample.worksheets
    }
    codes = [values[0] for values in sheets[cells_sheet][1:]]
    book = Workbook(write_only=True)
    for title, rows in sheets.items():
        target = book.create_sheet(title)
        if not rows or rows[0][0] != code_header:  # guide, settings, lists: once
            for values in rows:
                target.append(values)
            continue
        target.append(rows[0])
        for number in range(cells):
            for values in rows[1:]:
                if values[0] != codes[number % len(codes)]:
                    continue
                values = [f"CB{number + 1:04d}", *values[1:]]
                if title == cells_sheet:  # the name, second column: one folder per cell
                    values[1] = f"{values[1]} {number + 1}"
                target.append(values)
    book.save(path)


def best(repeat: int, action) -> float:
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - start)
    return min(seconds)


# ---------------------------------------------------------------------------------------------
# Measurements, each run in its own process (python bench.py --measure NAME ...)
# ---------------------------------------------------------------------------------------------


def measure_render(options) -> dict:
    """Per document: plain docxtpl against the compiled render, same templates and contexts."""
    from docxtpl import DocxTemplate

    from generator.checking.check import check_workbook
    from generator.documents import cell_documents
    from generator.rendering import render

    checked = check_workbook(sample_workbook())
    documents = [
        document
        for cell in checked.congresses.cells
        for document in cell_documents(cell, checked.profile).documents
    ]
    target = Path(options.folder) / "document.docx"

    def plain():
        for document in documents:
            template = DocxTemplate(bundled_template(document.kind))
            template.render(document.context, render.environment(), autoescape=True)
            template.save(target)

    def compiled():
        for document in documents:
            render.render(bundled_template(document.kind), document.context, target)

    compiled()  # compiling each template once is part of the first cell, not of every document
    plain_ms = best(options.repeat, plain) / len(documents) * 1000
    compiled_ms = best(options.repeat, compiled) / len(documents) * 1000
    return {
        "documents": len(documents),
        "plain_ms": plain_ms,
        "compiled_ms": compiled_ms,
        "speedup": plain_ms / compiled_ms,
    }


def measure_build(options) -> dict:
    from generator.checking.check import check_workbook
    from generator.writing.package import build
    from generator.writing.workers import default_jobs

    checked = check_workbook(Path(options.workbook))
    outdir = Path(options.folder)

    jobs = options.jobs or default_jobs()

    def once():
        if not options.again:
            shutil.rmtree(outdir, ignore_errors=True)
        result = build(checked, outdir, progress=lambda *_: None, jobs=jobs)
        assert not result.skipped, [cell.code for cell, _ in result.skipped[:3]]

    seconds = best(options.repeat, once)
    documents = sum(1 for _ in outdir.glob("*/*.docx"))
    return {"seconds": seconds, "documents": documents, "jobs": jobs}


def measure_command(options) -> dict:
    """The whole `daihoi build` a clerk runs, in a new process: start, read and check, build,
    roll-up."""
    outdir = Path(options.folder)
    command = [sys.executable, "-m", "generator", "build", options.workbook, "-o", str(outdir)]

    def once():
        if not options.again:
            shutil.rmtree(outdir, ignore_errors=True)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    return {"seconds": best(options.repeat, once)}


def measure_check(options) -> dict:
    from generator.checking.check import check_workbook

    path = Path(options.workbook)

    def once():
        checked = check_workbook(path)
        assert not [f for f in checked.findings if f.is_error], checked.findings[:3]

    return {"seconds": best(options.repeat, once)}


def measure_openpyxl(options) -> dict:
    """The bare read the reader started from: every value of every sheet, read-only mode."""

    def once():
        book = load_workbook(options.workbook, read_only=True, data_only=True)
        for worksheet in book.worksheets:
            for _ in worksheet.iter_rows(values_only=True):
                pass
        book.close()

    return {"seconds": best(options.repeat, once)}


MEASURES = {
    "render": measure_render,
    "build": measure_build,
    "check": measure_check,
    "command": measure_command,
    "openpyxl": measure_openpyxl,
}


# ---------------------------------------------------------------------------------------------
# The driver
# ---------------------------------------------------------------------------------------------


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    total, pending = 0, [pid]
    while pending:
        process = pending.pop()
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += int(Path(f"/proc/{process}/statm").read_text().split()[1]) * PAGE
        pending += children.get(process, [])
    return total


def run(measure: str, **arguments) -> dict:
    """One measurement in a fresh process: its result and peak memory (MB) of the process tree."""
    command = [sys.executable, __file__, "--measure", measure]
    for key, value in arguments.items():
        if value is not None and value is not False:
            command += [f"--{key}"] + ([] if value is True else [str(value)])
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(child.pid))
        time.sleep(0.1)
    output = child.stdout.read()
    if child.returncode:
        raise SystemExit(f"{measure} failed (exit {child.returncode})")
    result = json.loads(output.strip().splitlines()[-1])
    result["peak_mb"] = max(peak / 2**20, result["self_peak_mb"])
    return result


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("--quick", action="store_true", help="small workbooks, one run each")
    arguments.add_argument("--cells-check", type=int, help="cells of the check workbook (2000)")
    arguments.add_argument(
        "--cells-build", type=int, nargs="+", help="cells of the build workbooks (300 2000)"
    )
    arguments.add_argument("--repeat", type=int, help="runs of each measurement, best kept (3)")
    arguments.add_argument("--jobs", type=int, help="worker processes of build (one per core)")
    arguments.add_argument("--measure", choices=MEASURES, help=argparse.SUPPRESS)
    arguments.add_argument("--workbook", help=argparse.SUPPRESS)
    arguments.add_argument("--folder", help=argparse.SUPPRESS)
    arguments.add_argument("--again", action="store_true", help=argparse.SUPPRESS)
    options = arguments.parse_args()
    if options.measure:
        import resource

        result = MEASURES[options.measure](options)
        result["self_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    quick = options.quick
    cells_check = options.cells_check or (200 if quick else 2000)
    cells_build = options.cells_build or ([20, 100] if quick else [300, 2000])
    repeat = options.repeat or (1 if quick else 3)
    rows = []

    def row(task: str, result: dict, seconds: float, note: str = "") -> None:
        rows.append((task, f"{seconds:.2f} s", f"{result['peak_mb']:.0f} MB", note))
        print(f"  {task}: {seconds:.2f} s, {result['peak_mb']:.0f} MB {note}", flush=True)

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, best of {repeat}")
        result = run("render", folder=root, repeat=repeat)
        rows.append(
            (
                f"render, per document ({result['documents']} sample documents)",
                f"{result['compiled_ms']:.2f} ms",
                f"{result['peak_mb']:.0f} MB",
                f"plain docxtpl {result['plain_ms']:.1f} ms: {result['speedup']:.1f}× faster",
            )
        )
        print(f"  render: {rows[-1][1]}, {rows[-1][3]}", flush=True)

        for cells in cells_build:
            workbook = root / f"build-{cells}.xlsx"
            sample_copies(workbook, cells)
            out = root / f"out-{cells}"
            common = dict(workbook=workbook, folder=out, jobs=options.jobs)
            result = run("build", repeat=repeat, **common)
            note = f"{result['documents']} documents, {result['jobs']} workers"
            row(f"build, {cells} cells", result, result["seconds"], note)
            again = run("build", repeat=repeat, again=True, **common)
            share = f"{again['seconds'] / result['seconds']:.0%} of the build"
            row(f"build again, nothing changed, {cells} cells", again, again["seconds"], share)
            shutil.rmtree(out)
            whole = run("command", repeat=repeat, **common)
            row(f"`daihoi build` command, {cells} cells", whole, whole["seconds"], "check included")
            again = run("command", repeat=repeat, again=True, **common)
            share = f"{again['seconds'] / whole['seconds']:.0%} of the command"
            row(
                f"the command again, nothing changed, {cells} cells", again, again["seconds"], share
            )
            shutil.rmtree(out)

        workbook = root / "check.xlsx"
        generated_workbook(workbook, cells_check, 25)
        bare = run("openpyxl", workbook=workbook, repeat=repeat)
        checked = run("check", workbook=workbook, repeat=repeat)
        label = f"{cells_check} cells, {cells_check * 25} members"
        share = f"{checked['seconds'] / bare['seconds']:.0%} of the bare openpyxl read"
        row(f"check, {label}", checked, checked["seconds"], share)
        row(f"openpyxl read-only iteration, {label}", bare, bare["seconds"])

    print()
    print(table(("task", "time", "peak memory", "note"), rows))


def table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A Markdown table, ready for README.md."""
    lines = [header, ("---",) * len(header), *rows]
    return "\n".join("| " + " | ".join(line) + " |" for line in lines)


if __name__ == "__main__":
    main()

"""`build --jobs N`: cells built in worker processes (spawn, as on Windows), same result, in order."""

from __future__ import annotations

import os
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from conftest import Book, add_cell

from generator.checking.check import check_workbook
from generator.writing import package
from generator.writing.package import build, content_hash
from generator.writing.workers import Workers


def tree(folder: Path) -> dict[str, str]:
    """Every document by path, by content (the manifests hold file times, so only their list)."""
    return {
        str(p.relative_to(folder)): content_hash(p) if p.suffix == ".docx" else ""
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_workers_build_the_same_documents_with_progress_in_cell_order(tmp_path, monkeypatch):
    book = Book(tmp_path)
    for number in range(1, 5):
        add_cell(book, f"CB0{number}", official=9 + number, first_person=20 * number)
    add_cell(book, "CB05", official=10, first_person=120, **{"Loại chi bộ": "Xã"})  # an error
    checked = check_workbook(book.save())
    monkeypatch.setattr(package, "CELLS_PER_WORKER", 1)
    runs = {}
    for jobs in (1, 3):
        lines: list[str] = []
        out = tmp_path / f"out{jobs}"
        result = build(checked, out, progress=lines.append, jobs=jobs)
        lines = [line.replace(str(out), "OUT") for line in lines]
        runs[jobs] = (lines, tree(tmp_path / f"out{jobs}"), result.exit_code, len(result.built))
    assert runs[1] == runs[3]
    lines, files, code, built = runs[3]
    assert (code, built) == (1, 4)
    cells = [line for line in lines if line.startswith("[")]  # each cell's warnings follow its line
    assert [line.split("]")[0] for line in cells] == [f"[{n}/5" for n in range(1, 6)]
    assert "bỏ qua" in cells[4] and sum(name.endswith(".docx") for name in files) > 40
    assert not [name for name in files if "tmp" in name.lower() or name.startswith(".")]


def mark_then_fail(folder: str, number: int) -> int:
    Path(folder, str(number)).write_text("started")
    if number == 2:
        raise ValueError("ô thứ hai hỏng")
    time.sleep(0.2)  # a cell takes a while
    return number


def die(number: int) -> int:
    os._exit(1)


def test_a_failing_cell_reaches_the_parent_and_the_cells_not_started_never_start(tmp_path):
    with pytest.raises(ValueError, match="ô thứ hai hỏng"), Workers(2) as workers:
        tasks = [workers.submit(mark_then_fail, str(tmp_path), n) for n in range(40)]
        assert [task.result() for task in tasks[:2]] == [0, 1]
        tasks[2].result()
    assert 3 <= len(list(tmp_path.iterdir())) < 40


def test_a_worker_that_dies_is_an_error_not_a_hang():
    with pytest.raises(BrokenProcessPool), Workers(2) as workers:
        workers.submit(die, 1).result()


@pytest.mark.parametrize("jobs", ["0", "hai"])
def test_jobs_must_be_a_positive_number(run_cli, tmp_path, jobs):
    result = run_cli("build", "-o", tmp_path, "--jobs", jobs)
    assert result.code == 2 and "số nguyên dương" in result.err


HASHES = """
from generator.checking.check import check_workbook
from generator.writing.package import input_hash, new_run
from generator.rendering.resources import BUNDLED, sample_workbook

checked = check_workbook(sample_workbook())
run = new_run(checked.profile, BUNDLED.path("ballot").parent, False, BUNDLED)
print([input_hash(run, cell, ["một cảnh báo"]) for cell in checked.congresses.cells])
"""


def test_a_cells_input_hash_is_the_same_in_every_process():
    """Workers and later runs are other processes, each with its own string hashing: a cell
    that did not change must hash the same in all of them, or it would be composed again."""
    import ast
    import subprocess
    import sys

    printed = {
        subprocess.run(
            [sys.executable, "-c", HASHES],
            env=dict(os.environ, PYTHONHASHSEED=seed),
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(printed) == 1
    hashes = ast.literal_eval(printed.pop())
    assert len(hashes) == len(set(hashes)) > 5  # one per cell, all different

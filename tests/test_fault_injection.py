"""Kill the build at each change it makes on disk, in turn, then re-run: nothing is lost.

A forked copy of the test process wraps every function of generator.writing.files (the one seam all
writes, renames and deletes go through) and sends itself SIGKILL before the n-th call, for
n = 1, 2, 3 … until a run gets through. After each kill the folder holds only old or new versions
of each document (and the tool's own temporary files); after the re-run it is exactly what an
uninterrupted build gives: every edit kept, every manifest entry on disk, no stray file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import signal
from pathlib import Path

import pytest
from docx import Document
from test_reliability import edit, one_cell

from generator import cli
from generator.checking.check import check_workbook
from generator.writing import files
from generator.writing.lock import LOCK
from generator.writing.package import MANIFEST, PLAN, WARNINGS, BuildResult, content_hash
from generator.writing.rollup import NEW_ROLLUP, ROLLUP, SAVE_TIME, SIDECAR, write_rollup

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

MARKS = ("Sửa của văn phòng 1.", "Sửa của văn phòng 2.", "Sửa trong bản mới.")


def watch(on_change) -> None:
    """Call on_change(name) before each function of the files seam runs (in this process)."""

    def watched(name, original):
        def run(*args, **kwargs):
            on_change(name)
            return original(*args, **kwargs)

        return run

    for name in files.MUTATIONS:
        setattr(files, name, watched(name, getattr(files, name)))


def killed_before(n: int, run) -> bool:
    """Run `run` in a forked child that kills itself before its n-th change on disk; True if
    it was killed, False if it finished first."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        calls = []

        def count(name: str) -> None:
            calls.append(name)
            if len(calls) == n:
                os.kill(os.getpid(), signal.SIGKILL)

        watch(count)
        try:
            run()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def changes(start: Path, scratch: Path, run, monkeypatch) -> list[str]:
    """The seam's calls an uninterrupted `run` makes on a copy of `start`, in order."""
    out = scratch / "counted"
    shutil.copytree(start, out)
    seen: list[str] = []
    with monkeypatch.context() as patch:
        for name in files.MUTATIONS:
            patch.setattr(files, name, getattr(files, name))  # restored on leaving
        watch(seen.append)
        run(out)
    shutil.rmtree(out)
    return seen


def fingerprint(path: Path):
    if path.suffix in (".docx", ".xlsx"):
        return content_hash(path, skip=SAVE_TIME)
    if path.name == WARNINGS:  # the manifest's warnings, readable: compared no more than those
        return "warnings"
    if path.name == MANIFEST:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        return [{k: v for k, v in d.items() if k != "stat"} for d in manifest["documents"]]
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(root: Path) -> dict:
    return {
        str(p.relative_to(root)): fingerprint(p) if p.is_file() else "folder"
        for p in sorted(root.rglob("*"))
    }


def marks_in(root: Path) -> set[str]:
    found = set()
    for path in root.rglob("*.docx"):
        text = "\n".join(p.text for p in Document(path).paragraphs)
        found |= {mark for mark in MARKS if mark in text}
    return found


def fault_runs(start: Path, scratch: Path, run, rerun, check_stopped):
    """Kill `run` before each change in turn on a copy of `start`; returns the trees the
    re-runs left (one per injection point) and the number of points."""
    results = []
    for n in range(1, 500):
        out = scratch / f"try{n}"
        shutil.copytree(start, out)
        if not killed_before(n, lambda out=out: run(out)):
            shutil.rmtree(out)
            return results, n - 1
        check_stopped(out)
        rerun(out)
        results.append((n, tree(out)))
        shutil.rmtree(out)
    raise AssertionError("the run never finished")


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    """One cell, built, then edited by the clerk; the new workbook drops the opinions (numbers
    shift, two documents go), changes the report (edited, and so is its "(bản mới)": nothing
    may be written) and the action programme (not edited: rewritten in place)."""
    root = tmp_path_factory.mktemp("faults")
    book, _ = one_cell(root, opinions=True)
    start = root / "start"
    workbook = book.save("v1.xlsx")
    assert cli.main(["build", str(workbook), "-o", str(start)]) == 0
    (folder,) = [p for p in start.iterdir() if p.is_dir()]
    book.set("Nội dung", 2, "Nội dung", "Đoạn thứ hai của báo cáo.")
    summary = next(folder.glob("01 - *.docx"))
    edit(summary, MARKS[0])
    assert cli.main(["build", str(book.save("v1b.xlsx")), "-o", str(start)]) == 0
    edit(next(folder.glob("01 - * (bản mới).docx")), MARKS[2])  # the clerk goes on in it
    edit(next(folder.glob("* - Danh mục*.docx")), MARKS[1])  # renumbered next time
    edit(
        next(folder.glob("* - Biên bản họp chi bộ góp ý*.docx")), "Ghi chú trong biên bản góp ý."
    )  # goes next time
    (folder / "ghi chú.txt").write_text("của văn phòng", encoding="utf-8")
    for header in ("Mã chi bộ", "Dự thảo", "Người góp ý", "Nội dung"):
        book.set("Góp ý", 2, header, None)
    book.set("Nội dung", 2, "Nội dung", "Đoạn thứ ba của báo cáo.")
    action = {"Mã chi bộ": "CB01", "Văn kiện": "Chương trình hành động", "Mục": "Nhiệm vụ"}
    book.add("Nội dung", action | {"Nội dung": "Rà soát hộ nghèo."})  # rewritten in place
    workbook = book.save("v2.xlsx")
    reference = root / "reference"
    shutil.copytree(start, reference)
    build_into(workbook, reference)
    return start, workbook, tree(reference), root


def build_into(workbook: Path, out: Path) -> None:
    assert cli.main(["build", str(workbook), "-o", str(out)]) in (0, 3)


def test_a_build_killed_at_any_change_loses_nothing_and_the_next_run_finishes(
    scenario, monkeypatch
):
    start, workbook, expected, root = scenario
    before = tree(start)
    versions = {v for n, v in [*before.items(), *expected.items()] if n.endswith(".docx")}

    for manifest in (root / "reference").glob(f"*/{MANIFEST}"):
        for document in json.loads(manifest.read_text(encoding="utf-8"))["documents"]:
            assert (manifest.parent / document["path"]).is_file(), document

    def check_stopped(out: Path) -> None:
        assert marks_in(out) == set(MARKS), "an edit was lost"
        for name, value in tree(out).items():
            if files.is_temp(Path(name)) or Path(name).name in (PLAN, LOCK):
                continue  # the tool's own, finished or removed by the next run
            assert name in before or name in expected, f"stray file {name}"
            if Path(name).suffix == ".docx":
                assert value in versions, f"{name} is neither an old nor a new version"

    def run(out: Path) -> None:
        build_into(workbook, out)

    seen = changes(start, root, run, monkeypatch)
    assert {"write_new", "replace", "rename", "unlink"} <= set(seen), seen
    results, points = fault_runs(start, root / "runs", run, run, check_stopped)
    assert points == len(seen)  # one try per change, every one of them
    for n, got in results:
        assert got == expected, f"killed before change {n}: {set(got) ^ set(expected)}"


def test_a_rollup_killed_at_any_change_is_never_mistaken_for_an_edited_one(
    scenario, tmp_path, monkeypatch
):
    start, workbook, _, root = scenario
    checked = check_workbook(workbook)
    before, after = dt.date(2024, 12, 1), dt.date(2024, 12, 20)  # before / after the congress
    base = tmp_path / "base"
    base.mkdir()
    shutil.copy(start / ROLLUP, base / ROLLUP)
    shutil.copy(start / SIDECAR, base / SIDECAR)
    write_rollup(checked, base, BuildResult(), today=before)

    def run(out: Path) -> None:
        write_rollup(checked, out, BuildResult(), today=after)

    def rerun(out: Path) -> None:  # a day whose roll-up differs from the one being written
        result = BuildResult()
        write_rollup(checked, out, result, today=before)
        assert not result.kept and not result.failures

    seen = changes(base, tmp_path, run, monkeypatch)
    assert {"write_new", "replace"} <= set(seen), seen
    results, points = fault_runs(base, tmp_path / "runs", run, rerun, lambda out: None)
    assert points == len(seen)
    for n, got in results:
        assert NEW_ROLLUP not in got and ROLLUP in got, n
        assert got == tree(base), f"killed before change {n}"

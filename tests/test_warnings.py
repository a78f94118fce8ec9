"""Warnings a clerk sees: all counted, each cell's under its line, and in its "Cảnh báo.txt"."""

from __future__ import annotations

import json
import re

from conftest import NOTICE, Book, add_cell

from generator.writing.package import SHOWN_WARNINGS, WARNINGS


def test_every_warning_is_counted_shown_under_its_cell_and_written_beside_the_manifest(
    tmp_path, run_cli
):
    book = Book(tmp_path)
    add_cell(book, "CB01", official=10, roles=False, narrative=False, notice=None)
    add_cell(book, "CB02", official=5, first_person=40)
    path, out = book.save(), tmp_path / "out"
    result = run_cli("build", path, "-o", out)
    assert result.code == 0, result.err
    (folder,) = [p for p in out.iterdir() if p.name.startswith("CB01")]
    warnings = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["warnings"]
    assert len(warnings) > SHOWN_WARNINGS + 1
    lines = result.out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("[1/2] CB01"))
    assert lines[at].endswith(f", {len(warnings)} cảnh báo.")
    assert lines[at + 1 : at + 1 + SHOWN_WARNINGS] == [f"      - {w}" for w in warnings[:3]]
    more = len(warnings) - SHOWN_WARNINGS
    assert (
        lines[at + 1 + SHOWN_WARNINGS]
        == f'      … và {more} cảnh báo nữa, xem "{folder / WARNINGS}".'
    )
    assert lines[at + 2 + SHOWN_WARNINGS].startswith("[2/2] CB02")
    total = int(re.search(r"(\d+) cảnh báo \(ghi trong tệp", result.out).group(1))
    every = [
        w
        for manifest in out.glob("*/manifest.json")
        for w in json.loads(manifest.read_text(encoding="utf-8"))["warnings"]
    ]
    assert total == len(every)  # the package's own notes are counted too
    note = (folder / WARNINGS).read_text(encoding="utf-8-sig").splitlines()
    assert note[0] == "CẢNH BÁO CỦA CHI BỘ ẤP CB01 (CB01)"
    assert note[3:] == [f"{n}. {w}" for n, w in enumerate(warnings, start=1)]


def test_the_warnings_file_follows_the_warnings(tmp_path, run_cli):
    book = Book(tmp_path)
    info = add_cell(book, "CB01", official=10, notice=None)
    out = tmp_path / "out"
    run_cli("build", book.save(), "-o", out)
    (note,) = out.glob(f"*/{WARNINGS}")
    before = note.read_text(encoding="utf-8-sig")
    assert "Ngày thông báo khai mạc" in before
    book.set("Chi bộ", info.row, "Ngày thông báo khai mạc", NOTICE)
    result = run_cli("build", book.save(), "-o", out)
    assert result.code == 0
    after = note.read_text(encoding="utf-8-sig") if note.exists() else ""
    assert "Ngày thông báo khai mạc" not in after
    assert after.count("\n") == before.count("\n") - 1

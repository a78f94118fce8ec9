"""Reading a workbook from anyone: bounded in size, time and memory, and it says how far it has
come. Hostile files are built in the tests; each is refused with one Vietnamese line, exit 2."""

from __future__ import annotations

import json

from openpyxl import Workbook

from generator import cli, schema, workbook
from generator.check import check_workbook

MEMBERS = schema.SHEET_BY_KEY["members"]


def test_reading_tells_how_far_it_has_come(tmp_path):
    book = Workbook(write_only=True)
    sheet = book.create_sheet(MEMBERS.name)
    sheet.append([column.header for column in MEMBERS.columns])
    for _ in range(25_000):
        sheet.append(["CB01", "Nguyễn Văn An"])
    path = tmp_path / "lon.xlsx"
    book.save(path)
    heard = []
    check_workbook(path, lambda name, rows: heard.append((name, rows)))
    assert heard == [(MEMBERS.name, 10_000), (MEMBERS.name, 20_000)]


def test_progress_goes_to_stderr_and_never_into_json(run_cli, monkeypatch):
    monkeypatch.setattr(workbook, "PROGRESS_ROWS", 1)
    monkeypatch.setattr(cli.ReadingProgress, "EVERY", 0)
    shown = run_cli("check")
    assert 'Đang đọc sheet "Đảng viên": 1 dòng…' in shown.err
    assert "Đang đọc" not in shown.out
    quiet = run_cli("check", "--json")
    json.loads(quiet.out)
    assert "Đang đọc" not in quiet.err

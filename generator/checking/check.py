"""Workbook → model → rules in one call, and the two ways of showing the findings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..findings import Finding, sort_findings
from ..reading.model import Congresses, build_model
from ..reading.workbook import Row, fold, read_workbook
from .profile import Profile, load_profile
from .rules import validate


@dataclass
class Checked:
    congresses: Congresses
    profile: Profile
    findings: list[Finding]

    def errors_of(self, cell_code: str) -> list[Finding]:
        return [f for f in self.findings if f.is_error and f.cell_code == cell_code]

    @property
    def general_errors(self) -> list[Finding]:
        """Errors that belong to no cell (a missing sheet, a bad setting): they stop every cell."""
        return [f for f in self.findings if f.is_error and not f.cell_code]


def check_workbook(path: Path, progress=None) -> Checked:
    """Every finding in one pass. Raises UnusableInput when the file cannot be read at all.
    `progress(sheet name, rows read)` hears how the reading goes, on a big workbook."""
    rows, findings = read_workbook(path, progress)
    congresses, model_findings = build_model(rows)
    profile, profile_findings = load_profile(congresses.settings)
    findings = findings + model_findings + profile_findings + validate(congresses, profile)
    broken = {f.sheet for f in findings if f.code in STRUCTURAL}
    # Without a sheet's rows, every row referring to them looks wrong: one cause, one finding.
    echoes = {code for sheet in broken for code in CASCADES.get(sheet, ())}
    # A cell whose rows carry a mistyped code (an unknown-cell finding) only looks incomplete.
    misfiled = {
        cell.code for cell in congresses.cells if any(misfiled_row(cell, r) for r in cell.unread)
    }
    absences = {code for codes in CASCADES.values() for code in codes} - {
        "unknown-cell",
        "unknown-person",
    }
    findings = [
        f
        for f in findings
        if f.code not in echoes and not (f.cell_code in misfiled and f.code in absences)
    ]
    return Checked(congresses, profile, sort_findings(attach_cells(findings, congresses, rows)))


STRUCTURAL = ("missing-sheet", "missing-column")
CASCADES = {  # sheet → the findings its missing rows would cause on every other row
    "Chi bộ": ("unknown-cell", "no-cells"),
    "Đảng viên": ("unknown-person", "no-members", "opinion-giver"),
    "Nhân sự": ("secretary-missing", "candidate-surplus", "vote-count-inconsistent"),
    "Phân công": ("role-missing",),
    "Nội dung": ("section-missing",),
    "Kiểm phiếu": ("vote-count-inconsistent",),
}
WHOLE_FILE = ("formula-no-value",)  # one save in Excel fixes it for every cell: it stops them all


def misfiled_row(cell, row: Row) -> bool:
    code = row.get("cell_code")
    return row.sheet != "Chi bộ" and bool(code) and fold(code) != fold(cell.code)


def attach_cells(
    findings: list[Finding], congresses: Congresses, rows: dict[str, list[Row]]
) -> list[Finding]:
    """Give row-level findings the cell code of their row, so they group by cell.

    A row left out of the model (say, a member with an unreadable birth date) still belongs to
    its cell: its error stops that cell, not every cell.
    """
    known = {fold(cell.code): cell.code for cell in congresses.cells}
    owners = {}
    for sheet_rows in rows.values():
        for row in sheet_rows:
            code = row.get("cell_code") or row.get("code") if row.sheet != "Cấu hình" else None
            if code and fold(code) in known:
                owners[(row.sheet, row.row)] = known[fold(code)]
    return [
        f
        if f.cell_code or f.code in WHOLE_FILE or (f.sheet, f.row) not in owners
        else Finding(**{**f.as_json(), "cell_code": owners[(f.sheet, f.row)]})
        for f in findings
    ]


def human_report(path: Path, checked: Checked, build_command: str = "daihoi build") -> str:
    findings = checked.findings
    errors = sum(f.is_error for f in findings)
    warnings = len(findings) - errors
    names = {cell.code: cell.name for cell in checked.congresses.cells}
    lines = [
        checked.profile.headline(),
        f'Kiểm tra tệp "{path}": {len(checked.congresses.cells)} chi bộ, '
        f"{errors} lỗi, {warnings} cảnh báo.",
    ]
    for severity, title in (
        (True, "LỖI (phải sửa trước khi tạo văn bản)"),
        (False, "CẢNH BÁO (nên xem lại)"),
    ):
        group = [f for f in findings if f.is_error == severity]
        if not group:
            continue
        lines += ["", f"{title}:"]
        current = object()
        for finding in group:
            if finding.cell_code != current:
                current = finding.cell_code
                heading = (
                    f"{names.get(current, current)} ({current})" if current else "Chung cho cả tệp"
                )
                lines.append(f"  {heading}")
            lines.append(f"    - {finding.message} [{finding.code}]")
    if not findings:
        lines.append(f"Không có lỗi nào. Có thể tạo văn bản bằng lệnh: {build_command}")
    elif not errors:
        lines += ["", f"Không có lỗi. Có thể tạo văn bản bằng lệnh: {build_command}"]
    return "\n".join(lines)


def json_report(checked: Checked) -> str:
    keys = ("severity", "code", "sheet", "row", "column", "cell_code", "message")
    return json.dumps(
        [
            {k: f.as_json()[k] for k in keys} | {"column_letter": f.column_letter}
            for f in checked.findings
        ],
        ensure_ascii=False,
        indent=2,
    )

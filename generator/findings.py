"""Findings: what the check tells the clerk, each tied to a sheet, an Excel row and a column."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .reading.schema import SHEETS

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    severity: str
    code: str
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    column_letter: str | None = None
    cell_code: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def location(self) -> str:
        """Vietnamese place of the finding: «Sheet "Chi bộ", dòng 4, cột M "Số chi ủy viên"»."""
        parts = []
        if self.sheet:
            parts.append(f'Sheet "{self.sheet}"')
        if self.row:
            parts.append(f"dòng {self.row}")
        if self.column:
            letter = f"{self.column_letter} " if self.column_letter else ""
            parts.append(f'cột {letter}"{self.column}"')
        return ", ".join(parts)

    def as_json(self) -> dict:
        return asdict(self)


class UnusableInput(Exception):
    """The input cannot be read at all (exit code 2); the message is for the clerk."""


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Errors first, then by cell, sheet order of appearance and row."""
    order = {sheet.name: index for index, sheet in enumerate(SHEETS)}
    return sorted(
        findings,
        key=lambda f: (not f.is_error, f.cell_code or "", order.get(f.sheet, 99), f.row or 0),
    )

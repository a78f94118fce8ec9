"""Congress day and after: notice, ballots, vote counts, minutes, resolution, result report."""

from __future__ import annotations

from .contexts import Document
from .model import Cell
from .profile import Profile

KINDS: tuple = ()


def documents(cell: Cell, profile: Profile, warnings: list[str]) -> list[Document]:
    return []

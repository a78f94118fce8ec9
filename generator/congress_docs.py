"""Documents of the congress day and after (issue 4): notice, ballots, counts, minutes, resolution, result report."""

from __future__ import annotations

from .contexts import Document
from .model import Cell
from .profile import Profile

KINDS: tuple = ()


def documents(cell: Cell, profile: Profile, warnings: list[str]) -> list[Document]:
    return []

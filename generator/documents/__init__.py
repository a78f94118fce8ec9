"""Every document a cell gets, in package order: the kinds of SPEC §2 from each context module."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..checking.profile import Profile
from ..reading.model import Cell
from ..textvn import keep_together
from . import congress, opinions, precongress
from .common import Document, signer

# Each module offers documents(cell, profile, warnings) and KINDS ((kind, title, builder), …).
MODULES = (precongress, congress, opinions)
# Package order (file numbers): what is needed first comes first.
ORDER = (
    "summary_report",
    "self_review_report",
    "draft_resolution",
    "action_program",
    "personnel_plan",
    "personnel_vote_minutes",
    "residence_comment",
    "personnel_roster",
    "personnel_approval",
    "congress_script",
    "congress_notice",
    "ballot",
    "nomination_poll_ballot",
    "nomination_poll_minutes",
    "opinion_minutes",
    "opinion_summary",
    "preparation_checklist",
    "vote_count_minutes",
    "congress_minutes",
    "resolution",
    "results_report",
    "approval_request",
    "elected_roster",
)


@dataclass
class CellPackage:
    cell: Cell
    documents: list[Document]
    warnings: list[str] = field(default_factory=list)


def kind_titles() -> dict[str, str]:
    """Every kind of document, with its readable title."""
    return {kind: title for module in MODULES for kind, title, _ in module.KINDS}


def all_kinds() -> list[str]:
    return list(kind_titles())


def cell_documents(cell: Cell, profile: Profile) -> CellPackage:
    package = CellPackage(cell, [])
    for module in MODULES:
        package.documents += module.documents(cell, profile, package.warnings)
    package.documents.sort(key=lambda document: ORDER.index(document.kind))
    for document in package.documents:
        about = next((m for m in cell.members if m.name == document.person), None)
        document.context["sign"] = signer(cell, profile, document.kind, about)
        document.context = printed(document.context, (cell.place, *ALWAYS_HELD))
    package.warnings = list(dict.fromkeys(package.warnings))
    return package


# Names no printed line splits, whatever the cell (the President's name in the titles of texts).
ALWAYS_HELD = ("Hồ Chí Minh",)


def printed(value, names: tuple[str, ...]):
    """Every text of a context as it is printed: terms, dates and the place name (`names`)
    never broken across lines."""
    if isinstance(value, str):
        return keep_together(value, names)
    if isinstance(value, dict):
        return {key: printed(item, names) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [printed(item, names) for item in value]
    return value

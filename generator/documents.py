"""Every document a cell gets, in package order: the kinds of SPEC §2 from each context module."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import contexts
from .contexts import Document
from .model import Cell
from .profile import Profile

# Each module offers documents(cell, profile, warnings) and KINDS ((kind, title, builder), …).
MODULES = (contexts,)


@dataclass
class CellPackage:
    cell: Cell
    documents: list[Document]
    warnings: list[str] = field(default_factory=list)


def all_kinds() -> list[str]:
    return [kind for module in MODULES for kind, _, _ in module.KINDS]


def cell_documents(cell: Cell, profile: Profile) -> CellPackage:
    package = CellPackage(cell, [])
    for module in MODULES:
        package.documents += module.documents(cell, profile, package.warnings)
    package.warnings = list(dict.fromkeys(package.warnings))
    return package

"""Stage 6: each valid cell's documents → its folder under the output directory, with manifest.

A package is assembled in a staging folder beside the target and swapped into place whole, so
no cell is ever half-written. A document the clerk edited after generation is never silently
overwritten: it is kept and the new version is written beside it (unless --force).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .check import Checked
from .documents import cell_documents
from .model import Cell
from .render import render

MANIFEST = "manifest.json"
NEW_VERSION = " (bản mới)"
UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass
class BuildResult:
    built: list[Cell] = field(default_factory=list)
    skipped: list[tuple[Cell, int]] = field(default_factory=list)  # (cell, error count)
    warnings: int = 0
    kept: list[Path] = field(default_factory=list)  # edited files kept, new version beside

    @property
    def exit_code(self) -> int:
        return 1 if self.skipped else 0


def safe_name(text: str) -> str:
    return UNSAFE.sub("-", text).strip(" .") or "van-ban"


def cell_folder(cell: Cell) -> str:
    return safe_name(f"{cell.code} - {cell.name}")


def content_hash(path: Path) -> str:
    """Hash of a .docx's contents, blind to the zip timestamps that change on every save."""
    digest = hashlib.sha256()
    try:
        with zipfile.ZipFile(path) as archive:
            for info in sorted(archive.infolist(), key=lambda i: i.filename):
                digest.update(info.filename.encode())
                digest.update(archive.read(info))
    except (zipfile.BadZipFile, OSError):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build(
    checked: Checked,
    outdir: Path,
    only: list[str] | None = None,
    force: bool = False,
    progress=print,
) -> BuildResult:
    result = BuildResult()
    wanted = {code.casefold() for code in only} if only else None
    cells = [c for c in checked.congresses.cells if wanted is None or c.code.casefold() in wanted]
    outdir.mkdir(parents=True, exist_ok=True)
    general = len(checked.general_errors)
    for number, cell in enumerate(cells, start=1):
        errors = len(checked.errors_of(cell.code)) + general
        if errors:
            result.skipped.append((cell, errors))
            progress(f"[{number}/{len(cells)}] {cell.code} {cell.name}: bỏ qua vì có {errors} lỗi.")
            continue
        warnings = [
            f.message for f in checked.findings if f.cell_code == cell.code and not f.is_error
        ]
        written, kept = write_cell(cell, checked, outdir, warnings, force)
        result.built.append(cell)
        result.kept += kept
        result.warnings += len(warnings) + len(kept)
        progress(f"[{number}/{len(cells)}] {cell.code} {cell.name}: {written} văn bản.")
    return result


def write_cell(
    cell: Cell, checked: Checked, outdir: Path, warnings: list[str], force: bool
) -> tuple[int, list[Path]]:
    package = cell_documents(cell, checked.profile)
    target = outdir / cell_folder(cell)
    staging = outdir / f".{target.name}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        previous = read_manifest(target)
        entries, kept = [], []
        for number, document in numbered(package.documents):
            name = f"{number} - {safe_name(document.title)}.docx"
            render(document.kind, document.context, staging / name)
            name = settle(target, staging, name, previous, force, kept)
            entry = {"kind": document.kind, "path": name}
            if document.person:
                entry["person"] = document.person
            entry["content_hash"] = content_hash(staging / name)
            entries.append(entry)
        carry_over(target, staging, {e["path"] for e in entries}, previous)
        notes = [
            f'Văn bản "{p.name}" đã được sửa sau khi tạo nên được giữ nguyên; bản mới ghi '
            f'ở "{p.stem}{NEW_VERSION}.docx".'
            for p in kept
        ]
        manifest = {
            "cell_code": cell.code,
            "cell_name": cell.name,
            "documents": entries,
            "warnings": warnings + package.warnings + notes,
        }
        (staging / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return len(entries), [target / p.name for p in kept]


def numbered(documents):
    """(file number, document) in package order: "05", or "11.2" for the second of a kind.

    Several documents of one kind (ballots, one per election) keep their order in a file list.
    """
    counts = Counter(document.kind for document in documents)
    number, last_kind, part = 0, None, 0
    for document in documents:
        if document.kind != last_kind:
            number, last_kind, part = number + 1, document.kind, 0
        part += 1
        yield (f"{number:02d}.{part}" if counts[document.kind] > 1 else f"{number:02d}"), document


def read_manifest(folder: Path) -> dict[str, str]:
    """path → content hash of what was generated last time."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return {d["path"]: d.get("content_hash", "") for d in manifest["documents"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def settle(
    target: Path, staging: Path, name: str, previous: dict[str, str], force: bool, kept: list[Path]
) -> str:
    """Decide, for one freshly rendered file, what the finished folder holds."""
    existing = target / name
    if not existing.exists():
        return name
    current = content_hash(existing)
    if current == content_hash(staging / name):
        shutil.copy2(existing, staging / name)  # unchanged: keep the clerk's file as it was
        return name
    if force or previous.get(name) == current:
        return name
    new_name = f"{Path(name).stem}{NEW_VERSION}.docx"
    (staging / name).replace(staging / new_name)
    shutil.copy2(existing, staging / name)
    kept.append(Path(name))
    return new_name


def carry_over(target: Path, staging: Path, produced: set[str], previous: dict[str, str]) -> None:
    """Files the clerk put in the folder, or edited, are never lost.

    A document generated last time, no longer produced and untouched since, is simply dropped.
    """
    if not target.is_dir():
        return
    for path in target.iterdir():
        if path.name in produced or path.name == MANIFEST or (staging / path.name).exists():
            continue
        if path.name in previous and content_hash(path) == previous[path.name]:
            continue
        if path.is_dir():
            shutil.copytree(path, staging / path.name)
        else:
            shutil.copy2(path, staging / path.name)


def swap(staging: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)

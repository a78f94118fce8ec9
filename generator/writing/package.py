"""Stage 6: each valid cell's documents → its folder under the output directory, with manifest.

Files, not folders. A document is known by its kind and person (or election and round), not by
its file number or the folder's name. Each new or changed document is written beside its target
and moved over it (files.write_atomic); an unchanged one is not touched, nor even rendered when
its context and template are those of last time. Before changing anything in a folder the run
writes what it is about to do (PLAN); the manifest, written last, is the only record of what the
tool generated. So a run stopped anywhere leaves each document old or new, and the next run,
reading manifest and plan, finishes the job. A document the clerk edited is never overwritten
(unless --force): the new version goes beside it as "… (bản mới)"; nothing the clerk made is
ever deleted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from pathlib import Path

from ..checking.check import Checked
from ..checking.profile import Profile
from ..documents import all_kinds, cell_documents
from ..reading.model import Cell
from ..rendering.render import document_bytes
from ..rendering.resources import BUNDLED, Templates
from ..rendering.template_check import ensure_templates
from . import files
from .paths import FILE_LIMIT, FOLDER_LIMIT, NEW_VERSION, cell_folder_name, document_file_name
from .workers import Done, Workers

WARNINGS = "Cảnh báo.txt"
SHOWN_WARNINGS = 3  # under the cell's line; the rest in its WARNINGS file
MANIFEST = "manifest.json"
PLAN = ".daihoi-plan.json"  # what a run is about to write in a folder; gone with the manifest
LEGACY = re.compile(r"^\.(?P<name>.+)\.(tmp|old)$")  # folders of the earlier whole-folder swap
RESTORED = " (khôi phục)"
CELLS_PER_WORKER = 16  # a worker costs about a second to start: fewer cells are built here


@dataclass
class CellOutcome:
    documents: int = 0
    kept: list[Path] = field(default_factory=list)  # edited files kept as they are
    notes: list[str] = field(default_factory=list)  # for the manifest and the summary
    failures: list[str] = field(default_factory=list)  # what could not be written, and why
    warnings: list[str] = field(default_factory=list)  # all of the cell's, as in its manifest


@dataclass
class BuildResult:
    built: list[Cell] = field(default_factory=list)
    skipped: list[tuple[Cell, int]] = field(default_factory=list)  # (cell, error count)
    warnings: int = 0
    kept: list[Path] = field(default_factory=list)  # edited files kept, new version beside
    notes: list[str] = field(default_factory=list)  # folders and files renamed, recovered
    failures: list[str] = field(default_factory=list)  # documents not written (file locked…)

    @property
    def exit_code(self) -> int:
        return 3 if self.failures else 1 if self.skipped else 0


def cell_folder(cell: Cell, limit: int = FOLDER_LIMIT) -> str:
    return cell_folder_name(cell.code, cell.name, limit)


def content_hash(source: Path | bytes, skip: tuple[str, ...] = ()) -> str:
    """Hash of a .docx's (or .xlsx's) parts, blind to the zip timestamps that change on every
    save, and to the parts in skip. Each part counts by its name, size and CRC-32 as the zip's
    directory records them: nothing is decompressed (a build hashes every document it writes)."""
    data = source if isinstance(source, bytes) else None
    try:
        with zipfile.ZipFile(io.BytesIO(data) if data is not None else source) as archive:
            infos = archive.infolist()
            return parts_hash([(i.filename, i.file_size, i.CRC) for i in infos], skip)
    except (zipfile.BadZipFile, OSError):
        return hashlib.sha256(data if data is not None else source.read_bytes()).hexdigest()


def parts_hash(parts, skip: tuple[str, ...] = ()) -> str:
    """content_hash of the parts (name, size, CRC-32) of a zip."""
    digest = hashlib.sha256()
    for name, size, crc in sorted(parts):
        if name not in skip:
            digest.update(f"{name}\0{size}\0{crc:08x}\0".encode())
    return digest.hexdigest()


def context_hash(context: dict) -> str:
    text = json.dumps(context, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


_templates: dict[tuple, str] = {}


def template_hash(path: Path) -> str:
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _templates:
        _templates[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return _templates[key]


def canonical(value):
    """Plain data for hashing, the same in every process (sets sorted, dataclasses by field)."""
    if is_dataclass(value):
        return [type(value).__name__, [canonical(getattr(value, f.name)) for f in fields(value)]]
    if isinstance(value, dict):
        return [[str(k), canonical(v)] for k, v in value.items()]
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(map(repr, value))
    return value


@cache
def program_hash() -> str:
    """This program's own code: a new version composes every document again."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parents[1].rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Run:
    """What every cell of one build shares, sent to the worker with each cell."""

    profile: Profile
    outdir: Path
    force: bool
    templates: Templates
    fingerprint: str  # of all of the above, and of this program and today's date
    limits: tuple[int, int] = (FOLDER_LIMIT, FILE_LIMIT)  # of cell folder and file names


def new_run(
    profile: Profile,
    outdir: Path,
    force: bool,
    templates: Templates,
    limits: tuple[int, int] = (FOLDER_LIMIT, FILE_LIMIT),
) -> Run:
    data = [canonical(profile), force, program_hash(), limits]
    data.append(dt.date.today().isoformat())  # a missing date falls back on today
    data.append([template_hash(templates.path(kind)) for kind in sorted(all_kinds())])
    text = json.dumps(data, ensure_ascii=False, default=str)
    fingerprint = hashlib.sha256(text.encode()).hexdigest()
    return Run(profile, outdir, force, templates, fingerprint, limits)


def input_hash(run: Run, cell: Cell, warnings: list[str]) -> str:
    """The cell's input: its repr holds every value read for it (sets are kept out of the
    model, so the repr is the same in every process), then the run's and its warnings."""
    text = "\0".join([run.fingerprint, repr(cell), *warnings])
    return hashlib.sha256(text.encode()).hexdigest()


def as_left(folder: Path, manifest: dict) -> bool:
    """The folder as the run that wrote this manifest left it: no plan, every file there, the
    generated ones with the size and time they had."""
    if (folder / PLAN).exists() or (manifest.get("warnings") and not (folder / WARNINGS).exists()):
        return False
    for entry in manifest.get("documents", []):
        try:
            stat = (folder / entry["path"]).stat()
        except (OSError, KeyError, TypeError):
            return False
        if "stat" in entry and entry["stat"] != [stat.st_size, stat.st_mtime_ns]:
            return False
    return True


def read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def write_json(path: Path, data: dict) -> None:
    """A record of the tool's (no indent: json's fast encoder, a province writes thousands)."""
    files.write_atomic(path, json.dumps(data, ensure_ascii=False).encode(), durable=True)


def build(
    checked: Checked,
    outdir: Path,
    only: list[str] | None = None,
    force: bool = False,
    progress=print,
    jobs: int = 1,
    templates: Templates = BUNDLED,
    limits: tuple[int, int] = (FOLDER_LIMIT, FILE_LIMIT),
    on_cell=None,
) -> BuildResult:
    """Every wanted cell without errors into its folder, on up to `jobs` worker processes;
    `limits` of the cell folder and file names (paths.name_limits for the output folder);
    `on_cell(number, total, cell, outcome)` as each is done (outcome None: skipped)."""
    result = BuildResult()
    wanted = {code.casefold() for code in only} if only else None
    cells = [c for c in checked.congresses.cells if wanted is None or c.code.casefold() in wanted]
    general = len(checked.general_errors)
    errors = Counter(f.cell_code for f in checked.findings if f.is_error)
    templates = templates.found()
    if templates.own is not None:
        # A district's templates are sound and ask only for what the contexts hold, or nothing
        # is written at all (the bundled ones are checked by the tests). Contexts are not kept.
        valid = (c for c in cells if not errors[c.code] + general)
        ensure_templates(
            (d for c in valid for d in cell_documents(c, checked.profile).documents), templates
        )
    files.mkdir(outdir)
    result.notes += recover_legacy(outdir)
    existing = folders_by_code(outdir)
    warnings = defaultdict(list)
    for finding in checked.findings:
        if finding.cell_code and not finding.is_error:
            warnings[finding.cell_code].append(finding.message)
    valid = sum(1 for cell in cells if not errors[cell.code] + general)
    run = new_run(checked.profile, outdir, force, templates, limits)
    pending = deque()  # (number, cell, task or None when skipped), in cell order

    def report(number: int, cell: Cell, task) -> None:
        if task is None:
            count = errors[cell.code] + general
            result.skipped.append((cell, count))
            progress(f"[{number}/{len(cells)}] {cell.code} {cell.name}: bỏ qua vì có {count} lỗi.")
            if on_cell:
                on_cell(number, len(cells), cell, None)
            return
        outcome = task.result()
        result.built.append(cell)
        result.kept += outcome.kept
        result.notes += [f"{cell.code}: {note}" for note in outcome.notes]
        result.failures += outcome.failures
        result.warnings += len(outcome.warnings)
        done = f"{outcome.documents} văn bản"
        if outcome.failures:
            done += f", {len(outcome.failures)} tệp không ghi được"
        if outcome.warnings:
            done += f", {len(outcome.warnings)} cảnh báo"
        progress(f"[{number}/{len(cells)}] {cell.code} {cell.name}: {done}.")
        for warning in outcome.warnings[:SHOWN_WARNINGS]:
            progress(f"      - {warning}")
        if len(outcome.warnings) > SHOWN_WARNINGS:
            more = len(outcome.warnings) - SHOWN_WARNINGS
            folder = outdir / cell_folder(cell, run.limits[0])
            progress(f'      … và {more} cảnh báo nữa, xem "{folder / WARNINGS}".')
        if on_cell:
            on_cell(number, len(cells), cell, outcome)

    with Workers(max(1, min(jobs, valid // CELLS_PER_WORKER))) as workers:
        for number, cell in enumerate(cells, start=1):
            task = None
            if not errors[cell.code] + general:
                # An unchanged cell is told here: no worker is started nor sent anything for it.
                previous = existing.get(cell.code.casefold())
                same = previous is not None and previous.name == cell_folder(cell)
                done = settled(run, cell, previous, warnings[cell.code]) if same else None
                if done:
                    task = Done(done)
                else:
                    task = workers.submit(write_cell, run, cell, previous, warnings[cell.code])
            pending.append((number, cell, task))
            while len(pending) > workers.ahead:
                report(*pending.popleft())
        while pending:
            report(*pending.popleft())
    return result


def folders_by_code(outdir: Path) -> dict[str, Path]:
    """The folder each cell's manifest is in, whatever its name is now."""
    found = {}
    for folder in sorted(p for p in outdir.iterdir() if p.is_dir()):
        code = read_json(folder / MANIFEST).get("cell_code")
        if isinstance(code, str):
            found.setdefault(code.casefold(), folder)
    return found


def recover_legacy(outdir: Path) -> list[str]:
    """Hidden ".<folder>.tmp" / ".<folder>.old" folders of the earlier design, left by a stopped
    run: put back where the clerk finds them, never deleted. A set-aside folder whose cell folder
    is missing becomes that folder again; otherwise its files not already there move in."""
    notes = []
    for leftover in sorted(p for p in outdir.iterdir() if p.is_dir() and LEGACY.match(p.name)):
        home = outdir / LEGACY.match(leftover.name)["name"]
        if not home.exists():
            files.rename(leftover, home)
        else:
            merge_into(leftover, home)
        notes.append(
            f'Đã khôi phục thư mục tạm "{leftover.name}" của một lần chạy bị dừng vào "{home.name}".'
        )
    return notes


def merge_into(leftover: Path, home: Path) -> None:
    generated = {
        d.get("path"): d.get("content_hash")
        for d in read_json(leftover / MANIFEST).get("documents", [])
        if isinstance(d, dict)
    }
    for path in sorted(leftover.iterdir()):
        there = home / path.name
        if path.is_file() and (
            path.name == MANIFEST
            or content_hash(path) == generated.get(path.name)
            or (there.is_file() and content_hash(there) == content_hash(path))
        ):
            files.unlink(path)  # the tool's own copy, or a copy of what is already home
            continue
        if there.exists():
            there = home / f"{Path(path.name).stem}{RESTORED}{Path(path.name).suffix}"
        files.rename(path, there)
    files.rmdir(leftover)


def variant(name: str, suffix: str) -> str:
    path = Path(name)
    return f"{path.stem}{suffix}{path.suffix}"


def document_keys(documents) -> list[str]:
    """Identity of each document: kind and person, or kind and what its title names (the
    election, the round); namesakes get "#2", "#3"… in order."""
    seen: Counter[str] = Counter()
    keys = []
    for document in documents:
        key = f"{document.kind}/{document.person or document.title}"
        seen[key] += 1
        keys.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return keys


def legacy_entry(entry: dict) -> dict:
    """A manifest entry of the earlier design (kind, path, person, content hash only)."""
    name = entry["path"].replace(NEW_VERSION, "")
    title = re.sub(r"^\d+(\.\d+)? - ", "", Path(name).stem)
    return entry | {"key": f"{entry['kind']}/{entry.get('person') or title}", "name": name}


@dataclass
class Known:
    """What the manifest and an unfinished plan say about one document's files."""

    records: list[dict] = field(default_factory=list)  # states a generated file may be in
    edited: set[str] = field(default_factory=set)  # files of it the clerk edited
    names: set[str] = field(default_factory=set)  # the file names it had


def knowledge(folder: Path) -> tuple[dict[str, Known], list[dict]]:
    known: dict[str, Known] = defaultdict(Known)
    entries = []
    for source in (MANIFEST, PLAN):
        for entry in read_json(folder / source).get("documents", []):
            try:
                entry = entry if "key" in entry else legacy_entry(entry)
                item = known[entry["key"]]
                item.records.append(entry)
                item.edited.update(entry.get("edited", []))
                item.names.add(entry["name"])
                entries.append(entry)
            except (KeyError, TypeError, AttributeError):
                continue
    return known, entries


FOREIGN = (None, None)  # (document key, record) of a file the tool did not make


class CellFolder:
    """One cell folder: who owns each file now, and the changes that make it the new package."""

    def __init__(self, folder: Path, known: dict[str, Known], force: bool):
        self.folder, self.known, self.force = folder, known, force
        self.actions: list[tuple] = []  # (key, operation, *names)
        self.states: list[dict] = []  # records of the states the actions pass through
        self.notes: list[str] = []
        self.kept: list[str] = []
        self.hashes: dict[str, str] = {}
        owners = {p: key for key, item in known.items() for p in item.edited}
        records = defaultdict(list)
        for key, item in known.items():
            for record in item.records:
                records[record["path"]].append((key, record))
        self.state: dict[str, tuple] = {}
        for path in folder.iterdir() if folder.is_dir() else ():
            name = path.name
            if not path.is_file() or name in (MANIFEST, PLAN) or files.is_temp(path):
                continue
            ours = next((kr for kr in records[name] if self.unchanged(path, kr[1])), None)
            if ours:
                self.state[name] = ours
            elif name in owners or records[name]:
                self.state[name] = (owners.get(name) or records[name][0][0], None)  # edited
            else:
                self.state[name] = FOREIGN

    def unchanged(self, path: Path, record: dict) -> bool:
        stat = path.stat()
        if record.get("stat") == [stat.st_size, stat.st_mtime_ns]:
            return True
        if path.name not in self.hashes:
            self.hashes[path.name] = content_hash(path)
        return self.hashes[path.name] == record.get("content_hash")

    def owned(self, name: str, key: str) -> bool:
        return self.state.get(name, FOREIGN)[0] == key

    def ours(self, name: str, key: str) -> dict | None:
        owner, record = self.state.get(name, FOREIGN)
        return record if owner == key else None

    def remember(self, key: str, name: str, record: dict) -> None:
        """A state a file passes through: the next run knows it even if this one stops."""
        self.states.append(record | {"key": key, "name": name})

    def move(self, key: str, name: str, source: str, target: str) -> None:
        self.actions.append((key, "rename", source, target))
        owner, record = self.state.pop(source)
        if record:
            record = record | {"path": target}
            self.remember(key, name, record)
        else:
            self.remember(key, name, {"path": target, "edited": [target]})
            self.notes.append(
                f'Đã đổi tên "{source}" thành "{target}" theo số thứ tự mới (giữ nguyên phần đã sửa).'
            )
        self.state[target] = (owner, record)

    def drop(self, key: str, name: str) -> None:
        self.actions.append((key, "unlink", name))
        del self.state[name]

    def up_to_date(self, key: str, names: tuple[str, ...], hashes: dict, produce=None) -> bool:
        """Was one of these files generated from this very context and template, or (asked
        with produce) with the very content the document has now?"""
        records = [r for r in self.known.get(key, Known()).records if r["path"] in names]
        if any(current(r, hashes) for r in records):
            return True
        return bool(produce and records) and any(
            r.get("content_hash") == parts_hash(produce().parts) for r in records
        )

    def place(self, key: str, document, name: str, hashes: dict, produce) -> dict | None:
        """Put the document's current version in its place; returns its manifest entry."""
        # Files under a former number (or name) take the new one, edits and all.
        for old in sorted(self.known[key].names - {name}) if key in self.known else ():
            for suffix in ("", NEW_VERSION):
                source, target = variant(old, suffix), variant(name, suffix)
                if self.owned(source, key) and target not in self.state:
                    self.move(key, name, source, target)
        fresh = variant(name, NEW_VERSION)
        edited = [n for n in (name, fresh) if self.owned(n, key) and not self.ours(n, key)]
        foreign = name in self.state and not self.owned(name, key)
        if self.force or self.state.get(name, FOREIGN)[1] or name not in self.state:
            target = name
        elif fresh not in self.state or self.ours(fresh, key):
            quiet = not foreign and not self.ours(fresh, key)
            target = None if quiet and self.up_to_date(key, (name,), hashes, produce) else fresh
        else:
            target = None
            if not self.up_to_date(key, (name, fresh), hashes):
                self.notes.append(
                    f'Chưa ghi được bản mới của "{name}": cả "{name}" và "{fresh}" đã được '
                    f'sửa. Hãy đổi tên hoặc chuyển "{fresh}" ra chỗ khác rồi chạy lại.'
                )
        beside = f'; bản mới ghi ở "{fresh}"' if target == fresh else ""
        for kept in edited:
            if kept != target:
                self.kept.append(kept)
                self.notes.append(
                    f'Văn bản "{kept}" đã được sửa sau khi tạo nên được giữ nguyên'
                    f"{beside if kept == name else ''}."
                )
        if foreign and target != name:
            self.kept.append(name)
            self.notes.append(
                f'Tệp "{name}" không phải do chương trình ghi lần trước nên được giữ nguyên{beside}.'
            )
        entry = self.settle(key, name, target, hashes, produce) if target else None
        for other, (owner, record) in list(self.state.items()):
            if owner == key and record and other != target:
                self.drop(key, other)
        if entry is None:
            records = self.known[key].records if key in self.known else []
            entry = next(
                (r for r in records if r["path"] in (name, fresh) and r["path"] in self.state), None
            )
        if entry is None:
            return None
        entry = {k: v for k, v in entry.items() if k not in ("edited", "stat")}
        entry |= {"kind": document.kind, "key": key, "name": name}
        if document.person:
            entry["person"] = document.person
        mine = [n for n in edited if n != target]
        return entry | ({"edited": mine} if mine else {})

    def settle(self, key: str, name: str, target: str, hashes: dict, produce) -> dict:
        there = self.ours(target, key)
        if there and current(there, hashes):
            return there
        other = next(
            (n for n, (k, r) in self.state.items() if k == key and r and current(r, hashes)),
            None,
        )
        if other:
            record = self.state.pop(other)[1] | {"path": target}
            self.actions.append((key, "replace", other, target))
            self.state[target] = (key, record)
            self.remember(key, name, record)
            return record
        data, parts = produce()
        record = {"path": target, "content_hash": parts_hash(parts)} | hashes
        if there and there["content_hash"] == record["content_hash"]:
            return there | hashes  # same content from a new context: nothing to write
        self.actions.append((key, "write", target, data))
        self.state[target] = (key, record)
        self.remember(key, name, record)
        return record


def current(record: dict, hashes: dict) -> bool:
    return all(record.get(k) == v for k, v in hashes.items())


def settled(run: Run, cell: Cell, folder: Path, warnings: list[str]) -> CellOutcome | None:
    """The outcome of a cell whose input (its rows, the profile, its warnings, the templates and
    this program) is that of the last run and whose folder is as that run left it: nothing to
    compose. None when the cell must be composed again."""
    manifest = read_json(folder / MANIFEST)
    if manifest.get("input_hash") == input_hash(run, cell, warnings) and as_left(folder, manifest):
        return CellOutcome(len(manifest["documents"]), warnings=manifest.get("warnings", []))
    return None


def write_cell(run: Run, cell: Cell, previous: Path | None, warnings: list[str]) -> CellOutcome:
    """One cell's package into its folder (the unit of work a worker process can take).

    A cell whose input (its rows, the profile, its warnings, the templates and this program) is
    that of the last run and whose folder is as that run left it is not even composed again."""
    outcome = CellOutcome()
    folder = run.outdir / cell_folder(cell, run.limits[0])
    if previous and previous.name != folder.name:
        if folder.exists():
            folder = previous
        else:
            try:
                files.rename(previous, folder)
                outcome.notes.append(
                    f'Đã đổi tên thư mục "{previous.name}" thành "{folder.name}" theo tên chi bộ '
                    "mới (giữ nguyên mọi tệp, kể cả tệp đã sửa)."
                )
            except OSError as error:
                outcome.notes.append(
                    f'Không đổi được tên thư mục "{previous.name}" thành "{folder.name}" '
                    f"({files.reason(error)}); hồ sơ vẫn ghi vào thư mục cũ."
                )
                folder = previous
    done = settled(run, cell, folder, warnings)
    if done:
        done.notes = outcome.notes
        return done
    fingerprint = input_hash(run, cell, warnings)
    package = cell_documents(cell, run.profile)
    known, entries = knowledge(folder)
    plan = CellFolder(folder, known, run.force)
    templates = run.templates
    documents = []
    for key, (number, document) in zip(
        document_keys(package.documents), numbered(package.documents), strict=True
    ):
        name = document_file_name(number, document.title, limit=run.limits[1])
        hashes = {
            "context_hash": context_hash(document.context),
            "template_hash": template_hash(templates.path(document.kind)),
        }
        produce = cache(lambda d=document: document_bytes(templates.path(d.kind), d.context))
        entry = plan.place(key, document, name, hashes, produce)
        if entry:
            documents.append(entry)
    for key in sorted(set(known) - set(document_keys(package.documents))):
        for name, (owner, record) in list(plan.state.items()):
            if owner == key and record:
                plan.drop(key, name)
            elif owner == key:
                plan.notes.append(
                    f'Văn bản "{name}" không còn trong hồ sơ nhưng đã được sửa nên được giữ lại.'
                )
    outcome.kept = [folder / name for name in plan.kept]
    outcome.notes += plan.notes
    manifest = {
        "cell_code": cell.code,
        "cell_name": cell.name,
        "documents": documents,
        "warnings": warnings + package.warnings + plan.notes,
        "input_hash": fingerprint,
    }
    outcome.documents = len(documents)
    outcome.warnings = manifest["warnings"]
    outcome.failures += carry_out(cell, folder, plan, manifest, entries)
    return outcome


def carry_out(cell: Cell, folder: Path, plan: CellFolder, manifest: dict, entries) -> list[str]:
    """Write the plan, do it, then the manifest; a file that cannot be written costs only its
    own document. Returns what could not be written."""
    old = read_json(folder / MANIFEST)
    failures, failed = [], set()
    try:
        if not folder.is_dir():
            files.mkdir(folder)
        files.remove_temps(folder)
        if plan.actions:
            write_json(folder / PLAN, {"documents": entries + plan.states})
        for key, operation, *names in plan.actions:
            if key in failed:
                continue
            try:
                source = folder / names[0]
                if operation == "write":
                    files.write_atomic(source, names[1])
                elif operation == "unlink":
                    files.unlink(source)
                elif operation == "rename":
                    files.rename(source, folder / names[1])
                else:
                    files.replace(source, folder / names[1])
            except OSError as error:
                failed.add(key)
                failures.append(failure(cell, folder / names[0], error))
        manifest["documents"] = [
            stamped(folder, entry) for entry in reconcile(folder, plan, manifest, failed)
        ]
        if failures:  # the next run must try again what could not be written
            manifest.pop("input_hash", None)
        if not same_manifest(old, manifest):
            write_json(folder / MANIFEST, manifest)
        write_warnings(folder, cell, manifest["warnings"])
        if (folder / PLAN).exists():
            files.unlink(folder / PLAN)
    except OSError as error:
        failures.append(failure(cell, folder, error))
    return failures


def write_warnings(folder: Path, cell: Cell, warnings: list[str]) -> None:
    """A readable "Cảnh báo.txt" beside the manifest while the cell has warnings."""
    path = folder / WARNINGS
    if not warnings:
        if path.exists():
            files.unlink(path)
        return
    lines = [
        f"CẢNH BÁO CỦA {cell.name.upper()} ({cell.code})",
        "Hồ sơ đã được tạo; các điểm dưới đây nên xem lại. Sửa tệp Excel (nếu cần) rồi chạy lại "
        "lệnh tạo hồ sơ.",
        "",
    ] + [f"{number}. {warning}" for number, warning in enumerate(warnings, start=1)]
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")
    if not path.exists() or path.read_bytes() != data:
        files.write_atomic(path, data)


def reconcile(folder: Path, plan: CellFolder, manifest: dict, failed: set[str]) -> list[dict]:
    """The manifest's entries, with those of documents whose change failed taken from disk."""
    entries = []
    for entry in manifest["documents"]:
        if entry["key"] in failed:
            records = plan.known.get(entry["key"], Known()).records + [
                s for s in plan.states if s.get("key", entry["key"]) == entry["key"]
            ]
            entry = next(
                (
                    entry | r
                    for r in records
                    if "content_hash" in r
                    and (folder / r["path"]).is_file()
                    and content_hash(folder / r["path"]) == r["content_hash"]
                ),
                None,
            )
        if entry:
            entries.append(entry)
    return entries


def stamped(folder: Path, entry: dict) -> dict:
    """The entry with its file's size and modification time: an unchanged stamp saves hashing."""
    if entry.get("edited") and entry["path"] in entry["edited"]:
        return entry
    stat = (folder / entry["path"]).stat()
    return entry | {"stat": [stat.st_size, stat.st_mtime_ns]}


def same_manifest(old: dict, new: dict) -> bool:
    return json.dumps(old, sort_keys=True) == json.dumps(new, sort_keys=True)


def failure(cell: Cell, path: Path, error: OSError) -> str:
    why = f"({files.reason(error)})"
    if error.errno in files.FULL:
        return f'{cell.code} {cell.name}: không ghi được "{path.name}" {why}.'
    if path.suffix.lower() in (".docx", ".json"):
        return (
            f'{cell.code} {cell.name}: không ghi được tệp "{path.name}" {why}. Hãy đóng tệp '
            f'"{path.name}" trong Word (hoặc bỏ thuộc tính chỉ đọc) rồi chạy lại.'
        )
    return (
        f'{cell.code} {cell.name}: không ghi được vào thư mục "{path}" {why}. Hãy bỏ thuộc tính '
        "chỉ đọc của thư mục (hoặc đóng chương trình đang mở nó) rồi chạy lại."
    )


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

"""The package as a clerk installs it: a wheel in a fresh virtual environment, run elsewhere, on
every Python the project claims; and the sdist, which carries everything its tests need."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest
from conftest import ROOT, Book, add_cell

from generator.checking.check import check_workbook
from generator.writing.package import build

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CLAIMED = [
    m.group(1)
    for c in PYPROJECT["project"]["classifiers"]
    if (m := re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", c))
]


def run(*command, cwd=None) -> subprocess.CompletedProcess:
    """A command as a clerk's shell runs it: no PYTHONPATH pointing into a checkout, no venv."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def interpreter(version: str) -> Path | None:
    """This interpreter if it is that version, else one installed by pyenv or on PATH (not a
    pyenv shim, which answers only for the versions pyenv is told to expose)."""
    if f"{sys.version_info.major}.{sys.version_info.minor}" == version:
        return Path(sys.executable)
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    for found in sorted(pyenv.glob(f"{version}.*/bin/python"), reverse=True):
        return found
    found = shutil.which(f"python{version}")
    return Path(found) if found and "shims" not in Path(found).parts else None


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The sdist and the wheel `python -m build` makes from it."""
    try:
        import build as _  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail('CI must install the test extras (pip install -e ".[test]")')
        pytest.skip("the 'build' package is not installed")
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--outdir", out, ROOT)
    return out


@pytest.fixture(scope="module", params=CLAIMED)
def installed(request, dist, tmp_path_factory) -> Path:
    """A fresh virtual environment of one claimed Python, with the wheel and its dependencies
    installed by pip as a clerk's `pip install` does (nothing borrowed from this environment)."""
    python = interpreter(request.param)
    if python is None:
        pytest.skip(f"Python {request.param} is not installed here")
    work = tmp_path_factory.mktemp(f"py{request.param}")
    run(python, "-m", "venv", work / "venv")
    scripts = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
    wheel = next(dist.glob("daihoi-*.whl"))
    run(scripts / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel)
    done = run(scripts / "python", "-c", "import sys; print(sys.version_info[:2])")
    assert done.stdout.strip() == str(tuple(int(n) for n in request.param.split(".")))
    return scripts


def test_python_claims_agree():
    """pyproject's requires-python, its classifiers, ruff's target and the README say the same."""
    lowest = CLAIMED[0]
    assert [f"3.{n}" for n in range(int(lowest[2:]), int(CLAIMED[-1][2:]) + 1)] == CLAIMED
    assert PYPROJECT["project"]["requires-python"] == f">={lowest}"
    assert PYPROJECT["tool"]["ruff"]["target-version"] == f"py{lowest.replace('.', '')}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"Python {lowest} đến {CLAIMED[-1]}" in readme


def test_the_wheel_carries_its_templates_and_sample(installed):
    done = run(
        installed / "python",
        "-c",
        "import generator.rendering.resources as r; print(r.bundled_template('ballot')); "
        "print(r.sample_workbook())",
        cwd=installed,
    )
    for line in done.stdout.splitlines():
        path = Path(line)
        assert path.is_file() and installed.parent in path.parents, line


def test_the_installed_command_builds_the_whole_package_from_another_folder(installed, tmp_path):
    elsewhere = tmp_path / "van_phong"
    elsewhere.mkdir()
    book = Book(elsewhere)
    add_cell(book, "CB01", official=10, kind="Cơ quan")
    path = book.save()
    done = run(installed / "daihoi", "build", path.name, "-o", "ho_so", cwd=elsewhere)
    assert "CB01" in done.stdout
    expected = tmp_path / "expected"
    build(check_workbook(path), expected, progress=lambda *_: None)
    (folder,) = [p for p in (elsewhere / "ho_so").iterdir() if p.is_dir()]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    written = sorted(p.name for p in folder.iterdir())
    assert written == sorted(p.name for p in (expected / folder.name).iterdir())
    assert len(manifest["documents"]) >= 12
    assert all((folder / d["path"]).is_file() for d in manifest["documents"])


def test_the_sdist_collects_every_test_module(dist, tmp_path):
    """Unpacked, the sdist's own tests import and collect, against its own code."""
    (sdist,) = dist.glob("daihoi-*.tar.gz")
    with tarfile.open(sdist) as archive:
        # the "data" filter exists from Python 3.11.4 on
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        archive.extractall(tmp_path, **safe)
    (unpacked,) = tmp_path.iterdir()
    for needed in (".ci/run", "docs/make_docs.py", "benchmarks/bench.py", "data/build_sample.py"):
        assert (unpacked / needed).is_file(), needed
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    collected = {line.split("::")[0] for line in done.stdout.splitlines() if "::" in line}
    modules = {f"tests/{p.name}" for p in (ROOT / "tests").glob("test_*.py")}
    assert collected == modules

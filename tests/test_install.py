"""The package as a clerk installs it: a wheel in a fresh virtual environment, run elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from conftest import ROOT, Book, add_cell

from generator.check import check_workbook
from generator.package import build


def run(*command, cwd=None) -> subprocess.CompletedProcess:
    """A command as a clerk's shell runs it: no PYTHONPATH pointing into a checkout."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A virtual environment holding the wheel `python -m build` makes from the sdist."""
    try:
        import build as _  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail('CI must install the test extras (pip install -e ".[test]")')
        pytest.skip("the 'build' package is not installed")
    work = tmp_path_factory.mktemp("install")
    run(sys.executable, "-m", "build", "--outdir", work / "dist", ROOT)
    wheel = next((work / "dist").glob("daihoi-*.whl"))
    # The dependencies come from this interpreter; the package itself only from the wheel.
    venv.create(work / "venv", system_site_packages=True, with_pip=True)
    scripts = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
    run(scripts / "python", "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel)
    return scripts


def test_the_wheel_carries_its_templates_and_sample(installed):
    done = run(
        installed / "python",
        "-c",
        "import generator.resources as r; print(r.bundled_template('ballot')); "
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

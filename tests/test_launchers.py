"""The double-click launchers at the top of the repository. The Linux one runs here (up to the
step that needs the network); the Windows one can only be read."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from conftest import ROOT

BAT = ROOT / "Chạy daihoi.bat"
SH = ROOT / "chay-daihoi.sh"


def test_the_windows_launcher_is_crlf_and_needs_no_activation_nor_powershell():
    data = BAT.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") > 10  # cmd.exe misreads labels without CR
    text = data.decode("utf-8")
    assert "chcp 65001" in text  # the Vietnamese messages print as they are
    assert '".venv\\Scripts\\daihoi.exe" giao-dien' in text
    assert "-m venv .venv" in text and "-m pip install" in text
    assert "python.org" in text and '"Add python.exe to PATH"' in text
    lowered = text.lower()
    assert "activate" not in lowered and "powershell" not in lowered


def test_the_linux_launcher_is_executable_in_git():
    listed = subprocess.run(
        ["git", "ls-files", "-s", SH.name], cwd=ROOT, capture_output=True, text=True
    ).stdout
    if not listed:
        pytest.skip("not a git checkout")
    assert listed.startswith("100755")
    assert subprocess.run(["sh", "-n", str(SH)]).returncode == 0


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell script")
def test_without_python3_venv_the_linux_launcher_says_what_to_install(tmp_path):
    """Debian's python3 without python3-venv: `python3 -m venv` fails (ensurepip missing)."""
    copy = tmp_path / "daihoi"
    copy.mkdir()
    shutil.copy2(SH, copy / SH.name)
    fake = tmp_path / "bin"
    fake.mkdir()
    python3 = fake / "python3"
    python3.write_text(
        "#!/bin/sh\n"
        'if [ "$2" = venv ]; then mkdir -p "$3/bin"; echo "ensurepip is not available" >&2; '
        "exit 1; fi\n"
        f'exec "{shutil.which("python3")}" "$@"\n'
    )
    python3.chmod(0o755)
    env = os.environ | {"PATH": f"{fake}{os.pathsep}{os.environ['PATH']}"}
    run = subprocess.run([str(copy / SH.name)], capture_output=True, text=True, env=env)
    assert run.returncode == 1
    assert "sudo apt-get install python3-venv" in run.stdout
    assert not (copy / ".venv").exists()  # the next run starts afresh


def test_an_installed_launcher_only_starts_the_page(tmp_path):
    """A later run finds .venv/bin/daihoi and runs `daihoi giao-dien` with what it was given."""
    copy = tmp_path / "daihoi"
    (copy / ".venv" / "bin").mkdir(parents=True)
    shutil.copy2(SH, copy / SH.name)
    daihoi = copy / ".venv" / "bin" / "daihoi"
    daihoi.write_text('#!/bin/sh\necho "chạy: $*"\n')
    daihoi.chmod(0o755)
    run = subprocess.run([str(copy / SH.name), "--cong", "0"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout == "chạy: giao-dien --cong 0\n"

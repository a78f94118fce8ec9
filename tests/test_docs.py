"""The documentation in the repository: the workbook contract, the finding codes, the README."""

from __future__ import annotations

import re

from conftest import ROOT

from generator.reading import schema

DOCS = ROOT / "docs"


def generator_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "generator").rglob("*.py"))


def test_the_workbook_contract_names_every_sheet_and_column_of_the_schema():
    """docs/so-lieu.md is written by docs/make_docs.py; rerun it after changing the schema."""
    written = (DOCS / "so-lieu.md").read_text(encoding="utf-8")
    for sheet in schema.SHEETS:
        assert f'## Sheet "{sheet.name}"' in written
        for column in sheet.columns:
            assert f"| {column.header} |" in written, (sheet.name, column.header)


def test_every_finding_code_is_documented():
    """A finding's code is the literal after its severity (`ERROR, "code"`, `report("code"`)."""
    source = generator_source()
    codes = set(re.findall(r'(?:ERROR|WARNING|severity)\s*,\s*"([a-z]+(?:-[a-z]+)+)"', source))
    codes |= set(re.findall(r'report\(\s*"([a-z]+(?:-[a-z]+)+)"', source))
    assert {"bad-value", "committee-size", "legacy-encoding"} <= codes
    documented = set(
        re.findall(
            r"^\| `([a-z-]+)` \|", (DOCS / "ma-phat-hien.md").read_text(encoding="utf-8"), re.M
        )
    )
    assert codes - documented == set(), "add them to docs/ma-phat-hien.md"


def test_readme_links_stay_inside_the_repository_and_its_commands_are_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in [readme] + [p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")]:
        for target in re.findall(r"\]\(([^)]+)\)", page):
            assert not target.startswith(("http", "/", "..")), target
    for target in re.findall(r"\]\(([^)]+)\)", readme):
        assert (ROOT / target).is_file(), target
    assert "../shared" not in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"^# The README's [^\n]*, exactly:\nreadme (['\"])(.*)\1$", ci, re.M)
    assert [c for _, c in commands][
        -1
    ] == 'python3 -m pip install -q -e ".[test]" && python3 -m pytest -q'
    assert len(commands) == 4
    for _, command in commands:
        assert f"`{command}`" in readme or f"\n{command}" in readme, command

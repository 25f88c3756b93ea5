"""Every mistake of the catalogue (docs/errors.md), made in a copy of the project and met by the real
commands a person runs: ``python -m irm_site build`` with MkDocs (what ``make site`` runs) or with
Zensical (what ``make zensical`` runs), and ``pytest`` on the scenarios (what ``make scenarios``
runs). Each command must stop, print the catalogue's message, and print no Python traceback.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.readings import READINGS, readings_touching
from irm_site import signoff
from irm_site.features import load_features
from tests.site.test_build import record_run
from tests.site.test_inputs import copy_scenario_bindings

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
FEATURE = "features/irm-5.19.16.8.feature"
PAGE = "docs/sections/irm-5.19.16.8.md"


def edit(path: str, old: str, new: str, count: int = 1) -> Callable[[Path], None]:
    """A mistake made by replacing text in one file of the project."""

    def make(project: Path) -> None:
        file = project / path
        text = file.read_text(encoding="utf-8")
        assert old in text, f"{path} no longer holds {old!r}: update this catalogue case"
        file.write_text(text.replace(old, new, count), encoding="utf-8")

    return make


def write(path: str, text: str) -> Callable[[Path], None]:
    def make(project: Path) -> None:
        (project / path).write_text(text, encoding="utf-8")

    return make


def remove(path: str) -> Callable[[Path], None]:
    def make(project: Path) -> None:
        (project / path).unlink()

    return make


def results(change: Callable[[str], str]) -> Callable[[Path], None]:
    """A mistake in the results file, made after the run was recorded."""

    def make(project: Path) -> None:
        file = project / "build" / "results.json"
        file.write_text(change(file.read_text(encoding="utf-8")), encoding="utf-8")

    return make


def signed_off(change: Callable[[dict[str, Any]], object], *, reading: bool = False) -> Callable[[Path], None]:
    """A hand edit of the sign-off ledger: ``change`` made to a sign-off of IRM 5.19.16.8(4) (or of a reading)."""

    def make(project: Path) -> None:
        if reading:
            entry: signoff.Signoff = signoff.reading_signoff(READINGS[0], by="A. Analyst, Policy", commit="abc")
        else:
            paragraph = ParagraphId.parse("IRM 5.19.16.8(4)")
            specs = load_features(project / "features", project, MEMO_PARAGRAPHS)
            now = signoff.snapshot(paragraph, specs, readings_touching(paragraph))
            entry = signoff.paragraph_signoff(now, by="A. Analyst, Policy", commit="abc")
        data = entry.model_dump(mode="json")
        change(data)
        (project / signoff.LEDGER_FILE).write_text(json.dumps(data) + "\n", encoding="utf-8")

    return make


def failed_run(text: str) -> str:
    data = json.loads(text)
    data["scenarios"][0]["status"] = "failed"
    return json.dumps(data)


@dataclass(frozen=True)
class Case:
    mistake: Callable[[Path], None]
    message: str
    """A regular expression the command's output must match exactly once."""
    command: str = "build"
    """``build`` (``python -m irm_site build``, MkDocs), ``zensical`` (the same with Zensical) or
    ``scenarios`` (``pytest tests/test_scenarios.py``)."""


_SCENARIO = "  Scenario: the paragraph names the DUT as a tool the employee must offer\n"
CASES: dict[str, Case] = {
    "malformed feature": Case(
        edit(FEATURE, "  Scenario: the digital tools", "  Scenari: the digital tools"),
        r"features/irm-5\.19\.16\.8\.feature:\d+: Gherkin syntax",
    ),
    "empty feature file": Case(
        write("features/empty.feature", ""),
        r"features/empty\.feature: the feature file has no Feature or no Scenario",
    ),
    "two scenarios with one name": Case(
        edit(FEATURE, "  Scenario: the digital tools are offered to the taxpayer\n", _SCENARIO),
        r"features/irm-5\.19\.16\.8\.feature:\d+: the scenario name '.*' is already used on line \d+",
    ),
    "a tag naming a paragraph that does not exist": Case(
        edit(FEATURE, "@IRM:5.19.16.8(4)", "@IRM:5.19.16.8(99)"),
        r"features/irm-5\.19\.16\.8\.feature:1: the tag @IRM:5\.19\.16\.8\(99\) names IRM 5\.19\.16\.8\(99\), "
        r"which is not a paragraph the memorandum changes",
    ),
    "a malformed paragraph tag": Case(
        edit(FEATURE, "@IRM:5.19.16.8(4)", "@IRM:5.19.x"),
        r"features/irm-5\.19\.16\.8\.feature:1: '@IRM:5\.19\.x' is not a paragraph tag",
    ),
    "a paragraph tag on an Examples block": Case(
        edit(FEATURE, "    Examples:", "    @IRM:5.19.16.8(4)\n    Examples:"),
        r"features/irm-5\.19\.16\.8\.feature:\d+: the paragraph tag @IRM:5\.19\.16\.8\(4\) is on an Examples block",
    ),
    "a scenario with no paragraph tag": Case(
        write("features/untagged.feature", "Feature: untagged\n\n  Scenario: one\n    Then nothing\n"),
        r"features/untagged\.feature:3: the scenario 'one' has no paragraph tag",
    ),
    "a feature mistake met by pytest": Case(
        edit(FEATURE, "@IRM:5.19.16.8(4)", "@IRM:5.19.x"),
        r"ERROR: the feature files have mistakes:\n.*features/irm-5\.19\.16\.8\.feature:1: '@IRM:5\.19\.x'",
        command="scenarios",
    ),
    "a step with no definition": Case(
        edit(
            FEATURE,
            "    Then the employee offers the Document Upload Tool (DUT) next",
            "    Then something nobody defined\n    And the employee offers the Document Upload Tool (DUT) next",
        ),
        r"features/irm-5\.19\.16\.8\.feature:\d+: no step definition matches 'Then something nobody defined'",
        command="scenarios",
    ),
    "a page with no front matter": Case(
        edit(
            PAGE,
            "---\nsection: IRM 5.19.16.8\ntitle: Document Upload Tool (DUT) and Digital Inventory Management "
            "(DIM) Receipts\nrevised: 2026-01-26\n---\n",
            "",
        ),
        r"docs/sections/irm-5\.19\.16\.8\.md:1: the page has no front matter",
    ),
    "a page with no date": Case(
        edit(PAGE, "revised: 2026-01-26\n", ""),
        r"docs/sections/irm-5\.19\.16\.8\.md:1: the front matter has no 'revised'",
    ),
    "a malformed date": Case(
        edit(PAGE, "revised: 2026-01-26", "revised: 01-26-2026"),
        r"docs/sections/irm-5\.19\.16\.8\.md:4: front matter 'revised'",
    ),
    "a malformed section id": Case(
        edit(PAGE, "section: IRM 5.19.16.8\n", "section: IRM 5.19.16.8(4)\n"),
        r"docs/sections/irm-5\.19\.16\.8\.md:2: front matter 'section'",
    ),
    "a page declaring another section": Case(
        edit(PAGE, "section: IRM 5.19.16.8\n", "section: IRM 5.19.16.1.5\n"),
        r"docs/sections/irm-5\.19\.16\.8\.md:2: the page declares IRM 5\.19\.16\.1\.5, whose page is "
        r"docs/sections/irm-5\.19\.16\.1\.5\.md",
    ),
    "a malformed paragraph id in a block": Case(
        edit(PAGE, "/// paragraph | IRM 5.19.16.8(4)", "/// paragraph | IRM 5.19.16.8 (4)"),
        r"docs/sections/irm-5\.19\.16\.8\.md:11: 'IRM 5\.19\.16\.8 \(4\)' is not a paragraph id",
    ),
    "a paragraph the memo does not change": Case(
        edit(PAGE, "/// paragraph | IRM 5.19.16.8(4)", "/// paragraph | IRM 5.19.16.8(5)"),
        r"docs/sections/irm-5\.19\.16\.8\.md:11: IRM 5\.19\.16\.8\(5\) is not a paragraph the memorandum changes",
    ),
    "the same paragraph on two pages": Case(
        edit(
            "docs/sections/irm-5.19.16.1.5.md",
            "\n/// paragraph |",
            "\n/// paragraph | IRM 5.19.16.8(4)\nx\n///\n\n/// paragraph |",
        ),
        r"docs/sections/irm-5\.19\.16\.1\.5\.md:\d+: IRM 5\.19\.16\.8\(4\) belongs on "
        r"docs/sections/irm-5\.19\.16\.8\.md",
    ),
    "a block never closed": Case(
        edit(PAGE, "exhausted.\n///\n", "exhausted.\n"),
        r"docs/sections/irm-5\.19\.16\.8\.md:11: the block of IRM 5\.19\.16\.8\(4\) is never closed",
    ),
    "a paragraph missing from its page": Case(
        edit(PAGE, "/// paragraph | IRM 5.19.16.8(4)\n", "", 1),
        r"docs/sections/irm-5\.19\.16\.8\.md: IRM 5\.19\.16\.8\(4\) is not on its page",
    ),
    "a link to a missing page": Case(
        edit("docs/index.md", "Read [the memorandum](memo.md)", "Read [the memorandum](memorandum.md)"),
        r"'memorandum\.md'",
    ),
    "no results file": Case(
        remove("build/results.json"),
        r"build/results\.json: there is no results file",
    ),
    "a truncated results file": Case(
        results(lambda text: text[: len(text) // 2]),
        r"build/results\.json:\d+: the results file is not valid JSON",
    ),
    "a hand-edited results file": Case(
        results(lambda text: text.replace('"line":', '"lines":', 1)),
        r"build/results\.json: the results file does not hold scenario results",
    ),
    "results older than the features": Case(
        edit(FEATURE, "Feature: IRM 5.19.16.8", "Feature: IRM 5.19.16.8 (edited)"),
        r"IRM 5\.19\.16\.8\(4\) has no passing scenario: \d+ scenario\(s\) changed since the last run",
    ),
    "a paragraph with no scenario": Case(
        remove("features/irm-25.12.1.1.5.feature"),
        r"IRM 25\.12\.1\.1\.5\(5\) has no passing scenario: no scenario is tagged @IRM:25\.12\.1\.1\.5\(5\)",
    ),
    "a failing scenario": Case(
        results(failed_run),
        r"has failing scenarios: features/",
    ),
    "a link to a missing page, built by Zensical": Case(
        edit("docs/index.md", "Read [the memorandum](memo.md)", "Read [the memorandum](memorandum.md)"),
        r"memorandum\.md",
        command="zensical",
    ),
    "a site configuration that is not YAML": Case(
        edit("mkdocs.yml", "docs_dir: docs\n", "docs_dir: [docs\n"),
        r"mkdocs\.yml:\d+: the configuration is not valid YAML",
    ),
    "a ledger line that is not JSON": Case(
        write(signoff.LEDGER_FILE, '{"paragraph": "IRM 5.19.16.8(4)", "by": \n'),
        r"signoff\.jsonl:1: this line is not JSON \(",
    ),
    "a sign-off naming a paragraph the memo does not change": Case(
        signed_off(lambda data: data.update(paragraph="IRM 5.19.16.8(5)")),
        r"signoff\.jsonl:1: the sign-off names IRM 5\.19\.16\.8\(5\), which is not a paragraph the memorandum changes",
    ),
    "a confirmation naming a reading that is not in the register": Case(
        signed_off(lambda data: data.update(reading="fifteen_mib"), reading=True),
        r"signoff\.jsonl:1: the sign-off names the reading 'fifteen_mib', which is not in the readings register",
    ),
    "a hash in the ledger edited by hand": Case(
        signed_off(lambda data: data["scenarios"].update(sha256="0" * 64)),
        r"signoff\.jsonl:1: the hash of the scenarios of IRM 5\.19\.16\.8\(4\) matches nothing",
    ),
    "a front matter that is not YAML on another page": Case(
        edit("docs/glossary.md", "# ", "---\ntitle: [Glossary\n---\n\n# ", 1),
        r"docs/glossary\.md:\d+: the front matter is not valid YAML",
    ),
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project (pages, features, config, scenario bindings) with every scenario passed."""
    for name in ("docs", "features", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name)
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    copy_scenario_bindings(tmp_path)
    record_run(tmp_path)
    return tmp_path


def run(project: Path, command: str) -> subprocess.CompletedProcess[str]:
    if command in ("build", "zensical"):
        engine = "mkdocs" if command == "build" else "zensical"
        args = [sys.executable, "-m", "irm_site", "build", "--engine", engine]
    else:
        args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_scenarios.py"]
    return subprocess.run(args, cwd=project, env=ENV, capture_output=True, text=True, check=False, timeout=300)


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_the_mistake_stops_the_command_with_its_message_and_no_traceback(project: Path, case: Case) -> None:
    case.mistake(project)
    done = run(project, case.command)
    output = done.stdout + done.stderr
    # pytest repeats each failure's message in its short summary (untruncated when CI is set).
    shown = output.split(" short test summary info ")[0]

    assert done.returncode != 0, f"the command did not stop:\n{output[-3000:]}"
    assert len(re.findall(case.message, shown)) == 1, f"expected once: {case.message}\nthe output:\n{output[-3000:]}"
    assert "Traceback" not in output, f"a Python traceback:\n{output[-3000:]}"

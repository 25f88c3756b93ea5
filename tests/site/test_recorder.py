"""The results recorder: one record per scenario and per example row, the same with or without xdist."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from irm_site.pytest_plugin import scenario_of

FEATURE = """\
@IRM:5.19.8.4(4)
Feature: IRM 5.19.8.4 Collection Appeal Rights Program

  Scenario: an offer that holds
    Given the count is 1
    Then the count is 1

  @SBSE-05-0126-0020(2)
  Scenario: an offer that breaks
    Given the count is 1
    Then the count is 2

  Scenario Outline: counting <n>
    Given the count is <n>
    Then the count is 3

    Examples:
      | n |
      | 3 |
      | 4 |

  Scenario: a step nobody wrote
    Given the count is 1
    Then something nobody defined
"""

STEPS = """\
from pytest_bdd import given, parsers, then


@given(parsers.parse("the count is {n:d}"), target_fixture="count")
def _(n):
    return n


@then(parsers.parse("the count is {n:d}"))
def _(count, n):
    assert count == n, f"expected {n}, got {count}"
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    return bdd_project(pytester)


def bdd_project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A small pytest-bdd project with our plugin: FEATURE's scenarios, bound to STEPS."""
    pytester.makeini(
        "[pytest]\nbdd_features_base_dir = features/\n"
        "markers =\n    paragraph(id): p\n    tag(name): t\naddopts = --strict-markers -p irm_site.pytest_plugin\n"
    )
    (pytester.path / "features").mkdir()
    (pytester.path / "features" / "appeals.feature").write_text(FEATURE, encoding="utf-8")
    pytester.makeconftest(STEPS)
    pytester.makepyfile(test_scenarios='from pytest_bdd import scenarios\n\nscenarios(".")\n')
    return pytester


def records(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    for record in data["scenarios"]:
        record.pop("duration")
        for step in record["steps"]:
            step.pop("duration")
    return list(data["scenarios"])


def test_every_scenario_and_example_row_gets_a_record_with_its_own_line(project: pytest.Pytester) -> None:
    project.runpytest_subprocess("--irm-results=results.json").assert_outcomes(passed=2, failed=3)

    found = [(r["line"], r["name"], r["status"], r["paragraphs"]) for r in records(project.path / "results.json")]

    assert found == [
        (4, "an offer that holds", "passed", ["IRM 5.19.8.4(4)"]),
        (9, "an offer that breaks", "failed", ["IRM 5.19.8.4(4)", "SBSE-05-0126-0020(2)"]),
        (19, "counting 3", "passed", ["IRM 5.19.8.4(4)"]),
        (20, "counting 4", "failed", ["IRM 5.19.8.4(4)"]),
        (22, "a step nobody wrote", "failed", ["IRM 5.19.8.4(4)"]),
    ]


def test_a_failure_names_the_failing_step_and_its_error(project: pytest.Pytester) -> None:
    project.runpytest_subprocess("--irm-results=results.json")

    failures = {r["line"]: r["failure"] for r in records(project.path / "results.json")}

    assert failures[9] == {"step": "Then the count is 2", "line": 11, "error": "AssertionError: expected 2, got 1"}
    assert failures[20] == {"step": "Then the count is 3", "line": 15, "error": "AssertionError: expected 3, got 4"}
    assert failures[22]["step"] == "Then something nobody defined"
    assert failures[22]["error"].startswith("no step definition matches this step")
    assert failures[4] is None


def test_the_records_are_the_same_under_xdist(project: pytest.Pytester) -> None:
    project.runpytest_subprocess("--irm-results=one.json")
    project.runpytest_subprocess("-n", "2", "--irm-results=two.json")

    assert records(project.path / "two.json") == records(project.path / "one.json")
    assert json.loads((project.path / "two.json").read_text())["run"]["workers"] == 2


def test_one_paragraph_s_scenarios_run_alone(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("--paragraph", "SBSE-05-0126-0020(2)", "-v")

    result.assert_outcomes(failed=1, deselected=4)
    result.stdout.fnmatch_lines(["*an_offer_that_breaks*FAILED*"])


def test_a_malformed_paragraph_option_is_a_usage_error(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("--paragraph", "5.19.8.4(4)")

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: --paragraph: '5.19.8.4(4)' is not a paragraph id*"])


def test_a_mistake_in_a_feature_stops_the_run_with_file_and_line(project: pytest.Pytester) -> None:
    (project.path / "features" / "appeals.feature").write_text(
        FEATURE.replace("@SBSE-05-0126-0020(2)", "@IRM:5.19.8.4(5)"), encoding="utf-8"
    )
    result = project.runpytest_subprocess()

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["features/appeals.feature:8: the tag @IRM:5.19.8.4(5) names IRM 5.19.8.4(5)*"])
    assert "Traceback" not in result.stderr.str()


def test_the_one_reader_of_pytest_bdd_internals_recognises_every_scenario_and_example_row(
    project: pytest.Pytester,
) -> None:
    """``scenario_of`` is the only code that reads pytest-bdd internals: if a release changes them, this fails."""
    items, _ = project.inline_genitems()

    found = sorted(
        (line, example) for item in items if (seen := scenario_of(item)) is not None for _, line, example in [seen]
    )

    assert len(items) == 5
    assert found == [(4, None), (9, None), (13, 0), (13, 1), (22, None)]


def test_a_scenario_the_reader_does_not_recognise_stops_the_run_with_one_message(project: pytest.Pytester) -> None:
    """What a pytest-bdd release that changed its internals would cause: one message, no traceback."""
    project.makeconftest(
        STEPS + "\n\nimport pytest\nfrom pytest_bdd.scenario import scenario_wrapper_template_registry\n\n\n"
        "@pytest.hookimpl(tryfirst=True)\ndef pytest_collection_modifyitems(items):\n"
        "    scenario_wrapper_template_registry.clear()\n"
    )
    result = project.runpytest_subprocess()

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(["*test_scenarios.py::*: pytest-bdd * runs this scenario in a way*scenario_of*"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()

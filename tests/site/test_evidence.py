"""The evidence files other tools read: Cucumber Messages, Cucumber JSON, JUnit XML, the same under xdist."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import cucumber_messages as cm
import pytest

from tests.site.test_recorder import bdd_project

EXPECTED = {4: "passed", 9: "failed", 19: "passed", 20: "failed", 22: "failed"}
"""Each scenario's and example row's line (the fixture's feature) and its status."""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    return bdd_project(pytester)


@pytest.fixture
def serial(project: pytest.Pytester) -> Path:
    project.runpytest_subprocess("--irm-results=serial/results.json").assert_outcomes(passed=2, failed=3)
    return project.path / "serial"


def envelopes(folder: Path) -> list[cm.Envelope]:
    lines = (folder / "results.ndjson").read_text(encoding="utf-8").splitlines()
    return [cm.message_converter.from_dict(json.loads(line), cm.Envelope) for line in lines]


def test_the_messages_read_back_with_cucumber_messages_and_hold_every_scenario_and_row(serial: Path) -> None:
    found = envelopes(serial)

    pickles = {e.pickle.id: e.pickle for e in found if e.pickle}
    cases = {e.test_case.id: e.test_case for e in found if e.test_case}
    started = {e.test_case_started.id: e.test_case_started.test_case_id for e in found if e.test_case_started}
    steps: dict[int, list[tuple[str, str | None]]] = {}
    for envelope in found:
        if envelope.test_step_finished is None:
            continue
        pickle = pickles[cases[started[envelope.test_step_finished.test_case_started_id]].pickle_id]
        assert pickle.uri == "features/appeals.feature"
        assert pickle.location is not None
        result = envelope.test_step_finished.test_step_result
        steps.setdefault(pickle.location.line, []).append((result.status.value, result.message))

    assert found[0].meta is not None
    assert sum(1 for e in found if e.source) == 1
    assert sum(1 for e in found if e.gherkin_document) == 1
    assert next(e for e in found if e.test_run_finished).test_run_finished.success is False
    assert sorted(steps) == sorted(EXPECTED)
    statuses = {line: [status for status, _ in found_steps] for line, found_steps in steps.items()}
    assert statuses == {
        4: ["PASSED", "PASSED"],
        9: ["PASSED", "FAILED"],
        19: ["PASSED", "PASSED"],
        20: ["PASSED", "FAILED"],
        22: ["PASSED", "UNDEFINED"],
    }
    assert steps[9][1][1] == "AssertionError: expected 2, got 1\nassert 1 == 2"
    assert steps[22][1][1] is not None
    assert steps[22][1][1].startswith("no step definition matches this step")


def test_the_cucumber_json_has_every_scenario_and_row_with_its_steps(serial: Path) -> None:
    report = json.loads((serial / "cucumber.json").read_text(encoding="utf-8"))

    [feature] = report
    assert (feature["uri"], feature["keyword"], feature["line"]) == ("features/appeals.feature", "Feature", 2)
    assert [tag["name"] for tag in feature["tags"]] == ["@IRM:5.19.8.4(4)"]
    elements = {element["line"]: element for element in feature["elements"]}
    assert sorted(elements) == sorted(EXPECTED)
    assert elements[20]["name"] == "counting 4"
    assert elements[20]["keyword"] == "Scenario Outline"
    assert [tag["name"] for tag in elements[9]["tags"]] == ["@IRM:5.19.8.4(4)", "@SBSE-05-0126-0020(2)"]
    broken = elements[9]["steps"]
    assert [(step["keyword"], step["name"], step["line"]) for step in broken] == [
        ("Given ", "the count is 1", 10),
        ("Then ", "the count is 2", 11),
    ]
    assert [step["result"]["status"] for step in broken] == ["passed", "failed"]
    assert broken[1]["result"]["error_message"].startswith("AssertionError: expected 2, got 1")
    assert all(isinstance(step["result"]["duration"], int) for e in elements.values() for step in e["steps"])
    assert elements[22]["steps"][1]["result"]["status"] == "undefined"
    for line, status in EXPECTED.items():
        steps = [step["result"]["status"] for step in elements[line]["steps"]]
        assert (status == "passed") == all(s == "passed" for s in steps), line


def test_the_junit_xml_has_one_testcase_per_scenario_and_row(serial: Path) -> None:
    root = ET.parse(serial / "junit.xml").getroot()

    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("5", "3", "0")
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "IRM 5.19.8.4 Collection Appeal Rights Program"
    testcases = {int(case.get("line", 0)): case for case in suite.findall("testcase")}
    assert sorted(testcases) == sorted(EXPECTED)
    for line, status in EXPECTED.items():
        assert (testcases[line].find("failure") is not None) == (status == "failed"), line
        assert testcases[line].get("classname") == "features/appeals.feature"
    failure = testcases[9].find("failure")
    assert failure is not None
    assert failure.get("message") == "Then the count is 2 (line 11): AssertionError: expected 2, got 1"
    assert testcases[19].get("name") == "counting 3"


def _without_times(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: _without_times(item)
            for key, item in value.items()
            if key not in ("timestamp", "duration", "time", "meta")
        }
    if isinstance(value, list):
        return [_without_times(item) for item in value]
    return value


def _junit(folder: Path) -> list[tuple[str, dict[str, str], str | None]]:
    return [
        (element.tag, {k: v for k, v in element.attrib.items() if k != "time"}, element.text)
        for element in ET.parse(folder / "junit.xml").getroot().iter()
    ]


def test_the_evidence_is_the_same_under_xdist(project: pytest.Pytester, serial: Path) -> None:
    project.runpytest_subprocess("-n", "2", "--irm-results=parallel/results.json").assert_outcomes(passed=2, failed=3)
    parallel = project.path / "parallel"

    def ndjson(folder: Path) -> list[Any]:
        return [_without_times(cm.message_converter.to_dict(envelope)) for envelope in envelopes(folder)]

    def cucumber(folder: Path) -> Any:
        return _without_times(json.loads((folder / "cucumber.json").read_text(encoding="utf-8")))

    assert len(ndjson(serial)) > 20
    assert ndjson(parallel) == ndjson(serial)
    assert cucumber(parallel) == cucumber(serial)
    assert _junit(parallel) == _junit(serial)


def test_pytest_bdd_s_own_cucumber_json_loses_the_scenarios_under_xdist(project: pytest.Pytester) -> None:
    """Why the recorder writes Cucumber JSON itself (measured in ../shared/DESIGN.md): pytest-bdd's is empty."""
    project.runpytest_subprocess("-n", "2", "--cucumberjson=bdd.json")

    assert json.loads((project.path / "bdd.json").read_text(encoding="utf-8")) == []

"""The scenarios' results in the formats other tools read, written beside ``build/results.json``.

* ``results.ndjson``: [Cucumber Messages](https://github.com/cucumber/messages), one envelope a
  line, built with the ``cucumber-messages`` package's own types: the sources, the Gherkin
  documents and pickles (from gherkin-official), then one test case per scenario and per example
  row with each step's status, duration and error.
* ``cucumber.json``: Cucumber JSON (as Cucumber-JVM writes it), which Allure and most CI
  dashboards read: features, their scenarios and example rows, each step with its result.
* ``junit.xml``: JUnit XML, which every CI server reads: one ``testsuite`` per feature, one
  ``testcase`` per scenario and per example row.

All three are made from the [results][irm_site.results.Results] (which the recorder writes the
same way with or without pytest-xdist) and the feature files, so they too are the same serial and
in parallel (the times aside). The order is the features' and the lines', not the run's.
"""

from __future__ import annotations

import json
import platform
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import cucumber_messages as cm
from gherkin.stream.gherkin_events import GherkinEvents

from irm_site.features import FeatureSpec
from irm_site.results import Results, ScenarioResult, StepResult

__all__ = [
    "CUCUMBER_JSON",
    "JUNIT_XML",
    "Case",
    "CaseStep",
    "cases",
    "cucumber_json",
    "evidence_paths",
    "junit_xml",
    "messages",
    "ndjson",
    "write_evidence",
]

CUCUMBER_JSON = "cucumber.json"
JUNIT_XML = "junit.xml"


def evidence_paths(results: Path) -> tuple[Path, Path, Path]:
    """The three files beside ``results`` (``build/results.json``).

    ``results.ndjson`` (the results file's name), ``cucumber.json`` and ``junit.xml``.
    """
    return results.with_suffix(".ndjson"), results.with_name(CUCUMBER_JSON), results.with_name(JUNIT_XML)


@dataclass(frozen=True)
class CaseStep:
    """One step of a test case: as written, and its outcome (``skipped`` when it did not run)."""

    keyword: str
    """As written, with its trailing space (``Given ``)."""
    text: str
    """With the example row's values filled in."""
    line: int
    pickle_step_id: str
    keyword_type: str | None
    status: str
    """``passed``, ``failed``, ``undefined`` or ``skipped``."""
    duration: float
    error: str | None


@dataclass(frozen=True)
class Case:
    """One scenario or example row that has a result, with its pickle and its steps."""

    feature: FeatureSpec
    result: ScenarioResult
    pickle: dict[str, Any]
    keyword: str
    """``Scenario`` or ``Scenario Outline`` (as written)."""
    description: str
    tags: tuple[tuple[str, int], ...]
    """Each tag (with ``@``) and its line."""
    steps: tuple[CaseStep, ...]


@dataclass(frozen=True)
class _Parsed:
    feature: FeatureSpec
    envelopes: list[dict[str, Any]]
    nodes: dict[str, dict[str, Any]]
    pickles: dict[int, dict[str, Any]]


def _index(node: Any, found: dict[str, dict[str, Any]]) -> None:
    """Every node of a Gherkin document that has an id, by its id."""
    if isinstance(node, dict):
        if isinstance(node.get("id"), str):
            found[node["id"]] = node
        for value in node.values():
            _index(value, found)
    elif isinstance(node, list):
        for value in node:
            _index(value, found)


def _parse(features: Iterable[FeatureSpec]) -> list[_Parsed]:
    """The features through gherkin-official's message stream: ids unique across all of them, and stable."""
    events = GherkinEvents(GherkinEvents.Options(print_source=True, print_ast=True, print_pickles=True))
    parsed: list[_Parsed] = []
    for feature in sorted(features, key=lambda f: f.path):
        source = {"source": {"uri": feature.path, "data": feature.source, "mediaType": "text/x.cucumber.gherkin+plain"}}
        envelopes: list[dict[str, Any]] = [dict(envelope) for envelope in events.enum(source)]  # type: ignore[arg-type]
        nodes: dict[str, dict[str, Any]] = {}
        pickles: dict[int, dict[str, Any]] = {}
        for envelope in envelopes:
            if "gherkinDocument" in envelope:
                _index(envelope["gherkinDocument"], nodes)
            elif "pickle" in envelope:
                pickles[envelope["pickle"]["location"]["line"]] = envelope["pickle"]
        parsed.append(_Parsed(feature, envelopes, nodes, pickles))
    return parsed


def _steps(result: ScenarioResult, pickle: dict[str, Any], nodes: dict[str, dict[str, Any]]) -> tuple[CaseStep, ...]:
    ran: dict[int, StepResult] = {step.line: step for step in result.steps}
    steps: list[CaseStep] = []
    for step in pickle["steps"]:
        node = nodes[step["astNodeIds"][0]]
        line = int(node["location"]["line"])
        outcome = ran.get(line)
        steps.append(
            CaseStep(
                keyword=str(node["keyword"]),
                text=str(step["text"]),
                line=line,
                pickle_step_id=str(step["id"]),
                keyword_type=node.get("keywordType"),
                status="skipped" if outcome is None else outcome.status,
                duration=0.0 if outcome is None else outcome.duration,
                error=None if outcome is None else outcome.error,
            )
        )
    if result.status == "failed" and not any(step.status in ("failed", "undefined") for step in steps):
        # The scenario failed outside its steps (a fixture's setup or teardown): the first step
        # that did not pass carries the failure, so that no reader takes the case for passed.
        error = result.failure.error if result.failure is not None else "failed outside its steps"
        at = next((i for i, step in enumerate(steps) if step.status != "passed"), len(steps) - 1)
        if at >= 0:
            steps[at] = replace(steps[at], status="failed", error=error)
    return tuple(steps)


def cases(results: Results, features: Iterable[FeatureSpec]) -> Iterator[tuple[_Parsed, list[Case]]]:
    """Per feature (by path), its envelopes and the cases that have a result, by line."""
    by_key = {result.key: result for result in results.scenarios}
    for parsed in _parse(features):
        found: list[Case] = []
        for line, pickle in sorted(parsed.pickles.items()):
            result = by_key.get(f"{parsed.feature.path}:{line}")
            if result is None:
                continue
            scenario = parsed.nodes[pickle["astNodeIds"][0]]
            tags = tuple(
                (str(tag["name"]), int(parsed.nodes[tag["astNodeId"]]["location"]["line"])) for tag in pickle["tags"]
            )
            found.append(
                Case(
                    feature=parsed.feature,
                    result=result,
                    pickle=pickle,
                    keyword=str(scenario["keyword"]),
                    description=str(scenario.get("description", "")).strip(),
                    tags=tags,
                    steps=_steps(result, pickle, parsed.nodes),
                )
            )
        yield parsed, found


def _timestamp(moment: datetime) -> cm.Timestamp:
    seconds = moment.timestamp()
    whole = int(seconds)
    return cm.Timestamp(seconds=whole, nanos=round((seconds - whole) * 1e9) % 1_000_000_000)


def _duration(seconds: float) -> cm.Duration:
    nanos = round(seconds * 1e9)
    return cm.Duration(seconds=nanos // 1_000_000_000, nanos=nanos % 1_000_000_000)


_STATUS = {
    "passed": cm.TestStepResultStatus.passed,
    "failed": cm.TestStepResultStatus.failed,
    "undefined": cm.TestStepResultStatus.undefined,
    "skipped": cm.TestStepResultStatus.skipped,
}


def _version(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None


def messages(results: Results, features: Iterable[FeatureSpec]) -> list[cm.Envelope]:
    """The Cucumber Messages of the run, as the package's own ``Envelope`` objects, in order.

    Test cases follow one another in the features' order: each starts when the one before it
    finished (the run's start plus the durations recorded), so times are consistent, not the wall clock's.
    """
    envelopes = [
        cm.Envelope(
            meta=cm.Meta(
                protocol_version=_version("cucumber-messages") or "unknown",
                implementation=cm.Product(name="irm_site (pytest-bdd)", version=_version("pytest-bdd")),
                runtime=cm.Product(name=platform.python_implementation(), version=platform.python_version()),
                os=cm.Product(name=platform.system(), version=platform.release()),
                cpu=cm.Product(name=platform.machine() or "unknown"),
            )
        )
    ]
    grouped = list(cases(results, features))
    for parsed, _ in grouped:
        envelopes += [cm.message_converter.from_dict(envelope, cm.Envelope) for envelope in parsed.envelopes]
    run_id = "test-run"
    clock = results.run.started
    envelopes.append(cm.Envelope(test_run_started=cm.TestRunStarted(timestamp=_timestamp(clock), id=run_id)))
    flat = [case for _, found in grouped for case in found]
    for number, case in enumerate(flat):
        steps = [
            cm.TestStep(
                id=f"tc{number}-s{index}",
                pickle_step_id=step.pickle_step_id,
                step_definition_ids=[],
                step_match_arguments_lists=[],
            )
            for index, step in enumerate(case.steps)
        ]
        envelopes.append(
            cm.Envelope(
                test_case=cm.TestCase(
                    id=f"tc{number}", pickle_id=str(case.pickle["id"]), test_steps=steps, test_run_started_id=run_id
                )
            )
        )
    for number, case in enumerate(flat):
        started = f"tcs{number}"
        envelopes.append(
            cm.Envelope(
                test_case_started=cm.TestCaseStarted(
                    attempt=0, id=started, test_case_id=f"tc{number}", timestamp=_timestamp(clock)
                )
            )
        )
        for index, step in enumerate(case.steps):
            envelopes.append(
                cm.Envelope(
                    test_step_started=cm.TestStepStarted(
                        test_case_started_id=started, test_step_id=f"tc{number}-s{index}", timestamp=_timestamp(clock)
                    )
                )
            )
            clock += timedelta(seconds=step.duration)
            envelopes.append(
                cm.Envelope(
                    test_step_finished=cm.TestStepFinished(
                        test_case_started_id=started,
                        test_step_id=f"tc{number}-s{index}",
                        test_step_result=cm.TestStepResult(
                            duration=_duration(step.duration), status=_STATUS[step.status], message=step.error
                        ),
                        timestamp=_timestamp(clock),
                    )
                )
            )
        envelopes.append(
            cm.Envelope(
                test_case_finished=cm.TestCaseFinished(
                    test_case_started_id=started, timestamp=_timestamp(clock), will_be_retried=False
                )
            )
        )
    success = all(case.result.status != "failed" for case in flat)
    envelopes.append(
        cm.Envelope(
            test_run_finished=cm.TestRunFinished(
                success=success, timestamp=_timestamp(max(clock, results.run.finished)), test_run_started_id=run_id
            )
        )
    )
    return envelopes


def ndjson(envelopes: Iterable[cm.Envelope]) -> str:
    """Envelopes as NDJSON: one JSON object a line, keys in camelCase, empty fields left out."""
    return "".join(
        json.dumps(cm.message_converter.to_dict(envelope), ensure_ascii=False, separators=(",", ":")) + "\n"
        for envelope in envelopes
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def cucumber_json(results: Results, features: Iterable[FeatureSpec]) -> list[dict[str, Any]]:
    """The run as Cucumber JSON: each feature that ran, each scenario and example row, each step with its result.

    Durations are in nanoseconds, as Cucumber-JVM writes them; a step that did not run is ``skipped``.
    """
    report: list[dict[str, Any]] = []
    for parsed, found in cases(results, features):
        if not found:
            continue
        feature = parsed.feature
        document = next(e["gherkinDocument"] for e in parsed.envelopes if "gherkinDocument" in e)
        feature_id = _slug(feature.name)
        report.append(
            {
                "uri": feature.path,
                "id": feature_id,
                "keyword": document["feature"]["keyword"],
                "name": feature.name,
                "description": feature.description,
                "line": feature.line,
                "tags": [{"name": tag["name"], "line": tag["location"]["line"]} for tag in document["feature"]["tags"]],
                "elements": [
                    {
                        "id": f"{feature_id};{_slug(case.pickle['name'])};{case.result.line}",
                        "keyword": case.keyword,
                        "type": "scenario",
                        "name": case.pickle["name"],
                        "description": case.description,
                        "line": case.result.line,
                        "tags": [{"name": name, "line": line} for name, line in case.tags],
                        "steps": [
                            {
                                "keyword": step.keyword,
                                "name": step.text,
                                "line": step.line,
                                "match": {"location": f"{feature.path}:{step.line}"},
                                "result": {
                                    "status": step.status,
                                    "duration": round(step.duration * 1e9),
                                    **({"error_message": step.error} if step.error else {}),
                                },
                            }
                            for step in case.steps
                        ],
                    }
                    for case in found
                ],
            }
        )
    return report


def junit_xml(results: Results, features: Iterable[FeatureSpec]) -> str:
    """The run as JUnit XML: a ``testsuite`` per feature, a ``testcase`` per scenario and example row.

    A test case's ``classname`` is its feature file and its ``name`` the scenario's (with its line
    when a feature repeats the name, as example rows with the same values do); ``file`` and
    ``line`` say where it is. A failure's ``message`` is its failing step and error.
    """
    root = ET.Element("testsuites", name="irm scenarios")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    total_time = 0.0
    for parsed, found in cases(results, features):
        if not found:
            continue
        suite = ET.SubElement(root, "testsuite", name=parsed.feature.name, file=parsed.feature.path)
        counts = {"tests": 0, "failures": 0, "skipped": 0}
        suite_time = 0.0
        seen: dict[str, int] = {}
        for case in found:
            seen[case.pickle["name"]] = seen.get(case.pickle["name"], 0) + 1
        for case in found:
            result = case.result
            name = str(case.pickle["name"])
            testcase = ET.SubElement(
                suite,
                "testcase",
                classname=parsed.feature.path,
                name=name if seen[name] == 1 else f"{name} (line {result.line})",
                file=parsed.feature.path,
                line=str(result.line),
                time=f"{result.duration:.6f}",
            )
            counts["tests"] += 1
            suite_time += result.duration
            if result.status == "failed":
                counts["failures"] += 1
                failure = result.failure
                where = f"{failure.step} (line {failure.line}): " if failure and failure.step else ""
                message = where + (failure.error if failure else "failed")
                element = ET.SubElement(testcase, "failure", message=message, type="failed")
                element.text = "\n".join(_step_line(step) for step in case.steps)
            elif result.status == "skipped":
                counts["skipped"] += 1
                ET.SubElement(testcase, "skipped")
            out = ET.SubElement(testcase, "system-out")
            out.text = "\n".join(_step_line(step) for step in case.steps)
        suite.set("tests", str(counts["tests"]))
        suite.set("failures", str(counts["failures"]))
        suite.set("errors", "0")
        suite.set("skipped", str(counts["skipped"]))
        suite.set("time", f"{suite_time:.6f}")
        for key in totals:
            totals[key] += counts[key]
        total_time += suite_time
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    root.set("time", f"{total_time:.6f}")
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _step_line(step: CaseStep) -> str:
    line = f"{step.status:>9}  {step.keyword}{step.text}  (line {step.line})"
    return line + (f"\n           {step.error}" if step.error and step.status != "passed" else "")


def write_evidence(results: Results, features: Sequence[FeatureSpec], path: Path) -> tuple[Path, ...]:
    """Write the three files beside the results file ``path``; returns their paths."""
    ndjson_path, cucumber_path, junit_path = evidence_paths(path)
    ndjson_path.write_text(ndjson(messages(results, features)), encoding="utf-8")
    cucumber_path.write_text(
        json.dumps(cucumber_json(results, features), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    junit_path.write_text(junit_xml(results, features), encoding="utf-8")
    return ndjson_path, cucumber_path, junit_path

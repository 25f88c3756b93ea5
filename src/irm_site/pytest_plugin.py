"""Our pytest plugin: checks the features, maps paragraph tags, selects by paragraph, records results.

Hooks only; the work is done by [irm_site.features][] (reading the features) and
[irm_site.results][] (the results file). Loaded from the root ``tests/conftest.py``.

* ``--paragraph "IRM 5.19.8.4.2(7)"`` runs only the scenarios that prove that paragraph.
* ``--irm-results build/results.json`` writes one record per scenario and per example row, each
  with its steps. Each record (and each step's status, from pytest-bdd's step hooks) travels on
  the test report (``user_properties``), so the file is the same under pytest-xdist (``-n 2``) as
  in one process. Beside it, the same results for other tools ([irm_site.evidence][]):
  ``results.ndjson`` (Cucumber Messages), ``cucumber.json`` (Cucumber JSON), ``junit.xml``.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Generator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd.scenario import scenario_wrapper_template_registry

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId, ParagraphIdError, is_paragraph_tag
from irm_site import evidence
from irm_site.errors import SourceError, SourceErrors
from irm_site.features import FeatureSpec, ScenarioSpec, load_features
from irm_site.results import (
    Failure,
    Results,
    RunInfo,
    ScenarioResult,
    Status,
    StepResult,
    checked_out,
    read_results,
)

_SCENARIO = "irm_scenario"
_FAILURE = "irm_failure"
_STEPS = "irm_steps"
_steps_key = pytest.StashKey[list[StepResult]]()
_step_started_key = pytest.StashKey[float]()
_specs_key = pytest.StashKey[dict[tuple[str, int, int | None], ScenarioSpec]]()
_features_key = pytest.StashKey[dict[str, FeatureSpec]]()
_failure_key = pytest.StashKey[Failure]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("irm", "executable IRM guidance")
    parser.addini(
        "irm_paragraphs",
        "which paragraphs a tag may name: 'memo' (the 38 entries the memorandum changes) or 'pages' "
        "(any well-formed id; the site build checks tags against the paragraphs its pages show)",
        default="memo",
    )
    group.addoption(
        "--paragraph",
        action="append",
        default=[],
        metavar="ID",
        help='run only the scenarios that prove this paragraph, e.g. --paragraph "IRM 5.19.8.4.2(7)"',
    )
    group.addoption(
        "--irm-feature",
        action="append",
        default=[],
        metavar="PATH",
        help="run only the scenarios of this feature file (with --irm-results, its records replace the old ones)",
    )
    group.addoption(
        "--irm-results",
        default=None,
        metavar="PATH",
        help="write the scenarios' results (one record per scenario and example row) to PATH, and beside it "
        "the same for other tools: results.ndjson (Cucumber Messages), cucumber.json, junit.xml",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_bdd_apply_tag(tag: str, function: Callable[..., Any]) -> bool:
    """Map ``@IRM:5.19.8.4.2(7)`` to the marker ``paragraph("IRM 5.19.8.4.2(7)")``.

    Paragraph tags cannot be pytest markers themselves (they hold ``:`` and parentheses); any
    other tag becomes ``tag("name")``, so ``--strict-markers`` stays on.
    """
    if is_paragraph_tag(tag):
        pytest.mark.paragraph(str(ParagraphId.from_tag(tag)))(function)
    else:
        pytest.mark.tag(tag)(function)
    return True


def _features_dir(config: pytest.Config) -> Path:
    base = config.getini("bdd_features_base_dir")
    return config.rootpath / (base if isinstance(base, str) and base else "features")


def pytest_configure(config: pytest.Config) -> None:
    """Check every feature file before pytest-bdd reads them, reporting mistakes by file and line."""
    directory = _features_dir(config)
    if not directory.is_dir():
        return
    catalogue = config.getini("irm_paragraphs")
    if catalogue not in ("memo", "pages"):
        raise pytest.UsageError(f"irm_paragraphs = {catalogue!r}: write 'memo' or 'pages'")
    try:
        features = load_features(directory, config.rootpath, MEMO_PARAGRAPHS if catalogue == "memo" else None)
    except SourceErrors as errors:
        raise pytest.UsageError(f"the feature files have mistakes:\n{errors}") from None
    config.stash[_features_key] = {feature.path: feature for feature in features}
    config.stash[_specs_key] = {
        (spec.feature, spec.scenario_line, spec.example): spec for feature in features for spec in feature.scenarios
    }
    for raw in config.getoption("paragraph"):
        try:
            ParagraphId.parse(raw)
        except ParagraphIdError as error:
            raise pytest.UsageError(f"--paragraph: {error}") from None
    if config.getoption("irm_results") and not hasattr(config, "workerinput"):
        config.pluginmanager.register(_Recorder(config), "irm-results-recorder")


_EXAMPLE_PARAMETER = "_pytest_bdd_example"
"""The parameter pytest-bdd gives each test of a Scenario Outline, one value per example row."""


def scenario_of(item: pytest.Item) -> tuple[str, int, int | None] | None:
    """The scenario a collected item runs: its feature file (absolute), its line, and its example row's position.

    ``None`` for an item that is not a pytest-bdd scenario. This is the one place that reads
    pytest-bdd internals (its public hooks give these facts only while a scenario runs, and the
    selection by feature file happens at collection): the registry of scenario wrappers and the
    name of the outline's parameter. The collection hook
    ([irm_site.pytest_plugin.pytest_collection_modifyitems][]) stops the run with one message
    when a scenario item is not recognised here, so a pytest-bdd release that changes them fails
    loudly, never silently.
    """
    template = scenario_wrapper_template_registry.get(getattr(item, "obj", None))  # type: ignore[arg-type]
    if template is None:
        return None
    callspec = getattr(item, "callspec", None)
    example = callspec.indices.get(_EXAMPLE_PARAMETER) if callspec is not None else None
    return str(Path(template.feature.filename).resolve()), int(template.line_number), example


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Attach each scenario's key to its item, then keep only the requested paragraph's scenarios."""
    specs = config.stash.get(_specs_key, {})
    root = config.rootpath.resolve()
    for item in items:
        found = scenario_of(item)
        if found is None:
            if any(item.iter_markers("paragraph")):  # tagged by pytest-bdd's tag hook, yet not recognised
                pytest.exit(
                    f"{item.nodeid}: pytest-bdd {_bdd_version()} runs this scenario in a way "
                    "irm_site.pytest_plugin.scenario_of does not recognise (pytest-bdd changed its internals). "
                    "Update scenario_of, or pin the pytest-bdd of constraints.txt.",
                    returncode=pytest.ExitCode.USAGE_ERROR,
                )
            continue
        filename, line, example = found
        spec = specs.get((Path(filename).relative_to(root).as_posix(), line, example))
        if spec is not None:
            item.user_properties.append((_SCENARIO, spec.key))

    wanted = {ParagraphId.parse(raw) for raw in config.getoption("paragraph")}
    features = {Path(raw).as_posix() for raw in config.getoption("irm_feature")}
    if not wanted and not features:
        return
    selected: list[pytest.Item] = []
    deselected: list[pytest.Item] = []
    for item in items:
        proves = {ParagraphId.parse(str(mark.args[0])) for mark in item.iter_markers("paragraph")}
        key = str(dict(item.user_properties).get(_SCENARIO, ""))
        keep = (not wanted or bool(proves & wanted)) and (not features or key.rsplit(":", 1)[0] in features)
        (selected if keep else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
    items[:] = selected


def _bdd_version() -> str:
    from importlib.metadata import version

    return version("pytest-bdd")


_STEP_ERROR_LIMIT = 4000
"""A step's error is kept in full up to this many characters."""


def pytest_bdd_before_step(
    request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any, step_func: Any
) -> None:
    """Start the step's clock."""
    request.node.stash[_step_started_key] = time.perf_counter()


def _step_done(request: pytest.FixtureRequest, step: Any, status: Any, error: str | None = None) -> None:
    started = request.node.stash.get(_step_started_key, None)
    duration = 0.0 if started is None else time.perf_counter() - started
    steps = request.node.stash.setdefault(_steps_key, [])
    steps.append(StepResult(line=int(step.line_number), status=status, duration=round(duration, 6), error=error))


def pytest_bdd_after_step(
    request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any, step_func: Any, step_func_args: Any
) -> None:
    """Record a step that passed, for the results file and the evidence files."""
    _step_done(request, step, "passed")


def pytest_bdd_step_error(
    request: pytest.FixtureRequest,
    feature: Any,
    scenario: Any,
    step: Any,
    step_func: Any,
    step_func_args: Any,
    exception: BaseException,
) -> None:
    """Remember which step failed and why, for the results file."""
    message = str(exception).strip().splitlines()
    error = type(exception).__name__ + (f": {message[0]}" if message else "")
    request.node.stash[_failure_key] = Failure(step=f"{step.keyword} {step.name}", line=step.line_number, error=error)
    full = f"{type(exception).__name__}: {str(exception).strip()}".strip().removesuffix(":")
    _step_done(request, step, "failed", full[:_STEP_ERROR_LIMIT])


def pytest_bdd_step_func_lookup_error(
    request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any, exception: BaseException
) -> None:
    """A step with no definition: one message naming the feature, the line and what to do."""
    failure = Failure(
        step=f"{step.keyword} {step.name}",
        line=step.line_number,
        error="no step definition matches this step; add one in tests/steps/ or reword the step",
    )
    request.node.stash[_failure_key] = failure
    request.node.stash.setdefault(_steps_key, []).append(
        StepResult(line=int(step.line_number), status="undefined", duration=0.0, error=failure.error)
    )
    where = Path(feature.filename).resolve()
    try:
        shown = where.relative_to(request.config.rootpath.resolve()).as_posix()
    except ValueError:
        shown = str(where)
    pytest.fail(
        f"{shown}:{step.line_number}: no step definition matches {failure.step!r}. "
        "Reword the step to match an existing one, or add a definition in tests/steps/.",
        pytrace=False,
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    failure = item.stash.get(_failure_key, None)
    if failure is not None and report.failed and not any(name == _FAILURE for name, _ in report.user_properties):
        report.user_properties.append((_FAILURE, failure.model_dump()))
    steps = item.stash.get(_steps_key, None)
    if call.when == "call" and steps is not None:
        report.user_properties.append((_STEPS, [step.model_dump() for step in steps]))
    return report


class _Recorder:
    """Collects the reports (in the only process, or in the xdist controller) and writes the file."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.path = Path(str(config.getoption("irm_results")))
        self.started = datetime.now(UTC)
        self.status: dict[str, Status] = {}
        self.failures: dict[str, Failure] = {}
        self.durations: dict[str, float] = {}
        self.steps: dict[str, tuple[StepResult, ...]] = {}
        self.evidence: tuple[Path, ...] = ()
        self.clock = time.monotonic()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        properties = dict(report.user_properties)
        key = properties.get(_SCENARIO)
        if not isinstance(key, str):
            return
        self.durations[key] = self.durations.get(key, 0.0) + report.duration
        raw_steps = properties.get(_STEPS)
        if isinstance(raw_steps, list):
            self.steps[key] = tuple(StepResult.model_validate(step) for step in raw_steps)
        if report.failed:
            self.status[key] = "failed"
            raw = properties.get(_FAILURE)
            if isinstance(raw, dict):
                self.failures[key] = Failure.model_validate(raw)
            elif key not in self.failures:
                crash = getattr(report.longrepr, "reprcrash", None)
                message = getattr(crash, "message", None) or str(report.longrepr).strip().splitlines()[-1]
                self.failures[key] = Failure(step=None, line=None, error=message)
        elif report.skipped and self.status.get(key) != "failed":
            self.status[key] = "skipped"
        elif report.when == "call" and key not in self.status:
            self.status[key] = "passed"

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        features = self.config.stash[_features_key]
        specs = {spec.key: spec for feature in features.values() for spec in feature.scenarios}
        records = [
            ScenarioResult(
                feature=specs[key].feature,
                line=specs[key].line,
                name=specs[key].name,
                paragraphs=specs[key].paragraphs,
                status=status,
                failure=self.failures.get(key) if status == "failed" else None,
                feature_sha256=features[specs[key].feature].sha256,
                duration=round(self.durations.get(key, 0.0), 6),
                steps=self.steps.get(key, ()),
            )
            for key, status in self.status.items()
            if key in specs
        ]
        records.sort(key=lambda record: (record.feature, record.line))
        workers = getattr(self.config.option, "numprocesses", None)
        results = Results(
            run=RunInfo(
                commit=checked_out(self.config.rootpath, dirty=True),
                started=self.started,
                finished=datetime.now(UTC),
                workers=workers if isinstance(workers, int) and workers > 0 else 1,
            ),
            scenarios=tuple(records),
        )
        only = {Path(raw).as_posix() for raw in self.config.getoption("irm_feature")}
        if only and self.path.is_file():
            with contextlib.suppress(SourceError):  # an unreadable old file is simply replaced
                results = read_results(self.path, str(self.path)).merged(results, only)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = results.model_dump(mode="json")
        self.path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        self.evidence = evidence.write_evidence(results, tuple(features.values()), self.path)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        counts: dict[str, int] = {}
        for status in self.status.values():
            counts[status] = counts.get(status, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing"
        terminalreporter.write_line(f"scenario results ({summary}) written to {self.path}")
        if self.evidence:
            terminalreporter.write_line("the same for other tools: " + ", ".join(str(path) for path in self.evidence))

"""``irm check``: the build's coverage gate on a results file, with the build's own wording."""

from __future__ import annotations

import shutil
from collections.abc import Collection
from pathlib import Path

import pytest

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_site.features import load_features
from irm_site.results import Results, RunInfo, ScenarioResult, Status, read_results
from irm_site.trace import gate, join
from tests.cli.running import irm

ROOT = Path(__file__).resolve().parents[2]
FAILING = "features/irm-5.19.8.4.feature"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the features, as a project's folder."""
    shutil.copytree(ROOT / "features", tmp_path / "features")
    return tmp_path


def record_run(project: Path, failed: Collection[str] = ()) -> Path:
    """A results file in which every scenario passed, except those of the features in ``failed``."""
    features = load_features(project / "features", project, MEMO_PARAGRAPHS)
    now = "2026-11-26T12:00:00Z"

    def status(feature: str) -> Status:
        return "failed" if feature in failed else "passed"

    results = Results(
        run=RunInfo.model_validate({"commit": "abc123", "started": now, "finished": now, "workers": 1}),
        scenarios=tuple(
            ScenarioResult.model_validate(
                {
                    "feature": spec.feature,
                    "line": spec.line,
                    "name": spec.name,
                    "paragraphs": [str(p) for p in spec.paragraphs],
                    "status": status(spec.feature),
                    "failure": {"step": None, "line": None, "error": "boom"} if spec.feature in failed else None,
                    "feature_sha256": feature.sha256,
                    "duration": 0.01,
                }
            )
            for feature in features
            for spec in feature.scenarios
        ),
    )
    path = project / "build" / "results.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(results.model_dump_json(indent=1), encoding="utf-8")
    return path


def build_gate(project: Path) -> list[str]:
    """What the site build's gate says of the project (the plugin joins, then gates, the same way)."""
    features = load_features(project / "features", project, MEMO_PARAGRAPHS)
    results = read_results(project / "build" / "results.json", "build/results.json")
    return gate(join([(p, "title") for p in MEMO_PARAGRAPHS], features, results))


def test_every_paragraph_proved_exits_0(project: Path) -> None:
    record_run(project)
    ran = irm("check", cwd=project)
    assert (ran.status, ran.err) == (0, "")
    assert ran.out == (
        "All 38 paragraphs the memorandum changes are proved (build/results.json, run finished 2026-11-26 12:00 UTC "
        "at commit abc123)\n"
    )


def test_a_failing_scenario_exits_1_in_the_builds_words(project: Path) -> None:
    record_run(project, failed={FAILING})
    ran = irm("check", cwd=project)
    assert ran.status == 1
    lines = ran.out.splitlines()
    assert lines[:-1] == build_gate(project)
    assert any(line.startswith(f"IRM 5.19.8.4(4) has failing scenarios: {FAILING}:") for line in lines)
    assert lines[-1] == (
        "1 of 38 paragraphs is not proved (build/results.json, run finished 2026-11-26 12:00 UTC at commit abc123)"
    )


def test_a_paragraph_without_scenarios_and_stale_results(project: Path) -> None:
    record_run(project)
    feature = project / "features" / "irm-25.12.1.1.5.feature"
    feature.write_text(feature.read_text(encoding="utf-8").replace("@IRM:25.12.1.1.5(5)", "@IRM:5.19.1.2(13)"))
    ran = irm("check", "--root", str(project), cwd=project.parent)
    assert ran.status == 1
    assert "IRM 25.12.1.1.5(5) has no passing scenario: no scenario is tagged @IRM:25.12.1.1.5(5)" in ran.out
    assert ran.out.splitlines()[:-1] == build_gate(project)


def test_a_results_file_elsewhere(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    results = record_run(project)
    moved = tmp_path_factory.mktemp("ci") / "run.json"
    results.rename(moved)
    assert irm("check", str(moved), cwd=project).status == 0


def test_no_results_file_is_one_line_and_exits_2(project: Path) -> None:
    ran = irm("check", cwd=project)
    assert (ran.status, ran.out) == (2, "")
    assert ran.err == (
        "irm check: build/results.json: there is no results file, so no scenario has a status. Run the scenarios "
        "again with `make scenarios` (it rewrites the file).\n"
    )


def test_no_features_folder_is_one_line_and_exits_2(tmp_path: Path) -> None:
    ran = irm("check", cwd=tmp_path)
    assert ran.status == 2
    assert ran.err.startswith("irm check: features: there is no folder of feature files; run irm check from")


def test_a_feature_file_mistake_is_named_and_exits_2(project: Path) -> None:
    record_run(project)
    (project / "features" / "bad.feature").write_text("Feature: x\n\n  @IRM:5.19.x\n  Scenario: y\n    Given z\n")
    ran = irm("check", cwd=project)
    assert ran.status == 2
    assert "features/bad.feature:3: '@IRM:5.19.x' is not a paragraph tag" in ran.err


def test_the_paragraph_in_a_line_is_a_paragraph_of_the_memo(project: Path) -> None:
    record_run(project, failed={FAILING})
    lines = irm("check", cwd=project).out.splitlines()[:-1]
    assert all(ParagraphId.parse(line.split(" has ")[0]) in MEMO_PARAGRAPHS for line in lines)

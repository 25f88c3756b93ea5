"""The history of the proof: since when a paragraph is proved, its last change, flaky scenarios, the cap."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from irm_site.errors import SourceError
from irm_site.history import (
    HISTORY_FILE,
    HistoryRun,
    HistorySettings,
    append_run,
    flaky,
    paragraph_history,
    read_history,
    settings,
    since,
)
from irm_site.inputs import run_scenarios

ROOT = Path(__file__).resolve().parents[2]
KEY = "features/a.feature:4"
OTHER = "features/a.feature:9"
INPUTS = {"features": {"features/a.feature": "f1"}, "steps": "s", "model": "m", "recorder": "r", "constraints": "c"}


def run(day: int, status: str, *, commit: str = "c", other: str = "passed", **changed: str) -> HistoryRun:
    inputs = {**INPUTS, **changed}
    if "feature" in changed:
        inputs["features"] = {"features/a.feature": changed["feature"]}
        del inputs["feature"]
    return HistoryRun.model_validate(
        {
            "commit": f"{commit}{day}",
            "finished": datetime(2026, 1, day, tzinfo=UTC),
            "inputs": inputs,
            "scenarios": {KEY: status, OTHER: other},
        }
    )


def test_a_paragraph_is_proved_since_the_first_run_of_its_latest_passing_series() -> None:
    runs = [run(1, "passed"), run(2, "failed", steps="t"), run(3, "passed", steps="u"), run(4, "passed", steps="u")]

    found = paragraph_history(runs, [KEY])

    assert found.proved_since is not None
    assert (found.proved_since.finished.day, found.proved_since.commit) == (3, "c3")
    assert found.last_change is not None
    assert found.last_change.run.commit == "c3"
    assert (found.last_change.before, found.last_change.after) == ("failing", "proved")
    assert found.runs == 4


def test_a_paragraph_failing_now_has_no_proved_since_and_one_that_never_changed_has_no_change() -> None:
    failing = paragraph_history([run(1, "passed"), run(2, "failed", model="n")], [KEY])
    steady = paragraph_history([run(1, "passed"), run(2, "passed")], [KEY, OTHER])

    assert failing.proved_since is None
    assert failing.last_change is not None
    assert failing.last_change.after == "failing"
    assert steady.last_change is None
    assert steady.proved_since is not None
    assert steady.proved_since.commit == "c1"


def test_a_status_change_with_the_same_inputs_is_flaky_and_one_with_changed_inputs_is_not() -> None:
    same_inputs = [run(1, "passed"), run(2, "failed")]
    feature_changed = [run(1, "passed"), run(2, "failed", feature="f2")]
    steps_changed = [run(1, "passed"), run(2, "failed", steps="t")]
    commit_only = [run(1, "passed", commit="a"), run(2, "failed", commit="b")]

    assert flaky(same_inputs, KEY)
    assert not flaky(same_inputs, OTHER)  # passed both times
    assert not flaky(feature_changed, KEY)
    assert not flaky(steps_changed, KEY)
    assert flaky(commit_only, KEY)  # a commit that changed none of its inputs (the docs, say)


def test_the_line_under_a_paragraph_says_since_when_and_the_last_change() -> None:
    line = since([run(1, "failed"), run(2, "passed", steps="t")], [KEY])

    assert line == (
        '<p class="irm-history">Proved since 2026-01-02 (commit <code>c2</code>); '
        "last change failing → proved on 2026-01-02 (commit <code>c2</code>).</p>\n\n"
    )
    assert since([], [KEY]) == ""


def test_the_file_keeps_only_the_last_runs_of_the_cap(tmp_path: Path) -> None:
    where = HistorySettings(tmp_path / ".irm" / "history.jsonl", limit=3)
    for day in range(1, 6):
        append_run(run(day, "passed"), where)

    runs, problems = read_history(where.path, HISTORY_FILE)

    assert problems == ()
    assert [r.commit for r in runs] == ["c3", "c4", "c5"]
    assert len(where.path.read_text(encoding="utf-8").splitlines()) == 3


def test_a_corrupt_line_is_named_by_file_and_line_and_the_others_are_kept(tmp_path: Path) -> None:
    where = HistorySettings(tmp_path / "history.jsonl")
    append_run(run(1, "passed"), where)
    with where.path.open("a", encoding="utf-8") as file:
        file.write('{"commit": "c2", "finish\n{"commit": "c3"}\n')
    append_run(run(4, "passed"), where)

    runs, problems = read_history(where.path, HISTORY_FILE)

    assert [r.commit for r in runs] == ["c1", "c4"]
    assert [str(p) for p in problems] == [
        ".irm/history.jsonl:2: this line is not JSON (Unterminated string starting at). Delete that line "
        "(or the whole file: the history then starts again with the next run).",
        ".irm/history.jsonl:3: this line is not a run (Field required at finished). Delete that line "
        "(or the whole file: the history then starts again with the next run).",
    ]


@pytest.mark.parametrize("value", ["0", "-3", '"many"', "2.5", "true"])
def test_a_bad_history_limit_names_pyproject_and_its_line(tmp_path: Path, value: str) -> None:
    (tmp_path / "pyproject.toml").write_text(f'[project]\nname = "x"\n\n[tool.irm]\nhistory_limit = {value}\n')

    with pytest.raises(SourceError) as raised:
        settings(tmp_path)

    assert str(raised.value).startswith("pyproject.toml:5: [tool.irm] history_limit = ")
    assert str(raised.value).endswith(
        "Write a whole number of runs to keep, 1 or more (for example history_limit = 200)."
    )


def test_the_limit_is_read_from_pyproject_and_defaults_to_200(tmp_path: Path) -> None:
    assert settings(tmp_path) == HistorySettings(tmp_path / HISTORY_FILE, 200)
    (tmp_path / "pyproject.toml").write_text("[tool.irm]\nhistory_limit = 7\n")
    assert settings(tmp_path).limit == 7
    assert settings(ROOT).limit == 200  # this project's own setting


FEATURE = """\
@IRM:5.19.8.4(4)
Feature: IRM 5.19.8.4 a scenario that fails when a file outside its inputs says so

  Scenario: it depends on the weather
    Given the weather is read
"""

STEPS = """\
from pathlib import Path

from pytest_bdd import given


@given("the weather is read")
def _():
    assert not (Path(__file__).parents[2] / "storm").exists(), "a storm"
"""


def test_whole_runs_append_to_the_history_and_a_flaky_scenario_is_found(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """A scenario made flaky on purpose: a file that none of its inputs include decides its outcome."""
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "weather.feature").write_text(FEATURE, encoding="utf-8")
    (tmp_path / "tests" / "steps").mkdir(parents=True)
    (tmp_path / "tests" / "__init__.py").write_text("")
    (tmp_path / "tests" / "steps" / "__init__.py").write_text("")
    (tmp_path / "tests" / "steps" / "weather.py").write_text(STEPS, encoding="utf-8")
    (tmp_path / "tests" / "conftest.py").write_text(
        'pytest_plugins = ["irm_site.pytest_plugin", "tests.steps.weather"]\n'
    )
    shutil.copy(ROOT / "tests" / "test_scenarios.py", tmp_path / "tests" / "test_scenarios.py")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\nbdd_features_base_dir = "features/"\n'
        'markers = ["paragraph(id): p", "tag(name): t"]\n\n[tool.irm]\nhistory_limit = 2\n',
        encoding="utf-8",
    )
    (tmp_path / "src").symlink_to(ROOT / "src")

    assert run_scenarios(tmp_path, "build/results.json", force=True) == 0
    (tmp_path / "storm").touch()
    assert run_scenarios(tmp_path, "build/results.json", force=True) == 1
    assert run_scenarios(tmp_path, "build/results.json", force=True, extra=["-q"]) == 1  # not a whole run
    capfd.readouterr()

    runs, problems = read_history(tmp_path / HISTORY_FILE, HISTORY_FILE)
    key = "features/weather.feature:4"
    assert problems == ()
    assert [r.scenarios for r in runs] == [{key: "passed"}, {key: "failed"}]
    assert runs[0].inputs == runs[1].inputs
    assert flaky(runs, key)
    found = paragraph_history(runs, [key])
    assert found.proved_since is None
    assert found.last_change is not None
    assert (found.last_change.before, found.last_change.after) == ("proved", "failing")

    (tmp_path / "storm").unlink()
    assert run_scenarios(tmp_path, "build/results.json", force=True) == 0
    runs, _ = read_history(tmp_path / HISTORY_FILE, HISTORY_FILE)
    assert [r.scenarios[key] for r in runs] == ["failed", "passed"]  # the cap: 2

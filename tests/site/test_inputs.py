"""``make site`` runs the scenarios only when something they depend on changed (``irm_site.inputs``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from irm_site.inputs import inputs, inputs_file, run_scenarios

ROOT = Path(__file__).resolve().parents[2]
FEATURE = "features/irm-25.12.1.1.5.feature"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project with one feature file, its step definitions and the model (linked)."""
    (tmp_path / "features").mkdir()
    shutil.copy(ROOT / FEATURE, tmp_path / FEATURE)
    for name in ("pyproject.toml", "constraints.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    copy_scenario_bindings(tmp_path)
    return tmp_path


def copy_scenario_bindings(project: Path) -> None:
    """Into a copy of the project: the scenarios' bindings and step definitions, and the model (linked)."""
    (project / "tests").mkdir()
    for name in ("__init__.py", "conftest.py", "test_scenarios.py"):
        shutil.copy(ROOT / "tests" / name, project / "tests" / name)
    shutil.copytree(ROOT / "tests" / "steps", project / "tests" / "steps")
    (project / "src").symlink_to(ROOT / "src")


def test_the_run_is_skipped_until_a_feature_a_step_or_the_constraints_change(
    project: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    assert run_scenarios(project, "build/results.json") == 0
    assert "scenarios: ran in" in capfd.readouterr().out
    assert inputs_file(project / "build" / "results.json").is_file()

    assert run_scenarios(project, "build/results.json") == 0
    assert "nothing they depend on changed" in capfd.readouterr().out

    steps = project / "tests" / "steps" / "contact.py"
    steps.write_text(steps.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert run_scenarios(project, "build/results.json") == 0
    assert "scenarios: ran in" in capfd.readouterr().out

    constraints = project / "constraints.txt"
    constraints.write_text(constraints.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert run_scenarios(project, "build/results.json") == 0
    assert "scenarios: ran in" in capfd.readouterr().out


def test_a_skipped_run_answers_with_the_status_of_the_run_on_record(
    project: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    feature = project / FEATURE
    text = feature.read_text(encoding="utf-8")
    feature.write_text(text.replace("Then ", "Then it is not the case that ", 1), encoding="utf-8")
    first = run_scenarios(project, "build/results.json")

    assert first == 1  # a step nobody defined: the scenario failed
    assert run_scenarios(project, "build/results.json") == 1
    assert "1 failed): not re-run" in capfd.readouterr().out


def test_the_inputs_name_each_feature_and_hash_each_group(project: Path) -> None:
    found = inputs(project)

    assert list(found) == ["features", "steps", "model", "recorder", "constraints"]
    assert list(found["features"]) == [FEATURE]  # type: ignore[call-overload]
    assert all(len(str(found[group])) == 64 for group in ("steps", "model", "recorder", "constraints"))

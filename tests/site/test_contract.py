"""traceability.json is a contract: a schema generated from its models, published beside it, and kept.

The file is checked against its schema with ``jsonschema``'s Draft 2020-12 validator (as a
reader in another language would), and by a round trip through the pydantic models.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from irm_site.contract import SCHEMA_FILE, SCHEMA_VERSION, Traceability, schema
from irm_site.evidence import evidence_paths
from irm_site.generate import TRACEABILITY, generate, read_sources
from irm_site.history import HISTORY_FILE, HistoryRun
from tests.site.test_build import record_run

ROOT = Path(__file__).resolve().parents[2]
FAILED = "features/irm-25.12.1.1.5.feature"


def validate(value: Any, published: dict[str, Any]) -> list[str]:
    """Where ``value`` breaks the schema, one line each (``$.paragraphs[0]: 'rerun' is a required property``)."""
    Draft202012Validator.check_schema(published)
    errors = sorted(Draft202012Validator(published).iter_errors(value), key=lambda error: list(error.absolute_path))
    return [f"{error.json_path}: {error.message}" for error in errors]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, Any]]:
    """traceability.json and its schema as generated for a project with a failure and a history of two runs."""
    project = tmp_path_factory.mktemp("project")
    for name in ("docs", "features"):
        shutil.copytree(ROOT / name, project / name)
    record_run(project)
    path = project / "build" / "results.json"
    results = json.loads(path.read_text(encoding="utf-8"))
    [first] = [s for s in results["scenarios"] if s["feature"] == FAILED][:1]
    first["status"] = "failed"
    first["failure"] = {"step": "Then it holds", "line": 12, "error": "AssertionError: it does not"}
    first["steps"] = [{"line": 12, "status": "failed", "duration": 0.5, "error": "AssertionError: it does not"}]
    path.write_text(json.dumps(results), encoding="utf-8")
    key = f"{first['feature']}:{first['line']}"
    statuses = {f"{s['feature']}:{s['line']}": s["status"] for s in results["scenarios"]}
    inputs = {"features": {}, "steps": "s", "model": "m", "recorder": "r", "constraints": "c"}
    lines = [
        HistoryRun.model_validate(
            {
                "commit": "abc",
                "finished": "2026-11-20T10:00:00Z",
                "inputs": inputs,
                "scenarios": {**statuses, key: "passed"},
            }
        ),
        HistoryRun.model_validate(
            {"commit": "def", "finished": "2026-11-21T10:00:00Z", "inputs": inputs, "scenarios": statuses}
        ),
    ]
    (project / HISTORY_FILE).parent.mkdir()
    (project / HISTORY_FILE).write_text("".join(line.model_dump_json() + "\n" for line in lines), encoding="utf-8")
    out = generate(read_sources(project))
    data = json.loads(str(out.files[TRACEABILITY]))
    return data, json.loads(str(out.files[SCHEMA_FILE]))


def test_the_file_validates_against_the_schema_published_beside_it(
    published: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    data, published_schema = published

    assert published_schema == schema()
    assert validate(data, published_schema) == []
    assert Traceability.model_validate(data).model_dump(mode="json") == data
    assert data["schema_version"] == SCHEMA_VERSION


def test_the_validator_catches_what_breaks_the_schema(published: tuple[dict[str, Any], dict[str, Any]]) -> None:
    data, published_schema = published
    broken = json.loads(json.dumps(data))
    del broken["paragraphs"][0]["rerun"]
    broken["paragraphs"][1]["status"] = "proven"
    broken["paragraphs"][2]["scenarios"][0]["line"] = "12"
    broken["extra"] = 1

    assert validate(broken, published_schema) == [
        "$: Additional properties are not allowed ('extra' was unexpected)",
        "$.paragraphs[0]: 'rerun' is a required property",
        "$.paragraphs[1].status: 'proven' is not one of ['proved', 'failing', 'not proved']",
        "$.paragraphs[2].scenarios[0].line: '12' is not of type 'integer'",
    ]


def test_each_paragraph_carries_its_proof_its_tools_its_command_and_its_history(
    published: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    data, _ = published
    paragraphs = {p["id"]: p for p in data["paragraphs"]}
    failing = [p for p in data["paragraphs"] if p["status"] == "failing"]

    assert data["history_runs"] == 2
    assert failing
    for paragraph in failing:
        assert paragraph["proved_since"] is None
        assert paragraph["last_change"] == {
            "date": "2026-11-21T10:00:00Z",
            "commit": "def",
            "before": "proved",
            "after": "failing",
        }
        [scenario] = [s for s in paragraph["scenarios"] if s["status"] == "failed"]
        assert scenario["failure"] == {"step": "Then it holds", "line": 12, "error": "AssertionError: it does not"}
        assert scenario["flaky"] is True  # its status changed while its inputs did not
        assert scenario["key"] == f"{scenario['feature']}:{scenario['line']}"
    proved = paragraphs["IRM 5.19.8.4(4)"]
    assert proved["status"] == "proved"
    assert proved["proved_since"] == {"date": "2026-11-20T10:00:00Z", "commit": "abc"}
    assert proved["last_change"] is None
    assert proved["rerun"] == "make paragraph P='IRM 5.19.8.4(4)'"
    assert proved["tools"]
    assert all(s["duration"] == 0.01 and s["flaky"] is False for s in proved["scenarios"])
    assert data["run"]["counts"]["failed"] == 1


def test_the_schema_requires_every_field_a_reader_relies_on() -> None:
    generated = schema()
    paragraph = generated["$defs"]["ParagraphEntry"]
    scenario = generated["$defs"]["ScenarioEntry"]

    assert generated["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(generated["required"]) >= {"memo", "run", "history_runs", "paragraphs", "readings"}
    assert set(paragraph["required"]) >= {
        "id", "status", "force_words", "readings", "implemented_by", "tools", "rerun", "proved_since",
        "last_change", "scenarios",
    }  # fmt: skip
    assert set(scenario["required"]) >= {"status", "duration", "feature", "line", "failure", "flaky"}
    assert paragraph["additionalProperties"] is False


def test_the_review_added_in_1_1_is_optional_so_a_file_without_it_still_validates(
    published: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    data, published_schema = published
    paragraph = published_schema["$defs"]["ParagraphEntry"]
    older = json.loads(json.dumps(data))
    for entry in [*older["paragraphs"], *older["readings"]]:
        del entry["review"]

    assert SCHEMA_VERSION == "1.1.0"  # a new field: the minor number
    assert "review" in paragraph["properties"]
    assert "review" not in paragraph["required"]
    assert "review" not in published_schema["$defs"]["ReadingEntry"]["required"]
    assert {p["review"]["state"] for p in data["paragraphs"]} == {"never reviewed"}  # no ledger in this copy
    assert validate(older, published_schema) == []
    older["paragraphs"][0]["review"] = {"state": "approved"}
    assert validate(older, published_schema)[0].startswith("$.paragraphs[0].review")


def test_the_for_ci_page_names_every_file_a_run_and_a_build_write() -> None:
    """The "For CI" page stays current: each evidence file, the data file and its schema, the history."""
    page = (ROOT / "docs" / "for-ci.md").read_text(encoding="utf-8")
    written = [path.name for path in evidence_paths(Path("build") / "results.json")]

    for name in ["results.json", *written, TRACEABILITY, SCHEMA_FILE, HISTORY_FILE]:
        assert f"`{name}`" in page or f"`build/{name}`" in page, f"docs/for-ci.md does not name {name}"
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "for-ci.md" in nav, "the For CI page is not in the navigation of mkdocs.yml"

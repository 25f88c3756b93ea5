"""The real build of a copy of this project (generate, then render with MkDocs, strict), and the coverage gate."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest

from irm_model.memo import MEMO
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_site.build import Project, build
from irm_site.features import load_features
from irm_site.generate import Catalogue
from irm_site.results import Results, RunInfo, ScenarioResult
from tests.bench import synthetic_manual

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the docs, features and config, with every scenario recorded as passed."""
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copytree(ROOT / "features", tmp_path / "features")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    (tmp_path / "src").symlink_to(ROOT / "src")
    record_run(tmp_path)
    return tmp_path


def record_run(project: Path, status: str = "passed", known: Collection[ParagraphId] | None = MEMO_PARAGRAPHS) -> None:
    """Write a results file as the recorder would after a run in which every scenario had ``status``."""
    features = load_features(project / "features", project, known)
    now = "2026-11-26T12:00:00Z"
    results = Results(
        run=RunInfo.model_validate({"commit": "abc123", "started": now, "finished": now, "workers": 1}),
        scenarios=tuple(
            ScenarioResult.model_validate(
                {
                    "feature": spec.feature,
                    "line": spec.line,
                    "name": spec.name,
                    "paragraphs": [str(p) for p in spec.paragraphs],
                    "status": status,
                    "feature_sha256": feature.sha256,
                    "duration": 0.01,
                }
            )
            for feature in features
            for spec in feature.scenarios
        ),
    )
    (project / "build").mkdir(exist_ok=True)
    (project / "build" / "results.json").write_text(results.model_dump_json(), encoding="utf-8")


class Built:
    """What one build printed, and its exit status."""

    def __init__(self, project: Project) -> None:
        self.lines: list[str] = []
        self.status = build(project, ("mkdocs",), echo=self.lines.append)

    @property
    def problems(self) -> list[str]:
        """The lines that say what stops the build: paragraphs not proved, warnings, the renderer's complaints."""
        return [
            line.removeprefix("not proved: ").removeprefix("warning: ")
            for line in self.lines
            if not line.startswith(("generated ", "stages: "))
        ]


def build_site(root: Path, catalogue: Catalogue = "memo") -> Built:
    """Generate and render the project at ``root`` as ``make site`` does (MkDocs, strict)."""
    return Built(Project(root=root, catalogue=catalogue))


def traceability(project: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((project / "site" / "traceability.json").read_text(encoding="utf-8"))
    return data


def test_the_site_lists_all_38_entries_each_on_its_page(project: Path) -> None:
    built = build_site(project)

    data = traceability(project)
    assert (built.status, built.problems) == (0, [])
    assert [p["id"] for p in data["paragraphs"]] == [str(p) for p in MEMO_PARAGRAPHS]
    assert data["run"]["commit"] == "abc123"
    assert data["memo"] == MEMO.model_dump(mode="json")  # from the model, not from a page
    for entry in data["paragraphs"]:
        page, _, anchor = entry["url"].partition("#")
        html = (project / "site" / page).read_text(encoding="utf-8")  # page.html: use_directory_urls is off
        assert f'id="{anchor}"' in html, entry["id"]
        assert entry["status"] == "proved", entry["id"]
        assert all(name.startswith("irm_model.") for name in entry["implemented_by"]), entry["id"]
        assert all(isinstance(word, str) and word for word in entry["force_words"]), entry["id"]
    keys = [reading["key"] for reading in data["readings"]]
    assert keys, "traceability.json lists no reading"
    assert {key for entry in data["paragraphs"] for key in entry["readings"]} <= set(keys)
    for reading in data["readings"]:  # each reading's entry on the readings page, and each paragraph linking to it
        page, _, anchor = reading["url"].partition("#")
        assert anchor == reading["key"]
        assert f'id="{anchor}"' in (project / "site" / page).read_text(encoding="utf-8"), reading["key"]
        for paragraph in reading["paragraphs"]:
            [entry] = [p for p in data["paragraphs"] if p["id"] == paragraph]
            assert reading["key"] in entry["readings"], (reading["key"], paragraph)
            html = (project / "site" / entry["url"].partition("#")[0]).read_text(encoding="utf-8")
            assert f'readings.html#{reading["key"]}"' in html, (reading["key"], paragraph)


def test_each_paragraph_names_the_decisions_implementing_it_linked_to_the_api_reference(project: Path) -> None:
    assert build_site(project).status == 0

    [entry] = [p for p in traceability(project)["paragraphs"] if p["id"] == "IRM 5.19.1.2(13)"]
    assert "irm_model.contact.next_step" in entry["implemented_by"]
    html = (project / "site" / entry["url"].partition("#")[0]).read_text(encoding="utf-8")
    assert re.search(r'Decided by: .*?href="[^"]*api/contact\.html#irm_model\.contact\.next_step"', html)
    api = (project / "site" / "api" / "contact.html").read_text(encoding="utf-8")
    assert 'id="irm_model.contact.next_step"' in api


def test_removing_the_scenarios_of_a_paragraph_fails_the_build_naming_it(project: Path) -> None:
    feature = project / "features" / "irm-25.12.1.1.5.feature"
    feature.unlink()
    record_run(project)

    built = build_site(project)
    assert built.status != 0

    assert "IRM 25.12.1.1.5(5) has no passing scenario: no scenario is tagged @IRM:25.12.1.1.5(5)" in built.problems


def test_a_failed_run_fails_the_build_naming_each_paragraph(project: Path) -> None:
    record_run(project, status="failed")

    built = build_site(project)
    assert built.status != 0

    assert any(w.startswith("IRM 5.19.8.4(4) has failing scenarios: features/") for w in built.problems)


def test_a_feature_changed_after_the_run_is_stale_and_not_proof(project: Path) -> None:
    feature = project / "features" / "irm-25.12.1.1.5.feature"
    feature.write_text(feature.read_text(encoding="utf-8") + "\n", encoding="utf-8")

    built = build_site(project)
    assert built.status != 0

    assert any(
        w.startswith("IRM 25.12.1.1.5(5) has no passing scenario:") and "changed since the last run" in w
        for w in built.problems
    )


def test_a_tag_naming_a_paragraph_that_does_not_exist_names_file_and_line(project: Path) -> None:
    feature = project / "features" / "irm-25.12.1.1.5.feature"
    lines = feature.read_text(encoding="utf-8").splitlines()
    tag_line = next(i for i, line in enumerate(lines) if "@IRM:25.12.1.1.5(5)" in line)
    lines[tag_line] = lines[tag_line].replace("@IRM:25.12.1.1.5(5)", "@IRM:25.12.1.1.5(6)")
    feature.write_text("\n".join(lines) + "\n", encoding="utf-8")

    built = build_site(project)
    assert built.status != 0

    expected = f"features/irm-25.12.1.1.5.feature:{tag_line + 1}: the tag @IRM:25.12.1.1.5(6) names"
    assert any(expected in message for message in built.problems)


def test_without_results_every_scenario_is_not_run_and_the_build_says_why(project: Path) -> None:
    (project / "build" / "results.json").unlink()

    built = build_site(project)
    assert built.status != 0

    assert built.problems[0].startswith("build/results.json: there is no results file")
    generated = json.loads((project / "build" / "site-src" / "docs" / "traceability.json").read_text(encoding="utf-8"))
    assert {s["status"] for p in generated["paragraphs"] for s in p["scenarios"]} == {"not run"}
    assert not (project / "site").exists()  # the build stopped before rendering


def test_the_same_paragraph_on_a_second_page_is_named_with_file_and_line(project: Path) -> None:
    page = project / "docs" / "sections" / "irm-5.19.8.4.2.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\n/// paragraph | IRM 5.19.8.4(4)\ncopied\n///\n", encoding="utf-8"
    )
    line = page.read_text(encoding="utf-8").splitlines().index("/// paragraph | IRM 5.19.8.4(4)") + 1

    built = build_site(project)
    assert built.status != 0

    expected = f"docs/sections/irm-5.19.8.4.2.md:{line}: IRM 5.19.8.4(4) belongs on docs/sections/irm-5.19.8.4.md"
    assert any(expected in message for message in built.problems)


def test_a_link_to_a_missing_page_fails_the_strict_build(project: Path) -> None:
    page = project / "docs" / "glossary.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [nowhere](nowhere.md).\n", encoding="utf-8")

    built = build_site(project)
    assert built.status != 0

    assert any("glossary.md" in m and "nowhere.md" in m for m in built.problems)


def test_another_manual_is_proved_against_the_paragraphs_its_pages_show(tmp_path: Path) -> None:
    synthetic_manual(tmp_path, 410)  # 41 feature files: the Scenarios navigation groups them by IRM
    record_run(tmp_path, known=None)
    built = build_site(tmp_path, "pages")

    data = traceability(tmp_path)
    assert (built.status, built.problems) == (0, [])
    assert len(data["paragraphs"]) == 410
    assert {p["status"] for p in data["paragraphs"]} == {"proved"}
    assert {tuple(p["implemented_by"]) for p in data["paragraphs"]} == {()}  # no decision implements them
    page = (tmp_path / "site" / "scenarios" / "irm-9.1.5.1.html").read_text(encoding="utf-8")
    assert re.search(r'<label class="md-nav__link"[^>]*>\s*<span class="md-ellipsis">\s*IRM 9\.1\.5\s*</span>', page)


def test_in_another_manual_a_scenario_for_a_paragraph_no_page_shows_is_named(tmp_path: Path) -> None:
    synthetic_manual(tmp_path, 20)
    feature = tmp_path / "features" / "irm-9.1.1.2.feature"
    feature.write_text(feature.read_text(encoding="utf-8").replace("@IRM:9.1.1.2(3)", "@IRM:9.1.1.2(11)", 1))
    record_run(tmp_path, known=None)

    built = build_site(tmp_path, "pages")
    assert built.status != 0
    assert (
        "features/irm-9.1.1.2.feature:48: the scenario 'paragraph (3) a Unique Access Code is accepted once and "
        "refused the second time' proves IRM 9.1.1.2(11), which no page shows. Tag it with a paragraph shown on a "
        "page, or add a block '/// paragraph | IRM 9.1.1.2(11)'."
    ) in "\n".join(built.lines)

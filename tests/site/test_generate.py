"""Generation without a renderer: the tree both renderers build, written only where it changed."""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from irm_model.memo import MEMO
from irm_site.build import Project, Stages, generate_tree, mkdocs_problems, zensical_problems
from irm_site.config import read_config, site_config
from irm_site.errors import SourceError
from irm_site.generate import generate, page_url, read_sources, write_tree
from irm_site.render import relative
from tests.site.test_build import record_run

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the pages, features and configuration, with every scenario recorded as passed."""
    for name in ("docs", "features", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    record_run(tmp_path)
    return tmp_path


def test_a_second_generation_of_the_same_sources_writes_nothing(project: Path) -> None:
    generated, first = generate_tree(Project(root=project))
    _, second = generate_tree(Project(root=project))

    assert len(first) == len(generated.files) + 2  # every file, and both renderers' configuration
    assert second == []


def test_saving_a_feature_rewrites_only_the_pages_its_scenarios_reach(project: Path) -> None:
    generate_tree(Project(root=project))
    feature = project / "features" / "irm-25.12.1.1.5.feature"
    feature.write_text(feature.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # its results are now stale

    _, written = generate_tree(Project(root=project), first=["scenarios/irm-25.12.1.1.5.md"])

    assert written[0] == "scenarios/irm-25.12.1.1.5.md"  # the page a reader is looking at comes back first
    assert set(written) == {
        "scenarios/irm-25.12.1.1.5.md",
        "sections/irm-25.12.1.1.5.md",  # its paragraph's proof
        "index.md",  # the run summary
        "traceability.md",
        "traceability.json",
        "print.md",
    }


def test_a_file_no_longer_generated_is_removed(tmp_path: Path) -> None:
    write_tree({"a.md": "a", "b/c.md": "c"}, tmp_path)

    written = write_tree({"a.md": "a"}, tmp_path)

    assert written == ["b/c.md"]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["a.md"]


def test_the_memorandums_particulars_come_from_the_model(project: Path) -> None:
    generated = generate(read_sources(project))

    memo = str(generated.files["memo.md"])
    assert "<!-- irm:memo -->" not in memo
    assert f"<dt>Control number</dt><dd>{MEMO.control_number}</dd>" in memo
    assert "<dt>Expires</dt><dd>26 January 2028</dd>" in memo
    assert "<dt>Impacted IRMs</dt><dd>1.4.20, 5.18.1, 5.18.2, 5.19.1," in memo
    assert generated.traceability["memo"] == MEMO.model_dump(mode="json")


def test_every_paragraph_block_is_plain_markdown_for_any_renderer(project: Path) -> None:
    generated = generate(read_sources(project))

    pages = {path: str(text) for path, text in generated.files.items() if path.endswith(".md")}
    assert not [path for path, text in pages.items() if re.search(r"^///", text, flags=re.MULTILINE)]
    assert not [path for path, text in pages.items() if "<!-- irm:" in text]
    section = pages["sections/irm-5.19.8.4.2.md"]
    assert "## IRM 5.19.8.4.2(7) { #irm-5-19-8-4-2-7 .irm-paragraph-id }" in section
    assert section.startswith('---\n{"search": {"boost":')  # the section's own front matter is not passed on


def test_links_in_raw_html_are_final_addresses_and_markdown_links_are_checked_by_the_renderer() -> None:
    assert page_url("sections/irm-5.19.1.2.md#irm-5-19-1-2-13") == "sections/irm-5.19.1.2.html#irm-5-19-1-2-13"
    assert page_url("tools/index.md") == "tools/index.html"


def test_the_renderers_configuration_places_the_generated_pages_and_keeps_paths_relative(project: Path) -> None:
    generated = generate(read_sources(project))
    folder = project / "build" / "site-src"
    config = site_config(
        read_config(project / "mkdocs.yml"), project, folder, folder / "docs", project / "site", generated.nav
    )

    def titles(entries: list[Any]) -> list[str]:
        return [next(iter(entry)) if isinstance(entry, dict) else entry for entry in entries]

    def group(name: str) -> list[str]:
        return titles(next(entry[name] for entry in config["nav"] if isinstance(entry, dict) and name in entry))

    assert titles(config["nav"]) == ["Home", "What do I offer next?", "Procedures", "Scenarios and proof", "Reference"]
    procedures, proof = group("Procedures"), group("Scenarios and proof")
    assert procedures.index("Print view") == procedures.index("IRM sections") + 1
    assert procedures.index("Digital tools") == procedures.index("Decision table") + 1
    assert proof[:3] == ["Traceability", "Scenarios", "Readings where the memo is silent"]
    assert (config["docs_dir"], config["site_dir"], config["use_directory_urls"]) == ("docs", "../../site", False)
    assert config["theme"]["custom_dir"] == "../../overrides"
    assert not [p for p in config["plugins"] if isinstance(p, dict) and "irm" in p]


def test_a_configuration_that_is_not_yaml_is_named_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nnav: [\n", encoding="utf-8")

    with pytest.raises(SourceError) as error:
        read_config(tmp_path / "mkdocs.yml")

    assert str(error.value).startswith("mkdocs.yml:3: the configuration is not valid YAML")


def test_each_stage_is_timed() -> None:
    stages = Stages()
    with stages.stage("read"):
        pass
    with stages.stage("generate"):
        pass

    assert re.fullmatch(r"read \d+\.\d\d s · generate \d+\.\d\d s", str(stages))


def test_zensicals_strict_stop_becomes_one_line_per_problem_and_no_traceback() -> None:
    """Zensical 0.0.73's own output for a link to a missing page, colours and traceback included."""
    output = (DATA / "zensical-strict-stop.txt").read_text(encoding="utf-8")

    assert zensical_problems(output) == [
        "Build started",
        "docs/glossary.md (generated: build/site-src/docs/glossary.md:33:15): page does not exist: 'nowhere.md' "
        "(warning from Zensical). Fix it in docs/glossary.md.",
        "1 issue found",
        "Zensical stopped: with --strict, the problems above are errors.",
    ]


def test_a_zensical_crash_is_one_line() -> None:
    output = (
        "\nthread '<unnamed>' (9253) panicked at crates/zensical/src/lib.rs:197:30:\n"
        'site directory could not be cleaned: Os { code: 39, message: "Directory not empty" }\n'
        "stack backtrace:\nnote: Some details are omitted\nTraceback (most recent call last):\n"
        '  File "x.py", line 81, in execute_build\n'
        "pyo3_runtime.PanicException: site directory could not be cleaned\n"
    )

    assert zensical_problems(output) == [
        'Zensical crashed: site directory could not be cleaned: Os { code: 39, message: "Directory not empty" }'
    ]


def test_mkdocs_names_the_source_of_the_page_and_its_progress_is_left_out() -> None:
    output = (
        "INFO    -  Cleaning site directory\n"
        "WARNING -  Doc file 'glossary.md' contains a link 'nowhere.md', but the target is not found among "
        "documentation files.\n\nAborted with 1 warnings in strict mode!\n"
    )

    assert mkdocs_problems(output) == [
        "WARNING -  Doc file 'docs/glossary.md' (generated: build/site-src/docs/glossary.md) contains a link "
        "'nowhere.md', but the target is not found among documentation files.",
        "Aborted with 1 warnings in strict mode!",
    ]


def test_the_generated_configuration_is_yaml_both_renderers_read(project: Path) -> None:
    generate_tree(Project(root=project))

    for engine in ("mkdocs", "zensical"):
        config = yaml.safe_load((project / "build" / "site-src" / f"{engine}.yml").read_text(encoding="utf-8"))
        assert config["docs_dir"] == "docs"
    zensical = yaml.safe_load((project / "build" / "site-src" / "zensical.yml").read_text(encoding="utf-8"))
    assert zensical["site_dir"] == "zensical-site"  # Zensical writes only within its configuration's folder


def test_a_nav_that_is_not_a_list_is_named_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nnav: index.md\n", encoding="utf-8")

    with pytest.raises(SourceError) as error:
        read_config(tmp_path / "mkdocs.yml")

    assert str(error.value) == "mkdocs.yml:2: 'nav' is not a list. Write 'nav:' followed by '- ...' lines."


@pytest.mark.parametrize(
    ("target", "page"),
    [
        ("sections/irm-5.19.1.2.md#irm-5-19-1-2-13", "sections/irm-5.19.8.4.md"),
        ("tools/dut.md", "sections/irm-5.19.8.4.md"),
        ("index.md", "tools/index.md"),
        ("readings.md#fifteen_mb", "index.md"),
        ("api/hearings/index.md#x", "api/contact.md"),
        ("api/contact.md", "api/hearings/phone.md"),
        ("matrix/irm-5.19.md", "matrix/irm-9.3.md"),
        ("scenarios/memo.md", "print/irm-5.md"),
    ],
)
def test_a_link_between_two_pages_is_what_relpath_gives(target: str, page: str) -> None:
    path, _, anchor = target.partition("#")
    expected = posixpath.relpath(path, posixpath.dirname(page) or ".") + (f"#{anchor}" if anchor else "")

    assert relative(target, page) == expected

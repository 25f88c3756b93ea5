"""``make bench``: what the pipeline costs, in figures (never a timed test).

Four measurements:

1. **Pipeline overhead.** The real pipeline (the scenarios with our results recorder, then
   ``python -m irm_site build``: read the sources, generate the Markdown tree, render it with
   MkDocs, strict) against its bare parts in the same session: the scenarios without the recorder,
   and ``mkdocs build`` of the tree that build generated (``build/site-src/mkdocs.yml``) alone.
   ``pipeline_overhead`` = median(full) / (median(bare scenarios) + median(bare build)). The
   build's own stages (read, generate, write, mkdocs) are taken from the line it prints. The build
   runs on a copy of ``docs/``, ``features/`` and ``mkdocs.yml`` in a temporary folder, so that
   ``site/`` and ``build/`` of the working tree are left alone.
2. **Growth.** Synthetic manuals generated on the fly in a temporary folder (never committed),
   with a real IRM's depth: part, chapter, section, subsection (``IRM 9.3.7.4``), ten paragraphs
   on each subsection's page, three scenarios per paragraph. 2,000 paragraphs (``make bench``)
   and 20,000 (``make bench-large``, one run at that size), each built from scratch by the whole
   ``python -m irm_site build --catalogue pages`` command (generation and MkDocs). The results
   file is written from the feature files the way the recorder writes it after a run in which
   every scenario passed (running 60,000 scenarios would measure pytest-bdd, not the site).
   Build time and its stages, peak memory, pages and their HTML sizes at each size;
   ``growth`` = build time at 20,000 paragraphs / median at 2,000.
3. **Fast feedback.** ``python -m irm_site serve`` (what ``make serve`` runs) on a copy of the
   project; five saves of a feature file with a changed expectation, each timed until the served
   scenarios page shows the new status, and five saves of a page, each timed until the served page
   shows the new word: medians, and where the time goes (``tests/feedback_bench.py``).
4. **Contact records.** ``irm review`` on 100,000 generated contact records (JSON Lines, written
   from model contacts: most meet the guidance, some have violations or deviations, one in a
   hundred cannot be read, one in a hundred is dated before the guidance): ``records_per_second``
   = records / median wall time of the whole command, reading, reviewing and writing the report.

Prints a table, writes ``build/bench.json`` and rewrites the figures in ``docs/benchmarks.md``
between its ``bench:start`` and ``bench:end`` markers, and the records' figure between
``bench:records:start`` and ``bench:records:end`` (commit that page to publish them).

* ``python -m tests.bench --large`` (``make bench-large``): everything, growth at 20,000 paragraphs too.
* ``python -m tests.bench --growth [--large]``: the growth alone; rewrites only its figures
  (between ``bench:growth:start`` and ``bench:growth:end``).
* ``python -m tests.bench --records``: the contact records alone; rewrites only their figure.
* ``python -m tests.bench --feedback``: the fast feedback alone; rewrites only its figures
  (between ``bench:feedback:start`` and ``bench:feedback:end``).
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from tests import assistant_bench
from tests.feedback_bench import SAVES, feedback
from tests.feedback_bench import markdown as feedback_figures

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "bench.json"
PAGE = ROOT / "docs" / "benchmarks.md"
REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
PARAGRAPHS = int(os.environ.get("BENCH_PARAGRAPHS", "2000"))
"""The synthetic manual ``make bench`` builds, ``REPEAT`` times."""
LARGE = int(os.environ.get("BENCH_LARGE", "20000"))
"""The synthetic manual ``make bench-large`` builds too, once."""
RECORDS = int(os.environ.get("BENCH_RECORDS", "100000"))
"""How many generated contact records ``irm review`` reads."""
PER_PAGE = 10
"""Paragraphs (1)..(10) on the page of each subsection (``IRM 9.3.7.4``)."""
SUBSECTIONS = 5
"""Subsections to a section (``IRM 9.3.7``: one matrix page and one print page in a large manual)."""
SECTIONS = 10
"""Sections to a chapter (``IRM 9.3``)."""
CHAPTERS = 10
"""Chapters to a part (``IRM 9``): a part holds 5,000 paragraphs."""
FIRST_PART = 9
SCENARIOS_PER_PARAGRAPH = 3
PAGE_LIMIT = 150 * 1024
"""No page of the site (API reference pages aside) should exceed 150 KiB of HTML."""
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}


@dataclass(frozen=True)
class Run:
    """One command run: wall time in seconds, peak resident memory in MB, and what it printed."""

    seconds: float
    peak_mb: float
    output: str = ""


def _tree_rss(root: int) -> int:
    """The resident memory of process ``root`` and of all its descendants now, in bytes (from ``/proc``)."""
    total, pending, page = 0, [root], os.sysconf("SC_PAGE_SIZE")
    while pending:
        pid = pending.pop()
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
            for task in Path(f"/proc/{pid}/task").iterdir():
                pending += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue  # the process ended meanwhile
    return total


def run(command: Sequence[str], cwd: Path, *, ok: Callable[[int], bool] = lambda code: code == 0) -> Run:
    """Run a command to completion, measuring its wall time and peak memory.

    The peak memory counts the child processes too: ``wait4`` gives the largest peak of any one
    process of the tree (the kernel folds in every descendant waited for), and a sampler adds up,
    every 0.2 s, the resident memory of the whole tree at once (``python -m irm_site build`` keeps
    its generated tree in memory while MkDocs renders it in a child process). The larger is kept.
    """
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    sampled = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            sampled[0] = max(sampled[0], _tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    code = os.waitstatus_to_exitcode(status)
    text = output.decode(errors="replace")
    if not ok(code):
        tail = text.strip().splitlines()[-15:]
        sys.exit(f"bench: `{' '.join(command)}` in {cwd} exited {code}:\n" + "\n".join(tail))
    return Run(seconds, max(usage.ru_maxrss * 1024, sampled[0]) / 1024 / 1024, text)


def median(runs: Sequence[Run]) -> float:
    return statistics.median(r.seconds for r in runs)


_STAGE = re.compile(r"(\w+) (\d+(?:\.\d+)?) s")


def stages(output: str) -> dict[str, float]:
    """The stage times ``python -m irm_site build`` printed last (``stages: read 0.12 s · generate ...``)."""
    line = next((line for line in reversed(output.splitlines()) if line.startswith("stages: ")), "")
    return {name: float(seconds) for name, seconds in _STAGE.findall(line)}


def median_stages(runs: Sequence[Run]) -> dict[str, float]:
    """The median of each stage over ``runs``."""
    each = [stages(r.output) for r in runs]
    names = list(dict.fromkeys(name for stage in each for name in stage))
    return {name: statistics.median(stage.get(name, 0.0) for stage in each) for name in names}


# 1. Pipeline overhead ---------------------------------------------------------------------------


def project_copy(folder: Path) -> Path:
    """The sources of the site (pages, features, overrides, ``mkdocs.yml``) copied into ``folder``; ``src`` linked."""
    project = folder / "project"
    project.mkdir()
    for name in ("docs", "features", "overrides"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "src").symlink_to(ROOT / "src")  # for mkdocstrings
    (project / "build").mkdir()
    return project


def pipeline(folder: Path) -> dict[str, Any]:
    python = sys.executable
    project = project_copy(folder)
    scenarios = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_scenarios.py"]
    full_scenarios = [*scenarios, f"--irm-results={project / 'build' / 'results.json'}"]
    build = [python, "-m", "irm_site", "build", "--root", str(project)]
    generated = project / "build" / "site-src" / "mkdocs.yml"
    bare_build = [
        python,
        "-m",
        "mkdocs",
        "build",
        "-q",
        "--strict",
        "-f",
        str(generated),
        "-d",
        str(folder / "site-bare"),
    ]
    full: list[Run] = []
    builds: list[Run] = []
    bare_scenarios: list[Run] = []
    bare_builds: list[Run] = []
    for _ in range(REPEAT):  # interleaved, so that a slow moment of the machine hits every part
        first, second = run(full_scenarios, ROOT), run(build, ROOT)
        full.append(Run(first.seconds + second.seconds, max(first.peak_mb, second.peak_mb)))
        builds.append(second)
        bare_scenarios.append(run(scenarios, ROOT))
        bare_builds.append(run(bare_build, ROOT))  # the tree the full build just generated
    pages = {
        name: len(list(path.rglob("*.html")))
        for name, path in (("full", project / "site"), ("bare", folder / "site-bare"))
    }
    parts = median(bare_scenarios) + median(bare_builds)
    return {
        "full_seconds": median(full),
        "build_seconds": median(builds),
        "build_stages": median_stages(builds),
        "bare_scenarios_seconds": median(bare_scenarios),
        "bare_build_seconds": median(bare_builds),
        "pages_full": pages["full"],
        "pages_bare": pages["bare"],
        "pipeline_overhead": median(full) / parts,
    }


# 2. Growth --------------------------------------------------------------------------------------

_TEXT = (
    "Employees must offer and encourage taxpayers to use digital tools such as the Document Upload "
    "Tool (DUT) to submit documentation. It is not mandatory for taxpayers to communicate using "
    "digital tools; however, paper correspondence should be the last resort option, only after all "
    "available digital communication options have been offered, declined, and exhausted."
)

_SCENARIOS = (
    """\
  @IRM:{tag}
  Scenario: paragraph ({n}) a Unique Access Code is accepted once and refused the second time
    Given a Document Upload Tool case worked under IRM 5.18.2
    And the employee has given the taxpayer a Unique Access Code
    And the taxpayer has already uploaded "bank-statement.pdf" with that code
    When the taxpayer uploads "lease.pdf" of 52000 bytes with that code
    Then the upload is refused with "access_code_reused"
""",
    """\
  @IRM:{tag}
  Scenario: paragraph ({n}) a file of exactly 15 MB is received
    Given a Document Upload Tool case worked under IRM 5.18.2
    And the employee has given the taxpayer a Unique Access Code
    When the taxpayer uploads "statement.pdf" of 15728640 bytes with that code
    Then the file "statement.pdf" is received citing "size_within_limit"
""",
    """\
  @IRM:{tag}
  Scenario: paragraph ({n}) a file one byte over 15 MB is refused
    Given a Document Upload Tool case worked under IRM 5.18.2
    And the employee has given the taxpayer a Unique Access Code
    When the taxpayer uploads "statement.pdf" of 15728641 bytes with that code
    Then the file "statement.pdf" is refused citing "file_too_large"
""",
    """\
  @IRM:{tag}
  Scenario: paragraph ({n}) a received file is labelled with the date and time
    Given a Document Upload Tool case worked under IRM 5.18.2
    And the employee has given the taxpayer a Unique Access Code
    When the taxpayer uploads "lease.pdf" of 52000 bytes with that code at 2026-03-02 09:30:00 UTC
    Then the file "lease.pdf" is labelled "Received 2026-03-02 09:30:00 UTC"
""",
    """\
  @IRM:{tag}
  Scenario: paragraph ({n}) a .gif file is refused
    Given a Document Upload Tool case worked under IRM 5.18.2
    And the employee has given the taxpayer a Unique Access Code
    When the taxpayer uploads "image.gif" of 48000 bytes with that code
    Then the file "image.gif" is refused citing "extension_not_allowed"
""",
)
"""Real Document Upload Tool scenarios (the project's own steps run them); each paragraph gets the first few."""

_PYTEST_INI = """\
[pytest]
bdd_features_base_dir = features/
irm_paragraphs = pages
addopts = --strict-markers -p no:cacheprovider
markers =
    paragraph(id): the scenario proves this paragraph
    tag(name): any other Gherkin tag
"""

_CONFTEST = """\
import pkgutil

from tests import steps

pytest_plugins = ["irm_site.pytest_plugin", *(f"tests.steps.{m.name}" for m in pkgutil.iter_modules(steps.__path__))]
"""


def subsection(page: int) -> str:
    """The number of the manual's ``page``-th subsection (from 0): ``9.1.1.1``, ``9.1.1.2``, ... ``9.1.2.1``, ..."""
    section, sub = divmod(page, SUBSECTIONS)
    chapter, section = divmod(section, SECTIONS)
    part, chapter = divmod(chapter, CHAPTERS)
    return f"{FIRST_PART + part}.{chapter + 1}.{section + 1}.{sub + 1}"


def grouped(pages: Sequence[str], limit: int, depth: int = 1) -> list[Any]:
    """The navigation of subsection pages (``sections/irm-9.3.7.4.md``): by part, chapter and section, as needed.

    Pages are grouped by part (``IRM 9``), each group by chapter (``IRM 9.3``), then by section
    (``IRM 9.3.7``), until a group holds at most ``limit`` entries; a level with one group only is
    skipped. With ``navigation.sections`` and ``navigation.prune`` a page then carries the groups
    of the top level and the open group of each level below, never the whole manual.
    """
    if len(pages) <= limit or depth > 3:
        return list(pages)
    groups: dict[str, list[str]] = {}
    for page in pages:
        number = page.removeprefix("sections/irm-").removesuffix(".md")
        groups.setdefault("IRM " + ".".join(number.split(".")[:depth]), []).append(page)
    if len(groups) == 1:
        return grouped(pages, limit, depth + 1)
    return [{name: grouped(children, limit, depth + 1)} for name, children in groups.items()]


def synthetic_manual(folder: Path, paragraphs: int) -> None:
    """A manual of ``paragraphs`` paragraphs with a real IRM's depth: ten to a subsection's page.

    Subsections ``IRM 9.1.1.1`` to ``9.1.1.5`` make section ``IRM 9.1.1``, ten sections a chapter
    (``IRM 9.1``), ten chapters a part (``IRM 9``), then ``IRM 10`` and on. Each page has its feature
    file, with ``SCENARIOS_PER_PARAGRAPH`` real scenarios per paragraph. ``mkdocs.yml`` is the
    project's own (theme, Markdown extensions, assets) with the navigation of this manual and the
    plugins ``search`` and ``offline``; ``pytest test_synthetic.py --irm-results=build/results.json``
    in ``folder`` runs the scenarios.
    """
    from irm_site.generate import NAV_GROUP_SIZE

    (folder / "docs" / "sections").mkdir(parents=True)
    (folder / "features").mkdir()
    sections = [subsection(page) for page in range(paragraphs // PER_PAGE)]
    for s, section in enumerate(sections, start=1):
        blocks = "\n".join(f"/// paragraph | IRM {section}({n})\n({n}) {_TEXT}\n///\n" for n in range(1, PER_PAGE + 1))
        (folder / "docs" / "sections" / f"irm-{section}.md").write_text(
            f"---\nsection: IRM {section}\ntitle: Synthetic section {s}\nrevised: 2026-01-26\n---\n\n"
            f"# IRM {section} Synthetic section {s}\n\n(01-26-2026)\n\n{blocks}",
            encoding="utf-8",
        )
        scenarios = "\n".join(
            template.format(tag=f"{section}({n})", n=n)
            for n in range(1, PER_PAGE + 1)
            for template in _SCENARIOS[:SCENARIOS_PER_PARAGRAPH]
        )
        (folder / "features" / f"irm-{section}.feature").write_text(
            f"Feature: IRM {section} Synthetic section {s}\n\n{scenarios}", encoding="utf-8"
        )
    (folder / "docs" / "index.md").write_text(f"# A synthetic manual of {paragraphs} paragraphs\n", encoding="utf-8")
    (folder / "docs" / "traceability.md").write_text(
        "# Traceability\n\n<!-- irm:run -->\n\n<!-- irm:matrix -->\n", encoding="utf-8"
    )
    shutil.copytree(ROOT / "docs" / "assets", folder / "docs" / "assets")  # the stylesheet and scripts mkdocs.yml names
    config: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    pages = [f"sections/irm-{section}.md" for section in sections]
    config["nav"] = [
        {"Home": "index.md"},
        {"IRM sections": grouped(pages, NAV_GROUP_SIZE)},
        {"Traceability": "traceability.md"},
    ]
    config["site_name"] = f"Synthetic manual, {paragraphs} paragraphs"
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config["plugins"] = [
        p for p in config["plugins"] if (next(iter(p)) if isinstance(p, dict) else p) in ("search", "offline")
    ]
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    (folder / "pytest.ini").write_text(_PYTEST_INI, encoding="utf-8")
    (folder / "conftest.py").write_text(_CONFTEST, encoding="utf-8")
    (folder / "test_synthetic.py").write_text('from pytest_bdd import scenarios\n\nscenarios(".")\n', encoding="utf-8")


def record_passed(folder: Path) -> int:
    """Write ``build/results.json`` as the recorder would after a run in which every scenario passed.

    Returns the number of scenarios recorded.
    """
    from irm_site.features import load_features
    from irm_site.results import Results, RunInfo, ScenarioResult

    now = datetime.now(UTC)
    results = Results(
        run=RunInfo(commit="synthetic", started=now, finished=now, workers=1),
        scenarios=tuple(
            ScenarioResult(
                feature=spec.feature,
                line=spec.line,
                name=spec.name,
                paragraphs=spec.paragraphs,
                status="passed",
                feature_sha256=feature.sha256,
                duration=0.01,
            )
            for feature in load_features(folder / "features", folder, None)
            for spec in feature.scenarios
        ),
    )
    (folder / "build").mkdir(exist_ok=True)
    (folder / "build" / "results.json").write_text(results.model_dump_json(), encoding="utf-8")
    return len(results.scenarios)


_KINDS = ("sections", "scenarios", "matrix", "print", "tools", "api")


def kind(page: str) -> str:
    """What a built page is: ``sections``, ``scenarios``, ``matrix`` (the traceability page too), ``print``,
    ``tools``, ``api`` or ``other``."""
    first = page.split("/", 1)[0]
    if first in _KINDS:
        return first
    return {"print.html": "print", "traceability.html": "matrix"}.get(page, "other")


def page_sizes(site: Path) -> list[tuple[int, str]]:
    """Every HTML page of a built site (assets aside) with its size in bytes, largest first."""
    return sorted(
        ((path.stat().st_size, path.relative_to(site).as_posix()) for path in site.rglob("*.html")),
        reverse=True,
    )


def grow(folder: Path, paragraphs: int, repeat: int) -> dict[str, Any]:
    """Build a synthetic manual of ``paragraphs`` paragraphs ``repeat`` times from scratch; its figures."""
    manual = folder / f"manual-{paragraphs}"
    synthetic_manual(manual, paragraphs)
    scenarios = record_passed(manual)
    command = [sys.executable, "-m", "irm_site", "build", "--root", str(manual), "--catalogue", "pages"]
    builds: list[Run] = []
    for _ in range(repeat):
        for made in ("site", "build/site-src"):  # every run generates and renders everything
            shutil.rmtree(manual / made, ignore_errors=True)
        builds.append(run(command, manual))
    pages = [(size, name) for size, name in page_sizes(manual / "site") if not name.startswith("assets/")]
    largest: dict[str, tuple[str, float]] = {}
    for size, name in pages:
        largest.setdefault(kind(name), (name, round(size / 1024, 1)))
    shutil.rmtree(manual)
    return {
        "paragraphs": paragraphs,
        "section_pages": paragraphs // PER_PAGE,
        "scenarios": scenarios,
        "runs": repeat,
        "build_seconds": median(builds),
        "build_seconds_runs": [round(b.seconds, 2) for b in builds],
        "stages": median_stages(builds),
        "peak_mb": max(b.peak_mb for b in builds),
        "pages": len(pages),
        "median_page_kib": statistics.median(size for size, _ in pages) / 1024,
        "largest_pages_kib": {name: round(size / 1024, 1) for size, name in pages[:3]},
        "largest_by_kind_kib": largest,
        "pages_over_limit": [name for size, name in pages if size > PAGE_LIMIT and kind(name) != "api"],
        "api_pages_over_limit": [name for size, name in pages if size > PAGE_LIMIT and kind(name) == "api"],
        "machine": machine(),
    }


def growth(folder: Path, sizes: Iterable[tuple[int, int]], kept: dict[str, Any] | None = None) -> dict[str, Any]:
    """Each synthetic manual of ``sizes`` (paragraphs, runs), then the growth ratio when both sizes were built.

    ``kept``: the growth figures of an earlier run; its 20,000-paragraph figures (and their ratio)
    are kept, with their own date and commit, when this run does not build that size.
    """
    measured: list[dict[str, Any]] = []
    for paragraphs, repeat in sizes:
        print(f"bench: a synthetic manual of {paragraphs:,} paragraphs, {repeat} build(s) ...", flush=True)
        measured.append(grow(folder, paragraphs, repeat))
    by_size = {entry["paragraphs"]: entry for entry in measured}
    ratio: dict[str, Any] | None = None
    if {PARAGRAPHS, LARGE} <= by_size.keys():
        m = by_size[LARGE]["machine"]
        ratio = {
            "ratio": by_size[LARGE]["build_seconds"] / by_size[PARAGRAPHS]["build_seconds"],
            "date": m["date"],
            "commit": m["commit"],
        }
    else:
        ratio = (kept or {}).get("growth")
        earlier = [e for e in (kept or {}).get("sizes", []) if e.get("paragraphs") == LARGE and "machine" in e]
        measured += [] if LARGE in by_size else earlier
    return {"sizes": measured, "growth": ratio}


# 3. Fast feedback: tests/feedback_bench.py ------------------------------------------------------


# 4. Contact records -----------------------------------------------------------------------------


def _contacts() -> list[Any]:
    """Model contacts to write as records: each outcome a work review can have, in the proportions of a day's work."""
    from irm_model.contact import Answer, Contact, Party
    from irm_model.paragraphs import MEMO_PARAGRAPHS
    from irm_model.tools import POSTAL_MAIL, Channel

    programs = [paragraph for paragraph in MEMO_PARAGRAPHS if not paragraph.is_memo]
    tools = (Channel.DUT, Channel.EEFAX, Channel.LIVE_ASSISTANCE)
    made = []
    for n, program in enumerate(programs):
        base = Contact(
            program=program,
            on=date(2026, 2, 2) + timedelta(days=n * 11),
            party=Party.REPRESENTATIVE if n % 4 == 0 else Party.TAXPAYER,
            available=tools,
            preferred=Channel.EEFAX if n % 2 else None,
        )
        first = base.preferred or Channel.DUT
        accepted = base.offer(first).encourage().answer(first, Answer.ACCEPTED).document_choice()
        declined = base.offer(first).encourage().answer(first, Answer.CANNOT_USE)
        for tool in (t for t in tools if t != first):
            declined = declined.offer(tool).answer(tool, Answer.WILL_NOT_USE)
        declined = declined.offer(POSTAL_MAIL).answer(POSTAL_MAIL, Answer.ACCEPTED).document_choice()
        helped = base.offer(first).encourage().ask_for_help(first).explain(first).answer(first, Answer.ACCEPTED)
        made += [accepted, accepted, accepted, declined, declined, helped.document_choice()]
        made += [base.offer(POSTAL_MAIL).document_choice(), helped]  # a violation; help given, choice not documented
    return made


def contact_records(path: Path, count: int) -> None:
    """Write ``count`` contact records: the contacts above in turn, each with its own id."""
    from irm_model.records import ContactRecord

    lines = [ContactRecord.of(contact).model_dump(mode="json", exclude_none=True) for contact in _contacts()]
    never_offered = {**lines[0], "events": [{"event": "answered", "channel": "DUT", "answer": "accepted"}]}
    before = {**lines[0], "date": "2025-12-01"}
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            line = never_offered if n % 100 == 37 else before if n % 100 == 71 else lines[n % len(lines)]
            out.write(json.dumps({**line, "id": f"bench-{n:06d}"}) + "\n")


def records(folder: Path) -> dict[str, Any]:
    """``irm review`` on ``RECORDS`` generated records: its wall time, records per second and peak memory."""
    path = folder / "records.jsonl"
    contact_records(path, RECORDS)
    irm = Path(sys.executable).parent / "irm"
    if not irm.exists():
        sys.exit(f"bench: there is no {irm}: run `make setup`")
    runs = [run([str(irm), "review", str(path)], folder, ok=lambda code: code in (0, 1, 2)) for _ in range(REPEAT)]
    seconds = median(runs)
    return {
        "records": RECORDS,
        "file_mb": path.stat().st_size / 1024 / 1024,
        "seconds": seconds,
        "seconds_runs": [round(r.seconds, 2) for r in runs],
        "machine": machine(),
        "records_per_second": RECORDS / seconds,
        "peak_mb": max(r.peak_mb for r in runs),
    }


# Report -----------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor() or "unknown",
    )
    memory = next(
        (
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    commit = commit.strip() + ("+dirty" if commit.strip() and changed.strip() else "")  # measured on uncommitted work
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory / 1024 / 1024, 1),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "commit": commit.strip() or None,
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "repeat": REPEAT,
    }


def _measured(m: dict[str, Any]) -> str:
    return (
        f"Measured {m['date']} at commit `{m['commit']}` on {m['cpu']} ({m['cores']} cores, "
        f"{m['memory_gib']} GiB, {m['system']}, Python {m['python']})"
    )


def _stages(seconds: dict[str, float], digits: int = 1) -> str:
    return " · ".join(f"{name} {value:.{digits}f}" for name, value in seconds.items())


def _names(names: Sequence[str]) -> str:
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "") if names else "none"


def growth_markdown(g: dict[str, Any]) -> str:
    """The growth figures: one row per synthetic manual, the largest page of each kind, the growth ratio."""
    sizes = sorted(g["sizes"], key=lambda size: size["paragraphs"])
    lines = [
        "| Synthetic paragraphs | Scenarios | Build (s) | Stages (s) | Peak memory (MB) | Pages "
        "| Median page (KiB) | Largest pages (KiB) | Pages over 150 KiB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for size in sizes:
        largest = ", ".join(f"{name} {kib}" for name, kib in size["largest_pages_kib"].items())
        runs = "one run" if size["runs"] == 1 else f"median of {size['runs']}"
        lines.append(
            f"| {size['paragraphs']:,} | {size['scenarios']:,} | {size['build_seconds']:.1f} ({runs}) "
            f"| {_stages(size['stages'])} | {size['peak_mb']:.0f} | {size['pages']:,} "
            f"| {size['median_page_kib']:.1f} | {largest} | {_names(size['pages_over_limit'])} |"
        )
    kinds = [k for k in (*_KINDS, "other") if any(k in size["largest_by_kind_kib"] for size in sizes)]
    lines += [
        "",
        "| Largest page of each kind (KiB) | "
        + " | ".join(f"{size['paragraphs']:,} paragraphs" for size in sizes)
        + " |",
        "|---|" + "---|" * len(sizes),
    ]
    for k in kinds:
        cells = []
        for size in sizes:
            name, kib = size["largest_by_kind_kib"].get(k, ("", None))
            cells.append("" if kib is None else f"{kib} ({name})")
        lines.append(f"| {k} | " + " | ".join(cells) + " |")
    lines.append("")
    for size in sizes:
        lines.append(f"- {size['paragraphs']:,} paragraphs: {_measured(size['machine'])}.")
    ratio = g.get("growth")
    lines += [
        "",
        f"**growth** (build time at {LARGE:,} paragraphs over {PARAGRAPHS:,}; target at most 11): "
        + (
            f"**{ratio['ratio']:.2f}** (both measured {ratio['date']}, commit `{ratio['commit']}`)."
            if ratio
            else "**n/a** (run `make bench-large`)."
        ),
    ]
    return "\n".join(lines)


def pipeline_markdown(p: dict[str, Any], m: dict[str, Any]) -> str:
    """The pipeline's figures: the full pipeline against its bare parts, and the build's own stages."""
    return "\n".join(
        [
            f"{_measured(m)}; medians of {m['repeat']} runs.",
            "",
            "| Pipeline | Seconds |",
            "|---|---|",
            f"| Scenarios with the recorder + `python -m irm_site build` with MkDocs ({p['pages_full']} pages) "
            f"| {p['full_seconds']:.1f} |",
            f"| of which `python -m irm_site build` (stages: {_stages(p['build_stages'], 2)}) "
            f"| {p['build_seconds']:.1f} |",
            f"| Scenarios without the recorder | {p['bare_scenarios_seconds']:.1f} |",
            f"| `mkdocs build` of the generated tree alone ({p['pages_bare']} pages) | {p['bare_build_seconds']:.1f} |",
            f"| **pipeline_overhead** (target at most 1.15) | **{p['pipeline_overhead']:.2f}** |",
        ]
    )


def markdown(data: dict[str, Any]) -> str:
    f = data["feedback"]
    lines = [
        "<!-- bench:pipeline:start -->",
        pipeline_markdown(data["pipeline"], data["machine"]),
        "<!-- bench:pipeline:end -->",
        "",
        "<!-- bench:growth:start -->",
        growth_markdown(data["growth"]),
        "<!-- bench:growth:end -->",
        "",
        "<!-- bench:feedback:start -->",
        feedback_markdown(f, data.get("feedback_machine", data["machine"])),
        "<!-- bench:feedback:end -->",
    ]
    return "\n".join(lines)


def records_markdown(r: dict[str, Any]) -> str:
    m = r["machine"]
    return "\n".join(
        [
            f"Measured {m['date']} at commit `{m['commit']}` on {m['cpu']} ({m['cores']} cores, "
            f"{m['memory_gib']} GiB, {m['system']}, Python {m['python']}); median of {m['repeat']} runs.",
            "",
            "| Contact records | Figure |",
            "|---|---|",
            f"| Generated records read by `irm review` (JSON Lines, {r['file_mb']:.0f} MB) | {r['records']:,} |",
            f"| Wall time of the whole command, reading, reviewing and writing the report (s) | {r['seconds']:.1f} |",
            f"| Peak memory (MB) | {r['peak_mb']:.0f} |",
            f"| **records_per_second** (target: 100,000 in under a minute, 1,667 a second) "
            f"| **{r['records_per_second']:,.0f}** |",
        ]
    )


def _replace(text: str, name: str, figures: str) -> str:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    updated, found = re.subn(
        f"{re.escape(start)}.*?{re.escape(end)}", f"{start}\n{figures}\n{end}", text, flags=re.DOTALL
    )
    if found != 1:
        sys.exit(f"bench: {PAGE.relative_to(ROOT)} needs one '{start}' ... '{end}' pair")
    return updated


def publish(data: dict[str, Any], *, everything: bool = True, only: str | None = None) -> None:
    """Write ``build/bench.json`` and the figures into the page: all of them, the records' only
    (``everything=False``) or one part only (``only="growth"`` or ``only="pipeline"``)."""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    text = PAGE.read_text(encoding="utf-8")
    if only == "growth":
        text = _replace(text, "bench:growth", growth_markdown(data["growth"]))
    elif only == "feedback":
        text = _replace(text, "bench:feedback", feedback_markdown(data["feedback"], data["feedback_machine"]))
    elif only == "pipeline":
        text = _replace(text, "bench:pipeline", pipeline_markdown(data["pipeline"], data["pipeline_machine"]))
    elif only == "assistant":
        text = _replace(text, "bench:assistant", assistant_markdown(data["assistant"], data["assistant_machine"]))
    else:
        if everything:
            text = _replace(text, "bench", markdown(data))
            text = _replace(text, "bench:assistant", assistant_markdown(data["assistant"], data["assistant_machine"]))
        text = _replace(text, "bench:records", records_markdown(data["records"]))
    PAGE.write_text(text, encoding="utf-8")


def records_only() -> None:
    """Measure the contact records alone; keep the other figures of ``build/bench.json`` and of the page."""
    with tempfile.TemporaryDirectory(prefix="irm-bench-") as temporary:
        print(f"bench: irm review on {RECORDS:,} generated contact records, {REPEAT} runs ...", flush=True)
        measured = records(Path(temporary))
    kept: dict[str, Any] = json.loads(OUT.read_text(encoding="utf-8")) if OUT.is_file() else {}
    publish({**kept, "records": measured, "records_per_second": measured["records_per_second"]}, everything=False)
    print(records_markdown(measured))
    print(f"\nbench: wrote {OUT.relative_to(ROOT)} and the records' figure in {PAGE.relative_to(ROOT)}")


def _sizes(large: bool) -> list[tuple[int, int]]:
    """The synthetic manuals to build: (paragraphs, runs)."""
    return [(PARAGRAPHS, REPEAT), *([(LARGE, 1)] if large else [])]


def _kept() -> dict[str, Any]:
    """The figures of the latest run (``build/bench.json``), if any."""
    kept: dict[str, Any] = json.loads(OUT.read_text(encoding="utf-8")) if OUT.is_file() else {}
    kept.pop("growth_10x", None)  # the measure before the growth to 20,000 paragraphs
    return kept


def _ratio(grown: dict[str, Any]) -> float | None:
    ratio = grown["growth"]
    return None if ratio is None else float(ratio["ratio"])


def growth_only(large: bool) -> None:
    """Measure the growth alone; keep the other figures of ``build/bench.json`` and of the page."""
    kept = _kept()
    with tempfile.TemporaryDirectory(prefix="irm-bench-") as temporary:
        grown = growth(Path(temporary), _sizes(large), kept.get("growth"))
    publish({**kept, "growth": grown, "growth_ratio": _ratio(grown)}, only="growth")
    print(growth_markdown(grown))
    print(f"\nbench: wrote {OUT.relative_to(ROOT)} and the growth figures in {PAGE.relative_to(ROOT)}")


def pipeline_only() -> None:
    """Measure the pipeline overhead alone; keep the other figures of ``build/bench.json`` and of the page."""
    kept = _kept()
    with tempfile.TemporaryDirectory(prefix="irm-bench-") as temporary:
        print(f"bench: pipeline, {REPEAT} runs of each part ...", flush=True)
        pipe = pipeline(Path(temporary))
    data = {**kept, "pipeline": pipe, "pipeline_machine": machine(), "pipeline_overhead": pipe["pipeline_overhead"]}
    publish(data, only="pipeline")
    print(pipeline_markdown(pipe, data["pipeline_machine"]))
    print(f"\nbench: wrote {OUT.relative_to(ROOT)} and the pipeline figures in {PAGE.relative_to(ROOT)}")


def feedback_markdown(f: dict[str, Any], m: dict[str, Any]) -> str:
    """The fast feedback figures, with the machine and commit they were measured on."""
    return f"{_measured(m)}.\n\n{feedback_figures(f)}"


def feedback_only() -> None:
    """Measure the fast feedback alone; keep the other figures of ``build/bench.json`` and of the page."""
    kept = _kept()
    with tempfile.TemporaryDirectory(prefix="irm-bench-") as temporary:
        print(f"bench: fast feedback under make serve, {SAVES} saves of each ...", flush=True)
        fed = feedback(Path(temporary))
    data = {**kept, "feedback": fed, "feedback_machine": machine()}
    publish(data, only="feedback")
    print(feedback_markdown(fed, data["feedback_machine"]))
    print(f"\nbench: wrote {OUT.relative_to(ROOT)} and the feedback figures in {PAGE.relative_to(ROOT)}")


def assistant_markdown(a: dict[str, Any], m: dict[str, Any]) -> str:
    """The assistant's figures, with the machine and commit they were measured on."""
    return f"{_measured(m)}.\n\n{assistant_bench.markdown(a)}"


def assistant_only() -> None:
    """Measure the assistant alone; keep the other figures of ``build/bench.json`` and of the page."""
    kept = _kept()
    print("bench: the assistant's answers, and its page opened from a folder ...", flush=True)
    measured = assistant_bench.measure(ROOT)
    data = {**kept, "assistant": measured, "assistant_machine": machine()}
    publish(data, only="assistant")
    print(assistant_markdown(measured, data["assistant_machine"]))
    print(f"\nbench: wrote {OUT.relative_to(ROOT)} and the assistant's figures in {PAGE.relative_to(ROOT)}")


def main() -> None:
    arguments = sys.argv[1:]
    large = "--large" in arguments
    if "--assistant" in arguments:
        assistant_only()
        return
    if "--records" in arguments:
        records_only()
        return
    if "--feedback" in arguments:
        feedback_only()
        return
    if "--growth" in arguments:
        growth_only(large)
        return
    if "--pipeline" in arguments:
        pipeline_only()
        return
    kept = _kept()
    with tempfile.TemporaryDirectory(prefix="irm-bench-") as temporary:
        folder = Path(temporary)
        print(f"bench: fast feedback under make serve, {SAVES} saves of each ...", flush=True)
        fed = feedback(folder)
        print(f"bench: pipeline, {REPEAT} runs of each part ...", flush=True)
        pipe = pipeline(folder)
        grown = growth(folder, _sizes(large), kept.get("growth"))
        print(f"bench: irm review on {RECORDS:,} generated contact records ...", flush=True)
        reviewed = records(folder)
    print("bench: the assistant's answers, and its page opened from a folder ...", flush=True)
    answered = assistant_bench.measure(ROOT)
    measured_on = machine()
    data = {
        "machine": measured_on,
        "pipeline": pipe,
        "pipeline_machine": measured_on,
        "pipeline_overhead": pipe["pipeline_overhead"],
        "growth": grown,
        "growth_ratio": _ratio(grown),
        "feedback": fed,
        "feedback_machine": measured_on,
        "feedback_median": fed["feature_median"],
        "records": reviewed,
        "records_per_second": reviewed["records_per_second"],
        "assistant": answered,
        "assistant_machine": measured_on,
        "assistant_load_seconds": answered["load_seconds"],
        "targets": {
            "assistant_load_seconds": 1,
            "pipeline_overhead": 1.15,
            "feedback_seconds": 2,
            "growth_ratio": 11,
            "page_kib": PAGE_LIMIT // 1024,
            "records_per_second": round(100_000 / 60),
        },
    }
    publish(data)
    print(markdown(data))
    print(records_markdown(reviewed))
    print(f"\nbench: wrote {OUT.relative_to(ROOT)} and the figures in {PAGE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

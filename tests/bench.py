"""``make bench``: what the pipeline costs, in figures (never a timed test).

Four measurements, each a median over repeated runs:

1. **Pipeline overhead.** The real pipeline (the scenarios with our results recorder, then the
   strict build with our plugin) against its bare parts in the same session: the scenarios without
   the recorder, and the same pages built with our plugin switched off.
   ``pipeline_overhead`` = median(full) / (median(bare scenarios) + median(bare build)).
2. **Growth.** A synthetic manual generated on the fly in a temporary folder (never committed):
   200, 1,000 and 2,000 paragraphs, ten to a section page, five real scenarios each, run once by
   pytest-bdd with the recorder and then built by MkDocs with our plugin (``paragraphs: pages``).
   Build time, peak memory and HTML size per page at each size; ``growth_10x`` = median build time
   at 2,000 paragraphs / median at 200.
3. **Fast feedback.** ``mkdocs serve`` on a copy of the project; one feature file is saved with a
   changed expectation; the time until the served scenarios page shows the new status.
4. **Contact records.** ``irm review`` on 100,000 generated contact records (JSON Lines, written
   from model contacts: most meet the guidance, some have violations or deviations, one in a
   hundred cannot be read, one in a hundred is dated before the guidance): ``records_per_second``
   = records / median wall time of the whole command, reading, reviewing and writing the report.

Prints a table, writes ``build/bench.json`` and rewrites the figures in ``docs/benchmarks.md``
between its ``bench:start`` and ``bench:end`` markers, and the records' figure between
``bench:records:start`` and ``bench:records:end`` (commit that page to publish them).
``python -m tests.bench --records`` measures the contact records alone and rewrites only their figure.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "bench.json"
PAGE = ROOT / "docs" / "benchmarks.md"
REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
SIZES = tuple(int(n) for n in os.environ.get("BENCH_SIZES", "200,1000,2000").split(","))
RECORDS = int(os.environ.get("BENCH_RECORDS", "100000"))
"""How many generated contact records ``irm review`` reads."""
PER_SECTION = 10
SCENARIOS_PER_PARAGRAPH = 5
PAGE_LIMIT = 150 * 1024
"""No page of the site should exceed 150 KB of HTML."""
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}


@dataclass(frozen=True)
class Run:
    """One command run: wall time in seconds and the peak resident memory of its process in MB."""

    seconds: float
    peak_mb: float


def run(command: Sequence[str], cwd: Path, *, ok: Callable[[int], bool] = lambda code: code == 0) -> Run:
    """Run a command to completion, measuring its wall time and peak memory (``wait4``)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if not ok(code):
        tail = output.decode(errors="replace").strip().splitlines()[-15:]
        sys.exit(f"bench: `{' '.join(command)}` in {cwd} exited {code}:\n" + "\n".join(tail))
    return Run(seconds, usage.ru_maxrss / 1024)


def run_output(command: Sequence[str], cwd: Path) -> str:
    """Run a command and return the last line it printed."""
    done = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"bench: `{' '.join(command)}` exited {done.returncode}:\n{done.stderr[-2000:]}")
    return done.stdout.strip().splitlines()[-1]


def hook_time(site_dir: str) -> float:
    """Build the site in this process, timing every event handler of our plugin; their total in seconds."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from irm_site.plugin import IrmPlugin

    config = load_config(str(ROOT / "mkdocs.yml"), strict=True, site_dir=site_dir)
    spent = [0.0]

    def timed(handler: Callable[..., Any]) -> Callable[..., Any]:
        def measured(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return handler(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - started

        return measured

    for handlers in config.plugins.events.values():  # the registered handlers, in priority order
        handlers[:] = [timed(h) if isinstance(getattr(h, "__self__", None), IrmPlugin) else h for h in handlers]
    build(config)
    return spent[0]


def median(runs: Sequence[Run]) -> float:
    return statistics.median(r.seconds for r in runs)


# 1. Pipeline overhead ---------------------------------------------------------------------------


def bare_config(folder: Path) -> Path:
    """mkdocs.yml without our plugin, its paths made absolute, written into ``folder``."""
    config: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "irm" in p)]
    config["strict"] = False  # the pages link to the pages our plugin generates
    config["docs_dir"] = str(ROOT / "docs")
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "mkdocstrings" in plugin:
            plugin["mkdocstrings"]["handlers"]["python"]["paths"] = [str(ROOT / "src")]
    target = folder / "mkdocs-bare.yml"
    target.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return target


def pipeline(folder: Path) -> dict[str, Any]:
    python = sys.executable
    results = ROOT / "build" / "results.json"
    scenarios = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_scenarios.py"]
    full_scenarios = [*scenarios, f"--irm-results={results}"]
    build = [python, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(folder / "site-full")]
    bare_build = [
        python,
        "-m",
        "mkdocs",
        "build",
        "-q",
        "-f",
        str(bare_config(folder)),
        "-d",
        str(folder / "site-bare"),
    ]
    full: list[Run] = []
    bare_scenarios: list[Run] = []
    bare_builds: list[Run] = []
    for _ in range(REPEAT):  # interleaved, so that a slow moment of the machine hits every part
        first, second = run(full_scenarios, ROOT), run(build, ROOT)
        full.append(Run(first.seconds + second.seconds, max(first.peak_mb, second.peak_mb)))
        bare_scenarios.append(run(scenarios, ROOT))
        bare_builds.append(run(bare_build, ROOT))
    hooks = [python, "-m", "tests.bench", "--hooks", str(folder / "site-hooks")]
    hook_seconds = statistics.median(float(run_output(hooks, ROOT)) for _ in range(REPEAT))
    pages = {name: len(list((folder / name).rglob("*.html"))) for name in ("site-full", "site-bare")}
    parts = median(bare_scenarios) + median(bare_builds)
    return {
        "full_seconds": median(full),
        "plugin_hook_seconds": hook_seconds,
        "bare_scenarios_seconds": median(bare_scenarios),
        "bare_build_seconds": median(bare_builds),
        "pages_full": pages["site-full"],
        "pages_bare": pages["site-bare"],
        "pipeline_overhead": median(full) / parts,
    }


# 2. Growth --------------------------------------------------------------------------------------

_TEXT = (
    "Employees must offer and encourage taxpayers to use digital tools such as the Document Upload "
    "Tool (DUT) to submit documentation. It is not mandatory for taxpayers to communicate using "
    "digital tools; however, paper correspondence should be the last resort option, only after all "
    "available digital communication options have been offered, declined, and exhausted."
)

_SCENARIOS = """\
  @IRM:{tag}
  Scenario: paragraph ({n}) a Unique Access Code is accepted once and refused the second time
    Given a Document Upload Tool case worked under IRM 5.18.2
    And the employee has given the taxpayer a Unique Access Code
    And the taxpayer has already uploaded "bank-statement.pdf" with that code
    When the taxpayer uploads "lease.pdf" of 52000 bytes with that code
    Then the upload is refused with "access_code_reused"

  @IRM:{tag}
  Scenario: paragraph ({n}) a file of exactly 15 MB is received
    Given a Document Upload Tool case worked under IRM 5.18.2
    And the employee has given the taxpayer a Unique Access Code
    When the taxpayer uploads "statement.pdf" of 15728640 bytes with that code
    Then the file "statement.pdf" is received citing "size_within_limit"

  @IRM:{tag}
  Scenario: paragraph ({n}) a file one byte over 15 MB is refused
    Given a Document Upload Tool case worked under IRM 5.18.2
    And the employee has given the taxpayer a Unique Access Code
    When the taxpayer uploads "statement.pdf" of 15728641 bytes with that code
    Then the file "statement.pdf" is refused citing "file_too_large"

  @IRM:{tag}
  Scenario: paragraph ({n}) a received file is labelled with the date and time
    Given a Document Upload Tool case worked under IRM 5.18.2
    And the employee has given the taxpayer a Unique Access Code
    When the taxpayer uploads "lease.pdf" of 52000 bytes with that code at 2026-03-02 09:30:00 UTC
    Then the file "lease.pdf" is labelled "Received 2026-03-02 09:30:00 UTC"

  @IRM:{tag}
  Scenario: paragraph ({n}) a .gif file is refused
    Given a Document Upload Tool case worked under IRM 5.18.2
    And the employee has given the taxpayer a Unique Access Code
    When the taxpayer uploads "image.gif" of 48000 bytes with that code
    Then the file "image.gif" is refused citing "extension_not_allowed"
"""

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


def synthetic_manual(folder: Path, paragraphs: int) -> None:
    """A manual of ``paragraphs`` paragraphs, ten to a section page, five scenarios each."""
    (folder / "docs" / "sections").mkdir(parents=True)
    (folder / "features").mkdir()
    sections = [f"9.{1 + i // PER_SECTION}.1.{1 + i % PER_SECTION}" for i in range(paragraphs // PER_SECTION)]
    for s, section in enumerate(sections, start=1):
        blocks = "\n".join(
            f"/// paragraph | IRM {section}({n})\n({n}) {_TEXT}\n///\n" for n in range(1, PER_SECTION + 1)
        )
        (folder / "docs" / "sections" / f"irm-{section}.md").write_text(
            f"---\nsection: IRM {section}\ntitle: Synthetic section {s}\nrevised: 2026-01-26\n---\n\n"
            f"# IRM {section} Synthetic section {s}\n\n(01-26-2026)\n\n{blocks}",
            encoding="utf-8",
        )
        scenarios = "\n".join(_SCENARIOS.format(tag=f"{section}({n})", n=n) for n in range(1, PER_SECTION + 1))
        (folder / "features" / f"irm-{section}.feature").write_text(
            f"Feature: IRM {section} Synthetic section {s}\n\n{scenarios}", encoding="utf-8"
        )
    (folder / "docs" / "index.md").write_text(f"# A synthetic manual of {paragraphs} paragraphs\n", encoding="utf-8")
    (folder / "docs" / "traceability.md").write_text(
        "# Traceability\n\n<!-- irm:run -->\n\n<!-- irm:matrix -->\n", encoding="utf-8"
    )
    config: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    programs: dict[str, list[str]] = {}  # the navigation groups sections by IRM, as mkdocs.yml does
    for section in sections:
        programs.setdefault("IRM " + ".".join(section.split(".")[:3]), []).append(f"sections/irm-{section}.md")
    config["nav"] = [
        {"Home": "index.md"},
        {"IRM sections": [{program: pages} for program, pages in programs.items()]},
        {"Traceability": "traceability.md"},
    ]
    config["site_name"] = f"Synthetic manual, {paragraphs} paragraphs"
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config["extra_css"] = []
    config["extra_javascript"] = []
    config.pop("extra", None)
    config["plugins"] = ["search", "offline", {"irm": {"paragraphs": "pages", "rerun_on_serve": False}}]
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    (folder / "pytest.ini").write_text(_PYTEST_INI, encoding="utf-8")
    (folder / "conftest.py").write_text(_CONFTEST, encoding="utf-8")
    (folder / "test_synthetic.py").write_text('from pytest_bdd import scenarios\n\nscenarios(".")\n', encoding="utf-8")


def growth(folder: Path) -> dict[str, Any]:
    python = sys.executable
    sizes: list[dict[str, Any]] = []
    for paragraphs in SIZES:
        manual = folder / f"manual-{paragraphs}"
        synthetic_manual(manual, paragraphs)
        scenarios = run([python, "-m", "pytest", "-q", "test_synthetic.py", "--irm-results=build/results.json"], manual)
        builds = [run([python, "-m", "mkdocs", "build", "--strict", "-q"], manual) for _ in range(REPEAT)]
        pages = sorted(
            (path.stat().st_size, path.relative_to(manual / "site").as_posix())
            for path in (manual / "site").rglob("*.html")
            if "assets" not in path.parts
        )
        sizes.append(
            {
                "paragraphs": paragraphs,
                "scenarios": paragraphs * SCENARIOS_PER_PARAGRAPH,
                "scenario_run_seconds": scenarios.seconds,
                "build_seconds": median(builds),
                "build_seconds_runs": [round(b.seconds, 2) for b in builds],
                "peak_mb": max(b.peak_mb for b in builds),
                "pages": len(pages),
                "median_page_kb": statistics.median(size for size, _ in pages) / 1024,
                "largest_pages_kb": {name: round(size / 1024, 1) for size, name in pages[-3:][::-1]},
                "pages_over_limit": [name for size, name in pages[::-1] if size > PAGE_LIMIT],
            }
        )
        shutil.rmtree(manual)
    by_size = {entry["paragraphs"]: entry["build_seconds"] for entry in sizes}
    ten_x = by_size[2000] / by_size[200] if {200, 2000} <= by_size.keys() else None
    return {"sizes": sizes, "growth_10x": ten_x}


# 3. Fast feedback -------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # our own local server
            body: bytes = response.read()
            return body.decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait(until: Callable[[], bool], seconds: float) -> float | None:
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        if until():
            return time.perf_counter() - started
        time.sleep(0.1)
    return None


FEEDBACK_FEATURE = "features/irm-5.18.2.1.5.feature"
FEEDBACK_ROW = "| statement.pdf | 15728641 | refused  | file_too_large        |"
FEEDBACK_EDIT = "| statement.pdf | 15728641 | received | file_too_large        |"


def feedback(folder: Path) -> dict[str, Any]:
    """Save one feature file under ``mkdocs serve``; time until its page shows the failed row."""
    project = folder / "serve"
    project.mkdir()
    for name in ("docs", "features", "overrides", "tests"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy(ROOT / name, project / name)
    (project / "src").symlink_to(ROOT / "src")
    (project / "build").mkdir()
    shutil.copy(ROOT / "build" / "results.json", project / "build" / "results.json")
    port = _free_port()
    log = (folder / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env=ENV,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    page = f"http://127.0.0.1:{port}/scenarios/irm-5.18.2.1.5.html"
    try:
        if _wait(lambda: _get(page) is not None, 180) is None:
            sys.exit(f"bench: mkdocs serve never answered {page}")
        before = _get(page) or ""
        failed_before = before.count("irm-status--failed")
        feature = project / FEEDBACK_FEATURE
        text = feature.read_text(encoding="utf-8")
        if FEEDBACK_ROW not in text:
            sys.exit(f"bench: {FEEDBACK_FEATURE} no longer has the row {FEEDBACK_ROW!r}; update tests/bench.py")
        started = time.perf_counter()
        feature.write_text(text.replace(FEEDBACK_ROW, FEEDBACK_EDIT), encoding="utf-8")
        seconds = _wait(lambda: (_get(page) or "").count("irm-status--failed") > failed_before, 180)
        if seconds is None:
            tail = (folder / "serve.log").read_text(errors="replace").strip().splitlines()[-15:]
            sys.exit(
                "bench: the served page never showed the failed example row; mkdocs serve said:\n" + "\n".join(tail)
            )
        return {"feature": FEEDBACK_FEATURE, "seconds_to_new_status": time.perf_counter() - started}
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


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


def markdown(data: dict[str, Any]) -> str:
    m, p, g, f = data["machine"], data["pipeline"], data["growth"], data["feedback"]
    lines = [
        f"Measured {m['date']} at commit `{m['commit']}` on {m['cpu']} ({m['cores']} cores, "
        f"{m['memory_gib']} GiB, {m['system']}, Python {m['python']}); medians of {m['repeat']} runs.",
        "",
        "| Pipeline | Seconds |",
        "|---|---|",
        f"| Scenarios with the recorder + strict build with our plugin ({p['pages_full']} pages) "
        f"| {p['full_seconds']:.1f} |",
        f"| of which in our plugin's own event handlers | {p['plugin_hook_seconds']:.2f} |",
        f"| Scenarios without the recorder | {p['bare_scenarios_seconds']:.1f} |",
        f"| Build without our plugin ({p['pages_bare']} pages) | {p['bare_build_seconds']:.1f} |",
        f"| **pipeline_overhead** (target at most 1.15) | **{p['pipeline_overhead']:.2f}** |",
        "",
        "| Synthetic paragraphs | Scenarios | Build (s) | Peak memory (MB) | Pages | Median page (KB) "
        "| Largest pages (KB) | Pages over 150 KB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for size in g["sizes"]:
        largest = ", ".join(f"{name} {kb}" for name, kb in size["largest_pages_kb"].items())
        over_limit = size["pages_over_limit"]
        over = ", ".join(over_limit[:3]) + (f" and {len(over_limit) - 3} more" if len(over_limit) > 3 else "")
        lines.append(
            f"| {size['paragraphs']:,} | {size['scenarios']:,} | {size['build_seconds']:.1f} | {size['peak_mb']:.0f} "
            f"| {size['pages']} | {size['median_page_kb']:.1f} | {largest} | {over or 'none'} |"
        )
    ten_x = "n/a" if g["growth_10x"] is None else f"{g['growth_10x']:.2f}"
    lines += [
        "",
        f"**growth_10x** (build time at 2,000 paragraphs over 200; target at most 11): **{ten_x}**.",
        "",
        f"**Fast feedback**: saving `{f['feature']}` under `make serve` showed the new status after "
        f"**{f['seconds_to_new_status']:.1f} s** (that feature's scenarios re-run, then the rebuild).",
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


def publish(data: dict[str, Any], *, everything: bool = True) -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    text = PAGE.read_text(encoding="utf-8")
    if everything:
        text = _replace(text, "bench", markdown(data))
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


def main() -> None:
    if sys.argv[1:2] == ["--hooks"]:
        print(f"{hook_time(sys.argv[2]):.4f}")
        return
    if sys.argv[1:2] == ["--records"]:
        records_only()
        return
    with tempfile.TemporaryDirectory(prefix="irm-bench-") as temporary:
        folder = Path(temporary)
        print(f"bench: pipeline, {REPEAT} runs of each part ...", flush=True)
        print("bench: fast feedback under mkdocs serve ...", flush=True)
        fed = feedback(folder)
        pipe = pipeline(folder)
        print(f"bench: synthetic manuals of {', '.join(map(str, SIZES))} paragraphs ...", flush=True)
        grown = growth(folder)
        print(f"bench: irm review on {RECORDS:,} generated contact records ...", flush=True)
        reviewed = records(folder)
    data = {
        "machine": machine(),
        "pipeline": pipe,
        "pipeline_overhead": pipe["pipeline_overhead"],
        "growth": grown,
        "growth_10x": grown["growth_10x"],
        "feedback": fed,
        "records": reviewed,
        "records_per_second": reviewed["records_per_second"],
        "targets": {
            "pipeline_overhead": 1.15,
            "growth_10x": 11,
            "page_kb": PAGE_LIMIT // 1024,
            "records_per_second": round(100_000 / 60),
        },
    }
    publish(data)
    print(markdown(data))
    print(records_markdown(reviewed))
    print(f"\nbench: wrote {OUT.relative_to(ROOT)} and the figures in {PAGE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

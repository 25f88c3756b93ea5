"""Fast feedback under ``make serve``, measured for ``make bench`` (never a timed test).

A copy of the project is served by ``python -m irm_site serve`` (what ``make serve`` runs). Five
times, one feature file is saved with an example row's expectation changed (then changed back),
and the clock stops when the served scenarios page shows the row's new status; five times, a page
of ``docs/`` is saved with a new word, and the clock stops when the served page shows it. Each
figure is the median of the five saves, with where the time went, read from the server's own log:
the warm runner's scenario run, the regeneration, and the rest (the renderer's rebuild of the
changed pages, the reload, and our polling every 20 ms).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAVES = int(os.environ.get("BENCH_SAVES", "5"))
FEATURE = "features/irm-5.18.2.1.5.feature"
ROW = "| statement.pdf | 15728641 | refused  | file_too_large        |"
EDIT = "| statement.pdf | 15728641 | received | file_too_large        |"
PAGE = "docs/glossary.md"
POLL = 0.02
"""Seconds between two looks at the served page."""


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
        time.sleep(POLL)
    return None


def _shows(url: str, text: str, present: bool) -> bool:
    """Whether the page at ``url`` shows ``text`` (``present``) or does not."""
    return (text in (_get(url) or "")) == present


def _copy(folder: Path) -> Path:
    project = folder / "serve"
    project.mkdir()
    for name in ("docs", "features", "overrides", "tests"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "pyproject.toml", "constraints.txt"):
        shutil.copy(ROOT / name, project / name)
    (project / "src").symlink_to(ROOT / "src")
    (project / "build").mkdir()
    shutil.copy(ROOT / "build" / "results.json", project / "build" / "results.json")
    return project


_RAN = re.compile(r"re-ran the scenarios of .*\((?P<seconds>\d+\.\d+) s\)")
_STAGE = re.compile(r"(?P<name>read|generate|write) (?P<seconds>\d+\.\d+) s")


def _parts(log: str) -> dict[str, float]:
    """One save's scenario run and regeneration, in seconds, from what the server logged for it."""
    parts: dict[str, float] = {}
    for line in log.splitlines():
        if ran := _RAN.search(line):
            parts["scenarios"] = float(ran["seconds"])
        elif line.startswith("regenerated:"):
            parts["generate"] = sum(float(m["seconds"]) for m in _STAGE.finditer(line))
    return parts


def feedback(folder: Path, saves: int = SAVES) -> dict[str, Any]:
    """Serve a copy of the project; save a feature file and a page ``saves`` times each; time each."""
    project = _copy(folder)
    port = _free_port()
    log_path = folder / "serve.log"
    log = log_path.open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "irm_site", "serve", "--addr", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    scenarios_page = f"http://127.0.0.1:{port}/scenarios/irm-5.18.2.1.5.html"
    glossary_page = f"http://127.0.0.1:{port}/glossary.html"
    try:
        if _wait(lambda: _get(scenarios_page) is not None, 180) is None:
            sys.exit(f"bench: python -m irm_site serve never answered {scenarios_page}")
        time.sleep(2)  # let the first build settle
        feature = project / FEATURE
        original = feature.read_text(encoding="utf-8")
        if ROW not in original:
            sys.exit(f"bench: {FEATURE} no longer has the row {ROW!r}; update tests/feedback_bench.py")
        feature_seconds: list[float] = []
        parts: list[dict[str, float]] = []
        for save in range(saves):
            broken = save % 2 == 0
            mark = len(log_path.read_bytes())
            feature.write_text(original.replace(ROW, EDIT) if broken else original, encoding="utf-8")
            started = time.perf_counter()
            shown = _wait(partial(_shows, scenarios_page, "irm-status--failed", broken), 60)
            if shown is None:
                tail = log_path.read_text(errors="replace").strip().splitlines()[-15:]
                sys.exit("bench: the served page never showed the new status; the server said:\n" + "\n".join(tail))
            feature_seconds.append(time.perf_counter() - started)
            time.sleep(1)
            parts.append(_parts(log_path.read_bytes()[mark:].decode(errors="replace")))
        feature.write_text(original, encoding="utf-8")
        _wait(lambda: "irm-status--failed" not in (_get(scenarios_page) or ""), 60)
        time.sleep(1)

        page = project / PAGE
        text = page.read_text(encoding="utf-8")
        page_seconds: list[float] = []
        for save in range(saves):
            word = f"Feedbackword{save}"
            page.write_text(text.replace("# Glossary", f"# Glossary {word}", 1), encoding="utf-8")
            started = time.perf_counter()
            if _wait(partial(_shows, glossary_page, word, True), 60) is None:
                sys.exit(f"bench: the served glossary never showed {word}")
            page_seconds.append(time.perf_counter() - started)
            time.sleep(1)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    scenarios = [part["scenarios"] for part in parts if "scenarios" in part]
    generate = [part["generate"] for part in parts if "generate" in part]
    return {
        "feature": FEATURE,
        "page": PAGE,
        "saves": saves,
        "engine": "zensical",
        "feature_seconds": [round(s, 2) for s in feature_seconds],
        "feature_median": statistics.median(feature_seconds),
        "page_seconds": [round(s, 2) for s in page_seconds],
        "page_median": statistics.median(page_seconds),
        "scenarios_median": statistics.median(scenarios) if scenarios else None,
        "generate_median": statistics.median(generate) if generate else None,
    }


def markdown(f: dict[str, Any]) -> str:
    """The feedback figures for docs/benchmarks.md."""
    lines = [
        f"**Fast feedback** under `make serve` (Zensical's server, warm scenario runner), median of {f['saves']} "
        "saves each:",
        "",
        "| Save | Median (s) | Each save (s) |",
        "|---|---|---|",
        f"| `{f['feature']}`, an example row's expectation changed, until the served scenarios page shows its "
        f"new status | **{f['feature_median']:.2f}** | {', '.join(f'{s:.2f}' for s in f['feature_seconds'])} |",
        f"| `{f['page']}`, a word added, until the served page shows it | **{f['page_median']:.2f}** | "
        f"{', '.join(f'{s:.2f}' for s in f['page_seconds'])} |",
    ]
    if f.get("scenarios_median") is not None:
        rest = f["feature_median"] - f["scenarios_median"] - f["generate_median"]
        lines += [
            "",
            f"Where a feature file's save goes (medians): the warm runner re-runs its scenarios in "
            f"{f['scenarios_median']:.2f} s; the regeneration (read, generate, write) takes "
            f"{f['generate_median']:.2f} s, of which 0.1 s is a pause after writing the pages that show the "
            "saved scenarios (its scenarios page and its paragraphs' section pages), so that Zensical rebuilds "
            "those alone before the pages the save also reaches (home, matrix, print view); and the rest, "
            f"{rest:.2f} s, is the wait for the editor's other writes (0.05 s), Zensical's rebuild of those "
            f"pages, and our polling every {POLL * 1000:.0f} ms.",
        ]
    return "\n".join(lines)


if __name__ == "__main__":  # python -m tests.feedback_bench: the feedback figures alone, printed
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        print(markdown(feedback(Path(folder))))

"""What the scenarios depend on, by content hash: ``make site`` skips the run when none of it changed.

The inputs are the feature files, the step definitions (everything under ``tests/`` that the
scenarios import: ``tests/steps/``, ``tests/conftest.py``, ``tests/test_scenarios.py``), the
model (``src/irm_model/``), the recorder (``src/irm_site/`` modules it runs) and the pinned
packages (``constraints.txt``, ``pyproject.toml``). Their hashes are written beside the results
(``build/results.inputs.json``) after a whole run; the next ``python -m irm_site scenarios``
compares and runs pytest only when something differs, or when there are no results yet. The
sign-off ledger (``signoff.jsonl``, [irm_site.signoff][]) is not among them: approving the scenarios
does not change their results. The site's generation, which has no such check, reads it every time.

A whole run also appends a line to the history of the proof ([irm_site.history][]), keyed by the
same hashes.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from irm_site import history
from irm_site.errors import SourceError
from irm_site.results import read_results

__all__ = ["INPUT_GROUPS", "inputs", "inputs_file", "run_scenarios"]

INPUT_GROUPS: dict[str, tuple[str, ...]] = {
    "steps": ("tests/steps/**/*.py", "tests/conftest.py", "tests/test_scenarios.py", "tests/__init__.py"),
    "model": ("src/irm_model/**/*.py",),
    "recorder": (
        "src/irm_site/pytest_plugin.py",
        "src/irm_site/features.py",
        "src/irm_site/results.py",
        "src/irm_site/evidence.py",
        "src/irm_site/errors.py",
    ),
    "constraints": ("constraints.txt", "pyproject.toml"),
}
"""The groups of inputs besides the feature files (hashed one by one), each a set of glob patterns."""
SCENARIOS_MODULE = "tests/test_scenarios.py"


def _digest(paths: Iterable[Path], root: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(paths):
        sha.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


def inputs(root: Path, features: str = "features") -> dict[str, object]:
    """The hashes of everything the scenarios depend on: each feature file's, and each group's."""
    found: dict[str, object] = {
        "features": {
            path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted((root / features).rglob("*.feature"))
        }
    }
    for group, patterns in INPUT_GROUPS.items():
        found[group] = _digest({p for pattern in patterns for p in root.glob(pattern) if p.is_file()}, root)
    return found


def inputs_file(results: Path) -> Path:
    """Where the inputs of the run that wrote ``results`` are kept: ``build/results.inputs.json``."""
    return results.with_name(results.stem + ".inputs.json")


def _unchanged(root: Path, results: Path, now: dict[str, object]) -> bool:
    stored = inputs_file(results)
    if not results.is_file() or not stored.is_file():
        return False
    try:
        read_results(results, str(results))
        return bool(json.loads(stored.read_text(encoding="utf-8")) == now)
    except (SourceError, json.JSONDecodeError):
        return False


def run_scenarios(root: Path, results: str, *, force: bool = False, extra: Sequence[str] = ()) -> int:
    """Run the scenarios with the recorder unless nothing they depend on changed since the results were written.

    Returns pytest's exit status, or, when the run is skipped, that of the run on record (1 if a
    scenario failed in it, else 0).
    """
    path = root / results
    try:
        kept = history.settings(root)
    except SourceError as error:
        print(error, file=sys.stderr)
        return 2
    now = inputs(root)
    if not force and not extra and _unchanged(root, path, now):
        recorded = read_results(path, results)
        failed = recorded.counts()["failed"]
        finished = f"{recorded.run.finished:%Y-%m-%d %H:%M:%S} UTC"
        print(
            f"scenarios: nothing they depend on changed since the run of {finished} ({len(recorded.scenarios)} "
            f"results, {failed} failed): not re-run (python -m irm_site scenarios --force runs them)"
        )
        return 1 if failed else 0
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pytest", "-q", SCENARIOS_MODULE, f"--irm-results={results}", *extra]
    code = subprocess.run(command, cwd=root, check=False).returncode
    stored = inputs_file(path)
    if code in (0, 1) and not extra:  # a whole run: its results answer for these inputs
        stored.write_text(json.dumps(now, indent=1) + "\n", encoding="utf-8")
        try:
            history.append_run(history.run_line(read_results(path, results), now), kept)
        except SourceError as error:  # no results file after all: nothing to remember
            print(f"scenarios: not added to the history: {error}", file=sys.stderr)
    else:
        stored.unlink(missing_ok=True)
    print(f"scenarios: ran in {time.perf_counter() - started:.1f} s (exit {code})")
    return code

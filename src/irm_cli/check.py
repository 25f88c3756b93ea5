"""``irm check [RESULTS]``: the site build's coverage gate, without building the site.

Reads the feature files and a results file (``pytest --irm-results``, written by ``make
scenarios``) and prints one line per paragraph of the memorandum not proved: no scenario tagged
with it, none passed in the latest run, one failed, or they changed since the run. The lines are
the build's own ([`coverage`][irm_site.trace.coverage], the same join and gate as a strict
``mkdocs build``).

Exit status: 0 when every paragraph is proved; 1 when any is not; 2 when the features or the
results file cannot be read.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from irm_model.paragraphs import MEMO_PARAGRAPHS
from irm_site.errors import SourceError, SourceErrors
from irm_site.features import load_features
from irm_site.results import read_results
from irm_site.trace import coverage

__all__ = ["run"]


def run(results: str, *, root: str, features: str, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Apply the coverage gate; the exit status (0 proved, 1 not proved, 2 cannot be read)."""
    base = Path(root)
    folder = base / features
    if not folder.is_dir():
        err.write(
            f"irm check: {folder}: there is no folder of feature files; run irm check from the project's folder, "
            "or give --root (and --features)\n"
        )
        return 2
    try:
        specs = load_features(folder, base, MEMO_PARAGRAPHS)
    except SourceErrors as errors:
        err.write(f"irm check: the feature files have mistakes:\n{errors}\n")
        return 2
    path = Path(results) if Path(results).is_absolute() else base / results
    try:
        run_results = read_results(path, results)
    except SourceError as error:
        err.write(f"irm check: {error}\n")
        return 2
    problems = coverage(MEMO_PARAGRAPHS, specs, run_results)
    for problem in problems:
        out.write(f"{problem}\n")
    run_info = run_results.run
    source = f"{results}, run finished {run_info.finished:%Y-%m-%d %H:%M} UTC" + (
        f" at commit {run_info.commit}" if run_info.commit else ""
    )
    if problems:
        are = "is" if len(problems) == 1 else "are"
        out.write(f"{len(problems)} of {len(MEMO_PARAGRAPHS)} paragraphs {are} not proved ({source})\n")
        return 1
    out.write(f"All {len(MEMO_PARAGRAPHS)} paragraphs the memorandum changes are proved ({source})\n")
    return 0

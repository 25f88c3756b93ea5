"""``irm check [RESULTS]``: the site build's coverage gate, without building the site.

Reads the feature files and a results file (``pytest --irm-results``, written by ``make
scenarios``) and prints one line per paragraph of the memorandum not proved: no scenario tagged
with it, none passed in the latest run, one failed, or they changed since the run. The lines are
the build's own ([`coverage`][irm_site.trace.coverage], the same join and gate as a strict
``mkdocs build``).

With ``--approved`` it also applies the policy gate of the sign-off ledger (``signoff.jsonl``,
[irm_site.signoff][]): one entry per paragraph whose scenarios or readings changed since its
sign-off (with the Gherkin lines removed and added) or were never signed off.

Exit status: 0 when every paragraph is proved (and, with ``--approved``, signed off as it stands);
1 when any is not; 2 when the features, the results file or the ledger cannot be read.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from irm_cli.signoff import approval_lines, read_features, read_signoffs
from irm_model.paragraphs import MEMO_PARAGRAPHS
from irm_model.readings import readings_touching
from irm_site import signoff
from irm_site.errors import SourceError
from irm_site.features import FeatureSpec
from irm_site.results import read_results
from irm_site.trace import coverage

__all__ = ["run"]


def run(
    results: str,
    *,
    root: str,
    features: str,
    approved: bool = False,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    """Apply the coverage gate (and, if ``approved``, the policy gate); the exit status (0, 1, or 2 cannot be read)."""
    base = Path(root)
    specs = read_features(base, features, err, "check")
    if specs is None:
        return 2
    ledger: signoff.Ledger | None = None
    if approved and (ledger := read_signoffs(base, err, "check")) is None:
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
    else:
        out.write(f"All {len(MEMO_PARAGRAPHS)} paragraphs the memorandum changes are proved ({source})\n")
    code = 1 if problems else 0
    if ledger is not None:
        code = max(code, _approved(ledger, specs, out))
    return code


def _approved(ledger: signoff.Ledger, specs: tuple[FeatureSpec, ...], out: TextIO) -> int:
    """The policy gate: each paragraph not signed off as it stands, with what changed; 1 when any."""
    reviews = signoff.reviews(MEMO_PARAGRAPHS, specs, ledger, readings_touching)
    for line in approval_lines(reviews):
        out.write(f"{line}\n")
    waiting = [paragraph for paragraph, review in reviews.items() if review.state != "signed off"]
    if waiting:
        are = "is" if len(waiting) == 1 else "are"
        out.write(
            f"{len(waiting)} of {len(MEMO_PARAGRAPHS)} paragraphs {are} not signed off as they stand "
            f"({signoff.LEDGER_FILE}): after review, irm signoff 'PARAGRAPH' --by \"NAME, ROLE\"\n"
        )
        return 1
    out.write(f"All {len(MEMO_PARAGRAPHS)} paragraphs are signed off as they stand ({signoff.LEDGER_FILE})\n")
    return 0

"""The results file: one record per scenario and per example row of the latest run.

Written by the pytest plugin (``irm_site.pytest_plugin``), read by the MkDocs plugin.
"""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from irm_model.paragraphs import ParagraphId
from irm_site.errors import SourceError

__all__ = [
    "RESULTS_VERSION",
    "Failure",
    "Results",
    "RunInfo",
    "ScenarioResult",
    "Status",
    "StepResult",
    "StepStatus",
    "checked_out",
    "read_results",
]

RESULTS_VERSION: Literal[1] = 1
Status = Literal["passed", "failed", "skipped"]
StepStatus = Literal["passed", "failed", "undefined"]


class Failure(BaseModel):
    """Where and why a scenario failed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    step: str | None
    """The failing step as written (``Then postal mail may be offered``), if a step failed."""
    line: int | None
    """The failing step's line in the feature file."""
    error: str
    """The error, one line."""


class StepResult(BaseModel):
    """One step that ran (a step after a failing one does not run, and has no record)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    line: int
    """The step's line in the feature file (an outline's step: the line of the step as written)."""
    status: StepStatus
    """``undefined``: no step definition matches it."""
    duration: float
    """Seconds."""
    error: str | None = None
    """The error, in full (type and message), when the step failed."""


class ScenarioResult(BaseModel):
    """The outcome of one scenario, or of one example row of a Scenario Outline."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    feature: str
    line: int
    """The scenario's line, or the example row's own line."""
    name: str
    paragraphs: tuple[ParagraphId, ...]
    status: Status
    failure: Failure | None = None
    feature_sha256: str
    """The feature file's content when it ran: a different hash now means the result is stale."""
    duration: float
    """Seconds."""
    steps: tuple[StepResult, ...] = ()
    """The steps that ran, in order (the evidence files of [irm_site.evidence][] are built from them)."""

    @property
    def key(self) -> str:
        """``features/x.feature:12``, as [ScenarioSpec.key][irm_site.features.ScenarioSpec.key]."""
        return f"{self.feature}:{self.line}"


class RunInfo(BaseModel):
    """The run the results come from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    commit: str | None
    """The commit checked out when the scenarios ran (with ``+dirty`` for uncommitted changes)."""
    started: datetime
    finished: datetime
    workers: int
    """1 for a plain run, N under pytest-xdist ``-n N``."""


class Results(BaseModel):
    """The whole results file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[1] = RESULTS_VERSION
    run: RunInfo
    scenarios: tuple[ScenarioResult, ...]

    def merged(self, newer: Results, features: set[str]) -> Results:
        """These results with the records of ``features`` replaced by ``newer``'s (a partial re-run)."""
        kept = [record for record in self.scenarios if record.feature not in features]
        records = sorted([*kept, *newer.scenarios], key=lambda record: (record.feature, record.line))
        return Results(run=newer.run, scenarios=tuple(records))

    def counts(self) -> dict[str, int]:
        """How many records have each status."""
        counts = {"passed": 0, "failed": 0, "skipped": 0}
        for scenario in self.scenarios:
            counts[scenario.status] += 1
        return counts


_RERUN = "run the scenarios again with `make scenarios` (it rewrites the file)"


def read_results(path: Path, shown_as: str) -> Results:
    """Read and check the results file.

    Raises:
        SourceError: the file is missing, is not JSON, or does not hold results.
    """
    if not path.is_file():
        raise SourceError(shown_as, None, "there is no results file, so no scenario has a status", _RERUN)
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SourceError(shown_as, error.lineno, f"the results file is not valid JSON ({error.msg})", _RERUN) from None
    try:
        return Results.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the top level"
        raise SourceError(
            shown_as,
            None,
            f"the results file does not hold scenario results ({first['msg']} at {where}; "
            f"{error.error_count()} problem(s) in all); it may be truncated or edited by hand",
            _RERUN,
        ) from None


def checked_out(root: Path, *, dirty: bool = False) -> str | None:
    """The commit checked out in ``root`` (``git rev-parse HEAD``), ``None`` outside a git checkout.

    With ``dirty``, ``+dirty`` follows it when tracked files have uncommitted changes (what a run records).
    """

    def git(*arguments: str) -> str:
        return subprocess.run(["git", *arguments], cwd=root, capture_output=True, text=True, check=True).stdout.strip()

    try:
        head = git("rev-parse", "HEAD")
        changed = dirty and bool(git("status", "--porcelain", "--untracked-files=no"))
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+dirty" if changed else "")

"""The history of the proof: one line per whole run of the scenarios, in a capped JSON Lines file.

Each ``python -m irm_site scenarios`` that runs every scenario (``make scenarios``, or ``make
site`` when something changed) appends one line to ``.irm/history.jsonl`` (outside ``build/``,
ignored by git, left by ``make clean``): the commit, when the run finished, the hashes of what the
scenarios depend on ([irm_site.inputs][]: each feature file, the step definitions, the model, the
recorder, the pinned packages) and each scenario's status by its key (``features/x.feature:12``).
Only the last ``history_limit`` lines are kept (``[tool.irm]`` in ``pyproject.toml``, 200 unless
set). A CI job keeps the file between runs (its cache) for the history to grow there too.

From the lines, plain functions answer: since which run (date, commit) a paragraph has been
proved, the last run where its status changed, and whether a scenario is flaky (its status changed
between two consecutive runs while none of the hashes it depends on did).
"""

from __future__ import annotations

import itertools
import json
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from irm_site.errors import SourceError
from irm_site.results import Results, Status

__all__ = [
    "DEFAULT_LIMIT",
    "HISTORY_FILE",
    "Change",
    "HistoryRun",
    "HistorySettings",
    "ParagraphHistory",
    "RunRef",
    "append_run",
    "flaky",
    "paragraph_history",
    "paragraph_status",
    "read_history",
    "run_line",
    "settings",
    "since",
    "since_line",
]

HISTORY_FILE = ".irm/history.jsonl"
DEFAULT_LIMIT = 200
DEPENDS_ON = ("steps", "model", "recorder", "constraints")
"""The groups of [irm_site.inputs][] a scenario depends on besides its own feature file."""

HistoryStatus = Literal["proved", "failing", "not proved"]


class HistoryRun(BaseModel):
    """One line of the history file: one whole run of the scenarios."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[1] = 1
    commit: str | None
    """The commit checked out (``+dirty`` with uncommitted changes), ``None`` outside git."""
    finished: datetime
    inputs: dict[str, Any]
    """The hashes of [irm_site.inputs.inputs][]: ``features`` (each file's), ``steps``, ``model``, ``recorder``,
    ``constraints``."""
    scenarios: dict[str, Status]
    """Each scenario's and example row's status, by key (``features/x.feature:12``)."""

    def depends(self, key: str) -> tuple[object, ...]:
        """The hashes the scenario ``key`` depends on in this run: its feature file's and each group's."""
        features = self.inputs.get("features", {})
        feature = features.get(key.rsplit(":", 1)[0]) if isinstance(features, dict) else None
        return (feature, *(self.inputs.get(group) for group in DEPENDS_ON))


@dataclass(frozen=True)
class HistorySettings:
    """Where the history is kept and how many runs it keeps (``[tool.irm]`` in ``pyproject.toml``)."""

    path: Path
    limit: int = DEFAULT_LIMIT


_SETTINGS_FIX = "write a whole number of runs to keep, 1 or more (for example history_limit = 200)"


def settings(root: Path) -> HistorySettings:
    """The history's settings from ``root/pyproject.toml`` (``[tool.irm] history_limit``), or the defaults.

    Raises:
        SourceError: the value is not a whole number of 1 or more (naming the file and line).
    """
    path = root / HISTORY_FILE
    config = root / "pyproject.toml"
    if not config.is_file():
        return HistorySettings(path)
    text = config.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None)
        raise SourceError("pyproject.toml", line, f"the file is not valid TOML ({error})", "correct it") from None
    tool = data.get("tool", {}).get("irm", {})
    limit = tool.get("history_limit", DEFAULT_LIMIT)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        match = re.search(r"^\s*history_limit\s*=", text, re.MULTILINE)
        line = text.count("\n", 0, match.start()) + 1 if match else None
        raise SourceError("pyproject.toml", line, f"[tool.irm] history_limit = {limit!r} is not allowed", _SETTINGS_FIX)
    return HistorySettings(path, limit)


def run_line(results: Results, inputs: Mapping[str, object]) -> HistoryRun:
    """The history's line for a whole run: its results and the hashes of what it ran on."""
    return HistoryRun(
        commit=results.run.commit,
        finished=results.run.finished,
        inputs=dict(inputs),
        scenarios={result.key: result.status for result in results.scenarios},
    )


def append_run(run: HistoryRun, where: HistorySettings) -> None:
    """Append ``run`` to the history file, keeping only the last ``where.limit`` lines.

    The lines already there are kept as they are (a corrupt one too: the site names it).
    """
    where.path.parent.mkdir(parents=True, exist_ok=True)
    lines = where.path.read_text(encoding="utf-8").splitlines() if where.path.is_file() else []
    lines = [line for line in lines if line.strip()]
    lines.append(json.dumps(run.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")))
    where.path.write_text("\n".join(lines[-where.limit :]) + "\n", encoding="utf-8")


_CORRUPT_FIX = "delete that line (or the whole file: the history then starts again with the next run)"


def read_history(path: Path, shown_as: str) -> tuple[tuple[HistoryRun, ...], tuple[SourceError, ...]]:
    """The runs of the history file, oldest first, and one error per line that is not a run.

    A missing file is an empty history. A corrupt line is left out and named (file and line).
    """
    if not path.is_file():
        return (), ()
    runs: list[HistoryRun] = []
    problems: list[SourceError] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            runs.append(HistoryRun.model_validate(json.loads(line)))
        except json.JSONDecodeError as error:
            problems.append(SourceError(shown_as, number, f"this line is not JSON ({error.msg})", _CORRUPT_FIX))
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "the top level"
            problems.append(
                SourceError(shown_as, number, f"this line is not a run ({first['msg']} at {where})", _CORRUPT_FIX)
            )
    return tuple(runs), tuple(problems)


def paragraph_status(run: HistoryRun, keys: Iterable[str]) -> HistoryStatus:
    """A paragraph's status in ``run``, from its scenarios' (as [`ParagraphView`][irm_site.trace.ParagraphView]'s)."""
    statuses = {run.scenarios[key] for key in keys if key in run.scenarios}
    if "failed" in statuses:
        return "failing"
    if "passed" in statuses:
        return "proved"
    return "not proved"


@dataclass(frozen=True)
class RunRef:
    """A run of the history: when it finished, and at which commit."""

    finished: datetime
    commit: str | None

    def as_data(self) -> dict[str, Any]:
        return {"date": self.finished.isoformat(), "commit": self.commit}


@dataclass(frozen=True)
class Change:
    """The last run where a paragraph's status changed, and from what to what."""

    run: RunRef
    before: HistoryStatus
    after: HistoryStatus


@dataclass(frozen=True)
class ParagraphHistory:
    """What the history says of one paragraph."""

    proved_since: RunRef | None
    """The first run of the unbroken series of proved runs that ends with the latest; ``None`` if not proved now."""
    last_change: Change | None
    """The latest run whose status differs from the run before it; ``None`` if it never changed."""
    runs: int
    """How many runs the history holds."""


def _ref(run: HistoryRun) -> RunRef:
    return RunRef(run.finished, run.commit)


def paragraph_history(runs: Sequence[HistoryRun], keys: Sequence[str]) -> ParagraphHistory:
    """Since when the paragraph proved by the scenarios ``keys`` has been proved, and its last change."""
    statuses = [paragraph_status(run, keys) for run in runs]
    since: RunRef | None = None
    if statuses and statuses[-1] == "proved":
        first = len(statuses) - 1
        while first > 0 and statuses[first - 1] == "proved":
            first -= 1
        since = _ref(runs[first])
    change: Change | None = None
    for index in range(len(statuses) - 1, 0, -1):
        if statuses[index] != statuses[index - 1]:
            change = Change(_ref(runs[index]), statuses[index - 1], statuses[index])
            break
    return ParagraphHistory(since, change, len(runs))


def flaky(runs: Sequence[HistoryRun], key: str) -> bool:
    """Whether the scenario ``key`` changed status between two consecutive runs that had the same inputs.

    The same inputs: its feature file, the step definitions, the model, the recorder and the
    pinned packages hashed alike in both runs. The commit may differ (a change to the docs only).
    """
    for before, after in itertools.pairwise(runs):
        if key not in before.scenarios or key not in after.scenarios:
            continue
        if before.scenarios[key] != after.scenarios[key] and before.depends(key) == after.depends(key):
            return True
    return False


def _short(commit: str | None) -> str:
    if commit is None:
        return "no commit"
    head, dirty, _ = commit.partition("+")
    return head[:10] + ("+" + "dirty" if dirty else "")


def since_line(history: ParagraphHistory | None) -> str:
    """Under a paragraph: since when it has been proved and its last change of status. Empty without a history."""
    if history is None or history.runs == 0:
        return ""
    parts: list[str] = []
    if history.proved_since is not None:
        since = history.proved_since
        parts.append(f"Proved since {since.finished:%Y-%m-%d} (commit <code>{escape(_short(since.commit))}</code>)")
    else:
        parts.append("Not proved in the latest recorded run")
    if history.last_change is None:
        parts.append(f"no change of status in the {history.runs} recorded run{'s' if history.runs != 1 else ''}")
    else:
        change = history.last_change
        parts.append(
            f"last change {escape(change.before)} → {escape(change.after)} on {change.run.finished:%Y-%m-%d} "
            f"(commit <code>{escape(_short(change.run.commit))}</code>)"
        )
    return f'<p class="irm-history">{"; ".join(parts)}.</p>\n\n'


def since(runs: Sequence[HistoryRun], keys: Sequence[str]) -> str:
    """The "since when" line of the paragraph proved by the scenarios ``keys``; empty without a history."""
    return since_line(paragraph_history(runs, keys)) if runs else ""

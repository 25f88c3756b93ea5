"""``traceability.json`` as a contract: the pydantic models that write it, and its JSON Schema.

The site publishes the file at its root and, beside it, ``traceability.schema.json``, generated
from these models ([`schema`][irm_site.contract.schema]). ``schema_version`` follows semantic
versioning: a change that breaks a reader (a field removed, renamed or retyped) bumps the major
number; a new field bumps the minor. A reader checks the major number it was written for.

1.1.0 added ``review``, per paragraph and per reading: its state in the sign-off ledger
([irm_site.signoff][]).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "SCHEMA_FILE",
    "SCHEMA_VERSION",
    "Counts",
    "FailureEntry",
    "ParagraphEntry",
    "ReadingEntry",
    "ReviewEntry",
    "RunEntry",
    "RunRefEntry",
    "ScenarioEntry",
    "StatusChange",
    "Traceability",
    "schema",
]

SCHEMA_VERSION = "1.1.0"
SCHEMA_FILE = "traceability.schema.json"
"""The schema's file name, beside ``traceability.json`` at the site's root."""

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class FailureEntry(BaseModel):
    """Where and why a scenario failed."""

    model_config = _FROZEN

    step: str | None = Field(description="The failing step as written (Then ...), null if no step failed.")
    line: int | None = Field(description="The failing step's line in the feature file.")
    error: str = Field(description="The error, one line.")


class ScenarioEntry(BaseModel):
    """A scenario (or one example row of a Scenario Outline) that proves the paragraph."""

    model_config = _FROZEN

    name: str
    feature: str = Field(description="The feature file, relative to the project's root.")
    line: int = Field(description="The scenario's line, or the example row's own line.")
    key: str = Field(description="feature:line, the key of results.json, the history and the evidence files.")
    status: Literal["passed", "failed", "skipped", "stale", "not run"] = Field(
        description="stale: the feature file changed since the run; not run: no result for it."
    )
    duration: float | None = Field(description="Seconds, in the latest run; null when stale or not run.")
    failure: FailureEntry | None = Field(description="For a failed scenario: the failing step and its message.")
    flaky: bool = Field(
        description="True when the history shows its status changing between two runs whose inputs "
        "(its feature file, the step definitions, the model, the recorder, the pinned packages) were the same."
    )


class RunRefEntry(BaseModel):
    """A run of the history."""

    model_config = _FROZEN

    date: datetime = Field(description="When the run finished (UTC).")
    commit: str | None = Field(description="The commit checked out, with +dirty for uncommitted changes.")


class StatusChange(BaseModel):
    """The last change of a paragraph's status in the history."""

    model_config = _FROZEN

    date: datetime
    commit: str | None
    before: Literal["proved", "failing", "not proved"]
    after: Literal["proved", "failing", "not proved"]


class ReviewEntry(BaseModel):
    """Whether policy staff approved what a paragraph's scenarios (or a reading) say, from the sign-off ledger."""

    model_config = _FROZEN

    state: Literal["signed off", "changed since sign-off", "never reviewed"] = Field(
        description="signed off: nothing it approved changed since its newest sign-off in signoff.jsonl; changed "
        "since sign-off: its scenarios' Gherkin or a reading touching it changed since; never reviewed: no sign-off."
    )
    by: str | None = Field(description="Who signed off (name and role, as typed); null when never reviewed.")
    on: datetime | None = Field(description="When they signed off (UTC); null when never reviewed.")
    note: str | None = Field(description="Their note; null when never reviewed.")
    commit: str | None = Field(description="The commit checked out when they signed off ('unknown' outside git).")
    added: list[str] = Field(
        description="Changed since sign-off: the lines added since (normalized Gherkin; a reading's content lines)."
    )
    removed: list[str] = Field(description="Changed since sign-off: the lines removed since.")
    readings_changed: list[str] = Field(
        description="Changed since sign-off (a paragraph): the keys of the readings touching it that changed, "
        "appeared or went since."
    )


class ParagraphEntry(BaseModel):
    """One paragraph of the guidance with its proof."""

    model_config = _FROZEN

    id: str = Field(description="IRM 5.19.8.4.2(7), or SBSE-05-0126-0020(2) for the memorandum's own.")
    title: str = Field(description="The title of the section the paragraph belongs to.")
    url: str = Field(description="The paragraph on the site, relative to the site's root.")
    status: Literal["proved", "failing", "not proved"]
    implemented_by: list[str] = Field(description="The full names of the model's decisions that implement it.")
    force_words: list[str] = Field(description="Its words of force (must, may, ...), quoted from its text.")
    readings: list[str] = Field(description="The keys of the readings (see readings) that touch it.")
    tools: list[str] = Field(description="The digital tools its text names, by their names on the site.")
    rerun: str = Field(description="The command that runs its scenarios again.")
    proved_since: RunRefEntry | None = Field(
        description="The first run of the unbroken series of proved runs in the history; null if not proved "
        "in the latest recorded run, or without a history."
    )
    last_change: StatusChange | None = Field(description="The latest change of its status in the history, if any.")
    scenarios: list[ScenarioEntry]
    review: ReviewEntry | None = Field(
        default=None, description="Its policy review in the sign-off ledger (since 1.1.0; null for another manual)."
    )


class Counts(BaseModel):
    """How many results have each status."""

    model_config = _FROZEN

    passed: int
    failed: int
    skipped: int


class RunEntry(BaseModel):
    """The run the statuses come from (results.json's run)."""

    model_config = _FROZEN

    commit: str | None
    started: datetime
    finished: datetime
    workers: int
    counts: Counts


class ReadingEntry(BaseModel):
    """A reading: how the model decides where the memorandum is silent."""

    model_config = _FROZEN

    key: str
    question: str
    paragraphs: list[str]
    taken: str
    why: str
    status: str
    confirmed_by: str | None
    confirmed_on: str | None
    url: str
    review: ReviewEntry | None = Field(
        default=None, description="Its confirmation in the sign-off ledger (irm signoff --reading), since 1.1.0."
    )


class Traceability(BaseModel):
    """The whole of ``traceability.json``."""

    model_config = ConfigDict(frozen=True, extra="forbid", title="traceability.json")

    schema_version: str = Field(
        default=SCHEMA_VERSION,
        pattern=r"^\d+\.\d+\.\d+$",
        description="Semantic version of this format: a change that breaks readers bumps the major number.",
    )
    memo: dict[str, Any] = Field(description="The memorandum's particulars; empty for another manual.")
    run: RunEntry | None = Field(description="The latest run of the scenarios; null when there are no results.")
    history_runs: int = Field(description="How many runs the history (.irm/history.jsonl) holds.")
    paragraphs: list[ParagraphEntry]
    readings: list[ReadingEntry]


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``traceability.json``, from the models."""
    generated = Traceability.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_FILE,
        **generated,
    }

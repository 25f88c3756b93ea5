"""The join of paragraphs, scenarios and results, the statuses it yields and the coverage gate.

Plain functions over plain data, so that unit tests call them without building a site.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from irm_model.paragraphs import ParagraphId
from irm_site import contract
from irm_site.features import FeatureSpec, ScenarioSpec
from irm_site.history import HistoryRun, flaky, paragraph_history
from irm_site.results import Failure, Results
from irm_site.signoff import Review

__all__ = [
    "ParagraphStatus",
    "ParagraphView",
    "ScenarioStatus",
    "ScenarioView",
    "coverage",
    "gate",
    "join",
    "review_entry",
    "traceability",
]

ScenarioStatus = Literal["passed", "failed", "skipped", "stale", "not run"]
ParagraphStatus = Literal["proved", "failing", "not proved"]


@dataclass(frozen=True)
class ScenarioView:
    """A scenario with its latest result."""

    spec: ScenarioSpec
    status: ScenarioStatus
    failure: Failure | None = None


@dataclass(frozen=True)
class ParagraphView:
    """A paragraph with the scenarios that prove it."""

    paragraph: ParagraphId
    title: str
    """The title of the section the paragraph belongs to."""
    scenarios: tuple[ScenarioView, ...]

    @property
    def status(self) -> ParagraphStatus:
        """Proved when a scenario passed on the current feature text and none failed."""
        statuses = {view.status for view in self.scenarios}
        if "failed" in statuses:
            return "failing"
        if "passed" in statuses:
            return "proved"
        return "not proved"

    def count(self, status: ScenarioStatus) -> int:
        """How many of its scenarios have ``status``."""
        return sum(1 for view in self.scenarios if view.status == status)


def _scenario_view(spec: ScenarioSpec, feature: FeatureSpec, results: Mapping[str, Any]) -> ScenarioView:
    result = results.get(spec.key)
    if result is None:
        return ScenarioView(spec, "not run")
    if result.feature_sha256 != feature.sha256:
        return ScenarioView(spec, "stale")
    return ScenarioView(spec, result.status, result.failure)


def join(
    paragraphs: Sequence[tuple[ParagraphId, str]],
    features: Iterable[FeatureSpec],
    results: Results | None,
) -> tuple[ParagraphView, ...]:
    """Every paragraph, in the order given, with its scenarios (in feature order) and their status."""
    by_key = {} if results is None else {result.key: result for result in results.scenarios}
    proving: dict[ParagraphId, list[ScenarioView]] = {paragraph: [] for paragraph, _ in paragraphs}
    for feature in features:
        for spec in feature.scenarios:
            view = _scenario_view(spec, feature, by_key)
            for paragraph in spec.paragraphs:
                proving.setdefault(paragraph, []).append(view)
    return tuple(ParagraphView(paragraph, title, tuple(proving[paragraph])) for paragraph, title in paragraphs)


def gate(views: Iterable[ParagraphView]) -> list[str]:
    """What stops a strict build: each paragraph without a passing scenario, or with a failing one."""
    problems: list[str] = []
    for view in views:
        stale = view.count("stale")
        if view.status == "failing":
            failed = [f"{v.spec.key} {v.spec.name!r}" for v in view.scenarios if v.status == "failed"]
            problems.append(f"{view.paragraph} has failing scenarios: {'; '.join(failed)}")
        elif view.status == "not proved":
            if not view.scenarios:
                why = "no scenario is tagged @" + view.paragraph.tag
            elif stale:
                why = f"{stale} scenario(s) changed since the last run: run `make scenarios`"
            else:
                why = f"none of its {len(view.scenarios)} scenario(s) passed in the latest run"
            problems.append(f"{view.paragraph} has no passing scenario: {why}")
    return problems


def coverage(paragraphs: Sequence[ParagraphId], features: Iterable[FeatureSpec], results: Results | None) -> list[str]:
    """The coverage gate without the pages: the lines a strict build stops on, for ``irm check``.

    The same [`join`][irm_site.trace.join] and [`gate`][irm_site.trace.gate] as the build; the
    section titles, which only the pages hold, are not part of the gate's wording.
    """
    return gate(join([(paragraph, paragraph.section_id) for paragraph in paragraphs], features, results))


def traceability(
    views: Iterable[ParagraphView],
    memo: Mapping[str, Any],
    results: Results | None,
    urls: Mapping[ParagraphId, str],
    implemented_by: Mapping[ParagraphId, Sequence[str]],
    *,
    force_words: Mapping[ParagraphId, Sequence[str]] | None = None,
    readings: Mapping[ParagraphId, Sequence[str]] | None = None,
    register: Sequence[Mapping[str, Any]] = (),
    tools: Mapping[ParagraphId, Sequence[str]] | None = None,
    history: Sequence[HistoryRun] = (),
    reviews: Mapping[ParagraphId, Review] | None = None,
) -> dict[str, Any]:
    """The content of ``traceability.json``: a [`Traceability`][irm_site.contract.Traceability], as JSON data.

    ``implemented_by`` gives, per paragraph, the full names of the model's decisions that
    implement it (``irm_model.contact.next_step``); a paragraph missing from it has none.
    ``force_words`` gives each paragraph's words of force, quoted from its text; ``readings`` the
    keys of the readings that touch it, each described once in ``register`` (the readings as plain
    data, [`Reading.as_data`][irm_model.readings.Reading.as_data], with their ``url``); ``tools``
    the names of the digital tools its text names. A paragraph missing from a mapping has none.
    ``history`` holds the recorded runs ([irm_site.history][]), oldest first: since when each
    paragraph has been proved, its last change of status, and which scenarios are flaky.
    ``reviews`` gives each paragraph's state in the sign-off ledger ([irm_site.signoff][]); a
    paragraph missing from it has ``review`` null.
    """
    reviews = reviews or {}
    force_words = force_words or {}
    readings = readings or {}
    tools = tools or {}
    run: contract.RunEntry | None = None
    by_key = {} if results is None else {result.key: result for result in results.scenarios}
    if results is not None:
        run = contract.RunEntry(**results.run.model_dump(), counts=contract.Counts.model_validate(results.counts()))
    paragraphs: list[contract.ParagraphEntry] = []
    for view in views:
        keys = [scenario.spec.key for scenario in view.scenarios]
        past = paragraph_history(history, keys) if history else None
        since = past.proved_since if past else None
        change = past.last_change if past else None
        paragraphs.append(
            contract.ParagraphEntry(
                id=str(view.paragraph),
                title=view.title,
                url=urls.get(view.paragraph, view.paragraph.link),
                status=view.status,
                implemented_by=list(implemented_by.get(view.paragraph, ())),
                force_words=list(force_words.get(view.paragraph, ())),
                readings=list(readings.get(view.paragraph, ())),
                tools=list(tools.get(view.paragraph, ())),
                rerun=f"make paragraph P='{view.paragraph}'",
                proved_since=None if since is None else contract.RunRefEntry(date=since.finished, commit=since.commit),
                last_change=None
                if change is None
                else contract.StatusChange(
                    date=change.run.finished, commit=change.run.commit, before=change.before, after=change.after
                ),
                scenarios=[_scenario_entry(scenario, by_key, history) for scenario in view.scenarios],
                review=review_entry(reviews[view.paragraph]) if view.paragraph in reviews else None,
            )
        )
    document = contract.Traceability(
        memo=dict(memo),
        run=run,
        history_runs=len(history),
        paragraphs=paragraphs,
        readings=[contract.ReadingEntry.model_validate(dict(reading)) for reading in register],
    )
    return document.model_dump(mode="json")


def review_entry(review: Review) -> contract.ReviewEntry:
    """A paragraph's or a reading's state in the sign-off ledger, as ``traceability.json`` carries it."""
    entry = review.signoff
    return contract.ReviewEntry(
        state=review.state,
        by=None if entry is None else entry.by,
        on=None if entry is None else entry.at,
        note=None if entry is None else entry.note,
        commit=None if entry is None else entry.commit,
        added=list(review.added),
        removed=list(review.removed),
        readings_changed=list(review.readings_changed),
    )


def _scenario_entry(
    scenario: ScenarioView, by_key: Mapping[str, Any], history: Sequence[HistoryRun]
) -> contract.ScenarioEntry:
    key = scenario.spec.key
    result = by_key.get(key) if scenario.status not in ("stale", "not run") else None
    failure = scenario.failure if scenario.status == "failed" else None
    return contract.ScenarioEntry(
        name=scenario.spec.name,
        feature=scenario.spec.feature,
        line=scenario.spec.line,
        key=key,
        status=scenario.status,
        duration=None if result is None else result.duration,
        failure=None if failure is None else contract.FailureEntry.model_validate(failure.model_dump()),
        flaky=flaky(history, key),
    )

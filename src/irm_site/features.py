"""Read the feature files with gherkin-official: one entry per scenario and per example row.

pytest-bdd runs the scenarios, but its own model loses what the site needs (each example row's
line, tags inherited through a Rule, duplicate names). gherkin-official's "pickles" keep all of
it, so the results recorder and the site plugin both read the features through this module.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gherkin.errors import CompositeParserException, ParserException
from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler

from irm_model.paragraphs import ParagraphId, ParagraphIdError, is_paragraph_tag
from irm_site.errors import SourceError, SourceErrors

__all__ = ["FeatureSpec", "ScenarioSpec", "load_features", "parse_feature"]


@dataclass(frozen=True)
class ScenarioSpec:
    """One runnable scenario: a plain Scenario, or one row of a Scenario Outline's Examples."""

    feature: str
    """The feature file, relative to the project root (``features/irm-5.19.8.4.feature``)."""
    name: str
    """The scenario's name; for an example row, with the row's values filled in."""
    line: int
    """The scenario's line, or the example row's own line."""
    scenario_line: int
    """The line of the ``Scenario:`` / ``Scenario Outline:`` keyword."""
    example: int | None
    """For an example row, its position among all rows of its outline (0-based), else ``None``."""
    rule: str | None
    """The ``Rule:`` the scenario sits in, if any."""
    tags: tuple[str, ...]
    """Every tag that applies, inherited ones included, without ``@``."""
    paragraphs: tuple[ParagraphId, ...]
    """The paragraphs the scenario proves, from its paragraph tags."""
    steps: tuple[str, ...]
    """The steps as they run (background first, outline values filled in)."""

    @property
    def key(self) -> str:
        """``features/x.feature:12``: how results and pages refer to this scenario."""
        return f"{self.feature}:{self.line}"

    @property
    def anchor(self) -> str:
        """The scenario's HTML id on its feature's page, from its name (and row number)."""
        slug = re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")
        return f"scenario-{slug}" + ("" if self.example is None else f"-{self.example + 1}")

    @property
    def page(self) -> str:
        """The generated page (relative to ``docs/``) that shows the scenario's feature."""
        return f"scenarios/{Path(self.feature).stem}.md"

    @property
    def link(self) -> str:
        """A link target for the scenario, relative to ``docs/``: ``scenarios/<feature>.md#<anchor>``."""
        return f"{self.page}#{self.anchor}"


@dataclass(frozen=True)
class FeatureSpec:
    """One feature file, parsed and checked."""

    path: str
    """Relative to the project root."""
    name: str
    description: str
    line: int
    sha256: str
    """The file's content hash: results recorded for other content are stale."""
    source: str
    scenarios: tuple[ScenarioSpec, ...]
    document: dict[str, Any] = field(repr=False, compare=False)
    """The gherkin-official document, for rendering."""

    @property
    def page(self) -> str:
        """The generated page (relative to ``docs/``) that shows this feature."""
        return f"scenarios/{Path(self.path).stem}.md"


def _tag_errors(
    tags: Iterable[dict[str, Any]], path: str, known: Collection[ParagraphId] | None, *, on_examples: bool
) -> list[SourceError]:
    errors: list[SourceError] = []
    for tag in tags:
        name: str = tag["name"]
        line: int = tag["location"]["line"]
        if not is_paragraph_tag(name):
            continue
        if on_examples:
            errors.append(
                SourceError(
                    path,
                    line,
                    f"the paragraph tag {name} is on an Examples block, where pytest-bdd ignores it",
                    "move it to the Scenario Outline above (or split the outline)",
                )
            )
            continue
        try:
            paragraph = ParagraphId.from_tag(name)
        except ParagraphIdError as error:
            errors.append(SourceError(path, line, str(error), "correct the tag"))
            continue
        if known is not None and paragraph not in known:
            errors.append(
                SourceError(
                    path,
                    line,
                    f"the tag {name} names {paragraph}, which is not a paragraph the memorandum changes",
                    "tag the scenario with one of the paragraphs listed on the traceability page",
                )
            )
    return errors


def _walk(children: list[dict[str, Any]], rule: str | None) -> Iterable[tuple[dict[str, Any], str | None]]:
    for child in children:
        if "rule" in child:
            yield from _walk(child["rule"]["children"], child["rule"]["name"])
        elif "scenario" in child:
            yield child["scenario"], rule


def parse_feature(path: Path, root: Path, known: Collection[ParagraphId] | None) -> FeatureSpec:
    """Parse one feature file and check what a person can get wrong in it.

    ``known`` holds the paragraphs a tag may name; ``None`` accepts any well-formed id (the site
    build then checks tags against the paragraphs its pages declare).

    Raises:
        SourceErrors: the file does not parse, is empty, repeats a scenario name, or has a
            paragraph tag that is malformed, unknown or on an Examples block.
    """
    relative = _relative(path, root)
    source = path.read_text(encoding="utf-8")
    return _parse(relative, source, None if known is None else frozenset(known))


@functools.lru_cache(maxsize=100_000)
def _parse(relative: str, source: str, known: frozenset[ParagraphId] | None) -> FeatureSpec:
    """A feature file's text, parsed and checked; the same text is parsed once per process (``make serve``)."""
    try:
        document: dict[str, Any] = dict(Parser().parse(source))
    except CompositeParserException as composite:
        raise SourceErrors(
            SourceError(relative, e.location["line"], f"Gherkin syntax: {_parser_message(e)}", _SYNTAX_FIX)
            for e in composite.errors
        ) from None
    except ParserException as error:
        raise SourceErrors(
            [SourceError(relative, error.location["line"], f"Gherkin syntax: {_parser_message(error)}", _SYNTAX_FIX)]
        ) from None
    feature = document.get("feature")
    if not feature or not any(True for _ in _walk(feature["children"], None)):
        raise SourceErrors(
            [
                SourceError(
                    relative,
                    None,
                    "the feature file has no Feature or no Scenario",
                    "add a 'Feature:' line and at least one tagged Scenario, or delete the file",
                )
            ]
        )

    errors = _tag_errors(feature["tags"], relative, known, on_examples=False)
    scenarios: dict[str, tuple[dict[str, Any], str | None]] = {}
    first_line: dict[str, int] = {}
    for child in feature["children"]:
        if "rule" in child:
            errors += _tag_errors(child["rule"]["tags"], relative, known, on_examples=False)
    for scenario, rule in _walk(feature["children"], None):
        scenarios[scenario["id"]] = (scenario, rule)
        line = scenario["location"]["line"]
        if scenario["name"] in first_line:
            errors.append(
                SourceError(
                    relative,
                    line,
                    f"the scenario name {scenario['name']!r} is already used on line "
                    f"{first_line[scenario['name']]}; pytest-bdd would silently run only one of them",
                    "give each scenario of a feature its own name",
                )
            )
        else:
            first_line[scenario["name"]] = line
        errors += _tag_errors(scenario["tags"], relative, known, on_examples=False)
        for examples in scenario["examples"]:
            errors += _tag_errors(examples["tags"], relative, known, on_examples=True)
    if errors:
        raise SourceErrors(errors)

    specs: list[ScenarioSpec] = []
    rows_seen: dict[str, int] = {}
    for pickle in Compiler().compile({**document, "uri": relative}):  # type: ignore[typeddict-item]
        scenario, rule = scenarios[pickle["astNodeIds"][0]]
        example: int | None = None
        if len(pickle["astNodeIds"]) > 1:
            example = rows_seen.get(scenario["id"], 0)
            rows_seen[scenario["id"]] = example + 1
        tags = tuple(dict.fromkeys(tag["name"].removeprefix("@") for tag in pickle["tags"]))
        paragraphs = tuple(dict.fromkeys(ParagraphId.from_tag(tag) for tag in tags if is_paragraph_tag(tag)))
        if not paragraphs:
            raise SourceErrors(
                [
                    SourceError(
                        relative,
                        scenario["location"]["line"],
                        f"the scenario {scenario['name']!r} has no paragraph tag",
                        "tag it (or its Rule or Feature) with the paragraph it proves, for example @IRM:5.19.8.4(4)",
                    )
                ]
            )
        specs.append(
            ScenarioSpec(
                feature=relative,
                name=pickle["name"],
                line=pickle["location"]["line"],
                scenario_line=scenario["location"]["line"],
                example=example,
                rule=rule,
                tags=tags,
                paragraphs=paragraphs,
                steps=tuple(step["text"] for step in pickle["steps"]),
            )
        )
    return FeatureSpec(
        path=relative,
        name=feature["name"],
        description=feature["description"].strip(),
        line=feature["location"]["line"],
        sha256=hashlib.sha256(source.encode("utf-8")).hexdigest(),
        source=source,
        scenarios=tuple(specs),
        document=document,
    )


_SYNTAX_FIX = "compare the line with the Gherkin reference (Feature, Rule, Scenario, Given/When/Then, Examples)"


def _parser_message(error: ParserException) -> str:
    message = str(error)
    # gherkin-official prefixes its message with "(line:column): "; we name the line ourselves.
    return message.split("): ", 1)[-1] if message.startswith("(") else message


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def load_features(directory: Path, root: Path, known: Collection[ParagraphId] | None) -> tuple[FeatureSpec, ...]:
    """Parse every ``*.feature`` under ``directory``, reporting every file's mistakes together.

    Raises:
        SourceErrors: one or more files have mistakes, or there are no feature files at all.
    """
    paths = sorted(directory.rglob("*.feature"))
    if not paths:
        raise SourceErrors(
            [
                SourceError(
                    _relative(directory, root), None, "there are no feature files", "add one .feature file per section"
                )
            ]
        )
    features: list[FeatureSpec] = []
    errors: list[SourceError] = []
    for path in paths:
        try:
            features.append(parse_feature(path, root, known))
        except SourceErrors as found:
            errors.extend(found.errors)
    if errors:
        raise SourceErrors(errors)
    return tuple(features)

"""The assistant's data is the model's answer on every contact within the bound (irm_site.assistant).

The data tested is the one the site ships: the script ``assets/assistant-data.js`` that generation
writes. One test walks every configuration and every path of events within the bound and compares the
page's answer (the data, composed as the page composes it) with the model's; a property test draws
what the data factors out (which tools, which program, which day, where "encouraged" stands, a tax
return for which digital means are acceptable) and compares again.
"""

from __future__ import annotations

import datetime
import functools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from irm_model.advice import advice, reason_data
from irm_model.contact import Contact, Party, next_step, review_contact
from irm_model.memo import MEMO
from irm_model.paragraphs import ParagraphId
from irm_model.programs import program_for
from irm_model.readings import Readings
from irm_model.tools import channel_name
from irm_site import assistant
from irm_site.assistant import (
    CANONICAL_PROGRAM,
    MAX_EVENTS,
    MAX_TOOLS,
    OTHER,
    SLOTS,
    Config,
    compose_next,
    compose_review,
    configs,
    contact_of,
    moves,
    paths,
)
from irm_site.generate import generate, read_sources

ROOT = Path(__file__).resolve().parents[2]
CANONICAL = {str(i): channel_name(tool) for i, tool in enumerate(SLOTS, 1)} | {"P": channel_name(OTHER)}


@functools.cache
def _shipped() -> dict[str, Any]:
    files = generate(read_sources(ROOT)).files
    script = files[assistant.DATA_SCRIPT]
    text = script.decode() if isinstance(script, bytes) else script
    start = text.index("window.IRM_ASSISTANT = ") + len("window.IRM_ASSISTANT = ")
    data: dict[str, Any] = json.loads(text[start : text.rindex(";")])
    return data


@pytest.fixture
def shipped() -> dict[str, Any]:
    """The data as the site ships it: generated from the project's own sources."""
    return _shipped()


def _node(data: dict[str, Any], config: Config, path: tuple[str, ...]) -> int | None:
    node: int | None = data["roots"][config.key]
    for symbol in path:
        assert node is not None
        node = _children(data, node).get(symbol)
        if node is None:
            return None
    return node


def _children(data: dict[str, Any], node: int) -> dict[str, int]:
    pairs = (pair.split(":") for pair in data["nodes"][node][2].split())
    return {symbol: int(child) for symbol, child in pairs}


def _expected(contact: Contact) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """What ``irm next --json`` and ``irm review --json`` say of the contact (the parts the page shows)."""
    said = advice(contact, next_step(contact))
    review = review_contact(contact).outcome
    assert review is not None
    findings = [
        {
            "code": finding.code,
            "severity": None if finding.severity is None else finding.severity.value,
            "reasons": [reason_data(reason) for reason in finding.reasons],
        }
        for finding in review.findings
    ]
    return {key: said[key] for key in ("step", "document", "reasons")}, findings


def _shown(data: dict[str, Any], program: int, names: dict[str, str], node: int) -> tuple[Any, Any]:
    next_answer, review = data["nodes"][node][:2]
    return compose_next(data, program, names, next_answer), compose_review(data, program, names, review)


def test_the_programs_are_the_impacted_irms_each_with_the_paragraph_the_register_reads(
    shipped: dict[str, Any],
) -> None:
    programs = shipped["programs"]
    assert [p["id"] for p in programs] == [str(program_for(irm)) for irm in MEMO.impacted_irms]
    assert programs[MEMO.impacted_irms.index("5.19.1")]["label"] == "IRM 5.19.1: Balance Due Overview, IRM 5.19.1.2(13)"
    assert set(Readings.program_for_irm.value) == set(MEMO.impacted_irms)


def test_every_paragraph_the_answers_cite_is_a_link(shipped: dict[str, Any]) -> None:
    cited = {p for program in shipped["programs"] for cites in program["cites"].values() for p, _ in cites}
    assert cited
    assert cited <= set(shipped["links"]), sorted(cited - set(shipped["links"]))
    assert shipped["links"]["IRM 5.19.1.2(13)"] == "sections/irm-5.19.1.2.html#irm-5-19-1-2-13"


def test_the_page_answers_as_the_model_on_every_contact_within_the_bound(shipped: dict[str, Any]) -> None:
    program = [p["id"] for p in shipped["programs"]].index(str(CANONICAL_PROGRAM))
    checked = 0
    firsts: dict[tuple[int, int], tuple[Config, tuple[str, ...], int]] = {}
    for config in configs():
        for path in paths(config):
            node = _node(shipped, config, path)
            assert node is not None, f"{config.key} {path}: the data has no answer"
            offered = set(_children(shipped, node))
            allowed = set(moves(config, path)) if len(path) < MAX_EVENTS else set()
            assert offered == allowed, f"{config.key} {path}: the page offers other events than the bound's"
            contact = contact_of(config, path)
            assert _shown(shipped, program, CANONICAL, node) == _expected(contact), f"{config.key} {path}"
            firsts.setdefault(tuple(shipped["nodes"][node][:2]), (config, path, node))
            checked += 1
    assert checked == sum(1 for config in configs() for _ in paths(config)) > 200_000
    # Every other program, on one contact of each answer the page can give: its citations and severities.
    for index, irm in enumerate(MEMO.impacted_irms):
        for config, path, node in firsts.values():
            contact = contact_of(config, path, program=program_for(irm))
            assert _shown(shipped, index, CANONICAL, node) == _expected(contact), f"{irm} {config.key} {path}"


def test_the_page_offers_exactly_the_events_of_the_bound_and_no_more(shipped: dict[str, Any]) -> None:
    config = Config(2, "1", Party.TAXPAYER, exempt=False, encouraged=False)
    root = shipped["roots"][config.key]
    assert sorted(_children(shipped, root)) == ["d", "h0", "o1", "o2", "oM"]
    after = _node(shipped, config, ("o1",))
    assert after is not None
    assert sorted(_children(shipped, after)) == ["a1A", "a1C", "a1W", "a1X", "d", "h0", "h1", "o2", "oM"]
    assert f"{MAX_TOOLS + 1}||taxpayer|0|0" not in shipped["roots"]


def _path(draw: st.DrawFn, config: Config) -> tuple[str, ...]:
    path: tuple[str, ...] = ()
    length = draw(st.integers(0, MAX_EVENTS))
    while len(path) < length:
        path = (*path, draw(st.sampled_from(list(moves(config, path)))))
    return path


@st.composite
def _contacts(draw: st.DrawFn) -> tuple[Config, tuple[str, ...], dict[str, Any]]:
    config = draw(st.sampled_from(list(configs())))
    path = _path(draw, config)
    channels = list(assistant.digital_channels())
    tools = draw(st.permutations(channels))
    first, last = MEMO.effective, datetime.date(2028, 1, 25)
    chosen = {
        "tools": tuple(tools[:MAX_TOOLS]),
        "other": tools[MAX_TOOLS],
        "program": draw(st.sampled_from(MEMO.impacted_irms)),
        "on": draw(st.dates(first, last)),
        "encouraged_at": draw(st.integers(0, len(path))),
        "tax_return": draw(st.booleans()),
    }
    return config, path, chosen


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_contacts())
def test_the_model_treats_alike_what_the_data_factors_out(
    drawn: tuple[Config, tuple[str, ...], dict[str, Any]],
) -> None:
    shipped = _shipped()
    config, path, chosen = drawn
    program = program_for(chosen["program"])
    contact = contact_of(
        config,
        path,
        program=program,
        tools=chosen["tools"],
        other=chosen["other"],
        on=chosen["on"],
        encouraged_at=chosen["encouraged_at"],
    )
    if chosen["tax_return"] and not config.exempt:  # a tax return for which digital means are acceptable
        contact = contact.model_copy(update={"tax_return": True})
    names = {str(i): channel_name(tool) for i, tool in enumerate(chosen["tools"], 1)} | {
        "P": channel_name(chosen["other"])
    }
    node = _node(shipped, config, path)
    assert node is not None
    index = MEMO.impacted_irms.index(chosen["program"])
    assert _shown(shipped, index, names, node) == _expected(contact)


@pytest.mark.parametrize(
    ("day", "governs"),
    [("2026-01-25", False), ("2026-01-26", True), ("2028-01-25", True), ("2028-01-26", False)],
)
def test_the_days_the_page_answers_for_are_those_the_model_governs(
    shipped: dict[str, Any], day: str, governs: bool
) -> None:
    days = shipped["days"]
    on = datetime.date.fromisoformat(day)
    contact = contact_of(Config(1, "", Party.TAXPAYER, exempt=False, encouraged=False), (), on=on)
    said = advice(contact, next_step(contact))
    assert said["applies"] is governs
    assert (days["first"] <= day <= days["last"]) is governs
    if not governs:
        template = days["before"] if day < days["first"] else days["after"]
        assert template.replace("{date}", day) == said["step"]


def test_answers_are_kept_between_builds_with_the_hash_of_the_model(tmp_path: Path, monkeypatch: Any) -> None:
    tree = assistant.load_tree()
    cache = tmp_path / "answers.json"
    stored = {"key": assistant._source_key(), "tree": assistant._tree_data(tree)}
    cache.write_text(json.dumps(stored), encoding="utf-8")
    monkeypatch.setattr(assistant, "_TREES", {})
    monkeypatch.setattr(assistant, "build", lambda only=None: pytest.fail("recomputed though the cache is current"))

    again = assistant.load_tree(cache)

    assert (again.answers, again.nodes, again.roots) == (tree.answers, tree.nodes, tree.roots)
    assert again.witnesses == tree.witnesses


def test_a_cache_of_another_model_is_not_used(tmp_path: Path, monkeypatch: Any) -> None:
    cache = tmp_path / "answers.json"
    cache.write_text(json.dumps({"key": "another model", "tree": {}}), encoding="utf-8")
    monkeypatch.setattr(assistant, "_TREES", {})
    small = assistant.build(only=[Config(0, "", Party.TAXPAYER, exempt=False, encouraged=False)])
    monkeypatch.setattr(assistant, "build", lambda only=None: small)

    assert assistant.load_tree(cache) is small
    assert json.loads(cache.read_text(encoding="utf-8"))["key"] == assistant._source_key()


def test_the_stand_in_paragraph_states_encourage_so_that_every_finding_appears() -> None:
    assert ParagraphId.irm("1.4.20.20", 1) == CANONICAL_PROGRAM
    assert "not_encouraged" in assistant.load_tree().witnesses

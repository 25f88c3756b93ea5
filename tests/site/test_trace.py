"""The join of paragraphs, scenarios and results: statuses and the coverage gate, without a site."""

from __future__ import annotations

from pathlib import Path

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.tools import Channel
from irm_site import render
from irm_site.features import FeatureSpec, parse_feature
from irm_site.results import Results, RunInfo, ScenarioResult
from irm_site.trace import coverage, gate, join, traceability

P4 = ParagraphId.parse("IRM 5.19.8.4(4)")
P5 = ParagraphId.parse("IRM 5.19.8.4.2(5)")
NAMING = {P4: (Channel.DUT, Channel.EEFAX), P5: (Channel.DUT, Channel.EEFAX)}
"""The tools the two paragraphs' texts name (the site reads them from the pages: see test_naming)."""
TEXT = """\
Feature: f
  @IRM:5.19.8.4(4)
  Scenario: one
    Given a

  @IRM:5.19.8.4(4)
  Scenario: two
    Given b
"""


def feature(tmp_path: Path) -> FeatureSpec:
    path = tmp_path / "features" / "f.feature"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEXT, encoding="utf-8")
    return parse_feature(path, tmp_path, MEMO_PARAGRAPHS)


def results(spec: FeatureSpec, *statuses: str, sha: str | None = None) -> Results:
    now = "2026-11-26T12:00:00Z"
    return Results(
        run=RunInfo.model_validate({"commit": None, "started": now, "finished": now, "workers": 1}),
        scenarios=tuple(
            ScenarioResult.model_validate(
                {
                    "feature": s.feature,
                    "line": s.line,
                    "name": s.name,
                    "paragraphs": [str(p) for p in s.paragraphs],
                    "status": status,
                    "feature_sha256": sha or spec.sha256,
                    "duration": 0,
                }
            )
            for s, status in zip(spec.scenarios, statuses, strict=False)
        ),
    )


def test_a_paragraph_is_proved_when_a_scenario_passed_and_none_failed(tmp_path: Path) -> None:
    spec = feature(tmp_path)
    [view] = join([(P4, "T")], [spec], results(spec, "passed", "skipped"))
    assert view.status == "proved"
    assert [s.status for s in view.scenarios] == ["passed", "skipped"]
    assert gate([view]) == []


def test_one_failing_scenario_makes_the_paragraph_failing_and_the_gate_names_it(tmp_path: Path) -> None:
    spec = feature(tmp_path)
    [view] = join([(P4, "T")], [spec], results(spec, "passed", "failed"))
    assert view.status == "failing"
    assert gate([view]) == ["IRM 5.19.8.4(4) has failing scenarios: features/f.feature:7 'two'"]


def test_results_for_other_feature_text_are_stale_and_prove_nothing(tmp_path: Path) -> None:
    spec = feature(tmp_path)
    [view] = join([(P4, "T")], [spec], results(spec, "passed", "passed", sha="0" * 64))
    assert {s.status for s in view.scenarios} == {"stale"}
    assert gate([view]) == [
        "IRM 5.19.8.4(4) has no passing scenario: 2 scenario(s) changed since the last run: run `make scenarios`"
    ]


def test_without_results_scenarios_are_not_run(tmp_path: Path) -> None:
    spec = feature(tmp_path)
    [view] = join([(P4, "T")], [spec], None)
    assert {s.status for s in view.scenarios} == {"not run"}
    assert view.status == "not proved"


def test_a_paragraph_without_scenarios_fails_the_gate(tmp_path: Path) -> None:
    spec = feature(tmp_path)
    views = join([(P4, "T"), (P5, "U")], [spec], results(spec, "passed", "passed"))
    assert gate(views) == ["IRM 5.19.8.4.2(5) has no passing scenario: no scenario is tagged @IRM:5.19.8.4.2(5)"]


def test_the_gate_without_pages_says_what_the_builds_gate_says(tmp_path: Path) -> None:
    """``irm check`` calls ``coverage``: the same join and gate, without the section titles only the pages hold."""
    spec = feature(tmp_path)
    for statuses in [("passed", "failed"), ("passed", "passed"), ("skipped", "skipped")]:
        run = results(spec, *statuses)
        assert coverage([P4, P5], [spec], run) == gate(join([(P4, "T"), (P5, "U")], [spec], run))
    assert coverage([P4], [spec], results(spec, "failed")) == [
        "IRM 5.19.8.4(4) has failing scenarios: features/f.feature:3 'one'"
    ]


def test_the_matrix_names_failing_and_unproved_paragraphs_first_and_marks_their_rows(tmp_path: Path) -> None:
    spec = feature(tmp_path)
    views = join([(P4, "T"), (P5, "U")], [spec], results(spec, "passed", "failed"))
    html = render.matrix(views, lambda target: target, NAMING)

    attention = html[: html.index("<form")]
    assert "Needs attention: 2 of 2 paragraphs are failing or not proved." in attention
    assert "✘</span> failing</span>" in attention
    assert "IRM 5.19.8.4(4)" in attention
    assert "⚠</span> not proved</span>" in attention
    assert "IRM 5.19.8.4.2(5)" in attention
    assert 'class="irm-row irm-row--failing" data-program="IRM 5.19.8" data-tools="dut eefax"' in html
    assert 'class="irm-row irm-row--not-proved" data-program="IRM 5.19.8" data-tools="dut eefax"' in html


def test_the_matrix_filters_offer_each_irm_tool_and_status_of_its_rows(tmp_path: Path) -> None:
    spec = feature(tmp_path)
    views = join([(P4, "T")], [spec], results(spec, "passed", "passed"))
    html = render.matrix(views, lambda target: target, NAMING)

    assert "Needs attention: none." in html
    assert '<option value="IRM 5.19.8">IRM 5.19.8</option></select>' in html
    assert '<option value="dut">Document Upload Tool (DUT)</option><option value="eefax">' in html
    assert '<option value="not-proved">not proved</option>' in html
    assert '<form class="irm-filter" data-irm-filter hidden' in html  # shown by its script only


def test_a_row_names_only_the_tools_its_paragraph_names(tmp_path: Path) -> None:
    spec = feature(tmp_path)
    views = join([(P4, "T"), (P5, "U")], [spec], results(spec, "passed", "passed"))
    html = render.matrix(views, lambda target: target, {P4: (Channel.DIM,)})

    assert 'data-program="IRM 5.19.8" data-tools="dim" data-status="proved"' in html
    assert 'data-program="IRM 5.19.8" data-tools="" data-status="not-proved"' in html  # P5 is not in the mapping
    assert '<td data-label="Tools named">DIM</td>' in html
    assert '<option value="dim">Digital Inventory Management (DIM)</option></select>' in html
    assert '<option value="dut">' not in html


def test_traceability_data_names_the_decisions_implementing_each_paragraph(tmp_path: Path) -> None:
    spec = feature(tmp_path)
    views = join([(P4, "T"), (P5, "U")], [spec], results(spec, "passed", "passed"))
    implemented = {P4: ("irm_model.hearings.channels.hearing_request_channel", "irm_model.contact.next_step")}

    data = traceability(views, {}, None, {}, implemented)

    [four, five] = data["paragraphs"]
    assert four["implemented_by"] == [
        "irm_model.hearings.channels.hearing_request_channel",
        "irm_model.contact.next_step",
    ]
    assert five["implemented_by"] == []  # no decision implements it: an empty list, not an error
    assert list(four) == [
        "id",
        "title",
        "url",
        "status",
        "implemented_by",
        "force_words",
        "readings",
        "tools",
        "rerun",
        "proved_since",
        "last_change",
        "scenarios",
        "review",  # since 1.1.0
    ]
    assert four["review"] is None  # no sign-off ledger given (another manual's data)
    assert four["rerun"] == "make paragraph P='IRM 5.19.8.4(4)'"

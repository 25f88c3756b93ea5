"""What issue 15 added to the generated HTML, without a browser: struck text out of search, the re-run
line, the run's length, and the scenario pages' own titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_site.features import load_features
from irm_site.render import duration, feature_heading, feature_title, rerun_line, struck_out_of_search

ROOT = Path(__file__).resolve().parents[2]


def test_struck_words_are_marked_out_of_search_and_the_rest_is_left_as_it_is() -> None:
    text = "The taxpayer **must send mail the request**. ~~If the taxpayer wishes to fax~~ See IRM 5.19.8.4(4)."

    assert struck_out_of_search(text) == (
        "The taxpayer **must send mail the request**. <del data-search-exclude>If the taxpayer wishes to fax</del> "
        "See IRM 5.19.8.4(4)."
    )
    assert struck_out_of_search("nothing struck") == "nothing struck"


def test_each_paragraph_says_how_to_run_its_scenarios_again() -> None:
    line = rerun_line(ParagraphId.parse("IRM 5.19.8.4.2(7)"))

    assert "<code>make paragraph P='IRM 5.19.8.4.2(7)'</code>" in line


@pytest.mark.parametrize(
    ("seconds", "said"),
    [(-1.0, "0.0 s"), (0.44, "0.4 s"), (9.94, "9.9 s"), (12.4, "12 s"), (59.4, "59 s"), (185.0, "3 min 05 s")],
)
def test_a_runs_length_is_said_as_a_person_says_it(seconds: float, said: str) -> None:
    assert duration(seconds) == said


def test_every_scenario_page_is_titled_by_the_section_it_proves_and_no_two_alike() -> None:
    features = load_features(ROOT / "features", ROOT, MEMO_PARAGRAPHS)
    titles = {feature.path: feature_title(feature) for feature in features}

    assert titles["features/irm-5.19.1.2.feature"] == "Scenarios proving IRM 5.19.1.2"
    assert titles["features/memo.feature"] == "Scenarios proving SBSE-05-0126-0020"
    assert len(set(titles.values())) == len(titles)
    [balance] = [f for f in features if f.path == "features/irm-5.19.1.2.feature"]
    assert feature_heading(balance) == "Scenarios proving IRM 5.19.1.2 Balance Due Overview"

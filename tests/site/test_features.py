"""Reading feature files: every scenario and example row, and every mistake named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_site.errors import SourceErrors
from irm_site.features import load_features, parse_feature

OUTLINE = """\
@IRM:5.19.8.4(4)
Feature: IRM 5.19.8.4 Collection Appeal Rights Program

  Rule: digital first
    @SBSE-05-0126-0020(2)
    Scenario Outline: a <channel> offer
      Given a contact
      Then the <channel> is offered

      Examples: digital
        | channel |
        | DUT     |
        | EEFax   |

      Examples: paper
        | channel     |
        | postal mail |

  Scenario: plain
    Given a contact
"""


def write(tmp_path: Path, text: str, name: str = "x.feature") -> Path:
    path = tmp_path / "features" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def messages(error: pytest.ExceptionInfo[SourceErrors]) -> list[str]:
    return [str(e) for e in error.value.errors]


def test_each_example_row_is_a_scenario_with_its_own_line_and_inherited_tags(tmp_path: Path) -> None:
    feature = parse_feature(write(tmp_path, OUTLINE), tmp_path, MEMO_PARAGRAPHS)

    rows = [(s.name, s.line, s.example, s.rule) for s in feature.scenarios]

    assert rows == [
        ("a DUT offer", 12, 0, "digital first"),
        ("a EEFax offer", 13, 1, "digital first"),
        ("a postal mail offer", 17, 2, "digital first"),
        ("plain", 19, None, "digital first"),  # a Scenario after a Rule belongs to it
    ]
    assert feature.scenarios[0].paragraphs == (
        ParagraphId.parse("IRM 5.19.8.4(4)"),
        ParagraphId.parse("SBSE-05-0126-0020(2)"),
    )
    assert feature.scenarios[3].paragraphs == (ParagraphId.parse("IRM 5.19.8.4(4)"),)
    assert feature.scenarios[0].key == "features/x.feature:12"
    assert feature.scenarios[0].steps == ("a contact", "the DUT is offered")


def test_a_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    text = "Feature: broken\n  Scenario: one\n    Given a step\n  Examples oops\n    | a |\n"
    with pytest.raises(SourceErrors) as error:
        parse_feature(write(tmp_path, text), tmp_path, MEMO_PARAGRAPHS)
    assert messages(error)[0].startswith("features/x.feature:4: Gherkin syntax")


def test_an_empty_feature_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SourceErrors) as error:
        parse_feature(write(tmp_path, "\n"), tmp_path, MEMO_PARAGRAPHS)
    assert messages(error) == [
        "features/x.feature: the feature file has no Feature or no Scenario. "
        "Add a 'Feature:' line and at least one tagged Scenario, or delete the file."
    ]


def test_two_scenarios_with_one_name_are_reported_because_pytest_bdd_would_drop_one(tmp_path: Path) -> None:
    text = "@IRM:5.19.8.4(4)\nFeature: f\n  Scenario: same\n    Given a\n  Scenario: same\n    Given b\n"
    with pytest.raises(SourceErrors) as error:
        parse_feature(write(tmp_path, text), tmp_path, MEMO_PARAGRAPHS)
    assert "features/x.feature:5: the scenario name 'same' is already used on line 3" in messages(error)[0]


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("@IRM:5.19.8.4(99)", "features/x.feature:2: the tag @IRM:5.19.8.4(99) names IRM 5.19.8.4(99), which is not"),
        ("@IRM:5.19.x", "features/x.feature:2: '@IRM:5.19.x' is not a paragraph tag"),
        ("@SBSE-05-0126-0020", "features/x.feature:2: '@SBSE-05-0126-0020' is not a paragraph tag"),
    ],
)
def test_a_bad_paragraph_tag_is_reported_at_its_line(tmp_path: Path, tag: str, expected: str) -> None:
    text = f"Feature: f\n  {tag}\n  Scenario: one\n    Given a\n"
    with pytest.raises(SourceErrors) as error:
        parse_feature(write(tmp_path, text), tmp_path, MEMO_PARAGRAPHS)
    assert messages(error)[0].startswith(expected)


def test_a_paragraph_tag_on_an_examples_block_is_reported(tmp_path: Path) -> None:
    text = (
        "@IRM:5.19.8.4(4)\nFeature: f\n  Scenario Outline: o <a>\n    Given <a>\n\n"
        "    @IRM:5.19.8.4.2(7)\n    Examples:\n      | a |\n      | 1 |\n"
    )
    with pytest.raises(SourceErrors) as error:
        parse_feature(write(tmp_path, text), tmp_path, MEMO_PARAGRAPHS)
    assert messages(error)[0].startswith("features/x.feature:6: the paragraph tag @IRM:5.19.8.4.2(7) is on an Examples")


def test_a_scenario_without_a_paragraph_tag_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SourceErrors) as error:
        parse_feature(write(tmp_path, "Feature: f\n  Scenario: one\n    Given a\n"), tmp_path, MEMO_PARAGRAPHS)
    assert messages(error)[0].startswith("features/x.feature:2: the scenario 'one' has no paragraph tag")


def test_mistakes_in_several_files_are_reported_together(tmp_path: Path) -> None:
    write(tmp_path, "\n", "a.feature")
    write(tmp_path, "Feature: f\n  Scenario: one\n    Given a\n", "b.feature")
    with pytest.raises(SourceErrors) as error:
        load_features(tmp_path / "features", tmp_path, MEMO_PARAGRAPHS)
    assert [m.split(":")[0] for m in messages(error)] == ["features/a.feature", "features/b.feature"]

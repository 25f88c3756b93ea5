"""The policy review on the site: under each paragraph, in the matrix, on the readings page and in traceability.json.

A copy of the project is signed off (one paragraph then changed, one left as approved, a reading
confirmed) and generated without a renderer.
"""

from __future__ import annotations

import json
import queue
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import markdown  # type: ignore[import-untyped]
import pytest

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.readings import READINGS, readings_touching
from irm_site import render, serve, signoff
from irm_site.build import Project, generate_tree
from irm_site.contract import SCHEMA_FILE, SCHEMA_VERSION
from irm_site.errors import SourceErrors
from irm_site.features import load_features
from irm_site.generate import TRACEABILITY, Generated, generate, read_sources
from tests.bench import synthetic_manual
from tests.site.test_build import record_run
from tests.site.test_contract import validate

ROOT = Path(__file__).resolve().parents[2]
CHANGED = ParagraphId.parse("IRM 25.12.1.1.5(5)")
KEPT = ParagraphId.parse("IRM 5.19.16.8(4)")
NEVER = ParagraphId.parse("IRM 5.19.1.2(13)")
FEATURE = "features/irm-25.12.1.1.5.feature"
BY = "A. Analyst, SB/SE Collection Policy"
AT = datetime(2026, 3, 2, 14, 5, tzinfo=UTC)
STEP = "    Then postal mail may not be offered yet\n"
EDITED = "    Then postal mail may not be offered before each tool was declined\n"


def sign_off(project: Path, *paragraphs: ParagraphId, note: str = "") -> None:
    """Sign off ``paragraphs`` as the copy's features say now, as ``irm signoff`` does."""
    specs = load_features(project / "features", project, MEMO_PARAGRAPHS)
    for paragraph in paragraphs:
        now = signoff.snapshot(paragraph, specs, readings_touching(paragraph))
        entry = signoff.paragraph_signoff(now, by=BY, note=note, commit="abc1234def5678", at=AT)
        signoff.append(project / signoff.LEDGER_FILE, entry)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Generated]:
    """A copy signed off, one paragraph's step changed since, every scenario passed; then generated."""
    project = tmp_path_factory.mktemp("signed")
    for name in ("docs", "features", "overrides"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    sign_off(project, CHANGED, note="read against the memo")
    sign_off(project, KEPT)
    fifteen = next(reading for reading in READINGS if reading.key == "fifteen_mb")
    signoff.append(project / signoff.LEDGER_FILE, signoff.reading_signoff(fifteen, by=BY, commit="abc", at=AT))
    feature = project / FEATURE
    text = feature.read_text(encoding="utf-8")
    assert text.count(STEP) == 1, f"{FEATURE} no longer holds {STEP!r}: update this test"
    feature.write_text(text.replace(STEP, EDITED), encoding="utf-8")
    record_run(project)
    generated, _ = generate_tree(Project(root=project))
    return project, generated


def page(site: tuple[Path, Generated], path: str) -> str:
    return str(site[1].files[path])


def block(text: str, paragraph: ParagraphId) -> str:
    """The generated block of ``paragraph``: from its heading to the next paragraph's."""
    start = text.index(f"## {paragraph} {{ #{paragraph.anchor}")
    following = text.find("\n## ", start + 1)
    return text[start : following if following > 0 else len(text)]


def test_a_paragraph_changed_since_its_approval_shows_when_and_the_gherkin_lines_added_and_removed(
    site: tuple[Path, Generated],
) -> None:
    shown = block(page(site, CHANGED.doc_path), CHANGED)

    assert (
        "Changed since approval on 2026-03-02 (approved then by A. Analyst, SB/SE Collection Policy). "
        "Note: “read against the memo”" in shown
    )
    assert "Gherkin lines added since: 1; removed: 1." in shown
    assert re.search(r"<del>[^\n]*removed: [^\n]*Then postal mail may not be offered yet</del>", shown)
    assert re.search(
        r"<ins>[^\n]*added: [^\n]*Then postal mail may not be offered before each tool was declined</ins>", shown
    )
    assert "Scenario: postal mail before the digital tools were offered and declined is too early" in shown
    assert "After review: <code>irm signoff 'IRM 25.12.1.1.5(5)' --by \"NAME, ROLE\"</code>" in shown
    assert shown.index("irm-review") < shown.index("irm-proof")  # between its text and its proof


def test_a_paragraph_approved_as_it_stands_names_who_and_when_and_one_never_reviewed_says_so(
    site: tuple[Path, Generated],
) -> None:
    kept = block(page(site, KEPT.doc_path), KEPT)
    never = block(page(site, NEVER.doc_path), NEVER)

    assert "Approved by A. Analyst, SB/SE Collection Policy on 2026-03-02 (commit <code>abc1234def56</code>)." in kept
    assert "irm-diff" not in kept
    assert "Not yet reviewed" not in kept
    assert "Not yet reviewed by policy staff." in never
    assert '<a href="../contributing.html#signing-off-a-paragraph">how to review and sign off</a>' in never
    assert "Approved by" not in never
    assert "Changed since approval" not in never


def test_the_print_view_says_the_state_without_the_diff(site: tuple[Path, Generated]) -> None:
    printed = block(page(site, "print.md"), CHANGED)

    assert "Changed since approval on 2026-03-02" in printed
    assert "irm-diff" not in printed
    assert "irm signoff" not in printed


def test_traceability_json_carries_each_paragraphs_review_and_validates_against_its_schema(
    site: tuple[Path, Generated],
) -> None:
    data: dict[str, Any] = json.loads(page(site, TRACEABILITY))
    reviews = {entry["id"]: entry["review"] for entry in data["paragraphs"]}

    assert data["schema_version"] == SCHEMA_VERSION == "1.1.0"
    assert validate(data, json.loads(page(site, SCHEMA_FILE))) == []
    assert reviews[str(CHANGED)] == {
        "state": "changed since sign-off",
        "by": BY,
        "on": "2026-03-02T14:05:00Z",
        "note": "read against the memo",
        "commit": "abc1234def5678",
        "added": ["  Then postal mail may not be offered before each tool was declined"],
        "removed": ["  Then postal mail may not be offered yet"],
        "readings_changed": [],
    }
    assert reviews[str(KEPT)]["state"] == "signed off"
    assert (reviews[str(KEPT)]["added"], reviews[str(KEPT)]["removed"]) == ([], [])
    assert reviews[str(NEVER)] == {
        "state": "never reviewed",
        "by": None,
        "on": None,
        "note": None,
        "commit": None,
        "added": [],
        "removed": [],
        "readings_changed": [],
    }
    assert sum(1 for review in reviews.values() if review["state"] == "never reviewed") == len(MEMO_PARAGRAPHS) - 2
    fifteen = next(reading for reading in data["readings"] if reading["key"] == "fifteen_mb")
    assert (fifteen["review"]["state"], fifteen["review"]["by"]) == ("signed off", BY)


def test_the_matrix_shows_the_review_state_in_words_and_offers_a_filter_by_it(site: tuple[Path, Generated]) -> None:
    matrix = page(site, "traceability.md")
    row = r'<tr class="irm-row[^>]*>.*?>(IRM [^<]+|SBSE[^<]+)</a>.*?</tr>'
    rows = {match[1]: match[0] for match in re.finditer(row, matrix)}

    assert '<th scope="col">Policy review</th>' in matrix
    assert 'data-review="changed-since-sign-off"' in rows[str(CHANGED)]
    assert '<td data-label="Policy review">' in rows[str(CHANGED)]
    assert "</span> changed since sign-off</span></td>" in rows[str(CHANGED)]  # words, not colour alone
    assert "</span> signed off</span></td>" in rows[str(KEPT)]
    assert "</span> never reviewed</span></td>" in rows[str(NEVER)]
    assert '<label for="irm-filter-review">Policy review</label>' in matrix
    assert re.search(
        r'<select id="irm-filter-review" name="review"><option value="">Any review state</option>'
        r'<option value="signed-off">signed off</option><option value="changed-since-sign-off">changed since sign-off'
        r'</option><option value="never-reviewed">never reviewed</option></select>',
        matrix,
    )
    script = (ROOT / "docs" / "assets" / "javascripts" / "matrix.js").read_text(encoding="utf-8")
    assert 'row.getAttribute("data-review") === chosen.review' in script


def test_a_reading_confirmed_in_the_ledger_is_listed_as_confirmed_by_whom_and_when(
    site: tuple[Path, Generated],
) -> None:
    readings = page(site, "readings.md")
    assert readings.index("## Awaiting") < readings.index("## Confirmed")
    confirmed = readings[readings.index("## Confirmed") :]
    entry = confirmed[confirmed.index("{ #fifteen_mb }") :]

    assert "confirmed by A. Analyst, SB/SE Collection Policy on 2026-03-02 (sign-off ledger)" in entry.split("###")[0]
    assert "{ #day_zero }" not in confirmed  # never confirmed: still awaiting
    touched = ParagraphId.parse("IRM 5.18.2.1.5(7)")  # one of the paragraphs the reading touches
    assert "(sign-off ledger)" in block(page(site, touched.doc_path), touched)


def test_the_diff_renders_as_struck_and_inserted_lines_inside_its_block(site: tuple[Path, Generated]) -> None:
    shown = block(page(site, CHANGED.doc_path), CHANGED)
    review = shown[shown.index('<div class="irm-review') : shown.index('<div class="irm-proof')]
    rendered = str(markdown.markdown(review, extensions=["attr_list", "md_in_html", "pymdownx.tilde"]))

    assert rendered.count("<del>") == rendered.count("<ins>") == 1
    assert '<pre class="irm-diff" data-search-exclude><code>' in rendered  # left out of search, as struck text is
    assert "<p><del>" not in rendered
    assert "<p><ins>" not in rendered


def test_a_new_sign_off_is_picked_up_by_the_next_generation_alone(site: tuple[Path, Generated], tmp_path: Path) -> None:
    project = tmp_path / "copy"
    shutil.copytree(site[0], project, symlinks=True)
    generate_tree(Project(root=project))
    sign_off(project, CHANGED)

    generated, written = generate_tree(Project(root=project))

    assert "Approved by A. Analyst" in block(str(generated.files[CHANGED.doc_path]), CHANGED)
    assert {CHANGED.doc_path, TRACEABILITY, "traceability.md", "print.md"} <= set(written)
    assert not [path for path in written if path.startswith("scenarios/")]  # the scenarios did not change


def test_make_serve_watches_the_ledger_as_it_watches_the_pages(tmp_path: Path) -> None:
    changed: queue.Queue[Path] = queue.Queue()
    ledger = tmp_path.resolve() / signoff.LEDGER_FILE
    stop = serve._watch([], changed, [ledger])
    try:
        ledger.write_text("{}\n", encoding="utf-8")
        assert changed.get(timeout=10) == ledger
    finally:
        stop()


def test_a_hand_edited_ledger_stops_the_generation_naming_its_line(tmp_path: Path) -> None:
    for name in ("docs", "features"):
        shutil.copytree(ROOT / name, tmp_path / name)
    sign_off(tmp_path, KEPT)
    ledger = tmp_path / signoff.LEDGER_FILE
    ledger.write_text(ledger.read_text(encoding="utf-8") + '{"paragraph": "IRM 5.19.16.8(4)", "by": \n', "utf-8")

    with pytest.raises(SourceErrors) as raised:
        read_sources(tmp_path)
    [error] = raised.value.errors
    assert str(error).startswith("signoff.jsonl:2: this line is not JSON (")


def test_another_manual_without_a_ledger_shows_no_review_and_with_one_shows_it(tmp_path: Path) -> None:
    synthetic_manual(tmp_path, 20)
    record_run(tmp_path, known=None)

    plain = generate(read_sources(tmp_path, catalogue="pages"))
    assert not [path for path, text in plain.files.items() if path.endswith(".md") and "irm-review" in str(text)]
    assert "Policy review" not in str(plain.files["traceability.md"])
    paragraph = plain.views[0].paragraph
    specs = load_features(tmp_path / "features", tmp_path, None)
    now = signoff.snapshot(paragraph, specs, ())
    signoff.append(tmp_path / signoff.LEDGER_FILE, signoff.paragraph_signoff(now, by=BY, commit="abc", at=AT))

    signed = generate(read_sources(tmp_path, catalogue="pages"))
    shown = block(str(signed.files[paragraph.doc_path]), paragraph)
    assert "Approved by A. Analyst, SB/SE Collection Policy on 2026-03-02" in shown
    assert "Policy review" in str(signed.files["traceability.md"])
    unsigned = block(str(signed.files[paragraph.doc_path]), plain.views[1].paragraph)
    assert "Not yet reviewed by policy staff." in unsigned
    assert "irm signoff" not in unsigned  # it signs off the memorandum's paragraphs; this site has no such guide


def test_the_review_block_is_empty_of_details_in_the_print_view() -> None:
    review = signoff.Review("never reviewed")
    assert render.review_block(review, NEVER, str, details=False) == (
        '<div class="irm-review irm-review--never-reviewed">\n'
        '<p><span aria-hidden="true">○</span> Not yet reviewed by policy staff.</p>\n</div>\n\n'
    )

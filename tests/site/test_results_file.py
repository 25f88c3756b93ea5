"""Reading the results file: a missing, truncated or hand-edited file gets one clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from irm_site.errors import SourceError
from irm_site.results import read_results

GOOD = (
    '{"version": 1, "run": {"commit": null, "started": "2026-11-26T12:00:00Z", '
    '"finished": "2026-11-26T12:00:01Z", "workers": 1}, "scenarios": []}'
)


def message(path: Path) -> str:
    with pytest.raises(SourceError) as error:
        read_results(path, "build/results.json")
    return str(error.value)


def test_a_complete_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    path.write_text(GOOD, encoding="utf-8")
    assert read_results(path, "build/results.json").counts() == {"passed": 0, "failed": 0, "skipped": 0}


def test_a_missing_file_says_to_run_the_scenarios(tmp_path: Path) -> None:
    assert message(tmp_path / "results.json") == (
        "build/results.json: there is no results file, so no scenario has a status. "
        "Run the scenarios again with `make scenarios` (it rewrites the file)."
    )


def test_a_truncated_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    path.write_text(GOOD[:40].replace(", ", ",\n"), encoding="utf-8")
    assert message(path).startswith("build/results.json:3: the results file is not valid JSON")


def test_a_hand_edited_file_says_what_is_wrong_where(tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    path.write_text(GOOD.replace('"scenarios": []', '"scenarios": [{"feature": "x"}]'), encoding="utf-8")
    assert message(path).startswith(
        "build/results.json: the results file does not hold scenario results (Field required at scenarios.0.line;"
    )

"""The published format: the committed JSON Schema is the models' own, and the example files read and review."""

from __future__ import annotations

import json
from pathlib import Path

from irm_model.records import json_schema
from tests.cli.running import irm

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "docs" / "records"


def test_the_published_schema_is_the_one_the_models_generate() -> None:
    committed = json.loads((RECORDS / "contact-record.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "docs/records/contact-record.schema.json is out of date: run `make schema`"


def test_irm_schema_prints_it() -> None:
    ran = irm("schema", cwd=ROOT)
    assert ran.status == 0
    assert ran.out == (RECORDS / "contact-record.schema.json").read_text(encoding="utf-8")


def test_the_example_records_are_reviewed_as_the_contact_records_page_says() -> None:
    ran = irm("review", "docs/records/example.jsonl", "--json", cwd=ROOT)
    assert ran.status == 1
    statuses = [record["status"] for record in json.loads(ran.out)["records"]]
    assert statuses == ["meets_guidance", "violations", "deviations", "meets_guidance"]


def test_the_example_contact_in_progress_gets_its_next_step() -> None:
    ran = irm("next", "docs/records/example.yaml", cwd=ROOT)
    assert ran.status == 0
    assert ran.out.splitlines()[1].startswith('Next: offer Document Upload Tool (DUT) (IRM 5.19.11.1.5(1) "must offer"')


def test_help_names_every_command() -> None:
    ran = irm("--help", cwd=ROOT)
    assert ran.status == 0
    for command in ("check", "review", "next", "schema"):
        assert f"    {command}" in ran.out

"""The two renderers side by side: MkDocs + Material (``site/``) and Zensical, on the same generated pages.

Run by ``make zensical`` after both builds (``make site``, then ``python -m irm_site build --engine
zensical``). A missing site is a failure, never a skip: the comparison is what this module is for.

Where Zensical (0.0.73, pinned) does something differently, a test below names the difference
and asserts it, so that a release that closes the gap fails here and the docs are brought up to
date (docs/contributing.md, "Two renderers").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from irm_site.build import Project
from irm_site.generate import page_url
from irm_site.sitecheck import BuiltSite, broken_links, compare, read_site, traceability_urls, unresolved

ROOT = Path(__file__).resolve().parents[2]
SITES = {"mkdocs": Project(root=ROOT).site("mkdocs"), "zensical": Project(root=ROOT).site("zensical")}


@pytest.fixture(scope="module")
def sites() -> dict[str, BuiltSite]:
    missing = [f"{name}: {folder}" for name, folder in SITES.items() if not (folder / "traceability.json").is_file()]
    assert not missing, f"build both sites first (make zensical does): no site at {', '.join(missing)}"
    return {name: read_site(folder) for name, folder in SITES.items()}


def test_both_renderers_write_the_same_pages_one_per_generated_page(sites: dict[str, BuiltSite]) -> None:
    tree = ROOT / Project(root=ROOT).out / "docs"
    generated = {page_url(path.relative_to(tree).as_posix()) for path in tree.rglob("*.md")}

    assert sites["mkdocs"].pages == sites["zensical"].pages == generated


@pytest.mark.parametrize("name", SITES)
def test_every_address_in_traceability_json_leads_to_its_page_and_anchor(
    sites: dict[str, BuiltSite], name: str
) -> None:
    data = json.loads((SITES[name] / "traceability.json").read_text(encoding="utf-8"))
    urls = traceability_urls(data)

    assert len(urls) == len(data["paragraphs"]) + len(data["readings"])
    assert unresolved(sites[name], urls) == []


@pytest.mark.parametrize("name", SITES)
def test_no_link_or_anchor_is_broken(sites: dict[str, BuiltSite], name: str) -> None:
    assert broken_links(sites[name]) == []


def test_every_paragraph_and_scenario_anchor_is_on_both(sites: dict[str, BuiltSite]) -> None:
    comparison = compare(("mkdocs", SITES["mkdocs"]), ("zensical", SITES["zensical"]))

    assert comparison.problems == []
    assert comparison.missing_ids == {}


def test_both_publish_the_same_traceability_json() -> None:
    data = [json.loads((folder / "traceability.json").read_text(encoding="utf-8")) for folder in SITES.values()]
    assert data[0] == data[1]


def _search(name: str) -> list[dict[str, Any]]:
    if name == "mkdocs":
        index = json.loads((SITES[name] / "search" / "search_index.json").read_text(encoding="utf-8"))
        return list(index["docs"])
    return list(json.loads((SITES[name] / "search.json").read_text(encoding="utf-8"))["items"])


def test_both_leave_the_same_pages_out_of_search() -> None:
    """``search: exclude`` (the print view, the API reference) is honoured by both."""
    pages = {name: {entry["location"].partition("#")[0] for entry in _search(name)} for name in SITES}

    assert pages["mkdocs"] == pages["zensical"]
    assert not {page for page in pages["zensical"] if page.startswith(("print", "api/"))}


def test_difference_zensical_does_not_weigh_pages_in_search() -> None:
    """Named difference: Zensical 0.0.73 ignores the front matter ``search: boost`` (MkDocs writes it into the
    index), so a section page does not outrank its subsections in Zensical's search."""
    assert any("boost" in entry for entry in _search("mkdocs"))
    assert not any("boost" in entry for entry in _search("zensical"))


def test_difference_zensical_writes_a_canonical_address_from_the_servers_root() -> None:
    """Named difference: with ``site_url`` empty, Zensical 0.0.73 writes ``<link rel="canonical" href="/x.html">``
    and MkDocs writes none; browsers do not follow it, and the link checks leave it out."""
    page = "sections/irm-5.19.1.2.html"
    zensical = (SITES["zensical"] / page).read_text(encoding="utf-8")
    mkdocs = (SITES["mkdocs"] / page).read_text(encoding="utf-8")

    assert f'<link rel="canonical" href="/{page}">' in zensical
    assert 'rel="canonical"' not in mkdocs


@pytest.mark.parametrize("name", SITES)
def test_neither_search_index_holds_the_words_the_memorandum_struck(name: str) -> None:
    """Struck passages carry ``data-search-exclude``: both renderers leave them out of their index."""
    words = " ".join(entry["text"] for entry in _search(name))

    assert "can be submitted via Eefax or Document Upload Tool" not in words  # IRM 5.19.8.4.3(9), struck
    assert "the taxpayer may request the fax number of the appropriate office" not in words  # 5.19.8.4.2(7)
    assert "the address shown on the lien or levy notice" in words  # the same paragraph's live words are indexed

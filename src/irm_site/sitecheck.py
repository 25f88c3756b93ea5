"""Check a built site as a reader follows it: its pages, the ids on them, and every internal link.

Renderer-neutral: it reads the HTML files a renderer wrote, so the same checks apply to the MkDocs
and the Zensical output, and [`compare`][irm_site.sitecheck.compare] sets one against the other.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

__all__ = ["CANONICAL", "BuiltSite", "Comparison", "broken_links", "compare", "read_site", "unresolved"]


CANONICAL = (
    'Zensical 0.0.73 writes <link rel="canonical" href="/page.html"> on every page although site_url is '
    "empty (MkDocs writes none): an address from the server's root, wrong when the site is opened from a folder. "
    "Browsers do not follow it, so the checks leave it out."
)
"""A difference between the renderers that the link checks leave out, and why."""


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("name"):
            self.ids.add(str(values["name"]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))
        elif tag == "link" and values.get("href") and values.get("rel") != "canonical":
            self.links.append(str(values["href"]))  # a canonical address is not followed (see CANONICAL)
        elif tag in ("script", "img") and values.get("src"):
            self.links.append(str(values["src"]))


@dataclass(frozen=True)
class BuiltSite:
    """A built site: every HTML page's ids and links, by its path under the site's folder."""

    folder: Path
    ids: dict[str, frozenset[str]] = field(default_factory=dict)
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)
    files: frozenset[str] = frozenset()
    """Every file of the site (pages, assets, data), by path."""

    @property
    def pages(self) -> frozenset[str]:
        """The HTML pages, by path (``sections/irm-5.19.1.2.html``)."""
        return frozenset(self.ids)


def read_site(folder: Path, *, skip: Iterable[str] = ("404.html",)) -> BuiltSite:
    """Read every HTML page of a built site (except ``skip``, pages whose links are absolute by design)."""
    ids: dict[str, frozenset[str]] = {}
    links: dict[str, tuple[str, ...]] = {}
    files = frozenset(path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())
    for path in sorted(folder.rglob("*.html")):
        relative = path.relative_to(folder).as_posix()
        if relative in skip:
            continue
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        ids[relative] = frozenset(page.ids)
        links[relative] = tuple(page.links)
    return BuiltSite(folder, ids, links, files)


def _target(site: BuiltSite, page: str, href: str) -> tuple[str, str] | None:
    """The file and anchor an internal link leads to, or ``None`` for an outside or special link."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:", "data:")):
        return None
    path = unquote(parts.path)
    if not path:
        return page, unquote(parts.fragment)
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if joined.endswith("/") or (joined not in site.files and f"{joined}/index.html" in site.files):
        joined = posixpath.join(joined, "index.html")
    return joined, unquote(parts.fragment)


def broken_links(site: BuiltSite) -> list[str]:
    """Every internal link that leads to no file, or to a page without the anchor it names.

    One line each: ``page.html: link 'x.html#y' → no id 'y' on x.html``.
    """
    problems: list[str] = []
    for page, hrefs in site.links.items():
        for href in dict.fromkeys(hrefs):
            target = _target(site, page, href)
            if target is None:
                continue
            path, anchor = target
            if path not in site.files:
                problems.append(f"{page}: link {href!r} → there is no {path}")
            elif anchor and path in site.ids and anchor not in site.ids[path]:
                problems.append(f"{page}: link {href!r} → no id {anchor!r} on {path}")
    return problems


def unresolved(site: BuiltSite, urls: Iterable[str]) -> list[str]:
    """The URLs (relative to the site's root, ``sections/x.html#a``) that lead to no page or no anchor."""
    problems: list[str] = []
    for url in urls:
        path, _, anchor = url.partition("#")
        if path not in site.ids:
            problems.append(f"{url}: there is no page {path}")
        elif anchor and anchor not in site.ids[path]:
            problems.append(f"{url}: no id {anchor!r} on {path}")
    return problems


def traceability_urls(data: Mapping[str, object]) -> list[str]:
    """Every URL ``traceability.json`` gives: each paragraph's and each reading's."""
    urls: list[str] = []
    for key in ("paragraphs", "readings"):
        entries = data.get(key)
        if isinstance(entries, list):
            urls += [str(entry["url"]) for entry in entries if isinstance(entry, dict) and "url" in entry]
    return urls


@dataclass(frozen=True)
class Comparison:
    """What two renderers made of the same generated tree."""

    only_first: frozenset[str]
    """Pages only the first renderer wrote."""
    only_second: frozenset[str]
    """Pages only the second renderer wrote."""
    broken: dict[str, list[str]]
    """Each renderer's broken links and anchors, by its name."""
    unresolved: dict[str, list[str]]
    """Each renderer's unresolved ``traceability.json`` URLs, by its name."""
    missing_ids: dict[str, list[str]]
    """Per page, the ids the first renderer wrote that the second did not (headings, paragraphs, scenarios)."""

    @property
    def problems(self) -> list[str]:
        """Everything that differs or is broken, one line each."""
        lines = [f"only in the first: {page}" for page in sorted(self.only_first)]
        lines += [f"only in the second: {page}" for page in sorted(self.only_second)]
        for name, found in (*self.broken.items(), *self.unresolved.items()):
            lines += [f"{name}: {problem}" for problem in found]
        return lines


def compare(first: tuple[str, Path], second: tuple[str, Path], *, content_ids: str = "irm-|scenario-") -> Comparison:
    """Compare two built sites of the same tree: pages, links, anchors, and the URLs of ``traceability.json``.

    ``content_ids`` (prefixes separated by ``|``) selects the ids that carry the site's join (the
    paragraphs' and scenarios' anchors): those the first renderer wrote and the second did not are
    listed per page; a theme's own ids (its search box, its drawer) are not compared.
    """
    sites = {name: read_site(folder) for name, folder in (first, second)}
    one, two = sites[first[0]], sites[second[0]]
    prefixes = tuple(content_ids.split("|"))
    broken = {name: broken_links(site) for name, site in sites.items()}
    urls: dict[str, list[str]] = {}
    for name, site in sites.items():
        data = json.loads((site.folder / "traceability.json").read_text(encoding="utf-8"))
        urls[name] = unresolved(site, traceability_urls(data))
    missing: dict[str, list[str]] = {}
    for page in sorted(one.pages & two.pages):
        lost = sorted(i for i in one.ids[page] - two.ids[page] if i.startswith(prefixes))
        if lost:
            missing[page] = lost
    return Comparison(one.pages - two.pages, two.pages - one.pages, broken, urls, missing)

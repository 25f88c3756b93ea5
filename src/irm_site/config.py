"""The renderers' configuration: ``mkdocs.yml`` as written, completed for the generated tree.

``mkdocs.yml`` at the project's root is the one a person edits: theme, Markdown extensions,
plugins both renderers know (search, offline, mkdocstrings) and the navigation of the hand-written
pages. [`site_config`][irm_site.config.site_config] returns it pointed at the generated ``docs/``,
with paths relative to the folder it is written to (``build/site-src/``) and with the generated pages placed
in the navigation. MkDocs and Zensical both build from the result.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from irm_site.errors import SourceError

__all__ = ["read_config", "site_config"]


def read_config(path: Path, shown: str = "mkdocs.yml") -> dict[str, Any]:
    """Read ``mkdocs.yml``.

    Raises:
        SourceError: the file is missing, is not YAML, or is not a mapping of settings.
    """
    if not path.is_file():
        raise SourceError(shown, None, "there is no site configuration", "restore mkdocs.yml from git")
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "unreadable"
        raise SourceError(
            shown,
            None if mark is None else mark.line + 1,
            f"the configuration is not valid YAML ({problem})",
            "fix the YAML (tags such as !ENV are not supported: write the value)",
        ) from None
    if not isinstance(data, dict):
        raise SourceError(shown, 1, "the configuration is not a set of 'key: value' lines", "write settings as keys")
    for key in ("nav", "plugins"):
        if key in data and not isinstance(data[key], list):
            line = next((n for n, row in enumerate(text.splitlines(), 1) if row.startswith(f"{key}:")), None)
            raise SourceError(shown, line, f"'{key}' is not a list", f"write '{key}:' followed by '- ...' lines")
    return data


def _place(nav: list[Any], entries: list[Any], *, after: str, before: str | None = None) -> None:
    """Put ``entries`` right after the entry titled ``after``, in whichever group of ``nav`` holds it.

    Without such an entry, right before the one titled ``before``; without either, at the end of
    the top level.
    """

    def find(items: list[Any], title: str) -> tuple[list[Any], int] | None:
        for index, item in enumerate(items):
            if isinstance(item, dict) and item:
                name, value = next(iter(item.items()))
                if name == title:
                    return items, index
                if isinstance(value, list) and (found := find(value, title)) is not None:
                    return found
        return None

    if (found := find(nav, after)) is not None:
        items, index = found
        items[index + 1 : index + 1] = entries
    elif before is not None and (found := find(nav, before)) is not None:
        items, index = found
        items[index:index] = entries
    else:
        nav.extend(entries)


def _from(folder: Path, path: Path) -> str:
    """``path`` relative to ``folder``: Zensical reads paths only relative to its configuration's folder."""
    return os.path.relpath(path.resolve(), folder.resolve())


def site_config(
    source: dict[str, Any],
    root: Path,
    folder: Path,
    docs: Path,
    site: Path,
    generated_nav: Sequence[dict[str, Any]],
    not_in_nav: Sequence[str] = (),
) -> dict[str, Any]:
    """The configuration both renderers build the generated tree with.

    Args:
        source: ``mkdocs.yml`` as read ([`read_config`][irm_site.config.read_config]).
        root: The project's folder: relative paths in ``source`` are relative to it.
        folder: Where the configuration is written: paths in it are relative to this folder.
        docs: The generated ``docs/``.
        site: Where the built site goes.
        generated_nav: The generated pages' navigation entries ([irm_site.generate.Generated][]),
            placed by audience in whichever group holds their neighbour: "Digital tools" after
            "Decision table" (or before "Traceability"), the print view after "IRM sections",
            "Scenarios" and the readings page after "Traceability"; without the neighbour, last.
        not_in_nav: Patterns of generated pages deliberately left out of the navigation, added to
            ``not_in_nav`` (gitignore-style lines, read by both renderers).
    """
    config = dict(source)
    config["docs_dir"] = _from(folder, docs)
    config["site_dir"] = _from(folder, site)
    config["use_directory_urls"] = False  # the offline site is browsed from a plain folder
    theme = config.get("theme")
    if isinstance(theme, dict) and "custom_dir" in theme:
        config["theme"] = {**theme, "custom_dir": _from(folder, root / str(theme["custom_dir"]))}
    plugins: list[Any] = []
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "mkdocstrings" in plugin:
            plugin = yaml.safe_load(yaml.safe_dump(plugin))  # a deep copy
            python = (plugin["mkdocstrings"] or {}).get("handlers", {}).get("python", {})
            if "paths" in python:
                python["paths"] = [_from(folder, root / str(path)) for path in python["paths"]]
        plugins.append(plugin)
    config["plugins"] = plugins
    if not_in_nav:
        config["not_in_nav"] = "\n".join([*str(config.get("not_in_nav") or "").splitlines(), *not_in_nav])
    nav = yaml.safe_load(yaml.safe_dump(list(config.get("nav") or [])))  # a deep copy: groups are edited
    if nav:
        entries = {next(iter(entry)): entry for entry in generated_nav}
        readings = next((entry for name, entry in entries.items() if name.startswith("Readings")), None)
        # The assistant first, after the home page; then the procedures: the tools after the decision table, the
        # print view after the sections.
        if "What do I offer next?" in entries:
            _place(nav, [entries["What do I offer next?"]], after="Home")
        if "Digital tools" in entries:
            _place(nav, [entries["Digital tools"]], after="Decision table", before="Traceability")
        if "Print view" in entries:
            _place(nav, [entries["Print view"]], after="IRM sections")
        # The proof: the scenarios and the readings after the traceability matrix.
        proof = [entry for entry in (entries.get("Scenarios"), readings) if entry is not None]
        if proof:
            _place(nav, proof, after="Traceability")
        config["nav"] = nav
    return config

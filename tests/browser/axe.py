"""axe-core, as shipped in the ``axe-playwright-python`` package, run in a Playwright page."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from playwright.sync_api import Page

WCAG_22_AA = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")
"""The rules of WCAG 2.0, 2.1 and 2.2, levels A and AA (2.2's target-size included), and axe's best
practices. No rule is switched off."""

Violation = dict[str, Any]
"""One failed axe rule: ``id``, ``impact``, ``help``, ``helpUrl`` and the ``nodes`` that fail it."""


@cache
def script() -> str:
    """axe-core itself, to evaluate in a page (or to add to a context as an init script)."""
    return files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def violations(page: Page) -> list[Violation]:
    """The WCAG 2.2 A and AA violations, and the best practices broken, on the page as it is now."""
    if not page.evaluate("() => typeof axe === 'object'"):
        page.evaluate(script())
    options = {"runOnly": {"type": "tag", "values": list(WCAG_22_AA)}, "resultTypes": ["violations"]}
    results: dict[str, Any] = page.evaluate("options => axe.run(document, options)", options)
    found: list[Violation] = results["violations"]
    return found


def describe(found: list[Violation], nodes_each: int = 8) -> str:
    """Violations as lines a person can act on: rule, help, and the elements that fail it."""
    lines: list[str] = []
    for violation in found:
        nodes: list[dict[str, Any]] = violation["nodes"]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in nodes[:nodes_each]:
            target = " ".join(str(part) for part in node["target"])
            summary = " ".join(str(node.get("failureSummary", "")).split())
            lines.append(f"    {target}: {summary}")
        if len(nodes) > nodes_each:
            lines.append(f"    ... and {len(nodes) - nodes_each} more elements")
    return "\n".join(lines)

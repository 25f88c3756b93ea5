"""What the assistant "What do I offer next?" costs: computing its answers, their size, and loading the page.

``make bench`` (``python -m tests.bench --assistant`` alone) runs the model over every contact within
the bound as the build does, measures the data script the site ships, and opens the built page in
Debian's Chromium from a plain folder (file://), as an employee on an internal network would: the
time until the page has loaded and until it answers a first tick of a tool.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path
from typing import Any

from irm_site import assistant

LOADS = 5
"""How many times the page is opened (the median is reported)."""
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _load(site: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    page_file = (site / "assistant.html").resolve().as_uri()
    loaded: list[float] = []
    answered: list[float] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless=new"])
        for _ in range(LOADS):
            context = browser.new_context()
            page = context.new_page()
            page.goto(page_file, wait_until="load")
            loaded.append(float(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")) / 1000)
            start = time.perf_counter()
            page.check("input[name=tool][value='Document Upload Tool (DUT)']")
            page.wait_for_selector("[data-irm-step]")
            answered.append(time.perf_counter() - start)
            context.close()
        browser.close()
    return {"load_seconds": statistics.median(loaded), "answer_seconds": statistics.median(answered)}


def measure(root: Path) -> dict[str, Any]:
    """The figures: states, shared nodes, distinct answers, seconds to compute, bytes shipped, page load."""
    start = time.perf_counter()
    tree = assistant.build()
    seconds = time.perf_counter() - start
    site = root / "site"
    script = site / assistant.DATA_SCRIPT
    if not script.is_file():
        raise SystemExit(f"bench: there is no {script.relative_to(root)}: run `make site` first")
    return {
        "bound": {"tools": assistant.MAX_TOOLS, "events": assistant.MAX_EVENTS},
        "states": tree.states,
        "nodes": len(tree.nodes),
        "answers": len(tree.answers),
        "compute_seconds": seconds,
        "data_bytes": script.stat().st_size,
        "script_bytes": (site / assistant.SCRIPT).stat().st_size,
        **_load(site),
    }


def markdown(a: dict[str, Any]) -> str:
    """The figures as the benchmarks page shows them."""
    bound = a["bound"]
    return "\n".join(
        [
            "| The assistant | Figure |",
            "|---|---|",
            f"| Contacts answered (at most {bound['tools']} tools, {bound['events']} events besides encouraging) "
            f"| {a['states']:,} |",
            f"| Nodes after sharing the subtrees that answer alike | {a['nodes']:,} |",
            f"| Distinct answers | {a['answers']:,} |",
            f"| Seconds to compute them (once per change of the model, then kept) | {a['compute_seconds']:.1f} |",
            f"| Data script shipped (KiB) | {a['data_bytes'] / 1024:.0f} |",
            f"| Page script (KiB) | {a['script_bytes'] / 1024:.0f} |",
            f"| **Page loaded from a folder, median of {LOADS} (s)** | **{a['load_seconds']:.2f}** |",
            f"| A first answer after ticking a tool, median of {LOADS} (s) | {a['answer_seconds']:.3f} |",
        ]
    )

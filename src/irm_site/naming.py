"""Which digital tools each paragraph names, read from the paragraphs' own words.

Nothing here is kept by hand: a paragraph names a tool when its text as it reads now (struck
text left out, see [irm_site.pages.plain_text][]) contains the tool's name or one of the other
ways the memorandum writes it, in any case, as whole words. The plugin reads the mapping once per
build from the pages' blocks; the matrix, the tool pages and the tool index use it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from irm_model.paragraphs import ParagraphId
from irm_model.tools import TOOLS, Channel, DigitalTool
from irm_site.pages import plain_text

__all__ = ["Naming", "name_pattern", "naming", "tools_named"]


def name_pattern(tool: DigitalTool) -> re.Pattern[str]:
    """Any name the memorandum gives ``tool``, as a whole word (not inside ``DUTS`` or ``E-Fax-like``), any case.

    Longer names are tried first, so ``Document Upload Tool (DUT)`` is found whole rather than as
    ``Document Upload Tool``.
    """
    names = sorted({tool.name, *tool.aliases}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])", re.IGNORECASE)


def tools_named(body: str, tools: Mapping[Channel, DigitalTool] = TOOLS) -> tuple[Channel, ...]:
    """The tools a paragraph's text names, in the order of ``tools``.

    Args:
        body: The paragraph's text as its page writes it; struck text (``~~...~~``) and bold
            markers are dropped first, so a tool the memorandum struck out is not named.
        tools: The tools to look for, by channel.
    """
    text = plain_text(body)
    return tuple(key for key, tool in tools.items() if name_pattern(tool).search(text))


@dataclass(frozen=True)
class Naming:
    """Which tools each paragraph names, and the other way round."""

    tools: Mapping[ParagraphId, tuple[Channel, ...]] = field(default_factory=dict)
    """The tools each paragraph names, in the order of [`TOOLS`][irm_model.tools.TOOLS]."""

    def named(self, paragraph: ParagraphId) -> tuple[Channel, ...]:
        """The tools ``paragraph`` names (none for a paragraph not read)."""
        return self.tools.get(paragraph, ())

    def named_in(self, tool: Channel) -> tuple[ParagraphId, ...]:
        """The paragraphs that name ``tool``, in manual order."""
        return tuple(sorted(paragraph for paragraph, keys in self.tools.items() if tool in keys))


def naming(bodies: Mapping[ParagraphId, str], tools: Mapping[Channel, DigitalTool] = TOOLS) -> Naming:
    """Which tools each paragraph names, from each paragraph's text as its page writes it."""
    return Naming({paragraph: tools_named(body, tools) for paragraph, body in bodies.items()})

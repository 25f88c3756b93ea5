"""pytest hooks: paragraph tags become markers. (Recorder to follow.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from irm_model.paragraphs import ParagraphId, is_paragraph_tag


def pytest_bdd_apply_tag(tag: str, function: Callable[..., Any]) -> bool:
    """Map ``@IRM:5.19.8.4.2(7)`` to ``@pytest.mark.paragraph("IRM 5.19.8.4.2(7)")``."""
    if is_paragraph_tag(tag):
        pytest.mark.paragraph(str(ParagraphId.from_tag(tag)))(function)
    else:
        pytest.mark.tag(tag)(function)
    return True

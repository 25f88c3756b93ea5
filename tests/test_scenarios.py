"""Bind every scenario under features/ to pytest-bdd; the steps live in tests/steps.

``make serve`` re-runs only the feature files a save touched: it sets ``IRM_FEATURES`` to them
(separated by ``os.pathsep``, relative to the project's root), so that the others are not even
collected (see ``irm_site.serve``).
"""

import os
from pathlib import Path

from pytest_bdd import scenarios

_ROOT = Path(__file__).resolve().parents[1]
_ONLY = [path for path in os.environ.get("IRM_FEATURES", "").split(os.pathsep) if path]

scenarios(*([str(_ROOT / path) for path in _ONLY] or ["."]))

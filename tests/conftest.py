"""Step definitions live in tests/steps, one module per domain concept; all are loaded here."""

import pkgutil

from tests import steps

pytest_plugins = [
    "pytester",
    "irm_site.pytest_plugin",
    "tests.steps.reasons",  # first: the other step modules import its shared ``decided`` context
    *(f"tests.steps.{module.name}" for module in pkgutil.iter_modules(steps.__path__) if module.name != "reasons"),
]

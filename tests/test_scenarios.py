"""Bind every scenario under features/ to pytest-bdd; the steps live in tests/steps."""

from pytest_bdd import scenarios

scenarios(".")

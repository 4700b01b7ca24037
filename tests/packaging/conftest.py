"""Fixtures of the packaging tests: one wheel built per run, from a copy of the sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.helpers import build_wheel, copy_source


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of the current sources, built once (about 2 s) for every test that installs it."""
    source = copy_source(tmp_path_factory.mktemp("wheel-source") / "src-tree")
    return build_wheel(source, tmp_path_factory.mktemp("wheel"))

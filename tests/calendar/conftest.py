"""Fixtures for the calendar export tests: the shared vault and a small programme."""

from __future__ import annotations

from tests.scheduling.conftest import (  # the programme fixtures, shared with these tests
    directory,
    shared_vault,
    vault,
)

__all__ = ["directory", "shared_vault", "vault"]

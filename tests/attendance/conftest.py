"""Fixtures for attendance tests: the shared vault and a small programme with a group."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from tests.scheduling.conftest import (  # the programme fixtures, shared with these tests
    Directory,
    directory,
    shared_vault,
    vault,
    weekly,
)
from vpi_groups.scheduling import records, series
from vpi_groups.storage import vault as vaults

__all__ = ["directory", "shared_vault", "vault"]


@dataclass(frozen=True)
class GroupWithSessions:
    """A talk group and its session ids, oldest first."""

    group_id: int
    session_ids: tuple[int, ...]
    directory: Directory


def make_group(
    vault: vaults.Vault,
    directory: Directory,
    *,
    name: str = "Groupe du mardi",
    is_open: bool = False,
    start: dt.date = dt.date(2026, 3, 2),
    count: int = 10,
) -> GroupWithSessions:
    """A weekly group of ``count`` sessions with two facilitators."""
    with vault.session() as s:
        change = series.create_group(
            s,
            records.GroupSpec(
                name,
                directory.action,
                directory.facilitators[:2],
                weekly(start, count=count),
                is_open=is_open,
            ),
        )
        sessions = records.list_sessions(s, group_id=change.group.id)
    return GroupWithSessions(change.group.id, tuple(x.id for x in sessions), directory)


@pytest.fixture
def group(vault: vaults.Vault, directory: Directory) -> GroupWithSessions:
    return make_group(vault, directory)

"""Migration 0004_calendar: adds the last-change columns, and removes them, keeping every row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from tests.scheduling.conftest import PASSPHRASE, make_directory, weekly
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as sch
from vpi_groups.storage import migrate
from vpi_groups.storage import vault as vaults

GROUP_COLUMNS = {
    "modified_at",
    "cancellations_revision",
    "cancellations_modified_at",
    "occurrences_revision",
    "occurrences_modified_at",
}


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[vaults.Vault]:
    vault, _recovery = vaults.create(tmp_path / "vault", PASSPHRASE, kdf_seconds=0)
    yield vault
    vault.lock()


def columns(vault: vaults.Vault, table: str) -> set[str]:
    return {c["name"] for c in inspect(vault.engine).get_columns(table)}


def test_the_calendar_revision_is_in_the_chain() -> None:
    assert "0004_calendar" in migrate.known_revisions()
    assert migrate.head_revision() != "0003_attendance"


def test_down_and_up_again_keeps_every_row(fresh: vaults.Vault) -> None:
    directory = make_directory(fresh)
    with fresh.session() as s:
        group = series.create_group(
            s, records.GroupSpec("Mardis", directory.action, directory.facilitators[:2], weekly())
        ).group
        first = records.list_sessions(s, group_id=group.id)[0]
        sch.cancel_session(s, first.id, "Neige")
        before = records.list_sessions(s, group_id=group.id)
    migrate.downgrade(fresh.engine, "0003_attendance")
    assert columns(fresh, "talk_group").isdisjoint(GROUP_COLUMNS)
    assert "modified_at" not in columns(fresh, "session")
    with fresh.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM session")).scalar_one() == len(before)
        assert conn.execute(text("SELECT count(*) FROM session_facilitator")).scalar_one() == 20

    migrate.upgrade(fresh.engine)
    assert columns(fresh, "talk_group") >= GROUP_COLUMNS
    with fresh.session() as s:
        after = records.list_sessions(s, group_id=group.id)
        calendar = series.series_calendar(s, group.id)
    # Times of change made before the columns existed are unknown, not invented.
    assert {i.modified_at for i in after} == {None}
    assert (calendar.modified_at, calendar.cancellations_revision) == (None, 0)
    assert [(i.id, i.uid, i.revision, i.start, i.status) for i in after] == [
        (i.id, i.uid, i.revision, i.start, i.status) for i in before
    ]
    with fresh.session() as s:
        moved = sch.move_session(
            s, after[1].id, after[1].start, after[1].end + dt.timedelta(hours=1)
        )
    assert moved.modified_at is not None

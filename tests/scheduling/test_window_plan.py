"""A period's sessions are found through an index on their start, not by reading every row.

The agenda's month and the double bookings of a period read the sessions overlapping
a window. Each of those queries must be answered by a range of ``ix_session_window``
(both ends bounded: a session lasts a day at most) and reach the facilitators through
the bookings' primary key, so a month costs the same in the first year of a vault and
in the tenth. Checked on the plans SQLite chooses (EXPLAIN QUERY PLAN), not on times.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from tests.scheduling.conftest import Directory, weekly
from vpi_groups.scheduling import agenda, conflicts, records, series
from vpi_groups.scheduling import sessions as sch
from vpi_groups.storage import vault as vaults

MARCH = (dt.datetime(2027, 3, 1, tzinfo=dt.UTC), dt.datetime(2027, 4, 1, tzinfo=dt.UTC))


@contextmanager
def statements(vault: vaults.Vault) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, sql: str, params: Any, _context: Any, _many: Any) -> None:
        seen.append((sql, params))

    event.listen(vault.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(vault.engine, "before_cursor_execute", before)


def plans(vault: vaults.Vault, seen: list[tuple[str, Any]]) -> list[tuple[str, list[str]]]:
    """The plan of each SELECT that reads the sessions, as SQLite's detail lines."""
    found = []
    with vault.engine.connect() as conn:
        for sql, params in seen:
            if sql.lstrip().upper().startswith("SELECT") and "FROM session" in sql:
                rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
                found.append((sql, [str(row[3]) for row in rows]))
    return found


def two_years(vault: vaults.Vault, directory: Directory) -> None:
    a, b, c, _ = directory.facilitators
    with vault.session() as s:
        for name, people, day in (("Lundi", (a, b), 0), ("Mardi", (b, c), 1)):
            rule = weekly(dt.date(2026, 1, 5), weekday=day, count=None, end=dt.date(2027, 12, 31))
            spec = records.GroupSpec(name, directory.action, people, rule, room_id=directory.room)
            series.create_group(s, spec)
        start = dt.datetime(2027, 3, 9, 17, tzinfo=dt.UTC)
        sch.add_action_session(
            s, directory.training, start, start + dt.timedelta(hours=3), facilitator_ids=[b]
        )


def assert_ranges_on_the_window_index(found: list[tuple[str, list[str]]]) -> None:
    assert found
    for sql, details in found:
        assert not [d for d in details if d.startswith("SCAN")], (sql, details)
        assert any("ix_session_window (starts_at>? AND starts_at<?)" in d for d in details), (
            sql,
            details,
        )
        if "session_facilitator" in sql:
            assert any(
                d.startswith("SEARCH session_facilitator") and "(session_id=?)" in d
                for d in details
            ), (sql, details)


def test_a_month_of_the_agenda_reads_a_range_of_the_window_index(
    vault: vaults.Vault, directory: Directory
) -> None:
    two_years(vault, directory)
    with statements(vault) as seen, vault.session() as s:
        shown = agenda.entries(s, *MARCH)
    assert len(shown) == 11
    assert sum(e.conflict for e in shown) == 2  # the training day and Tuesday's session
    assert_ranges_on_the_window_index(plans(vault, seen))


def test_double_bookings_of_a_period_read_a_range_of_the_window_index(
    vault: vaults.Vault, directory: Directory
) -> None:
    two_years(vault, directory)
    with statements(vault) as seen, vault.session() as s:
        found = conflicts.find_conflicts(s, start=MARCH[0], end=MARCH[1])
    assert {c.kind for c in found} == {conflicts.ConflictKind.FACILITATOR}
    booking_plans = [(sql, d) for sql, d in plans(vault, seen) if "ORDER BY" in sql]
    assert len(booking_plans) == 2  # one per kind of resource
    assert_ranges_on_the_window_index(booking_plans)


def test_a_session_that_began_the_day_before_is_still_in_the_window(
    vault: vaults.Vault, directory: Directory
) -> None:
    """The lower bound on the start is the window's start less the longest session."""
    start = MARCH[0] - dt.timedelta(hours=23)
    with vault.session() as s:
        overnight = sch.add_action_session(
            s, directory.training, start, start + dt.timedelta(hours=24)
        )
        assert [e.session_id for e in agenda.entries(s, *MARCH)] == [overnight.id]
        assert [i.id for i in records.list_sessions(s, start=MARCH[0])] == [overnight.id]

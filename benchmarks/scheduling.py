"""Scheduling figures: a 10-year programme generated, then its double bookings found.

Builds, in a fresh vault, ten years of a programme (2026-2035): 30 facilitators, 8 rooms,
one talk-group action and one training action per year, and ``--groups`` talk groups
(default 60: two thirds weekly for the whole decade, the rest fortnightly or monthly on
the nth weekday), skipping metropolitan public holidays and each August, with two
facilitators and a room drawn at random; plus a one-off training day per month. That
is over 20,000 sessions. Each group is created by ``scheduling.create_group`` in its
own unit of work, as the window would.

Prints medians, each against a baseline measured in the same run, with its target and
verdict:

- generation: every group through the service, against the same session and booking
  rows written with raw ``executemany`` (after the same rule expansion, timed);
- generation (target 3x);
- conflict detection: ``scheduling.find_conflicts`` over the whole programme, and over
  one month, against the obvious fast SQL: the bookings of the window in a temporary
  table indexed on (kind, resource, start), each looking up by index range the bookings
  of its resource that start before it ends (checked to find the same pairs; the
  baseline's time includes filling and indexing the table). Target 2x;
- one series edit (new time for a decade-long group from 2030 on) against the same
  rows written by hand: the rule expanded, the group's row and every moved session
  updated with ``executemany``, one commit. Target 2x.

Each pair of sides runs in turn (A, B, A, B...); the ratio is the median of the
per-round ratios.

Run: ``.venv/bin/python -m benchmarks.scheduling [--groups N] [--repeat N]``
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from benchmarks.timing import interleaved, median_ratio, median_seconds, report
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import conflicts, records, recurrence, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.recurrence import Closure, Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, Frequency, HolidayCalendar, Sector

NAME = "scheduling"
PASSPHRASE = "banc d'essai du planning 2026"
FIRST_YEAR, LAST_YEAR = 2026, 2035
SLOTS = (dt.time(9, 30), dt.time(14, 0), dt.time(18, 0))

# The baseline a developer would write: every booking (facilitator or room) of a
# session not cancelled that overlaps the window, into a temporary table indexed on
# (kind, resource, start); then each booking looks up, by an index range, the bookings
# of its resource starting between its own start and end. O(n log n), not quadratic.
BOOKINGS = (
    """
    CREATE TEMP TABLE IF NOT EXISTS bench_booking (
        kind TEXT, resource INTEGER, session_id INTEGER, starts_at TEXT, ends_at TEXT)
    """,
    "DELETE FROM temp.bench_booking",
    """
    INSERT INTO temp.bench_booking
    SELECT 'facilitator', sf.facilitator_id, s.id, s.starts_at, s.ends_at
    FROM session_facilitator AS sf JOIN session AS s ON s.id = sf.session_id
    WHERE s.status != 'cancelled' AND s.ends_at > :low AND s.starts_at < :high
    UNION ALL
    SELECT 'room', s.room_id, s.id, s.starts_at, s.ends_at FROM session AS s
    WHERE s.room_id IS NOT NULL AND s.status != 'cancelled'
      AND s.ends_at > :low AND s.starts_at < :high
    """,
    """
    CREATE INDEX IF NOT EXISTS temp.bench_booking_start
    ON bench_booking (kind, resource, starts_at, session_id)
    """,
)
OVERLAPS = text(
    """
    SELECT a.kind, a.resource, min(a.session_id, b.session_id), max(a.session_id, b.session_id)
    FROM temp.bench_booking AS a
    JOIN temp.bench_booking AS b
      ON b.kind = a.kind AND b.resource = a.resource
     AND b.starts_at >= a.starts_at AND b.starts_at < a.ends_at
    WHERE b.session_id != a.session_id
      AND (b.starts_at > a.starts_at OR b.session_id > a.session_id)
    """
)
EVER = ("0001-01-01", "9999-12-31")


@dataclass(frozen=True)
class Plan:
    """What to create: the directory's size and every group's settings."""

    facilitators: int
    rooms: int
    groups: list[tuple[str, Recurrence, int, int, int]]  # name, rule, two people, room


@contextmanager
def fresh_vault() -> Iterator[vaults.Vault]:
    with tempfile.TemporaryDirectory(prefix="vpi-bench-scheduling-") as folder:
        vault, _recovery = vaults.create(Path(folder) / "vault", PASSPHRASE, kdf_seconds=0)
        try:
            yield vault
        finally:
            vault.lock()


def make_plan(groups: int, seed: int = 7) -> Plan:
    rng = random.Random(seed)
    augusts = tuple(
        Closure(dt.date(y, 8, 1), dt.date(y, 8, 31)) for y in range(FIRST_YEAR, LAST_YEAR + 1)
    )
    plan = []
    for number in range(groups):
        kind = number % 6
        rule = Recurrence(
            Frequency.WEEKLY,
            weekday=rng.randrange(5),
            start_date=dt.date(FIRST_YEAR, 1, 5) + dt.timedelta(days=rng.randrange(60)),
            start_time=rng.choice(SLOTS),
            duration_minutes=rng.choice((90, 120)),
            end_date=dt.date(LAST_YEAR, 12, 31),
            holidays=HolidayCalendar.METROPOLE,
            closures=augusts,
        )
        if kind == 4:
            rule = dataclasses.replace(rule, interval=2)
        elif kind == 5:
            nth = rng.choice((1, 2, 3, -1))
            rule = dataclasses.replace(rule, frequency=Frequency.MONTHLY_NTH, nth=nth)
        first, second = rng.sample(range(30), 2)
        plan.append((f"Groupe {number + 1}", rule, first, second, rng.randrange(8)))
    return Plan(facilitators=30, rooms=8, groups=plan)


def build(vault: vaults.Vault, plan: Plan) -> tuple[list[int], float]:
    """Create the directory, then every group through the service.

    Returns the group ids and the seconds spent in ``create_group`` units of work.
    """
    sectors = list(Sector)
    with vault.session() as s:
        people = [
            programme.create_facilitator(
                s, programme.FacilitatorSpec(f"Animateur {i}", sectors[i % len(sectors)])
            ).id
            for i in range(plan.facilitators)
        ]
        rooms = [
            programme.create_room(s, programme.RoomSpec(f"Salle {i}", capacity=12)).id
            for i in range(plan.rooms)
        ]
        talks = {
            y: programme.create_action(
                s, programme.ActionSpec(f"Groupes {y}", ActionKind.TALK_GROUP, y)
            ).id
            for y in range(FIRST_YEAR, LAST_YEAR + 1)
        }
        trainings = {
            y: programme.create_action(
                s, programme.ActionSpec(f"Formation {y}", ActionKind.TRAINING, y)
            ).id
            for y in range(FIRST_YEAR, LAST_YEAR + 1)
        }
        for y in range(FIRST_YEAR, LAST_YEAR + 1):
            for month in range(1, 13):
                day = dt.datetime(y, month, 15, 9, tzinfo=dt.UTC)
                scheduling.add_action_session(
                    s,
                    trainings[y],
                    day,
                    day + dt.timedelta(hours=7),
                    facilitator_ids=[people[month % plan.facilitators]],
                    room_id=rooms[month % plan.rooms],
                )
    ids = []
    spent = 0.0
    for name, rule, first, second, room in plan.groups:
        spec = records.GroupSpec(
            name,
            talks[rule.start_date.year],
            (people[first], people[second]),
            rule,
            room_id=rooms[room],
        )
        start = time.perf_counter()
        with vault.session() as s:
            ids.append(series.create_group(s, spec).group.id)
        spent += time.perf_counter() - start
    return ids, spent


def raw_insert(vault: vaults.Vault, plan: Plan) -> float:
    """Expand the rules, write the same sessions and bookings with executemany; return seconds."""
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    raw = vault.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.executemany(
            "INSERT INTO facilitator (id, name, sector, active) VALUES (?, ?, 'social', 1)",
            [(i + 1, f"Animateur {i}") for i in range(plan.facilitators)],
        )
        cur.executemany(
            "INSERT INTO room (id, name, capacity) VALUES (?, ?, 12)",
            [(i + 1, f"Salle {i}") for i in range(plan.rooms)],
        )
        cur.execute(
            "INSERT INTO action (id, title, kind, year, review_status)"
            " VALUES (1, 'Groupes', 'talk_group', 2026, 'proposed')"
        )
        raw.commit()
        start = time.perf_counter()
        # The rules expanded by the app's own function: the baseline does the same work.
        expanded = [(rule, recurrence.expand(rule)) for _name, rule, _a, _b, _r in plan.groups]
        session_id = 0
        for number, ((name, _rule, first, second, room), (rule, occurrences)) in enumerate(
            zip(plan.groups, expanded, strict=True), start=1
        ):
            cur.execute(
                "INSERT INTO talk_group (id, uid, revision, name, action_id, is_open,"
                " capacity_min, capacity_max, room_id, location_shared, frequency,"
                " rule_interval, weekday, nth, start_date, end_date, start_time,"
                " duration_minutes, timezone, holiday_calendar)"
                " VALUES (?, ?, 0, ?, 1, 0, 6, 8, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?,"
                " 'Europe/Paris', 'metropole')",
                (
                    number,
                    f"g{number}",
                    name,
                    room + 1,
                    rule.frequency.value,
                    rule.interval,
                    rule.weekday,
                    rule.nth,
                    rule.start_date.isoformat(),
                    (rule.end_date or rule.start_date).isoformat(),
                    rule.start_time.isoformat(),
                    rule.duration_minutes,
                ),
            )
            rows = []
            links = []
            for o in occurrences:
                session_id += 1
                begin = o.start.replace(tzinfo=None).strftime(fmt)
                rows.append(
                    (
                        session_id,
                        f"s{session_id}",
                        number,
                        begin,
                        begin,
                        o.end.replace(tzinfo=None).strftime(fmt),
                        room + 1,
                    )
                )
                links += [(session_id, first + 1), (session_id, second + 1)]
            cur.executemany(
                "INSERT INTO session (id, uid, revision, group_id, original_starts_at,"
                " starts_at, ends_at, status, room_id, moved, facilitators_edited,"
                " room_edited) VALUES (?, ?, 0, ?, ?, ?, ?, 'planned', ?, 0, 0, 0)",
                rows,
            )
            cur.executemany(
                "INSERT INTO session_facilitator (session_id, facilitator_id) VALUES (?, ?)",
                links,
            )
            raw.commit()
        return time.perf_counter() - start
    finally:
        raw.close()


def sql_pairs(vault: vaults.Vault, low: str, high: str) -> set[tuple[str, int, int, int]]:
    with vault.engine.connect() as conn:
        for statement in BOOKINGS:
            conn.execute(text(statement), {"low": low, "high": high})
        return {
            (str(kind), int(resource), int(a), int(b))
            for kind, resource, a, b in conn.execute(OVERLAPS, {"low": low, "high": high})
        }


def service_pairs(
    vault: vaults.Vault, start: dt.datetime | None = None, end: dt.datetime | None = None
) -> set[tuple[str, int, int, int]]:
    with vault.session() as s:
        return {
            (c.kind.value, c.resource_id, c.first_session_id, c.second_session_id)
            for c in conflicts.find_conflicts(s, start=start, end=end)
        }


def read_series(vault: vaults.Vault, group_id: int) -> tuple[str, list[tuple[str, str, int]]]:
    """The group's stored start time and its sessions' (starts_at, ends_at, id), as text."""
    with vault.engine.connect() as conn:
        start_time = conn.exec_driver_sql(
            "SELECT start_time FROM talk_group WHERE id = ?", (group_id,)
        ).scalar_one()
        rows = [
            (str(a), str(b), int(i))
            for a, b, i in conn.exec_driver_sql(
                "SELECT starts_at, ends_at, id FROM session WHERE group_id = ? ORDER BY id",
                (group_id,),
            )
        ]
    return str(start_time), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--groups", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    plan = make_plan(args.groups)
    expansion_time = median_seconds(
        lambda: [recurrence.expand(rule) for _n, rule, _a, _b, _r in plan.groups], args.repeat
    )

    generation, raw = [], []
    for _ in range(args.repeat):
        with fresh_vault() as vault:
            _ids, spent = build(vault, plan)
            generation.append(spent)
        with fresh_vault() as vault:
            raw.append(raw_insert(vault, plan))

    with fresh_vault() as vault:
        ids, _spent = build(vault, plan)
        with vault.engine.connect() as conn:
            sessions = conn.execute(text("SELECT count(*) FROM session")).scalar_one()
            bookings = conn.execute(text("SELECT count(*) FROM session_facilitator")).scalar_one()
        found = service_pairs(vault)
        if found != sql_pairs(vault, *EVER):
            raise SystemExit("find_conflicts and the SQL overlap query disagree")
        everything, everything_sql = interleaved(
            lambda: service_pairs(vault), lambda: sql_pairs(vault, *EVER), args.repeat
        )

        month = (dt.datetime(2030, 3, 1, tzinfo=dt.UTC), dt.datetime(2030, 4, 1, tzinfo=dt.UTC))
        month_text = tuple(m.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f") for m in month)
        if service_pairs(vault, *month) != sql_pairs(vault, *month_text):
            raise SystemExit("the one-month conflicts disagree")
        one_month, one_month_sql = interleaved(
            lambda: service_pairs(vault, *month),
            lambda: sql_pairs(vault, *month_text),
            max(args.repeat, 5),
        )

        # The series edit: a decade-long group's time changed from 2030 on, through the
        # service; the baseline writes the same rows (the group's time and every session
        # moved) with executemany, after the same rule expansion, in one commit.
        with vault.session() as s:
            target = records.get_group(s, ids[0])
        effective = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)

        def spec_at(at: dt.time) -> records.GroupSpec:
            spec = target.spec
            return records.GroupSpec(
                spec.name,
                spec.action_id,
                spec.facilitator_ids,
                dataclasses.replace(spec.recurrence, start_time=at),
                room_id=spec.room_id,
            )

        def service_edit(at: dt.time) -> int:
            with vault.session() as s:
                change = series.update_group(s, target.id, spec_at(at), effective_from=effective)
            return len(change.updated)

        service_edit(dt.time(11, 0))
        eleven = read_series(vault, target.id)
        series_sessions = service_edit(dt.time(10, 0))
        ten = read_series(vault, target.id)
        moved = {i for (a, _b, i), (c, _d, _j) in zip(eleven[1], ten[1], strict=True) if a != c}

        def raw_write(state: tuple[str, list[tuple[str, str, int]]], at: dt.time) -> None:
            recurrence.expand(spec_at(at).recurrence)  # the new dates, worked out once
            conn = vault.engine.raw_connection()
            try:
                cur = conn.cursor()
                cur.execute(
                    "UPDATE talk_group SET start_time = ?, revision = revision + 1 WHERE id = ?",
                    (state[0], target.id),
                )
                cur.executemany(
                    "UPDATE session SET starts_at = ?, ends_at = ?, revision = revision + 1"
                    " WHERE id = ?",
                    [row for row in state[1] if row[2] in moved],
                )
                conn.commit()
            finally:
                conn.close()

        # In turn: the service moves the group to 11:00, the baseline back to 10:00.
        edit_times, write_times = interleaved(
            lambda: service_edit(dt.time(11, 0)),
            lambda: raw_write(ten, dt.time(10, 0)),
            max(args.repeat, 5),
        )

    print(
        f"programme: {len(plan.groups)} groups, {sessions} sessions, {bookings} facilitator"
        f" bookings, {len(found)} conflicts (years {FIRST_YEAR}-{LAST_YEAR})"
    )
    print(f"rule expansion alone (no database)           {expansion_time * 1000:10.2f} ms")
    print(
        report(
            "generate: create_group x all (vs executemany)",
            statistics.median(generation),
            statistics.median(raw),
            3.0,
            ratio=median_ratio(generation, raw),
            benchmark=NAME,
        )
    )
    for label, times, bases in (
        ("conflicts: find_conflicts, all (vs indexed SQL)", everything, everything_sql),
        ("conflicts: find_conflicts, one month (vs indexed SQL)", one_month, one_month_sql),
    ):
        print(
            report(
                label,
                statistics.median(times),
                statistics.median(bases),
                2.0,
                ratio=median_ratio(times, bases),
                benchmark=NAME,
            )
        )
    print(
        report(
            f"series edit: new time, {series_sessions} sessions (vs same rows written)",
            statistics.median(edit_times),
            statistics.median(write_times),
            2.0,
            ratio=median_ratio(edit_times, write_times),
            benchmark=NAME,
        )
    )


if __name__ == "__main__":
    main()
